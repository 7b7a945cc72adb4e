// SPDX-License-Identifier: MIT
// Events stored as compressed blocks (schema 5): the block codec round-trips and refuses damaged
// bytes, and a project from schema 4 (events as rows) gives every saved analysis the same numbers
// read as it is (read-only, from the rows) and after its migration to blocks.
#include "analysis/analysiskind.h"
#include "analysis/eventindex.h"
#include "analysis/timeline.h"
#include "jobs/jobcontext.h"
#include "store/eventblocks.h"
#include "store/projectfileprobe.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <zstd.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

EventBlock randomBlock(QRandomGenerator &random, size_t events)
{
    EventBlock block;
    qint64 identity = random.bounded(1000);
    qint64 time = qint64(random.bounded(2000000000)) * 1000;
    for (size_t i = 0; i < events; ++i) {
        if (random.bounded(8) == 0) {
            identity += qint64(random.bounded(200)) - 50; // runs go up and, rarely, down
            time = qint64(random.bounded(4000000000LL)) * 1000 - 1000000000000LL;
        }
        time += random.bounded(100000);
        block.identities.push_back(identity);
        block.names.push_back(random.bounded(40));
        block.times.push_back(time);
        block.sources.push_back(random.bounded(4));
        block.properties.push_back(quint32(random.bounded(6)));
    }
    for (int v = 0; v < 5; ++v)
        block.values.push_back("{\"plan\":\"p" + QByteArray::number(v)
                               + "\",\"n\":" + QByteArray::number(v * 1.5) + '}');
    return block;
}

void compareBlocks(const EventBlock &a, const EventBlock &b)
{
    QCOMPARE(a.identities, b.identities);
    QCOMPARE(a.names, b.names);
    QCOMPARE(a.times, b.times);
    QCOMPARE(a.sources, b.sources);
    QCOMPARE(a.properties, b.properties);
    QCOMPARE(a.values, b.values);
}

// Every saved analysis, computed: the numbers a user sees.
QStringList everyAnalysis(const ProjectStore &store)
{
    JobContext context;
    const auto index = EventIndex::open(store, context);
    if (!index)
        return {QStringLiteral("no index")};
    QStringList results;
    for (const SavedAnalysis &analysis : SavedAnalysisStore::list(store)) {
        const RecordTable table = computeAnalysis(store, *index, analysis.definition);
        QStringList rows;
        for (const auto &row : table.rows) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << cell.toString();
            rows << cells.join(QLatin1Char('\t'));
        }
        results << analysis.name + QLatin1Char('\n') + rows.join(QLatin1Char('\n'));
    }
    // And the timelines of a person and of an account, read from the blocks (or rows) that may
    // hold their identities.
    for (const auto &[subject, sql] :
         {std::pair{Timeline::Subject::Person,
                    "SELECT user_id FROM persons ORDER BY id LIMIT 1 OFFSET 7"},
          std::pair{Timeline::Subject::Account,
                    "SELECT account_id FROM persons WHERE account_id IS NOT NULL ORDER BY id "
                    "LIMIT 1"}}) {
        Timeline::Query query;
        query.subject = subject;
        query.id = scalar(store, QString::fromLatin1(sql)).toString();
        Timeline::Result timeline;
        if (auto failure = Timeline::build(store, query, &timeline))
            return {failure->toString()};
        QStringList rows;
        for (const auto &row : timeline.table.rows) {
            QStringList cells;
            for (const QVariant &cell : row)
                cells << cell.toString();
            rows << cells.join(QLatin1Char('\t'));
        }
        results << query.id + QLatin1Char('\n') + rows.join(QLatin1Char('\n'));
    }
    return results;
}

void appendVarint(QByteArray *bytes, quint64 value)
{
    while (value >= 0x80) {
        bytes->push_back(char(value | 0x80));
        value >>= 7;
    }
    bytes->push_back(char(value));
}

// What a hostile tool writes: a block that claims `events` events, each with identity 7 and
// name, time, source and properties 0, decompressing to `header + zeros` bytes, as valid zstd
// with a valid checksum. Compressed as a stream, so that the test never holds the raw bytes.
QByteArray craftedBlock(quint64 events, quint64 zeros)
{
    QByteArray header(1, char(1)); // the format byte
    appendVarint(&header, events);
    appendVarint(&header, 1);      // one run of identities ...
    appendVarint(&header, 14);     // ... zigzag of +7 ...
    appendVarint(&header, events); // ... for every event
    ZSTD_CCtx *context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setPledgedSrcSize(context, quint64(header.size()) + zeros);
    QByteArray compressed;
    QByteArray out(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
    const QByteArray chunk(1 << 20, '\0');
    auto feed = [&](const char *data, size_t size, ZSTD_EndDirective mode) {
        ZSTD_inBuffer input{data, size, 0};
        for (;;) {
            ZSTD_outBuffer output{out.data(), size_t(out.size()), 0};
            const size_t left = ZSTD_compressStream2(context, &output, &input, mode);
            if (ZSTD_isError(left))
                return false;
            compressed.append(out.constData(), qsizetype(output.pos));
            if (mode == ZSTD_e_end ? left == 0 : input.pos == input.size)
                return true;
        }
    };
    bool ok = feed(header.constData(), size_t(header.size()), ZSTD_e_continue);
    for (quint64 left = zeros; ok && left > 0;) {
        const size_t size = size_t(std::min<quint64>(left, quint64(chunk.size())));
        ok = feed(chunk.constData(), size, ZSTD_e_continue);
        left -= size;
    }
    ok = ok && feed(nullptr, 0, ZSTD_e_end);
    ZSTD_freeCCtx(context);
    return ok ? compressed : QByteArray();
}

} // namespace

class TestEventBlocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codecRoundTrips();
    void damagedBlocksAreRefused();
    void blocksClaimingTooManyEventsAreRefused();
    void aDictionaryLargerThanABlockIsRefused();
    void aBlockBombIsRefusedInBoundedMemory();
    void rowStoreReadsAndMigratesWithTheSameNumbers();
    void timelineReadsOnePersonsBlocks();

private:
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestEventBlocks::initTestCase()
{
    m_sample = m_dir.filePath(QStringLiteral("sample.quadrant"));
    makeSampleProject(m_sample, 300);
}

void TestEventBlocks::codecRoundTrips()
{
    QRandomGenerator random(15);
    for (size_t events : {size_t(0), size_t(1), size_t(7), size_t(1000), size_t(65536)}) {
        const EventBlock block = randomBlock(random, events);
        const QByteArray data = EventBlockCodec::encode(block);
        QVERIFY(!data.isEmpty());
        EventBlock decoded;
        QVERIFY(EventBlockCodec::decode(data, true, &decoded));
        compareBlocks(decoded, block);
        // Without properties: the same core columns, no dictionary.
        QVERIFY(EventBlockCodec::decode(data, false, &decoded));
        QCOMPARE(decoded.times, block.times);
        QCOMPARE(decoded.identities, block.identities);
        QVERIFY(decoded.values.empty());
        if (events == 65536) // the benchmark's kind of data: a few bytes per event
            QVERIFY2(data.size() < qsizetype(events) * 8, qPrintable(QString::number(data.size())));
    }
}

void TestEventBlocks::damagedBlocksAreRefused()
{
    QRandomGenerator random(16);
    const EventBlock block = randomBlock(random, 3000);
    const QByteArray data = EventBlockCodec::encode(block);
    EventBlock decoded;
    // Every truncation, and a flipped bit anywhere (each block carries a checksum).
    for (qsizetype length = 0; length < data.size(); length += 1 + length / 50)
        QVERIFY2(!EventBlockCodec::decode(data.left(length), true, &decoded),
                 qPrintable(QString::number(length)));
    for (int flip = 0; flip < 300; ++flip) {
        QByteArray damaged = data;
        const qsizetype at = qsizetype(random.bounded(quint32(damaged.size())));
        damaged[at] = char(damaged[at] ^ (1 << random.bounded(8)));
        QVERIFY2(!EventBlockCodec::decode(damaged, true, &decoded),
                 qPrintable(QString::number(at)));
    }
    QVERIFY(!EventBlockCodec::decode(QByteArray(), true, &decoded));
    QVERIFY(!EventBlockCodec::decode(QByteArray(100, '\0'), true, &decoded));
}

void TestEventBlocks::blocksClaimingTooManyEventsAreRefused()
{
    // Consistent bytes for 65,536 events (the most a block holds) read; one more is refused,
    // whatever the bytes hold, before any column is sized.
    const quint64 perEvent = 4; // name, time, source and properties: a zero byte each
    EventBlock decoded;
    QVERIFY(EventBlockCodec::decode(
        craftedBlock(EventBlockWriter::blockEvents, EventBlockWriter::blockEvents * perEvent + 1),
        true,
        &decoded));
    QCOMPARE(decoded.size(), EventBlockWriter::blockEvents);
    QVERIFY(
        !EventBlockCodec::decode(craftedBlock(EventBlockWriter::blockEvents + 1,
                                              (EventBlockWriter::blockEvents + 1) * perEvent + 1),
                                 true,
                                 &decoded));
    QCOMPARE(decoded.size(), size_t(0));
}

void TestEventBlocks::aDictionaryLargerThanABlockIsRefused()
{
    // More texts than a block holds events (the writer keeps only texts its events use): the
    // decoder reserved the claim, up to 256M texts (6 GB), before reading them.
    EventBlock decoded;
    QByteArray raw(1, char(1));
    for (quint64 value : {1, 1, 0, 1}) // one event, one run of identity 0
        appendVarint(&raw, value);
    raw.append(3, '\0'); // name, time, source
    appendVarint(&raw, EventBlockWriter::blockEvents + 1);
    raw.append(qsizetype(EventBlockWriter::blockEvents) + 1, '\0'); // as many empty texts
    raw.append(1, '\0');                                            // the event's code
    QByteArray data(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    data.truncate(qsizetype(
        ZSTD_compress(data.data(), size_t(data.size()), raw.constData(), size_t(raw.size()), 1)));
    QVERIFY(!EventBlockCodec::decode(data, true, &decoded));
}

void TestEventBlocks::aBlockBombIsRefusedInBoundedMemory()
{
    // A few kilobytes of valid zstd (with a valid checksum) claiming 250 million events, in
    // place of a block of the sample whose row says how many it holds: the decoder sized its
    // columns for the claim (8 GB, then exit 1; std::bad_alloc and SIGABRT under a 4 GB limit)
    // before comparing it with the row (issue #23, fault 5).
    const quint64 claimed = 250000000;
    const QByteArray bomb = craftedBlock(claimed, 260000000);
    QVERIFY(!bomb.isEmpty());
    QVERIFY2(bomb.size() < 16384, qPrintable(QString::number(bomb.size())));
    const QString path = m_dir.filePath(QStringLiteral("bomb.quadrant"));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_sample, path));
    qint64 blockId = 0;
    {
        ProjectStore store;
        QVERIFY(!store.open(path));
        blockId = scalar(store, QStringLiteral("SELECT max(id) FROM event_blocks")).toLongLong();
        QSqlQuery update(store.database());
        QVERIFY(update.prepare(QStringLiteral("UPDATE event_blocks SET data = ? WHERE id = ?")));
        update.addBindValue(bomb);
        update.addBindValue(blockId);
        QVERIFY(update.exec());
        QVERIFY(scalar(store,
                       QStringLiteral("SELECT events FROM event_blocks WHERE id = %1").arg(blockId))
                    .toLongLong()
                < qint64(EventBlockWriter::blockEvents));
    }
    for (const QStringList &command :
         {QStringList{
              QStringLiteral("trend"), path, QStringLiteral("--event"), QStringLiteral("login")},
          QStringList{QStringLiteral("info"), path}}) {
        const CliRun run = runCli(command, {}, 120000, 1500000000);
        QVERIFY2(!run.crashed, run.err.constData());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("quadrant-cli: error: "), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY2(run.err.contains("damaged"), run.err.constData());
        QVERIFY2(run.err.contains("block " + QByteArray::number(blockId) + ' '),
                 run.err.constData());
    }
}

void TestEventBlocks::rowStoreReadsAndMigratesWithTheSameNumbers()
{
    QStringList expected;
    qint64 events = 0;
    {
        ProjectStore store;
        QVERIFY(!store.open(m_sample, ProjectStore::Access::ReadOnly));
        expected = everyAnalysis(store);
        events = EventBlockReader::count(store);
    }
    QVERIFY(expected.size() >= 10);
    // The person's and the account's timelines hold events, so comparing them says something.
    QVERIFY(expected[expected.size() - 2].count(QLatin1Char('\n')) > 3);
    QVERIFY(expected.last().count(QLatin1Char('\n')) > 3);
    QVERIFY(events > 1000);

    // The same project as schema 4 wrote it: events as rows (in storage order), their index and
    // the (empty) snapshot table, made with schema 4's own statements.
    const QString old = m_dir.filePath(QStringLiteral("schema4.quadrant"));
    QFile::remove(old);
    QVERIFY(QFile::copy(m_sample, old));
    const QString rewritten = rewriteAsSchema4(old);
    QVERIFY2(rewritten.isEmpty(), qPrintable(rewritten));
    QCOMPARE(ProjectFileProbe::inspect(old).userVersion, 4);
    const qint64 rowStoreSize = QFileInfo(old).size();

    // Read-only, as it is: read from the rows.
    {
        ProjectStore store;
        QVERIFY(!store.open(old, ProjectStore::Access::ReadOnly));
        QCOMPARE(store.schemaVersion(), 4);
        QVERIFY(EventBlockReader::usesRowStore(store));
        QCOMPARE(EventBlockReader::count(store), events);
        QCOMPARE(everyAnalysis(store), expected);
    }
    // Opened for writing: migrated to blocks in one transaction, the rows' pages given back.
    {
        ProjectStore store;
        const auto failure = store.open(old);
        QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
        QCOMPARE(store.schemaVersion(), Schema::currentVersion());
        QVERIFY(!EventBlockReader::usesRowStore(store));
        QCOMPARE(EventBlockReader::count(store), events);
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                       "('events', 'events_by_identity_time', "
                                       "'event_index_snapshot')"))
                     .toInt(),
                 0);
        QCOMPARE(everyAnalysis(store), expected);
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }
    QVERIFY2(QFileInfo(old).size() < rowStoreSize / 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(rowStoreSize).arg(QFileInfo(old).size())));
}

void TestEventBlocks::timelineReadsOnePersonsBlocks()
{
    ProjectStore store;
    QVERIFY(!store.open(m_sample, ProjectStore::Access::ReadOnly));
    const qint64 identity
        = scalar(store, QStringLiteral("SELECT min(id) FROM identities")).toLongLong();
    const QSet<qint64> one{identity};
    QVERIFY(!EventBlockReader::copyToTemporaryTable(store, "one", &one));
    QVERIFY(!EventBlockReader::copyToTemporaryTable(store, "all"));
    QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM temp.one")).toLongLong(),
             scalar(store,
                    QStringLiteral("SELECT count(*) FROM temp.\"all\" WHERE identity_id = %1")
                        .arg(identity))
                 .toLongLong());
    QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM temp.one")).toLongLong() > 0);
}

QTEST_GUILESS_MAIN(TestEventBlocks)
#include "tst_eventblocks.moc"

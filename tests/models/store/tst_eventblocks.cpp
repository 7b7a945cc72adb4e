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

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

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

} // namespace

class TestEventBlocks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void codecRoundTrips();
    void damagedBlocksAreRefused();
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
    {
        ProjectStore store;
        QVERIFY(!store.open(old));
        QVERIFY(!EventBlockReader::copyToTemporaryTable(store, "decoded"));
        for (const char *sql :
             {"CREATE TABLE events (id INTEGER PRIMARY KEY, identity_id INTEGER NOT NULL, "
              "event_id INTEGER NOT NULL, ts INTEGER NOT NULL, source_id INTEGER, import_id "
              "INTEGER NOT NULL, properties TEXT)",
              "INSERT INTO events SELECT * FROM temp.decoded ORDER BY id",
              "CREATE INDEX events_by_identity_time ON events(identity_id, ts)",
              "CREATE TABLE event_index_snapshot (id INTEGER PRIMARY KEY, part TEXT NOT NULL, "
              "chunk INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (part, chunk))",
              "DROP TABLE event_blocks",
              "PRAGMA user_version = 4"}) {
            QSqlQuery query(store.database());
            QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
        }
    }
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

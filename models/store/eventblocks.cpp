// SPDX-License-Identifier: MIT
#include "eventblocks.h"

#include "common/crashpoint.h"
#include "projectstore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <memory>
#include <numeric>
#include <zstd.h>

namespace Quadrant {

namespace {

constexpr quint8 s_format = 1;
constexpr int s_compressionLevel = 1;
// A block never holds more than this once decompressed: a damaged or hostile file cannot make
// a reader allocate more.
constexpr size_t s_maxBlockBytes = size_t(256) << 20;
constexpr size_t s_maxBlockValueBytes = size_t(16) << 20;
// A run is sorted in memory: this many events, or this many bytes of distinct property texts.
constexpr size_t s_runEvents = size_t(1) << 19;
constexpr size_t s_runValueBytes = size_t(64) << 20;

// Deltas wrap around instead of overflowing (a damaged block may hold any values); decoding
// undoes exactly what encoding did.
qint64 wrappingSub(qint64 a, qint64 b)
{
    return qint64(quint64(a) - quint64(b));
}

qint64 wrappingAdd(qint64 a, qint64 b)
{
    return qint64(quint64(a) + quint64(b));
}

quint64 zigzag(qint64 value)
{
    return (quint64(value) << 1) ^ quint64(value >> 63);
}

qint64 unzigzag(quint64 value)
{
    return qint64((value >> 1) ^ (~(value & 1) + 1));
}

class ByteSink
{
public:
    void varint(quint64 value)
    {
        while (value >= 0x80) {
            m_bytes.push_back(char(value | 0x80));
            value >>= 7;
        }
        m_bytes.push_back(char(value));
    }
    void signedVarint(qint64 value) { varint(zigzag(value)); }
    void bytes(QByteArrayView data) { m_bytes.append(data.data(), data.size()); }
    void byte(quint8 value) { m_bytes.push_back(char(value)); }
    const QByteArray &data() const { return m_bytes; }
    void reserve(qsizetype size) { m_bytes.reserve(size); }

private:
    QByteArray m_bytes;
};

// Reads what ByteSink wrote; every read is checked, and the first failure sticks.
class ByteSource
{
public:
    explicit ByteSource(QByteArrayView data)
        : m_at(reinterpret_cast<const quint8 *>(data.data()))
        , m_end(m_at + data.size())
    {}
    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at == m_end) {
                m_ok = false;
                return 0;
            }
            const quint8 byte = *m_at++;
            value |= quint64(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0)
                return value;
        }
        m_ok = false;
        return 0;
    }
    qint64 signedVarint() { return unzigzag(varint()); }
    quint8 byte()
    {
        if (m_at == m_end) {
            m_ok = false;
            return 0;
        }
        return *m_at++;
    }
    QByteArrayView bytes(quint64 count)
    {
        if (quint64(m_end - m_at) < count) {
            m_ok = false;
            return {};
        }
        const auto *start = m_at;
        m_at += count;
        return QByteArrayView(reinterpret_cast<const char *>(start), qsizetype(count));
    }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

private:
    const quint8 *m_at;
    const quint8 *m_end;
    bool m_ok = true;
};

} // namespace

Failure damagedBlockFailure(qint64 blockId)
{
    return Failure(QCoreApplication::translate(
                       "Quadrant", "block %1 of the events is damaged; the project cannot be read")
                       .arg(blockId));
}

namespace {

Failure storeFailure(sqlite3 *db, const QString &what)
{
    return Failure(QCoreApplication::translate("Quadrant", "%1: %2")
                       .arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

} // namespace

void EventBlock::clear()
{
    identities.clear();
    names.clear();
    times.clear();
    sources.clear();
    properties.clear();
    values.clear();
}

namespace EventBlockCodec {

QByteArray encode(const EventBlock &block)
{
    const size_t n = block.size();
    ByteSink sink;
    sink.reserve(qsizetype(n * 8 + 64));
    sink.byte(s_format);
    sink.varint(n);
    // Identities as runs of equal values.
    std::vector<std::pair<qint64, quint64>> runs;
    for (size_t i = 0; i < n; ++i) {
        if (runs.empty() || runs.back().first != block.identities[i])
            runs.push_back({block.identities[i], 0});
        ++runs.back().second;
    }
    sink.varint(runs.size());
    qint64 previous = 0;
    for (const auto &[identity, count] : runs) {
        sink.signedVarint(wrappingSub(identity, previous));
        sink.varint(count);
        previous = identity;
    }
    for (qint64 name : block.names)
        sink.varint(quint64(name));
    previous = 0;
    for (qint64 time : block.times) {
        sink.signedVarint(wrappingSub(time, previous));
        previous = time;
    }
    for (qint64 source : block.sources)
        sink.varint(quint64(source));
    sink.varint(block.values.size());
    for (const QByteArray &value : block.values) {
        sink.varint(quint64(value.size()));
        sink.bytes(value);
    }
    for (quint32 code : block.properties)
        sink.varint(code);

    const QByteArray &raw = sink.data();
    // One compression context per thread, reused; each block carries a checksum, so that a
    // damaged page reads as an error rather than as other events.
    struct Context
    {
        ZSTD_CCtx *context = ZSTD_createCCtx();
        Context()
        {
            ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, s_compressionLevel);
            ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
        }
        ~Context() { ZSTD_freeCCtx(context); }
    };
    thread_local Context compression;
    QByteArray compressed(qsizetype(ZSTD_compressBound(size_t(raw.size()))), Qt::Uninitialized);
    const size_t size = ZSTD_compress2(compression.context,
                                       compressed.data(),
                                       size_t(compressed.size()),
                                       raw.constData(),
                                       size_t(raw.size()));
    if (ZSTD_isError(size))
        return {};
    compressed.truncate(qsizetype(size));
    return compressed;
}

bool decode(QByteArrayView data,
            bool withProperties,
            EventBlock *out,
            std::optional<qint64> expectedEvents)
{
    out->clear();
    if (expectedEvents && (*expectedEvents < 0 || quint64(*expectedEvents) > maxEvents))
        return false;
    const unsigned long long rawSize = ZSTD_getFrameContentSize(data.data(), size_t(data.size()));
    if (rawSize == ZSTD_CONTENTSIZE_ERROR || rawSize == ZSTD_CONTENTSIZE_UNKNOWN
        || rawSize > s_maxBlockBytes)
        return false;
    QByteArray raw(qsizetype(rawSize), Qt::Uninitialized);
    const size_t got
        = ZSTD_decompress(raw.data(), size_t(raw.size()), data.data(), size_t(data.size()));
    if (ZSTD_isError(got) || got != rawSize)
        return false;

    ByteSource source(raw);
    if (source.byte() != s_format)
        return false;
    // The claimed count sizes every column: it is checked against the row and the limit first
    // (a few kilobytes of zstd can claim 250M events, 8 GB of columns).
    const quint64 n = source.varint();
    if (!source.ok() || n > maxEvents || (expectedEvents && n != quint64(*expectedEvents)))
        return false;
    // Every event takes at least a byte in each of four columns.
    if (n > quint64(raw.size()))
        return false;
    const quint64 runCount = source.varint();
    if (!source.ok() || runCount > n)
        return false;
    out->identities.reserve(n);
    qint64 identity = 0;
    for (quint64 r = 0; r < runCount && source.ok(); ++r) {
        identity = wrappingAdd(identity, source.signedVarint());
        const quint64 count = source.varint();
        if (count > n - out->identities.size())
            return false;
        out->identities.insert(out->identities.end(), count, identity);
    }
    if (!source.ok() || out->identities.size() != n)
        return false;
    out->names.resize(n);
    for (quint64 i = 0; i < n; ++i)
        out->names[i] = qint64(source.varint());
    out->times.resize(n);
    qint64 time = 0;
    for (quint64 i = 0; i < n; ++i) {
        time = wrappingAdd(time, source.signedVarint());
        out->times[i] = time;
    }
    out->sources.resize(n);
    for (quint64 i = 0; i < n; ++i)
        out->sources[i] = qint64(source.varint());
    if (!source.ok())
        return false;
    if (!withProperties)
        return true;
    // A text takes at least its length's byte; a block never holds more texts than events.
    const quint64 valueCount = source.varint();
    if (!source.ok() || valueCount > maxEvents || valueCount > quint64(raw.size()))
        return false;
    out->values.reserve(valueCount);
    for (quint64 v = 0; v < valueCount; ++v) {
        const QByteArrayView text = source.bytes(source.varint());
        if (!source.ok())
            return false;
        out->values.emplace_back(text.data(), text.size());
    }
    out->properties.resize(n);
    for (quint64 i = 0; i < n; ++i) {
        const quint64 code = source.varint();
        if (code > valueCount)
            return false;
        out->properties[i] = quint32(code);
    }
    return source.ok() && source.atEnd();
}

} // namespace EventBlockCodec

namespace {

// The run's events by (person, time, arrival). Person ids are row ids, nearly dense: a counting
// sort by person (stable, so arrival order stays) and then each person's events by time, which
// a file in time order already is; a plain sort when the ids are too far apart.
std::vector<quint32> runOrder(const EventBlockWriter::Run &run)
{
    const size_t n = run.times.size();
    std::vector<quint32> order(n);
    const auto [low, high] = std::minmax_element(run.persons.begin(), run.persons.end());
    const quint64 span = quint64(*high) - quint64(*low) + 1;
    if (span == 0 || span > 4 * quint64(n) + 4096) {
        std::iota(order.begin(), order.end(), 0u);
        std::sort(order.begin(), order.end(), [&run](quint32 a, quint32 b) {
            if (run.persons[a] != run.persons[b])
                return run.persons[a] < run.persons[b];
            if (run.times[a] != run.times[b])
                return run.times[a] < run.times[b];
            return a < b;
        });
        return order;
    }
    std::vector<quint32> starts(size_t(span) + 1, 0);
    for (qint64 person : run.persons)
        ++starts[size_t(quint64(person) - quint64(*low)) + 1];
    std::partial_sum(starts.begin(), starts.end(), starts.begin());
    std::vector<quint32> cursor(starts.begin(), starts.end() - 1);
    for (size_t i = 0; i < n; ++i)
        order[cursor[size_t(quint64(run.persons[i]) - quint64(*low))]++] = quint32(i);
    const auto byTime = [&run](quint32 a, quint32 b) { return run.times[a] < run.times[b]; };
    for (size_t p = 0; p + 1 < starts.size(); ++p) {
        const auto first = order.begin() + starts[p], last = order.begin() + starts[p + 1];
        if (!std::is_sorted(first, last, byTime))
            std::stable_sort(first, last, byTime);
    }
    return order;
}

// Sorts a run and encodes it as blocks (no database: this runs beside the import's thread).
std::vector<EventBlockWriter::EncodedBlock> encodeRun(const EventBlockWriter::Run &run,
                                                      qint64 importId)
{
    std::vector<EventBlockWriter::EncodedBlock> encoded;
    const size_t n = run.times.size();
    const std::vector<quint32> order = runOrder(run);
    EventBlock block;
    block.importId = importId;
    std::vector<quint32> local(run.values.size() + 1, 0);
    std::vector<quint32> used;
    size_t blockValueBytes = 0;
    auto flushBlock = [&] {
        if (block.size() == 0)
            return;
        const auto [low, high]
            = std::minmax_element(block.identities.begin(), block.identities.end());
        encoded.push_back(
            {importId, *low, *high, qint64(block.size()), EventBlockCodec::encode(block)});
        for (quint32 code : used)
            local[code] = 0;
        used.clear();
        block.clear();
        blockValueBytes = 0;
    };
    for (size_t k = 0; k < n; ++k) {
        const quint32 i = order[k];
        block.identities.push_back(run.identities[i]);
        block.names.push_back(run.names[i]);
        block.times.push_back(run.times[i]);
        block.sources.push_back(run.sources[i]);
        quint32 code = run.properties[i];
        if (code != 0) {
            if (local[code] == 0) {
                block.values.push_back(run.values[code - 1]);
                local[code] = quint32(block.values.size());
                used.push_back(code);
                blockValueBytes += size_t(run.values[code - 1].size());
            }
            code = local[code];
        }
        block.properties.push_back(code);
        if (block.size() >= EventBlockWriter::blockEvents
            || blockValueBytes >= s_maxBlockValueBytes)
            flushBlock();
    }
    flushBlock();
    return encoded;
}

} // namespace

EventBlockWriter::~EventBlockWriter()
{
    if (m_encoding.valid())
        m_encoding.wait();
}

std::optional<Failure> EventBlockWriter::begin(sqlite3 *db, qint64 importId)
{
    m_db = db;
    m_importId = importId;
    return std::nullopt;
}

std::optional<Failure> EventBlockWriter::add(qint64 identity,
                                             qint64 person,
                                             qint64 name,
                                             qint64 time,
                                             qint64 source,
                                             QByteArrayView properties)
{
    if (name < 0 || name > qint64(std::numeric_limits<quint32>::max()) || source < 0
        || source > qint64(std::numeric_limits<quint32>::max()))
        return Failure(QCoreApplication::translate(
            "Quadrant", "an event name or source id is out of range; the project is damaged"));
    quint32 code = 0;
    if (!properties.isEmpty()) {
        const QByteArray key = QByteArray::fromRawData(properties.data(), properties.size());
        auto it = m_valueCodes.constFind(key);
        if (it != m_valueCodes.cend()) {
            code = it.value();
        } else {
            m_run.values.emplace_back(properties.data(), properties.size());
            code = quint32(m_run.values.size());
            m_valueCodes.insert(m_run.values.back(), code);
            m_valueBytes += size_t(properties.size()) + 64;
        }
    }
    m_run.persons.push_back(person);
    m_run.identities.push_back(identity);
    m_run.names.push_back(quint32(name));
    m_run.times.push_back(time);
    m_run.sources.push_back(quint32(source));
    m_run.properties.push_back(code);
    return std::nullopt;
}

bool EventBlockWriter::runFull() const
{
    return m_run.times.size() >= s_runEvents || m_valueBytes >= s_runValueBytes;
}

void EventBlockWriter::remapProvisional(const std::vector<std::pair<qint64, qint64>> &finals)
{
    for (size_t i = 0; i < m_run.identities.size(); ++i) {
        const qint64 provisional = m_run.identities[i];
        if (provisional < -1 && size_t(-provisional - 2) < finals.size()) {
            m_run.identities[i] = finals[size_t(-provisional - 2)].first;
            m_run.persons[i] = finals[size_t(-provisional - 2)].second;
        }
    }
}

std::optional<Failure> EventBlockWriter::finish()
{
    if (auto failure = flushRun())
        return failure;
    return writeEncoded();
}

// The run is sorted and compressed on a thread of its own while the import reads on: the
// blocks are written (here, on the connection's thread) when the next run is flushed, or at
// finish. At most two runs are in memory.
std::optional<Failure> EventBlockWriter::flushRun()
{
    if (auto failure = writeEncoded())
        return failure;
    if (m_run.times.empty())
        return std::nullopt;
    auto run = std::make_shared<Run>(std::move(m_run));
    m_run = Run();
    m_valueCodes.clear();
    m_valueBytes = 0;
    m_encoding = std::async(std::launch::async,
                            [run, importId = m_importId] { return encodeRun(*run, importId); });
    return std::nullopt;
}

std::optional<Failure> EventBlockWriter::writeEncoded()
{
    if (!m_encoding.valid())
        return std::nullopt;
    const std::vector<EncodedBlock> blocks = m_encoding.get();
    SqliteStatement insert;
    if (auto failure = insert.prepare(m_db,
                                      "INSERT INTO event_blocks(import_id, first_identity, "
                                      "last_identity, events, data) VALUES (?, ?, ?, ?, ?)"))
        return failure;
    for (const EncodedBlock &block : blocks) {
        if (block.data.isEmpty())
            return Failure(QCoreApplication::translate("Quadrant", "cannot compress the events"));
        insert.bind(1, block.importId);
        insert.bind(2, block.firstIdentity);
        insert.bind(3, block.lastIdentity);
        insert.bind(4, block.events);
        insert.bindBlob(5, block.data);
        if (!insert.execute())
            return storeFailure(m_db,
                                QCoreApplication::translate("Quadrant", "cannot write events"));
        crashPoint("events.block");
    }
    return std::nullopt;
}

namespace {
// The whole query, or the one for an identity range (?1, ?2) when the options ask for one.
std::optional<Failure> prepareReading(SqliteStatement &statement,
                                      sqlite3 *db,
                                      const EventBlockReader::Options &options,
                                      const char *all,
                                      const char *inRange)
{
    if (auto failure = statement.prepare(db, options.identityRange ? inRange : all))
        return failure;
    if (options.identityRange) {
        statement.bind(1, options.identityRange->first);
        statement.bind(2, options.identityRange->second);
    }
    return std::nullopt;
}
} // namespace

bool EventBlockReader::usesRowStore(const ProjectStore &store)
{
    // By what the file holds rather than by the version it claims (an edited user_version).
    SqliteStatement blocks;
    return store.schemaVersion() < 5
           && (blocks.prepare(store.handle(),
                              "SELECT 1 FROM sqlite_master WHERE name = 'event_blocks'")
               || blocks.step() != SQLITE_ROW);
}

std::optional<Failure>
EventBlockReader::forEach(const ProjectStore &store,
                          const Options &options,
                          const std::function<bool(const EventBlock &)> &visit)
{
    auto failure = forEach(store.handle(), usesRowStore(store), options, visit);
    if (failure && failure->file.isEmpty())
        failure->file = store.path();
    return failure;
}

std::optional<Failure>
EventBlockReader::forEach(sqlite3 *db,
                          bool rowStore,
                          const Options &options,
                          const std::function<bool(const EventBlock &)> &visit)
{
    EventBlock block;
    const auto readFailure = [db] {
        return storeFailure(db, QCoreApplication::translate("Quadrant", "cannot read the events"));
    };
    if (rowStore) {
        SqliteStatement rows;
        if (auto failure = prepareReading(
                rows,
                db,
                options,
                "SELECT identity_id, event_id, ts, COALESCE(source_id, 0), import_id, properties "
                "FROM events ORDER BY id",
                "SELECT identity_id, event_id, ts, COALESCE(source_id, 0), import_id, properties "
                "FROM events WHERE identity_id BETWEEN ?1 AND ?2 ORDER BY id"))
            return failure;
        QHash<QByteArray, quint32> codes;
        int rc;
        while ((rc = rows.step()) == SQLITE_ROW) {
            const qint64 importId = rows.columnInt64(4);
            if (block.size() >= EventBlockWriter::blockEvents
                || (block.size() > 0 && importId != block.importId)) {
                if (!visit(block))
                    return std::nullopt;
                block.clear();
                codes.clear();
            }
            block.importId = importId;
            block.identities.push_back(rows.columnInt64(0));
            block.names.push_back(rows.columnInt64(1));
            block.times.push_back(rows.columnInt64(2));
            block.sources.push_back(rows.columnInt64(3));
            quint32 code = 0;
            if (options.withProperties && !rows.columnIsNull(5)) {
                const QByteArrayView text = rows.columnText(5);
                const QByteArray value(text.data(), text.size());
                auto it = codes.constFind(value);
                if (it == codes.cend()) {
                    block.values.push_back(value);
                    it = codes.insert(value, quint32(block.values.size()));
                }
                code = it.value();
            }
            block.properties.push_back(code);
        }
        if (rc != SQLITE_DONE)
            return readFailure();
        if (block.size() > 0)
            visit(block);
        return std::nullopt;
    }

    SqliteStatement blocks;
    if (auto failure
        = prepareReading(blocks,
                         db,
                         options,
                         "SELECT import_id, events, data, id FROM event_blocks ORDER BY id",
                         "SELECT import_id, events, data, id FROM event_blocks WHERE "
                         "last_identity >= ?1 AND first_identity <= ?2 ORDER BY id"))
        return failure;
    int rc;
    while ((rc = blocks.step()) == SQLITE_ROW) {
        // The row's count is checked before the block is decoded, and the block's own claim
        // against it before anything is sized by it.
        if (!EventBlockCodec::decode(
                blocks.columnBlob(2), options.withProperties, &block, blocks.columnInt64(1)))
            return damagedBlockFailure(blocks.columnInt64(3));
        block.importId = blocks.columnInt64(0);
        if (!options.withProperties)
            block.properties.assign(block.size(), 0);
        if (!visit(block))
            return std::nullopt;
    }
    if (rc != SQLITE_DONE)
        return readFailure();
    return std::nullopt;
}

qint64 EventBlockReader::count(const ProjectStore &store)
{
    SqliteStatement count;
    if (count.prepare(store.handle(),
                      usesRowStore(store) ? "SELECT count(*) FROM events"
                                          : "SELECT coalesce(sum(events), 0) FROM event_blocks")
        || count.step() != SQLITE_ROW)
        return 0;
    return count.columnInt64(0);
}

std::optional<Failure> EventBlockReader::countChecked(const ProjectStore &store, qint64 *events)
{
    *events = 0;
    if (usesRowStore(store)) {
        *events = count(store);
        return std::nullopt;
    }
    qint64 total = 0;
    if (auto failure = forEach(store, {}, [&total](const EventBlock &block) {
            total += qint64(block.size());
            return true;
        }))
        return failure;
    *events = total;
    return std::nullopt;
}

std::optional<Failure> EventBlockReader::copyToTemporaryTable(const ProjectStore &store,
                                                              const char *table,
                                                              const QSet<qint64> *identities)
{
    sqlite3 *db = store.handle();
    const QByteArray name = QByteArray("temp.\"") + table + '"';
    if (auto failure = execSql(db, QByteArray("DROP TABLE IF EXISTS " + name).constData()))
        return failure;
    if (auto failure = execSql(db,
                               QByteArray("CREATE TABLE " + name
                                          + " (id INTEGER PRIMARY KEY, identity_id INTEGER, "
                                            "event_id INTEGER, ts INTEGER, source_id INTEGER, "
                                            "import_id INTEGER, properties TEXT)")
                                   .constData()))
        return failure;
    Options options;
    options.withProperties = true;
    if (identities) {
        if (identities->isEmpty())
            return std::nullopt;
        options.identityRange = {*std::min_element(identities->cbegin(), identities->cend()),
                                 *std::max_element(identities->cbegin(), identities->cend())};
    }
    SqliteStatement insert;
    if (auto failure = insert.prepare(
            db,
            QByteArray("INSERT INTO " + name + " VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), ?6, ?7)")
                .constData()))
        return failure;
    // Positions count the events read, in storage order: with a filter only the blocks (or
    // rows) that may hold the identities are read, so positions then only order those (ties in
    // a timeline).
    qint64 position = 0;
    std::optional<Failure> failure;
    auto read = forEach(store, options, [&](const EventBlock &block) {
        for (size_t e = 0; e < block.size(); ++e) {
            ++position;
            if (identities && !identities->contains(block.identities[e]))
                continue;
            insert.bind(1, position);
            insert.bind(2, block.identities[e]);
            insert.bind(3, block.names[e]);
            insert.bind(4, block.times[e]);
            insert.bind(5, block.sources[e]);
            insert.bind(6, block.importId);
            if (block.properties[e] == 0)
                insert.bindNull(7);
            else
                insert.bindText(7, block.propertiesOf(e));
            if (!insert.execute()) {
                failure = Failure(insert.errorText(), store.path());
                return false;
            }
        }
        return true;
    });
    return read ? read : failure;
}

std::optional<Failure> convertRowStoreToBlocks(sqlite3 *db)
{
    // The person each identity belongs to now orders the runs.
    QHash<qint64, qint64> personOf;
    {
        SqliteStatement identities;
        if (auto failure = identities.prepare(db, "SELECT id, person_id FROM identities"))
            return failure;
        while (identities.step() == SQLITE_ROW)
            personOf.insert(identities.columnInt64(0), identities.columnInt64(1));
    }
    EventBlockWriter writer;
    std::optional<qint64> importId;
    std::optional<Failure> failure;
    EventBlockReader::Options options;
    options.withProperties = true;
    auto read = EventBlockReader::forEach(db, true, options, [&](const EventBlock &block) {
        if (importId != block.importId) {
            if ((failure = writer.finish()))
                return false;
            writer.begin(db, block.importId);
            importId = block.importId;
        }
        for (size_t i = 0; i < block.size(); ++i) {
            if ((failure = writer.add(block.identities[i],
                                      personOf.value(block.identities[i], -1),
                                      block.names[i],
                                      block.times[i],
                                      block.sources[i],
                                      block.propertiesOf(i))))
                return false;
            if (writer.runFull() && (failure = writer.flushRun()))
                return false;
        }
        return true;
    });
    if (read)
        return read;
    if (failure)
        return failure;
    return writer.finish();
}

} // namespace Quadrant

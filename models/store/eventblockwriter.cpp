// SPDX-License-Identifier: MIT
// EventBlockWriter: an import's events sorted in runs and written as blocks (eventblocks.h).
#include "common/crashpoint.h"
#include "eventblocks.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <numeric>

namespace Quadrant {

namespace {

// A run is sorted in memory: this many events, or this many bytes of distinct property texts.
constexpr size_t s_runEvents = size_t(1) << 19;
constexpr size_t s_runValueBytes = size_t(64) << 20;
constexpr size_t s_maxBlockValueBytes = size_t(16) << 20;

} // namespace

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

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "eventindex.h"

#include "common/crashpoint.h"
#include "import/timeparser.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace Quadrant {

namespace {

// Interns property values as they stream in.
class ValueDictionary
{
public:
    quint32 code(QByteArrayView text)
    {
        if (text.isEmpty())
            return 0;
        const QString value = QString::fromUtf8(text);
        auto it = m_codes.constFind(value);
        if (it != m_codes.cend())
            return it.value();
        m_column->values << value;
        const quint32 c = quint32(m_column->values.size());
        m_codes.insert(value, c);
        return c;
    }
    explicit ValueDictionary(PropertyColumn *column)
        : m_column(column)
    {}

private:
    PropertyColumn *m_column;
    QHash<QString, quint32> m_codes;
};

QByteArray jsonPath(const QString &key)
{
    // '$."key"' reaches keys with dots or spaces; a quote inside the key is doubled for SQL.
    QString escaped = key;
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QByteArray("$.\"") + escaped.toUtf8() + '"';
}

} // namespace

std::shared_ptr<const EventIndex>
EventIndex::build(const ProjectStore &store, JobContext &context, std::optional<Failure> *failure)
{
    heavyWork("EventIndex::build");
    auto index = std::make_shared<EventIndex>();
    index->m_dataVersion = store.dataVersion();
    sqlite3 *db = store.handle();
    auto fail = [&](const QString &message) -> std::shared_ptr<const EventIndex> {
        if (failure)
            *failure = Failure(message, store.path());
        return nullptr;
    };

    // Dictionaries: event names and sources to dense ids, persons to dense indexes.
    QHash<qint64, quint32> eventDense;
    {
        SqliteStatement names;
        if (auto f = names.prepare(db, "SELECT id, name FROM event_names ORDER BY name"))
            return fail(f->message);
        while (names.step() == SQLITE_ROW) {
            const QString name = QString::fromUtf8(names.columnText(1));
            eventDense.insert(names.columnInt64(0), quint32(index->m_eventNames.size()));
            index->m_eventIds.insert(name, int(index->m_eventNames.size()));
            index->m_eventNames << name;
        }
    }
    QHash<qint64, quint8> sourceDense;
    index->m_sourceNames << QString();
    {
        SqliteStatement sources;
        if (auto f = sources.prepare(db, "SELECT id, name FROM sources ORDER BY id"))
            return fail(f->message);
        while (sources.step() == SQLITE_ROW && index->m_sourceNames.size() < 255) {
            sourceDense.insert(sources.columnInt64(0), quint8(index->m_sourceNames.size()));
            index->m_sourceNames << QString::fromUtf8(sources.columnText(1));
        }
    }
    // identity id -> dense person: a vector while ids are dense (they always are in a file
    // Quadrant wrote), a hash when a damaged or edited file holds ids far beyond their count.
    std::vector<qint32> identityPerson;
    QHash<qint64, qint32> sparseIdentityPerson;
    bool sparseIdentities = false;
    {
        SqliteStatement persons;
        if (auto f = persons.prepare(db, "SELECT id, user_id FROM persons ORDER BY id"))
            return fail(f->message);
        QHash<qint64, qint32> personDense;
        while (persons.step() == SQLITE_ROW) {
            personDense.insert(persons.columnInt64(0), qint32(index->m_personIds.size()));
            index->m_personRowIds.push_back(persons.columnInt64(0));
            index->m_personIds.push_back(QString::fromUtf8(persons.columnText(1)));
        }
        SqliteStatement bounds;
        if (auto f = bounds.prepare(db, "SELECT min(id), max(id), count(*) FROM identities"))
            return fail(f->message);
        // Ids beyond this go to the hash whatever the bounds said: a damaged page may hide rows
        // from one scan and not the other.
        qint64 denseLimit = qint64(1) << 20;
        if (bounds.step() == SQLITE_ROW) {
            sparseIdentities = bounds.columnInt64(0) < 0
                               || bounds.columnInt64(1) > 4 * bounds.columnInt64(2) + (1 << 20);
            denseLimit += 4 * std::clamp<qint64>(bounds.columnInt64(2), 0, qint64(1) << 28);
        }
        SqliteStatement identities;
        if (auto f = identities.prepare(db, "SELECT id, person_id FROM identities"))
            return fail(f->message);
        while (identities.step() == SQLITE_ROW) {
            const qint64 id = identities.columnInt64(0);
            const qint32 person = personDense.value(identities.columnInt64(1), -1);
            if (sparseIdentities || id < 0 || id >= denseLimit) {
                sparseIdentityPerson.insert(id, person);
                continue;
            }
            if (id >= qint64(identityPerson.size()))
                identityPerson.resize(size_t(id) + 1, -1);
            identityPerson[size_t(id)] = person;
        }
    }
    const size_t persons = index->m_personIds.size();

    // Read events in import order (rowid), remembering each one's person.
    std::vector<qint32> eventPerson;
    qint64 expected = 0;
    {
        SqliteStatement count;
        if (!count.prepare(db, "SELECT max(id) FROM events") && count.step() == SQLITE_ROW)
            expected = std::clamp<qint64>(
                count.columnInt64(0), 0, qint64(1) << 28); // a hint, never trusted
    }
    eventPerson.reserve(size_t(expected));
    index->m_names.reserve(size_t(expected));
    index->m_times.reserve(size_t(expected));
    index->m_sources.reserve(size_t(expected));
    index->m_rowIds.reserve(size_t(expected));
    {
        SqliteStatement events;
        if (auto f = events.prepare(
                db, "SELECT id, identity_id, event_id, ts, source_id FROM events ORDER BY id"))
            return fail(f->message);
        qint64 n = 0;
        while (events.step() == SQLITE_ROW) {
            const qint64 identity = events.columnInt64(1);
            const qint32 person = identity >= 0 && identity < qint64(identityPerson.size())
                                      ? identityPerson[size_t(identity)]
                                      : sparseIdentityPerson.value(identity, -1);
            // A person or an event name the file does not hold (a damaged or edited file): the
            // event cannot be placed and is left out.
            const auto name = eventDense.constFind(events.columnInt64(2));
            if (person < 0 || name == eventDense.cend())
                continue;
            // Imports refuse such times; a file from an older version or another tool may hold
            // them. Analyses rely on the range, so these events are left out (and counted).
            const qint64 ts = events.columnInt64(3);
            if (!TimeParser::inRange(ts)) {
                ++index->m_eventsOutOfRange;
                continue;
            }
            eventPerson.push_back(person);
            index->m_rowIds.push_back(events.columnInt64(0));
            index->m_names.push_back(*name);
            index->m_times.push_back(ts);
            index->m_sources.push_back(sourceDense.value(events.columnInt64(4), 0));
            if ((++n & 0xFFFF) == 0) {
                if (context.isCanceled())
                    return fail(QStringLiteral("canceled"));
                context.setProgress(0.8 * double(n) / double(std::max<qint64>(1, expected)),
                                    QCoreApplication::translate("Quadrant", "Reading events"));
            }
        }
    }

    // Counting sort by person (stable: import order kept), then each person's events by time.
    const size_t total = eventPerson.size();
    index->m_offsets.assign(persons + 1, 0);
    for (qint32 p : eventPerson)
        ++index->m_offsets[size_t(p) + 1];
    std::partial_sum(index->m_offsets.begin(), index->m_offsets.end(), index->m_offsets.begin());
    std::vector<qint64> cursor(index->m_offsets.begin(), index->m_offsets.end() - 1);
    std::vector<quint32> order(total);
    for (size_t i = 0; i < total; ++i)
        order[size_t(cursor[size_t(eventPerson[i])]++)] = quint32(i);
    eventPerson.clear();
    eventPerson.shrink_to_fit();
    for (size_t p = 0; p < persons; ++p) {
        auto first = order.begin() + index->m_offsets[p];
        auto last = order.begin() + index->m_offsets[p + 1];
        const auto &times = index->m_times;
        if (!std::is_sorted(first, last, [&](quint32 a, quint32 b) { return times[a] < times[b]; }))
            std::stable_sort(
                first, last, [&](quint32 a, quint32 b) { return times[a] < times[b]; });
    }
    auto permute = [&](auto &column) {
        std::remove_reference_t<decltype(column)> sorted(total);
        for (size_t i = 0; i < total; ++i)
            sorted[i] = column[order[i]];
        column.swap(sorted);
    };
    permute(index->m_names);
    permute(index->m_times);
    permute(index->m_sources);
    permute(index->m_rowIds);
    if (total > 0) {
        const auto [low, high] = std::minmax_element(index->m_times.begin(), index->m_times.end());
        index->m_firstTs = *low;
        index->m_lastTs = *high;
    }
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Events ready"));
    return index;
}

std::shared_ptr<const PropertyColumn> EventIndex::eventProperty(const ProjectStore &store,
                                                                const QString &key) const
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (auto cached = m_eventProperties.value(key))
            return cached;
    }
    auto column = std::make_shared<PropertyColumn>();
    column->codes.assign(m_times.size(), 0);
    // Row id -> position, for the rows that carry the property.
    qint64 maxRow = m_rowIds.empty() ? 0 : *std::max_element(m_rowIds.begin(), m_rowIds.end());
    std::vector<qint32> position(size_t(maxRow) + 1, -1);
    for (size_t i = 0; i < m_rowIds.size(); ++i)
        position[size_t(m_rowIds[i])] = qint32(i);
    ValueDictionary dictionary(column.get());
    SqliteStatement query;
    if (!query.prepare(
            store.handle(),
            "SELECT id, json_extract(properties, ?) FROM events WHERE properties IS NOT NULL")) {
        const QByteArray path = jsonPath(key);
        query.bindText(1, path);
        while (query.step() == SQLITE_ROW) {
            const qint64 row = query.columnInt64(0);
            if (row < 0 || row > maxRow || position[size_t(row)] < 0)
                continue;
            column->codes[size_t(position[size_t(row)])] = dictionary.code(query.columnText(1));
        }
    }
    QMutexLocker lock(&m_cacheMutex);
    m_eventProperties.insert(key, column);
    return column;
}

std::shared_ptr<const PropertyColumn> EventIndex::personPropertyPerEvent(const ProjectStore &store,
                                                                         const QString &key) const
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (auto cached = m_personPropertiesPerEvent.value(key))
            return cached;
    }
    const auto perPerson = personProperty(store, key);
    auto column = std::make_shared<PropertyColumn>();
    column->values = perPerson->values;
    column->codes.assign(m_times.size(), 0);
    for (size_t p = 0; p + 1 < m_offsets.size(); ++p)
        std::fill(column->codes.begin() + qsizetype(m_offsets[p]),
                  column->codes.begin() + qsizetype(m_offsets[p + 1]),
                  perPerson->codes[p]);
    QMutexLocker lock(&m_cacheMutex);
    m_personPropertiesPerEvent.insert(key, column);
    return column;
}

std::shared_ptr<const PropertyColumn> EventIndex::personProperty(const ProjectStore &store,
                                                                 const QString &key) const
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (auto cached = m_personProperties.value(key))
            return cached;
    }
    auto column = std::make_shared<PropertyColumn>();
    column->codes.assign(m_personIds.size(), 0);
    QHash<qint64, int> dense;
    for (size_t p = 0; p < m_personRowIds.size(); ++p)
        dense.insert(m_personRowIds[p], int(p));
    ValueDictionary dictionary(column.get());
    SqliteStatement query;
    const bool isColumn = key == QLatin1String("account_id") || key == QLatin1String("user_id");
    const QByteArray sql = isColumn
                               ? "SELECT id, " + key.toUtf8() + " FROM persons"
                               : QByteArray("SELECT id, json_extract(properties, ?) FROM persons");
    if (!query.prepare(store.handle(), sql.constData())) {
        const QByteArray path = jsonPath(key);
        if (!isColumn)
            query.bindText(1, path);
        while (query.step() == SQLITE_ROW) {
            const int p = dense.value(query.columnInt64(0), -1);
            if (p >= 0)
                column->codes[size_t(p)] = dictionary.code(query.columnText(1));
        }
    }
    QMutexLocker lock(&m_cacheMutex);
    m_personProperties.insert(key, column);
    return column;
}

std::vector<qint64> EventIndex::personRowIds(const std::vector<int> &persons) const
{
    std::vector<qint64> ids;
    ids.reserve(persons.size());
    for (int person : persons)
        ids.push_back(personRowId(person));
    return ids;
}

QVector<EventNameCount> EventIndex::eventNameCounts() const
{
    const size_t names = size_t(m_eventNames.size());
    std::vector<qint64> events(names, 0), persons(names, 0);
    std::vector<int> lastPerson(names, -1);
    for (int p = 0; p < personCount(); ++p) {
        for (qint64 i = begin(p); i < end(p); ++i) {
            const quint32 name = m_names[size_t(i)];
            ++events[name];
            if (lastPerson[name] != p) {
                lastPerson[name] = p;
                ++persons[name];
            }
        }
    }
    QVector<EventNameCount> counts;
    for (size_t n = 0; n < names; ++n)
        if (events[n] > 0)
            counts.append({m_eventNames[qsizetype(n)], events[n], persons[n]});
    std::sort(counts.begin(), counts.end(), [](const EventNameCount &a, const EventNameCount &b) {
        return a.events != b.events ? a.events > b.events : a.name < b.name;
    });
    return counts;
}

qsizetype EventIndex::memoryBytes() const
{
    return qsizetype(m_names.size() * 4 + m_times.size() * 8 + m_sources.size()
                     + m_rowIds.size() * 8 + m_offsets.size() * 8);
}

namespace {

constexpr int s_snapshotFormat = 1;
constexpr qsizetype s_chunkBytes = 32 << 20;

template<typename T>
QByteArrayView bytesOf(const std::vector<T> &values)
{
    return QByteArrayView(reinterpret_cast<const char *>(values.data()),
                          qsizetype(values.size() * sizeof(T)));
}

QByteArray joined(const QStringList &strings)
{
    return strings.join(QChar(0)).toUtf8();
}

QStringList split(const QByteArray &bytes, qsizetype count)
{
    if (count == 0)
        return {};
    return QString::fromUtf8(bytes).split(QChar(0));
}

// Reads every chunk of one part, in order.
QByteArray readPart(sqlite3 *db, const char *part)
{
    SqliteStatement query;
    QByteArray data;
    if (query.prepare(db, "SELECT data FROM event_index_snapshot WHERE part = ? ORDER BY chunk"))
        return data;
    query.bindText(1, QByteArrayView(part));
    while (query.step() == SQLITE_ROW)
        data.append(query.columnBlob(0));
    return data;
}

// Reads a part's chunks straight into the column's own memory (sqlite3_blob_read), so each
// byte is copied once: with tens of millions of events, page faults on extra copies dominate.
template<typename T>
bool readColumn(sqlite3 *db, const char *part, size_t count, std::vector<T> *out)
{
    // The count comes from the snapshot's meta: check it against the bytes stored before
    // allocating for it (a damaged meta must not ask for terabytes).
    SqliteStatement size;
    if (size.prepare(
            db, "SELECT coalesce(sum(length(data)), 0) FROM event_index_snapshot WHERE part = ?"))
        return false;
    size.bindText(1, QByteArrayView(part));
    if (size.step() != SQLITE_ROW || count > (size_t(1) << 40) / sizeof(T)
        || size_t(size.columnInt64(0)) != count * sizeof(T))
        return false;
    SqliteStatement chunks;
    if (chunks.prepare(
            db, "SELECT id, length(data) FROM event_index_snapshot WHERE part = ? ORDER BY chunk"))
        return false;
    chunks.bindText(1, QByteArrayView(part));
    out->resize(count);
    char *target = reinterpret_cast<char *>(out->data());
    const size_t total = count * sizeof(T);
    size_t filled = 0;
    while (chunks.step() == SQLITE_ROW) {
        const qint64 id = chunks.columnInt64(0);
        const size_t length = size_t(chunks.columnInt64(1));
        if (filled + length > total)
            return false;
        if (length == 0)
            continue;
        sqlite3_blob *blob = nullptr;
        if (sqlite3_blob_open(db, "main", "event_index_snapshot", "data", id, 0, &blob)
            != SQLITE_OK)
            return false;
        const int rc = sqlite3_blob_read(blob, target + filled, int(length), 0);
        sqlite3_blob_close(blob);
        if (rc != SQLITE_OK)
            return false;
        filled += length;
    }
    return filled == total;
}

} // namespace

std::shared_ptr<const EventIndex> EventIndex::open(const ProjectStore &store,
                                                   JobContext &context,
                                                   std::optional<Failure> *failure,
                                                   bool *fromSnapshot)
{
    if (auto snapshot = loadSnapshot(store)) {
        if (fromSnapshot)
            *fromSnapshot = true;
        context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Events ready"));
        return snapshot;
    }
    if (fromSnapshot)
        *fromSnapshot = false;
    return build(store, context, failure);
}

std::shared_ptr<const EventIndex> EventIndex::loadSnapshot(const ProjectStore &store)
{
    heavyWork("EventIndex::loadSnapshot");
    sqlite3 *db = store.handle();
    const QJsonObject meta = QJsonDocument::fromJson(readPart(db, "meta")).object();
    const qint64 version = store.dataVersion();
    if (meta.value(QStringLiteral("format")).toInt() != s_snapshotFormat
        || meta.value(QStringLiteral("data_version")).toInteger(-1) != version
        || meta.value(QStringLiteral("little_endian")).toBool()
               != (Q_BYTE_ORDER == Q_LITTLE_ENDIAN))
        return nullptr;
    const size_t events = size_t(meta.value(QStringLiteral("events")).toInteger());
    const size_t persons = size_t(meta.value(QStringLiteral("persons")).toInteger());
    auto index = std::make_shared<EventIndex>();
    index->m_dataVersion = version;
    if (!readColumn(db, "offsets", persons + 1, &index->m_offsets)
        || !readColumn(db, "names", events, &index->m_names)
        || !readColumn(db, "times", events, &index->m_times)
        || !readColumn(db, "sources", events, &index->m_sources)
        || !readColumn(db, "row_ids", events, &index->m_rowIds)
        || !readColumn(db, "person_row_ids", persons, &index->m_personRowIds))
        return nullptr;
    const QStringList personIds = split(readPart(db, "person_ids"), qsizetype(persons));
    if (size_t(personIds.size()) != persons)
        return nullptr;
    index->m_personIds.assign(personIds.cbegin(), personIds.cend());
    index->m_eventNames
        = split(readPart(db, "event_names"), meta.value(QStringLiteral("event_names")).toInt());
    index->m_sourceNames = split(readPart(db, "source_names"), 1);
    for (int i = 0; i < index->m_eventNames.size(); ++i)
        index->m_eventIds.insert(index->m_eventNames[i], i);
    index->m_firstTs = meta.value(QStringLiteral("first_ts")).toInteger();
    index->m_lastTs = meta.value(QStringLiteral("last_ts")).toInteger();
    index->m_eventsOutOfRange = meta.value(QStringLiteral("events_out_of_range")).toInteger();
    // Every analysis indexes with these columns without checking: a snapshot that does not hold
    // together (a damaged page, an edited file) is dropped, and the index is built from the events.
    if (!index->isConsistent())
        return nullptr;
    return index;
}

bool EventIndex::isConsistent() const
{
    const size_t events = m_times.size();
    if (m_offsets.empty() || m_offsets.front() != 0 || size_t(m_offsets.back()) != events
        || m_names.size() != events || m_sources.size() != events || m_rowIds.size() != events
        || m_personRowIds.size() != m_personIds.size() || m_offsets.size() != m_personIds.size() + 1
        || m_sourceNames.isEmpty())
        return false;
    const auto eventNames = quint32(m_eventNames.size());
    const auto sourceNames = quint32(m_sourceNames.size());
    for (size_t p = 0; p + 1 < m_offsets.size(); ++p) {
        const qint64 first = m_offsets[p], last = m_offsets[p + 1];
        if (last < first)
            return false;
        for (qint64 i = first; i < last; ++i) {
            if (m_names[size_t(i)] >= eventNames || m_sources[size_t(i)] >= sourceNames
                || !TimeParser::inRange(m_times[size_t(i)])
                || (i > first && m_times[size_t(i)] < m_times[size_t(i) - 1]))
                return false;
        }
    }
    return events == 0
           || (m_firstTs <= m_lastTs && TimeParser::inRange(m_firstTs)
               && TimeParser::inRange(m_lastTs));
}

std::optional<Failure> EventIndex::saveSnapshot(const ProjectStore &store) const
{
    heavyWork("EventIndex::saveSnapshot");
    if (store.isReadOnly())
        return Failure(QCoreApplication::translate("Quadrant", "the project is open read-only"),
                       store.path());
    sqlite3 *db = store.handle();
    if (auto failure = execSql(db, "BEGIN IMMEDIATE"))
        return failure;
    auto rollback = [db](const QString &message) {
        execSql(db, "ROLLBACK");
        return std::optional<Failure>(Failure(message));
    };
    // Another writer may have changed the data since this index was built.
    if (store.dataVersion() != m_dataVersion)
        return rollback(QCoreApplication::translate(
            "Quadrant", "the project changed while the index was built"));
    if (auto failure = execSql(db, "DELETE FROM event_index_snapshot"))
        return rollback(failure->message);
    SqliteStatement insert;
    if (auto failure = insert.prepare(
            db, "INSERT INTO event_index_snapshot(part, chunk, data) VALUES (?, ?, ?)"))
        return rollback(failure->message);
    auto write = [&](const char *part, QByteArrayView bytes) {
        qint64 chunk = 0;
        for (qsizetype at = 0; at < bytes.size() || (at == 0 && chunk == 0);
             at += s_chunkBytes, ++chunk) {
            const QByteArrayView piece
                = bytes.sliced(at, std::min(s_chunkBytes, bytes.size() - at));
            insert.bindText(1, QByteArrayView(part));
            insert.bind(2, chunk);
            insert.bindBlob(3, piece);
            if (!insert.execute())
                return false;
            crashPoint("snapshot.chunk");
            if (bytes.isEmpty())
                break;
        }
        return true;
    };
    QJsonObject meta;
    meta.insert(QStringLiteral("format"), s_snapshotFormat);
    meta.insert(QStringLiteral("data_version"), m_dataVersion);
    meta.insert(QStringLiteral("little_endian"), Q_BYTE_ORDER == Q_LITTLE_ENDIAN);
    meta.insert(QStringLiteral("events"), qint64(m_times.size()));
    meta.insert(QStringLiteral("persons"), qint64(m_personIds.size()));
    meta.insert(QStringLiteral("event_names"), int(m_eventNames.size()));
    meta.insert(QStringLiteral("first_ts"), m_firstTs);
    meta.insert(QStringLiteral("last_ts"), m_lastTs);
    meta.insert(QStringLiteral("events_out_of_range"), m_eventsOutOfRange);
    QStringList personIds;
    personIds.reserve(qsizetype(m_personIds.size()));
    for (const QString &id : m_personIds)
        personIds << id;
    const QByteArray metaBytes = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    const QByteArray personBytes = joined(personIds), nameBytes = joined(m_eventNames),
                     sourceBytes = joined(m_sourceNames);
    const bool ok = write("meta", metaBytes) && write("offsets", bytesOf(m_offsets))
                    && write("names", bytesOf(m_names)) && write("times", bytesOf(m_times))
                    && write("sources", bytesOf(m_sources)) && write("row_ids", bytesOf(m_rowIds))
                    && write("person_row_ids", bytesOf(m_personRowIds))
                    && write("person_ids", personBytes) && write("event_names", nameBytes)
                    && write("source_names", sourceBytes);
    if (!ok)
        return rollback(insert.errorText());
    if (auto failure = execSql(db, "COMMIT"))
        return rollback(failure->message);
    return std::nullopt;
}

} // namespace Quadrant

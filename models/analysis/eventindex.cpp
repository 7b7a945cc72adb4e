// SPDX-License-Identifier: MIT
#include "eventindex.h"

#include "import/timeparser.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/eventblocks.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QMutexLocker>

#include <algorithm>
#include <cstring>
#include <limits>
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

    // Read events in storage order, remembering each one's person.
    std::vector<qint32> eventPerson;
    const qint64 expected = std::clamp<qint64>(EventBlockReader::count(store), 0, qint64(1) << 31);
    eventPerson.reserve(size_t(expected));
    index->m_names.reserve(size_t(expected));
    index->m_times.reserve(size_t(expected));
    index->m_sources.reserve(size_t(expected));
    index->m_positions.reserve(size_t(expected));
    {
        qint64 stored = 0;
        bool canceled = false;
        auto read = EventBlockReader::forEach(store, {}, [&](const EventBlock &block) {
            for (size_t e = 0; e < block.size(); ++e, ++stored) {
                const qint64 identity = block.identities[e];
                const qint32 person = identity >= 0 && identity < qint64(identityPerson.size())
                                          ? identityPerson[size_t(identity)]
                                          : sparseIdentityPerson.value(identity, -1);
                // A person or an event name the file does not hold (a damaged or edited file):
                // the event cannot be placed and is left out.
                const auto name = eventDense.constFind(block.names[e]);
                if (person < 0 || name == eventDense.cend())
                    continue;
                // Imports refuse such times; a file from an older version or another tool may
                // hold them. Analyses rely on the range, so these events are left out (and
                // counted).
                const qint64 ts = block.times[e];
                if (!TimeParser::inRange(ts)) {
                    ++index->m_eventsOutOfRange;
                    continue;
                }
                eventPerson.push_back(person);
                index->m_positions.push_back(quint32(stored));
                index->m_names.push_back(*name);
                index->m_times.push_back(ts);
                index->m_sources.push_back(sourceDense.value(block.sources[e], 0));
            }
            if (context.isCanceled()) {
                canceled = true;
                return false;
            }
            context.setProgress(0.8 * double(stored) / double(std::max<qint64>(1, expected)),
                                QCoreApplication::translate("Quadrant", "Reading events"));
            return true;
        });
        if (read)
            return fail(read->message);
        if (canceled)
            return fail(QStringLiteral("canceled"));
        if (stored > qint64(std::numeric_limits<quint32>::max()))
            return fail(QCoreApplication::translate(
                "Quadrant", "more than 4,294,967,295 events in one project"));
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
    permute(index->m_positions);
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
    // Storage position -> index position, for the events the index holds.
    std::vector<qint32> position(
        m_positions.empty() ? 0
                            : size_t(*std::max_element(m_positions.begin(), m_positions.end())) + 1,
        -1);
    for (size_t i = 0; i < m_positions.size(); ++i)
        position[m_positions[i]] = qint32(i);
    ValueDictionary dictionary(column.get());
    // Each distinct properties text is read once, by SQLite's own json_extract, so that a value
    // reads exactly as it did when events were rows.
    SqliteStatement extract;
    const QByteArray path = jsonPath(key);
    QHash<QByteArray, quint32> codeOfText;
    if (!extract.prepare(store.handle(), "SELECT json_extract(?1, ?2)")) {
        extract.bindText(2, path);
        EventBlockReader::Options options;
        options.withProperties = true;
        size_t stored = 0;
        std::vector<quint32> blockCodes;
        EventBlockReader::forEach(store, options, [&](const EventBlock &block) {
            blockCodes.assign(block.values.size() + 1, 0);
            for (size_t v = 0; v < block.values.size(); ++v) {
                const QByteArray &text = block.values[v];
                auto known = codeOfText.constFind(text);
                if (known == codeOfText.cend()) {
                    quint32 code = 0;
                    extract.bindText(1, text);
                    if (extract.step() == SQLITE_ROW)
                        code = dictionary.code(extract.columnText(0));
                    extract.reset();
                    known = codeOfText.insert(text, code);
                }
                blockCodes[v + 1] = known.value();
            }
            for (size_t e = 0; e < block.size(); ++e, ++stored)
                if (stored < position.size() && position[stored] >= 0)
                    column->codes[size_t(position[stored])] = blockCodes[block.properties[e]];
            return true;
        });
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
                     + m_positions.size() * 4 + m_offsets.size() * 8);
}

std::shared_ptr<const EventIndex>
EventIndex::open(const ProjectStore &store, JobContext &context, std::optional<Failure> *failure)
{
    return build(store, context, failure);
}

} // namespace Quadrant

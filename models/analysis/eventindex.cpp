// SPDX-License-Identifier: MIT
#include "eventindex.h"

#include "common/timeparser.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/eventblocks.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QLocale>
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

// One property's values read out of properties texts by SQLite's own json_extract, so that a
// value reads exactly as it did when events were rows; the codes are `column`'s.
class PropertyExtractor
{
public:
    PropertyExtractor(sqlite3 *db, const QString &key, PropertyColumn *column)
        : m_path(jsonPath(key))
        , m_dictionary(column)
    {
        m_ready = !m_extract.prepare(db, "SELECT json_extract(?1, ?2)");
        if (m_ready)
            m_extract.bindText(2, m_path);
    }
    // False when SQLite could not prepare the query: every value then reads as missing.
    bool ready() const { return m_ready; }
    quint32 code(QByteArrayView text)
    {
        quint32 code = 0;
        m_extract.bindText(1, text);
        if (m_extract.step() == SQLITE_ROW)
            code = m_dictionary.code(m_extract.columnText(0));
        m_extract.reset();
        return code;
    }

private:
    const QByteArray m_path; // bound without a copy: declared before the statement
    SqliteStatement m_extract;
    ValueDictionary m_dictionary;
    bool m_ready = false;
};

} // namespace

// Event names and sources to dense ids, persons to dense indexes (in row id order).
std::optional<QString> EventIndex::readDictionaries(sqlite3 *db,
                                                    EventIndex &index,
                                                    QHash<qint64, quint32> &eventDense,
                                                    QHash<qint64, quint16> &sourceDense)
{
    {
        SqliteStatement names;
        if (auto f = names.prepare(db, "SELECT id, name FROM event_names ORDER BY name"))
            return f->message;
        while (names.step() == SQLITE_ROW) {
            const QString name = QString::fromUtf8(names.columnText(1));
            eventDense.insert(names.columnInt64(0), quint32(index.m_eventNames.size()));
            index.m_eventIds.insert(name, int(index.m_eventNames.size()));
            index.m_eventNames << name;
        }
    }
    index.m_sourceNames << QString();
    {
        SqliteStatement sources;
        if (auto f = sources.prepare(db, "SELECT id, name FROM sources ORDER BY id"))
            return f->message;
        // Never more than an event's code holds: a source merged into another, or into none,
        // would count its events under another name.
        while (sources.step() == SQLITE_ROW) {
            if (index.m_sourceNames.size() > maxSources)
                return QCoreApplication::translate(
                           "Quadrant",
                           "the project holds more than %1 event sources; Quadrant reads at "
                           "most %1")
                    .arg(QLocale(QLocale::English).toString(maxSources));
            sourceDense.insert(sources.columnInt64(0), quint16(index.m_sourceNames.size()));
            index.m_sourceNames << QString::fromUtf8(sources.columnText(1));
        }
    }
    {
        SqliteStatement persons;
        if (auto f = persons.prepare(db, "SELECT id, user_id FROM persons ORDER BY id"))
            return f->message;
        while (persons.step() == SQLITE_ROW) {
            index.m_personRowIds.push_back(persons.columnInt64(0));
            const QByteArrayView id = persons.columnText(1);
            if (quint64(index.m_personIdText.size()) + quint64(id.size())
                > std::numeric_limits<quint32>::max())
                return QCoreApplication::translate("Quadrant", "more than 4 GB of person ids");
            index.m_personIdText.append(id.data(), id.size());
            index.m_personIdEnds.push_back(quint32(index.m_personIdText.size()));
        }
    }
    return std::nullopt;
}

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
    QHash<qint64, quint16> sourceDense;
    if (auto f = readDictionaries(db, *index, eventDense, sourceDense))
        return fail(*f);
    // identity id -> dense person: a vector while ids are dense (they always are in a file
    // Quadrant wrote), a hash when a damaged or edited file holds ids far beyond their count.
    std::vector<qint32> identityPerson;
    QHash<qint64, qint32> sparseIdentityPerson;
    bool sparseIdentities = false;
    {
        // Row ids come in order: a person's dense index is found by binary search.
        const auto &rowIds = index->m_personRowIds;
        const auto personDense = [&rowIds](qint64 rowId) -> qint32 {
            const auto it = std::lower_bound(rowIds.begin(), rowIds.end(), rowId);
            return it != rowIds.end() && *it == rowId ? qint32(it - rowIds.begin()) : -1;
        };
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
            const qint32 person = personDense(identities.columnInt64(1));
            if (sparseIdentities || id < 0 || id >= denseLimit) {
                sparseIdentityPerson.insert(id, person);
                continue;
            }
            if (id >= qint64(identityPerson.size()))
                identityPerson.resize(size_t(id) + 1, -1);
            identityPerson[size_t(id)] = person;
        }
    }
    const size_t persons = index->m_personRowIds.size();

    // Two passes over the blocks, in storage order: the first counts each person's events, the
    // second puts every event straight in its place (no per-event person column, no
    // permutation: the peak is the index itself plus one decoded block).
    const qint64 expected = std::max<qint64>(1, EventBlockReader::count(store));
    const auto personOf = [&](qint64 identity) {
        return identity >= 0 && identity < qint64(identityPerson.size())
                   ? identityPerson[size_t(identity)]
                   : sparseIdentityPerson.value(identity, -1);
    };
    // A person or an event name the file does not hold (a damaged or edited file): the event
    // cannot be placed and is left out. Imports refuse times outside TimeParser's range; a file
    // from an older version or another tool may hold them, and analyses rely on the range, so
    // these events are left out too (and counted).
    // Dictionary ids are small row ids: a vector lookup per event, a hash for the odd file.
    std::vector<qint32> nameOf, sourceOf;
    for (auto it = eventDense.cbegin(); it != eventDense.cend(); ++it)
        if (it.key() >= 0 && it.key() < (1 << 20)) {
            if (size_t(it.key()) >= nameOf.size())
                nameOf.resize(size_t(it.key()) + 1, -1);
            nameOf[size_t(it.key())] = qint32(it.value());
        }
    for (auto it = sourceDense.cbegin(); it != sourceDense.cend(); ++it)
        if (it.key() >= 0 && it.key() < (1 << 20)) {
            if (size_t(it.key()) >= sourceOf.size())
                sourceOf.resize(size_t(it.key()) + 1, 0);
            sourceOf[size_t(it.key())] = qint32(it.value());
        }
    const auto nameIdOf = [&](qint64 id) -> qint32 {
        if (id >= 0 && id < qint64(nameOf.size()))
            return nameOf[size_t(id)];
        const auto it = eventDense.constFind(id);
        return it == eventDense.cend() ? -1 : qint32(*it);
    };
    const auto sourceIdOf = [&](qint64 id) -> quint16 {
        if (id >= 0 && id < qint64(sourceOf.size()))
            return quint16(sourceOf[size_t(id)]);
        return sourceDense.value(id, 0);
    };
    std::vector<qint64> cursor(persons + 1, 0);
    qint64 stored = 0;
    bool canceled = false;
    auto pass = [&](bool place, double progressFrom) {
        stored = 0;
        return EventBlockReader::forEach(store, {}, [&](const EventBlock &block) {
            for (size_t e = 0; e < block.size(); ++e, ++stored) {
                const qint32 person = personOf(block.identities[e]);
                const qint32 name = nameIdOf(block.names[e]);
                if (person < 0 || name < 0)
                    continue;
                if (!TimeParser::inRange(block.times[e])) {
                    if (!place)
                        ++index->m_eventsOutOfRange;
                    continue;
                }
                if (!place) {
                    ++cursor[size_t(person) + 1];
                    continue;
                }
                const size_t at = size_t(cursor[size_t(person)]++);
                index->m_names[at] = quint32(name);
                index->m_times[at] = block.times[e];
                index->m_sources[at] = sourceIdOf(block.sources[e]);
                index->m_positions[at] = quint32(stored);
            }
            if (context.isCanceled()) {
                canceled = true;
                return false;
            }
            context.setProgress(progressFrom + 0.4 * double(stored) / double(expected),
                                QCoreApplication::translate("Quadrant", "Reading events"));
            return true;
        });
    };
    // Both passes read one state of the file, whatever another connection commits meanwhile.
    sqlite3 *readDb = store.handle();
    const bool ownTransaction = sqlite3_get_autocommit(readDb) != 0;
    if (ownTransaction)
        execSql(readDb, "BEGIN");
    auto read = pass(false, 0.0);
    if (!read && !canceled) {
        if (stored > qint64(std::numeric_limits<quint32>::max())) {
            if (ownTransaction)
                execSql(readDb, "COMMIT");
            return fail(QCoreApplication::translate(
                "Quadrant", "more than 4,294,967,295 events in one project"));
        }
        std::partial_sum(cursor.begin(), cursor.end(), cursor.begin());
        const size_t total = size_t(cursor.back());
        index->m_offsets = cursor;
        index->m_names.resize(total);
        index->m_times.resize(total);
        index->m_sources.resize(total);
        index->m_positions.resize(total);
        read = pass(true, 0.4);
    }
    if (ownTransaction)
        execSql(readDb, "COMMIT");
    if (read)
        return fail(read->message);
    if (canceled)
        return fail(QStringLiteral("canceled"));

    // Each person's events by time; equal times keep storage order (arrival order).
    std::vector<quint32> order;
    for (size_t p = 0; p < persons; ++p) {
        const size_t first = size_t(index->m_offsets[p]), last = size_t(index->m_offsets[p + 1]);
        const auto &times = index->m_times;
        if (std::is_sorted(times.begin() + qsizetype(first), times.begin() + qsizetype(last)))
            continue;
        order.resize(last - first);
        std::iota(order.begin(), order.end(), quint32(first));
        std::stable_sort(
            order.begin(), order.end(), [&](quint32 a, quint32 b) { return times[a] < times[b]; });
        auto permute = [&](auto &column) {
            std::vector<std::decay_t<decltype(column[0])>> sorted;
            sorted.reserve(order.size());
            for (quint32 i : order)
                sorted.push_back(column[i]);
            std::copy(sorted.begin(), sorted.end(), column.begin() + qsizetype(first));
        };
        permute(index->m_names);
        permute(index->m_times);
        permute(index->m_sources);
        permute(index->m_positions);
    }
    const size_t total = index->m_times.size();
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
    if (m_eventsReadElsewhere) {
        // Only the columns read with the events exist: a key asked for later is noted, so that
        // whoever read the events can refuse the result instead of showing it without the key.
        QMutexLocker lock(&m_cacheMutex);
        if (!m_everyPropertyRead)
            m_missedProperties.append(key);
        m_eventProperties.insert(key, column);
        return column;
    }
    // Storage position -> index position, for the events the index holds.
    std::vector<qint32> position(
        m_positions.empty() ? 0
                            : size_t(*std::max_element(m_positions.begin(), m_positions.end())) + 1,
        -1);
    for (size_t i = 0; i < m_positions.size(); ++i)
        position[m_positions[i]] = qint32(i);
    // Each distinct properties text is read once.
    PropertyExtractor extractor(store.handle(), key, column.get());
    QHash<QByteArray, quint32> codeOfText;
    if (extractor.ready()) {
        EventBlockReader::Options options;
        options.withProperties = true;
        size_t stored = 0;
        std::vector<quint32> blockCodes;
        EventBlockReader::forEach(store, options, [&](const EventBlock &block) {
            blockCodes.assign(block.values.size() + 1, 0);
            for (size_t v = 0; v < block.values.size(); ++v) {
                const QByteArray &text = block.values[v];
                auto known = codeOfText.constFind(text);
                if (known == codeOfText.cend())
                    known = codeOfText.insert(text, extractor.code(text));
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
    column->codes.assign(m_personRowIds.size(), 0);
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
    if (m_nameCounts)
        return *m_nameCounts;
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

void EventIndex::keepPersons(const std::function<bool(qint64 rowId)> &keep)
{
    std::vector<qint64> rowIds;
    QByteArray idText;
    std::vector<quint32> idEnds{0};
    for (size_t p = 0; p < m_personRowIds.size(); ++p) {
        if (!keep(m_personRowIds[p]))
            continue;
        rowIds.push_back(m_personRowIds[p]);
        idText.append(m_personIdText.constData() + m_personIdEnds[p],
                      qsizetype(m_personIdEnds[p + 1] - m_personIdEnds[p]));
        idEnds.push_back(quint32(idText.size()));
    }
    m_personRowIds = std::move(rowIds);
    m_personIdText = std::move(idText);
    m_personIdEnds = std::move(idEnds);
}

std::shared_ptr<PropertyColumn> EventIndex::columnFromTexts(sqlite3 *db,
                                                            const QString &key,
                                                            const std::vector<QByteArray> &texts,
                                                            const std::vector<quint32> &textOf)
{
    auto column = std::make_shared<PropertyColumn>();
    std::vector<quint32> codeOfText(texts.size() + 1, 0);
    PropertyExtractor extractor(db, key, column.get());
    for (size_t t = 0; t < texts.size() && extractor.ready(); ++t)
        codeOfText[t + 1] = extractor.code(texts[t]);
    column->codes.resize(textOf.size());
    for (size_t e = 0; e < textOf.size(); ++e)
        column->codes[e] = codeOfText[textOf[e]];
    return column;
}

QStringList EventIndex::missedProperties() const
{
    QMutexLocker lock(&m_cacheMutex);
    return m_missedProperties;
}

qsizetype EventIndex::memoryBytes() const
{
    const size_t personBytes = m_personRowIds.size() * sizeof(qint64)
                               + m_personIdEnds.size() * sizeof(quint32)
                               + size_t(m_personIdText.size());
    return qsizetype(m_names.size() * sizeof(quint32) + m_times.size() * sizeof(qint64)
                     + m_sources.size() * sizeof(quint16) + m_positions.size() * sizeof(quint32)
                     + m_offsets.size() * sizeof(qint64) + personBytes);
}

std::shared_ptr<const EventIndex>
EventIndex::open(const ProjectStore &store, JobContext &context, std::optional<Failure> *failure)
{
    return build(store, context, failure);
}

} // namespace Quadrant

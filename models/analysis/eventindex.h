// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"
#include "store/projectstore.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Quadrant {

class JobContext;
class ProjectStore;

// One property's values for every event (or person), dictionary-encoded: code 0 = missing,
// code c > 0 = values[c - 1].
struct PropertyColumn
{
    QStringList values;
    std::vector<quint32> codes;

    QString valueOf(quint32 code) const { return code == 0 ? QString() : values[int(code - 1)]; }
};

// The project's events as columns, grouped by person and in time order (ties keep import
// order): what every analysis scans. Built once from the project file's event blocks, then
// shared read-only between threads. 18 bytes per event: name id, time, source, and the storage
// position that property columns are loaded by.
class EventIndex
{
public:
    static std::shared_ptr<const EventIndex> build(const ProjectStore &store,
                                                   JobContext &context,
                                                   std::optional<Failure> *failure = nullptr);
    // What opening a project builds (the blocks load at decoding speed; nothing is cached).
    static std::shared_ptr<const EventIndex>
    open(const ProjectStore &store, JobContext &context, std::optional<Failure> *failure = nullptr);

    int personCount() const { return int(m_offsets.size()) - 1; }
    qint64 eventCount() const { return qint64(m_times.size()); }
    // Events of person p are positions [begin(p), end(p)).
    qint64 begin(int person) const { return m_offsets[size_t(person)]; }
    qint64 end(int person) const { return m_offsets[size_t(person) + 1]; }

    const std::vector<quint32> &names() const { return m_names; }
    const std::vector<qint64> &times() const { return m_times; }
    const std::vector<quint16> &sources() const { return m_sources; }

    // Event names: dense ids 0..n-1; -1 if the project has no such event.
    int eventId(const QString &name) const { return m_eventIds.value(name, -1); }
    const QStringList &eventNames() const { return m_eventNames; }
    const QStringList &sourceNames() const { return m_sourceNames; } // code 0 = none
    // Sources are kept in 16 bits: code 0 is none, so a project holds at most this many (the
    // import refuses more, the index refuses a file that holds more).
    static constexpr int maxSources = 65535;
    QString personId(int person) const
    {
        const quint32 from = m_personIdEnds[size_t(person)],
                      to = m_personIdEnds[size_t(person) + 1];
        return QString::fromUtf8(m_personIdText.constData() + from, qsizetype(to - from));
    }
    qint64 personRowId(int person) const { return m_personRowIds[size_t(person)]; } // persons.id
    std::vector<qint64> personRowIds(const std::vector<int> &persons) const;
    qint64 firstEventTime() const { return m_firstTs; }
    // Events stored with a time outside TimeParser's range (older files): left out of the index.
    qint64 eventsOutOfRange() const { return m_eventsOutOfRange; }
    qint64 lastEventTime() const { return m_lastTs; }

    // Loads (once) an event property as a column aligned with the event positions. The store
    // must be a connection usable from the calling thread.
    std::shared_ptr<const PropertyColumn> eventProperty(const ProjectStore &store,
                                                        const QString &key) const;
    // A person property spread over the person's events (one code per event, the person's
    // value), so that an event filter can test it as it tests an event property.
    std::shared_ptr<const PropertyColumn> personPropertyPerEvent(const ProjectStore &store,
                                                                 const QString &key) const;
    // A person property ("account_id" or a key of persons.properties), one code per person.
    std::shared_ptr<const PropertyColumn> personProperty(const ProjectStore &store,
                                                         const QString &key) const;

    // Events and distinct persons per event name, most frequent first (then by name): what the
    // catalog lists, counted from the index instead of a second scan of the events table.
    QVector<EventNameCount> eventNameCounts() const;

    qsizetype memoryBytes() const;

    // For an index whose events were read from a server (RemoteEvents): the event property keys
    // an analysis asked for that were not read with the events. Empty for a local index.
    QStringList missedProperties() const;

private:
    friend class RemoteEvents;
    // Keeps only the persons whose row id passes `keep` (before any event is placed).
    void keepPersons(const std::function<bool(qint64 rowId)> &keep);
    static std::optional<QString> readDictionaries(sqlite3 *db,
                                                   EventIndex &index,
                                                   QHash<qint64, quint32> &eventDense,
                                                   QHash<qint64, quint16> &sourceDense);
    // The column of `key` for events whose properties text is texts[textOf[i]] (0: none), each
    // distinct text read once by SQLite's json_extract, as eventProperty reads stored events.
    static std::shared_ptr<PropertyColumn> columnFromTexts(sqlite3 *db,
                                                           const QString &key,
                                                           const std::vector<QByteArray> &texts,
                                                           const std::vector<quint32> &textOf);

    std::vector<qint64> m_offsets;
    std::vector<quint32> m_names;
    std::vector<qint64> m_times;
    std::vector<quint16> m_sources;
    std::vector<quint32> m_positions;   // where each event sits in storage order
    std::vector<qint64> m_personRowIds; // persons.id per dense person
    // Person ids as one UTF-8 text: person p's is [ends[p], ends[p + 1]) (13 bytes a person
    // instead of a QString's 50).
    QByteArray m_personIdText;
    std::vector<quint32> m_personIdEnds{0};
    QStringList m_eventNames, m_sourceNames;
    QHash<QString, int> m_eventIds;
    qint64 m_firstTs = 0, m_lastTs = 0;
    qint64 m_eventsOutOfRange = 0;

    // Set by RemoteEvents: event properties come only with the events (no storage positions),
    // and the catalog's counts are the server's, not those of the events read.
    bool m_eventsReadElsewhere = false;
    bool m_everyPropertyRead = false; // a key not read is one no event has
    std::optional<QVector<EventNameCount>> m_nameCounts;
    mutable QStringList m_missedProperties;

    mutable QMutex m_cacheMutex;
    mutable QHash<QString, std::shared_ptr<const PropertyColumn>> m_eventProperties,
        m_personProperties, m_personPropertiesPerEvent;
};

} // namespace Quadrant

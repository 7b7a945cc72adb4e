// SPDX-License-Identifier: MIT
#pragma once

#include "clickhouseclient.h"
#include "store/failure.h"

#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

// A project's events held by a ClickHouse server (docs/clickhouse.md). The project file stays
// the document: persons, identities, CRM tables, saved analyses and cohorts live there, and its
// events are pushed to the server, where every analysis reads them back through the same
// engine, so that a number is the same whichever side holds the events.
//
// On the server (database of the target): quadrant_events, one row per event with the person it
// belongs to; quadrant_pushes, one row per push begun or finished, saying which state of the
// project the events are (a fingerprint of its blocks, identities and dictionaries); and
// quadrant_owner, the mark of the project whose database it is (a push touches no other).
class RemoteEvents
{
public:
    explicit RemoteEvents(ClickHouseTarget target);

    struct PushReport
    {
        qint64 eventsSent = 0;
        qint64 eventsOnServer = 0;
        int blocksSent = 0, blocksAlreadyThere = 0;
        bool startedOver = false; // persons merged since the last push: every event sent again
        bool alreadyCurrent = false;
    };
    // Sends the events the server lacks, in inserts of whole blocks (each insert lands whole or
    // not at all), so that a push that stopped (canceled, killed, the network gone) resumes
    // where it was. Merged persons since the last push (aliases imported), or a block the server
    // holds only part of, start over.
    std::optional<Failure> push(const ProjectStore &store, JobContext &context, PushReport *report);

    // Why the server's events are not this project's (never pushed, a push not finished, events
    // imported or persons merged since), or nothing when they are.
    std::optional<Failure> checkCurrent(const ProjectStore &store, JobContext *context = nullptr);

    // What an analysis needs read back: every event, or those of some names; and the event
    // property keys it may ask for.
    struct Plan
    {
        bool everyEvent = true;
        QStringList eventNames;
        QStringList propertyKeys;
        // Every property key events have (for whoever computes several analyses: render,
        // reports); a default plan reads everything.
        bool everyProperty = true;
        // Only the events of persons who have an event of this name (none: every person's).
        QString entryEvent;
        // Only the persons of a deterministic sample (1..100 %): the index holds those persons
        // alone, so that every figure is the sample's own, as with Amplitude's sampling.
        int samplePercent = 100;
        // Refuse to read more events than this (0: eventsThisComputerHolds()).
        qint64 maxEvents = 0;
        static bool sampled(qint64 personRow, int percent);
        // Half of this computer's memory at 32 bytes an event, or QUADRANT_REMOTE_MAX_EVENTS.
        static qint64 eventsThisComputerHolds();
        // From a saved definition: the names and keys it mentions (step filters, breakdowns,
        // held properties), and every event for kinds that look at a person's whole stream
        // (strict funnels, paths, "any event", A/B session metrics, account health).
        static Plan forDefinition(const QJsonObject &definition);
    };
    // The project's persons and dictionaries with the events the plan names, read from the
    // server in the order the local index keeps (person, time, then storage order). nullptr
    // with *failure set when the server cannot give them or they are not this project's.
    std::shared_ptr<const EventIndex> readIndex(const ProjectStore &store,
                                                const Plan &plan,
                                                JobContext &context,
                                                std::optional<Failure> *failure);

    // Which project a file is, as a ClickHouse database holding its events is marked: its
    // project_id, or for a file made before projects had one, when it was made (and when a demo
    // copy was made of it). Empty when the file says neither.
    static QString projectIdentity(const ProjectStore &store);

    // What the project's events are, as a push records it: blocks, identities, persons, names.
    static std::optional<QString> fingerprint(const ProjectStore &store, QString *error);

    const ClickHouseTarget &target() const { return m_client.target(); }
    // Events per insert (default 1,000,000, at most that): smaller inserts lose less to a broken
    // connection and resume in finer steps. An insert always holds whole blocks.
    void setRowsPerInsert(qint64 rows);

private:
    struct ServerState;
    // One push; *partial when the server holds part of a block (push() then starts again).
    std::optional<Failure> pushOnce(const ProjectStore &store,
                                    JobContext &context,
                                    PushReport *report,
                                    bool startAgain,
                                    bool *partial);
    std::optional<Failure> prepareTables(JobContext *context);
    std::optional<Failure> readState(ServerState *state, JobContext *context);
    // Whether the database is this project's to fill, and to empty when a push starts over:
    // marked with the project's identity (quadrant_owner), or unmarked and empty, or unmarked
    // and holding exactly this project's events (then the mark is put). A database marked by
    // another project, or holding events nobody marked, is refused and never touched.
    // *claimedEmpty: taken because it held no events (a push may then find none there).
    std::optional<Failure> claimDatabase(const ProjectStore &store,
                                         const ServerState &state,
                                         const QString &localFingerprint,
                                         JobContext *context,
                                         bool *claimedEmpty);
    // Why the state read from the server is not this project's events now, or nothing.
    std::optional<Failure> staleness(const ServerState &state, const ProjectStore &store) const;
    QString table(const char *name) const;

    ClickHouseClient m_client;
    qint64 m_rowsPerInsert;
};

} // namespace Quadrant

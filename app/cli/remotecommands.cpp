// SPDX-License-Identifier: MIT
// push: a project's events onto a ClickHouse server, where every analysis command can then read
// them with --clickhouse URL (docs/clickhouse.md).
#include "commandlist.h"
#include "jobs/jobcontext.h"
#include "remote/remoteevents.h"

namespace Quadrant::Cli {

namespace {

Outcome runPush(Invocation &call)
{
    if (!call.args.has(QStringLiteral("clickhouse")) && !call.args.has(QStringLiteral("remote")))
        return badInput(Failure(QStringLiteral("push wants --clickhouse http://[USER@]HOST:PORT")));
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    std::optional<ClickHouseTarget> target;
    if (auto error = remoteTarget(call, store, &target))
        return error;
    const bool showProgress = call.args.has(QStringLiteral("progress"));
    int shown = -1;
    JobContext context([&](double fraction, const QString &stage) {
        const int percent = int(fraction * 100);
        if (showProgress && percent / 5 != shown / 5) {
            shown = percent;
            printLine(stderr, QStringLiteral("progress %1% %2").arg(percent).arg(stage));
        }
    });
    QElapsedTimer timer;
    timer.start();
    RemoteEvents remote(*target);
    qint64 rowsPerInsert = 0;
    if (auto failure
        = call.args.integer(QStringLiteral("rows-per-insert"), 1, 1000000, 1000000, &rowsPerInsert))
        return badInput(*failure);
    remote.setRowsPerInsert(rowsPerInsert);
    RemoteEvents::PushReport report;
    if (auto failure = remote.push(store, context, &report))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    RecordTable table{{QStringLiteral("server"),
                       QStringLiteral("database"),
                       QStringLiteral("events_sent"),
                       QStringLiteral("events_on_server"),
                       QStringLiteral("blocks_sent"),
                       QStringLiteral("blocks_already_there"),
                       QStringLiteral("started_over"),
                       QStringLiteral("seconds")},
                      {}};
    table.rows.append({target->url(),
                       target->database,
                       report.eventsSent,
                       report.eventsOnServer,
                       report.blocksSent,
                       report.blocksAlreadyThere,
                       report.startedOver ? QStringLiteral("yes") : QStringLiteral("no"),
                       QString::number(call.stats.querySeconds, 'f', 3)});
    printTable(table, call.format);
    return std::nullopt;
}

} // namespace

Command pushCommand()
{
    return {QStringLiteral("push"),
            QStringLiteral("push PROJECT --clickhouse URL [--database DB] [--progress]"),
            QStringLiteral(
                "Send the project's events to a ClickHouse server (HTTP interface), so that "
                "every analysis command\n"
                "can run on them there with --clickhouse URL. Persons, CRM tables, saved "
                "analyses and cohorts stay\n"
                "in the project file. URL: http://[USER@]HOST:PORT; the password comes from "
                "QUADRANT_CLICKHOUSE_PASSWORD.\n"
                "Only what the server lacks is sent, in inserts of whole blocks: a push that "
                "stopped resumes; a push\n"
                "after persons were merged (aliases imported) sends everything again. Prints: "
                "server, database,\n"
                "events_sent, events_on_server, blocks_sent, blocks_already_there, started_over, "
                "seconds."),
            remoteOptions()
                + QVector<OptionSpec>{flagOption("progress",
                                                 "print 'progress N% STAGE' lines on stderr")},
            runPush};
}

} // namespace Quadrant::Cli

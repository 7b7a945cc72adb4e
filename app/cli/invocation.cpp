// SPDX-License-Identifier: MIT
#include "invocation.h"

#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "analysis/eventmatcher.h"
#include "common/printable.h"
#include "jobs/jobcontext.h"
#include "remote/remoteevents.h"
#include "store/schema.h"

namespace Quadrant::Cli {

CommandError badInput(Failure failure)
{
    return {BadInput, std::move(failure)};
}

CommandError internalError(Failure failure)
{
    return {InternalError, std::move(failure)};
}

OptionSpec valueOption(const char *name, const char *help)
{
    return {QString::fromUtf8(name), true, false, QString::fromUtf8(help)};
}

OptionSpec repeatedOption(const char *name, const char *help)
{
    return {QString::fromUtf8(name), true, true, QString::fromUtf8(help)};
}

OptionSpec flagOption(const char *name, const char *help)
{
    return {QString::fromUtf8(name), false, false, QString::fromUtf8(help)};
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fprintf(stream, "%s\n", bytes.constData());
}

void warn(const QString &text)
{
    printLine(stderr, QStringLiteral("quadrant-cli: warning: ") + printable(text));
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

Outcome
openProject(Invocation &call, ProjectStore &store, ProjectStore::Access access, bool newerRefused)
{
    if (call.args.positional.isEmpty())
        return badInput(Failure(QStringLiteral("name the project file (see --help)")));
    QElapsedTimer timer;
    timer.start();
    if (auto failure = store.open(call.args.positional.first(), access)) {
        const bool internal = store.lastFailureKind() == ProjectStore::FailureKind::Io;
        return CommandError{internal ? InternalError : BadInput, *failure};
    }
    call.openedProject = store.path();
    if (access == ProjectStore::Access::ReadWrite && store.isReadOnly())
        return badInput(
            Failure(QStringLiteral("cannot change the project: %1").arg(store.readOnlyReason()),
                    store.path()));
    if (newerRefused && store.schemaVersion() > Schema::currentVersion())
        return badInput(Failure(QStringLiteral("made by a newer version of Quadrant (schema %1, "
                                               "this version knows %2); use that version")
                                    .arg(store.schemaVersion())
                                    .arg(Schema::currentVersion()),
                                store.path()));
    if (!store.readOnlyReason().isEmpty())
        warn(store.path() + QStringLiteral(": ") + store.readOnlyReason());
    call.stats.openSeconds = secondsSince(timer);
    return std::nullopt;
}

QVector<OptionSpec> remoteOptions()
{
    return {valueOption("clickhouse",
                        "run on the events pushed to this ClickHouse server, "
                        "http://[USER@]HOST:PORT (password: QUADRANT_CLICKHOUSE_PASSWORD)"),
            valueOption("database", "the server's database holding the events (default quadrant)"),
            valueOption("sample",
                        "with --clickhouse: compute on this percentage of persons (1-100), "
                        "for analyses that would read more events than this computer holds"),
            flagOption("remote",
                       "run on the ClickHouse server the workbench connected the project to")};
}

Outcome remoteTarget(const Invocation &call,
                     const ProjectStore &store,
                     std::optional<ClickHouseTarget> *target)
{
    const Arguments &args = call.args;
    QString url = args.value(QStringLiteral("clickhouse"));
    QString database = args.value(QStringLiteral("database"));
    if (args.has(QStringLiteral("remote"))) {
        if (!url.isEmpty())
            return badInput(Failure(QStringLiteral("give --clickhouse URL or --remote, not both")));
        url = store.metaValue(QStringLiteral("clickhouse_url"));
        if (url.isEmpty())
            return badInput(Failure(QStringLiteral("the project has no ClickHouse connection: "
                                                   "give --clickhouse URL, or connect it in the "
                                                   "workbench (File > Connect to ClickHouse)"),
                                    store.path()));
        if (database.isEmpty())
            database = store.metaValue(QStringLiteral("clickhouse_database"));
    } else if (!args.has(QStringLiteral("clickhouse"))) {
        for (const char *option : {"database", "sample"})
            if (args.has(QString::fromLatin1(option)))
                return badInput(Failure(
                    QStringLiteral("--%1 goes with --clickhouse URL").arg(QLatin1String(option))));
        target->reset();
        return std::nullopt;
    }
    QString error;
    *target = ClickHouseTarget::parse(
        url, database.isEmpty() ? QStringLiteral("quadrant") : database, &error);
    if (!*target)
        return badInput(Failure(error));
    (*target)->takePasswordFromEnvironment();
    return std::nullopt;
}

Outcome openForAnalysis(Invocation &call, OpenedProject *project, const QJsonObject &definition)
{
    QElapsedTimer timer;
    timer.start();
    if (auto error = openProject(call, project->store, ProjectStore::Access::ReadOnly))
        return error;
    std::optional<ClickHouseTarget> target;
    if (auto error = remoteTarget(call, project->store, &target))
        return error;
    JobContext context;
    std::optional<Failure> failure;
    if (target) {
        RemoteEvents remote(*target);
        RemoteEvents::Plan plan;
        if (!definition.isEmpty())
            plan = RemoteEvents::Plan::forDefinition(definition);
        qint64 percent = 100;
        if (auto failure = call.args.integer(QStringLiteral("sample"), 1, 100, 100, &percent))
            return badInput(*failure);
        plan.samplePercent = int(percent);
        project->index = remote.readIndex(project->store, plan, context, &failure);
        // The server, the network or a stale copy stops it: the input, not Quadrant.
        if (!project->index)
            return badInput(failure.value_or(Failure(QStringLiteral("cannot read the events"))));
        call.stats.extra.append(
            {QStringLiteral("remote_events"), double(project->index->eventCount())});
        if (percent < 100)
            warn(QStringLiteral("computed on a %1% sample of persons (%2 persons): every figure "
                                "is the sample's own")
                     .arg(percent)
                     .arg(project->index->personCount()));
    } else {
        project->index = EventIndex::open(project->store, context, &failure);
        if (!project->index)
            // What stops the index is the file's content (a damaged block, an edited table).
            return badInput(failure.value_or(Failure(QStringLiteral("cannot read the events"))));
    }
    call.stats.openSeconds = secondsSince(timer);
    // The index as held in memory (events, persons), beside peak_rss_mb, which also counts the
    // project's pages mapped while reading it.
    const double indexBytes = double(project->index->memoryBytes());
    call.stats.extra.append({QStringLiteral("index_mb"), indexBytes / 1048576.0});
    if (project->index->eventCount() > 0)
        call.stats.extra.append({QStringLiteral("index_bytes_per_event"),
                                 indexBytes / double(project->index->eventCount())});
    if (project->index->eventsOutOfRange() > 0)
        warn(QStringLiteral("%1 events with a time outside the years 1900 to 2200 are left out of "
                            "every analysis")
                 .arg(project->index->eventsOutOfRange()));
    return std::nullopt;
}

Outcome
parseDateRange(const Arguments &args, std::optional<qint64> *from, std::optional<qint64> *to)
{
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!args.has(option))
            continue;
        const auto day = Calendar::parseDate(args.value(option));
        if (!day)
            return badInput(
                Failure(QStringLiteral(
                            "--%1 wants a date YYYY-MM-DD from 1900-01-01 to 2200-12-31, got '%2'")
                            .arg(option, args.value(option).left(40))));
        if (option == QLatin1String("from"))
            *from = *day;
        else
            *to = *day + Calendar::msPerDay;
    }
    if (*from && *to && **from >= **to)
        return badInput(Failure(QStringLiteral("--from must not be after --to")));
    return std::nullopt;
}

Outcome parseSelector(const QString &text, EventSelector *selector)
{
    QString error;
    const auto parsed = EventSelector::parse(text, &error);
    if (!parsed)
        return badInput(Failure(error));
    *selector = *parsed;
    return std::nullopt;
}

Outcome printResultTable(Invocation &call, const OpenedProject &, const AnalysisOutcome &outcome)
{
    printTable(outcome.table, call.format);
    return std::nullopt;
}

Outcome runAnalysis(Invocation &call, const QJsonObject &definition, const ResultPrinter &print)
{
    const AnalysisKindEngine *kind = AnalysisKinds::of(definition);
    if (!kind)
        return internalError(
            Failure(QStringLiteral("no analysis kind '%1'")
                        .arg(definition.value(QStringLiteral("kind")).toString())));
    OpenedProject project;
    if (auto error = openForAnalysis(call, &project, definition))
        return error;
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const AnalysisOutcome outcome
        = kind->compute(definition, *project.index, project.store, context);
    call.stats.querySeconds = secondsSince(timer);
    if (const QStringList missed = project.index->missedProperties(); !missed.isEmpty())
        // The plan read too little: a result without those properties would be a wrong number.
        return internalError(Failure(
            QStringLiteral("the events read from ClickHouse lack the properties %1; nothing is "
                           "shown rather than a different number")
                .arg(missed.join(QStringLiteral(", ")))));
    if (outcome.failure)
        return badInput(*outcome.failure);
    return print(call, project, outcome);
}

void printPersons(const Invocation &call, const EventIndex &index, const std::vector<int> &persons)
{
    RecordTable table{{QStringLiteral("user_id")}, {}};
    table.rows.reserve(int(persons.size()));
    for (int p : persons)
        table.rows.append({index.personId(p)});
    printTable(table, call.format);
}

} // namespace Quadrant::Cli

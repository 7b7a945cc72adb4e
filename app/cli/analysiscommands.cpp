// SPDX-License-Identifier: MIT
// funnel, retention, paths, heatmap and trend. Each turns its options into the kind's query,
// with errors naming the option, and hands the saved definition of that query to runAnalysis():
// the CLI computes exactly what a saved analysis of the workbench computes.
#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "analysis/funneljson.h"
#include "analysis/funnelreport.h"
#include "analysis/heatmapjson.h"
#include "analysis/pathjson.h"
#include "analysis/retentionjson.h"
#include "analysis/trendjson.h"
#include "commandlist.h"
#include "jobs/jobcontext.h"
#include "store/cohortstore.h"

#include <QJsonDocument>

namespace Quadrant::Cli {

namespace {

// --NAME as a duration such as 30m or 7d, `fallback` when absent; zero is refused.
Outcome parseDurationOption(const Arguments &args,
                            const QString &name,
                            const QString &fallback,
                            const QString &example,
                            qint64 *out)
{
    const auto duration = Calendar::parseDuration(args.value(name, fallback));
    if (!duration || *duration <= 0)
        return badInput(Failure(QStringLiteral("--%1 wants a duration such as %2, up to 100 years")
                                    .arg(name, example)));
    *out = *duration;
    return std::nullopt;
}

Outcome parseFunnelQuery(const Arguments &args, FunnelQuery *query)
{
    const QStringList steps
        = args.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (steps.size() < 2)
        return badInput(Failure(QStringLiteral("--steps wants at least two events, E1,E2,...")));
    for (const QString &step : steps) {
        EventSelector selector;
        if (auto error = parseSelector(step, &selector))
            return error;
        query->steps << selector;
    }
    if (auto error = parseDurationOption(args,
                                         QStringLiteral("window"),
                                         QStringLiteral("7d"),
                                         QStringLiteral("30m, 12h, 7d or 2w"),
                                         &query->windowMs))
        return error;
    const auto mode
        = FunnelJson::parseMode(args.value(QStringLiteral("mode"), QStringLiteral("ordered")));
    if (!mode)
        return badInput(Failure(QStringLiteral("--mode takes ordered, strict or any")));
    query->order = *mode;
    if (auto error = parseDateRange(args, &query->entryFromMs, &query->entryToMs))
        return error;
    query->breakdown = args.value(QStringLiteral("breakdown"));
    query->holdProperty = args.value(QStringLiteral("hold"));
    for (const QString &exclusion : args.values(QStringLiteral("exclude"))) {
        const int at = exclusion.lastIndexOf(QLatin1Char('@'));
        bool ok = false;
        FunnelQuery::Exclusion spec;
        spec.afterStep = at > 0 ? exclusion.mid(at + 1).toInt(&ok) : 0;
        if (!ok)
            return badInput(Failure(
                QStringLiteral("--exclude wants EVENT@i (not between step i and i + 1), got '%1'")
                    .arg(exclusion)));
        if (auto error = parseSelector(exclusion.left(at), &spec.event))
            return error;
        query->exclusions << spec;
    }
    return std::nullopt;
}

// --dropped-at J: the persons who reached step J - 1 but not J, kept as a cohort on request.
Outcome runFunnelDropOff(Invocation &call, const FunnelQuery &query)
{
    const Arguments &args = call.args;
    qint64 step = 0;
    if (auto failure = args.integer(QStringLiteral("dropped-at"), 2, query.steps.size(), 2, &step))
        return badInput(*failure);
    const QString group = args.value(QStringLiteral("dropped-group"));
    if (!group.isEmpty() && query.breakdown.isEmpty())
        return badInput(Failure(QStringLiteral("--dropped-group needs --breakdown")));
    const QString cohort = args.value(QStringLiteral("save-cohort"));
    auto print = [&](Invocation &call,
                     const OpenedProject &project,
                     const AnalysisOutcome &outcome) -> Outcome {
        const std::vector<int> dropped
            = FunnelEngine::droppedAt(outcome.resultAs<FunnelResult>(), int(step), group);
        if (!cohort.isEmpty()) {
            ProjectStore writer;
            if (auto failure = writer.open(project.store.path()))
                return badInput(*failure);
            const QString definition = QString::fromUtf8(
                QJsonDocument(FunnelJson::dropOffCohort(query, int(step), group))
                    .toJson(QJsonDocument::Compact));
            if (auto failure = CohortStore::save(
                    writer, cohort, definition, project.index->personRowIds(dropped)))
                return badInput(*failure);
        }
        printPersons(call, *project.index, dropped);
        return std::nullopt;
    };
    return runAnalysis(call, FunnelJson::toJson(query), print);
}

Outcome runFunnel(Invocation &call)
{
    FunnelQuery query;
    if (auto error = parseFunnelQuery(call.args, &query))
        return error;
    if (call.args.has(QStringLiteral("dropped-at")))
        return runFunnelDropOff(call, query);
    if (!call.args.has(QStringLiteral("by-entry-date")))
        return runAnalysis(call, FunnelJson::toJson(query));
    return runAnalysis(
        call,
        FunnelJson::toJson(query),
        [](Invocation &call, const OpenedProject &, const AnalysisOutcome &outcome) {
            printTable(FunnelReport::entryDateTable(outcome.resultAs<FunnelResult>()), call.format);
            return Outcome();
        });
}

Outcome parseRetentionQuery(const Arguments &args, RetentionQuery *query)
{
    if (!args.has(QStringLiteral("start")) || !args.has(QStringLiteral("return")))
        return badInput(
            Failure(QStringLiteral("retention needs --start EVENT and --return EVENT (or '*')")));
    if (auto error = parseSelector(args.value(QStringLiteral("start")), &query->start))
        return error;
    if (auto error = parseSelector(args.value(QStringLiteral("return")), &query->returning))
        return error;
    if (!Calendar::parsePeriod(args.value(QStringLiteral("period"), QStringLiteral("week")),
                               &query->period))
        return badInput(Failure(QStringLiteral("--period takes day, week or month")));
    qint64 periods = 0;
    if (auto failure = args.integer(QStringLiteral("periods"), 0, 1000, 8, &periods))
        return badInput(*failure);
    query->periods = int(periods);
    const auto mode
        = RetentionJson::parseMode(args.value(QStringLiteral("mode"), QStringLiteral("on")));
    if (!mode)
        return badInput(Failure(QStringLiteral("--mode takes on or on-or-after")));
    query->mode = *mode;
    if (args.has(QStringLiteral("recurring")))
        query->cohorts = RetentionQuery::Cohorts::Recurring;
    if (auto error = parseDateRange(args, &query->fromMs, &query->toMs))
        return error;
    query->breakdown = args.value(QStringLiteral("breakdown"));
    query->pooledRows = args.has(QStringLiteral("summary"));
    return std::nullopt;
}

// --persons-in COHORT,PERIOD: the persons of one cell of the grid, found by the same per-person
// walk as the grid's counts, without computing the rest of the grid.
Outcome runRetentionCell(Invocation &call, const RetentionQuery &query)
{
    const Arguments &args = call.args;
    const QStringList cell = args.value(QStringLiteral("persons-in")).split(QLatin1Char(','));
    const bool pooled = cell.value(0) == QLatin1String("all");
    const auto cohort = pooled ? std::optional<qint64>() : Calendar::parseDate(cell.value(0));
    bool ok = false;
    const int period = cell.value(1).toInt(&ok);
    if (cell.size() != 2 || (!cohort && !pooled) || !ok || period < 0 || period > query.periods)
        return badInput(Failure(
            QStringLiteral("--persons-in wants COHORT_DATE,PERIOD such as 2026-09-07,2 (or all,2 "
                           "for the pooled row), with the period from 0 to --periods")));
    OpenedProject project;
    if (auto error = openForAnalysis(call, &project))
        return error;
    if (auto failure = RetentionEngine::validate(query, *project.index))
        return badInput(*failure);
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const std::vector<int> members
        = RetentionEngine::cellMembers(query,
                                       *project.index,
                                       project.store,
                                       args.value(QStringLiteral("persons-group")),
                                       cohort,
                                       period,
                                       context);
    call.stats.querySeconds = secondsSince(timer);
    printPersons(call, *project.index, members);
    return std::nullopt;
}

Outcome runRetention(Invocation &call)
{
    RetentionQuery query;
    if (auto error = parseRetentionQuery(call.args, &query))
        return error;
    if (call.args.has(QStringLiteral("persons-in")))
        return runRetentionCell(call, query);
    return runAnalysis(call, RetentionJson::toJson(query));
}

Outcome parsePathQuery(const Arguments &args, PathQuery *query)
{
    if (args.has(QStringLiteral("start")) == args.has(QStringLiteral("end")))
        return badInput(
            Failure(QStringLiteral("paths needs exactly one of --start EVENT and --end EVENT")));
    query->backwards = args.has(QStringLiteral("end"));
    query->anchor = args.value(query->backwards ? QStringLiteral("end") : QStringLiteral("start"));
    qint64 depth = 0;
    if (auto failure = args.integer(QStringLiteral("depth"), 1, 20, 5, &depth))
        return badInput(*failure);
    query->depth = int(depth);
    if (auto error = parseDurationOption(args,
                                         QStringLiteral("session-gap"),
                                         QStringLiteral("30m"),
                                         QStringLiteral("30m"),
                                         &query->sessionGapMs))
        return error;
    query->excluded
        = args.value(QStringLiteral("exclude")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    query->collapseRepeats = args.has(QStringLiteral("collapse-repeats"));
    if (auto failure = args.integer(QStringLiteral("min-weight"),
                                    1,
                                    PathQuery::mostMinimumWeight,
                                    1,
                                    &query->minimumWeight))
        return badInput(*failure);
    if (auto error = parseDateRange(args, &query->fromMs, &query->toMs))
        return error;
    query->cohort = args.value(QStringLiteral("cohort"));
    return std::nullopt;
}

Outcome runPaths(Invocation &call)
{
    PathQuery query;
    if (auto error = parsePathQuery(call.args, &query))
        return error;
    return runAnalysis(call, PathJson::toJson(query));
}

Outcome parseHeatmapQuery(const Arguments &args, HeatmapQuery *query)
{
    const auto kind
        = HeatmapJson::parseKind(args.value(QStringLiteral("kind"), QStringLiteral("activity")));
    if (!kind)
        return badInput(Failure(QStringLiteral("--kind takes activity or adoption")));
    query->kind = *kind;
    if (!HeatmapJson::parseBy(args.value(QStringLiteral("by"), QStringLiteral("industry")),
                              &query->by))
        return badInput(Failure(QStringLiteral("--by takes account, industry or role")));
    query->events
        = args.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QString measure = args.value(QStringLiteral("measure"), QStringLiteral("events"));
    if (measure != QLatin1String("events") && measure != QLatin1String("persons"))
        return badInput(Failure(QStringLiteral("--measure takes events or persons")));
    query->distinctPersons = measure == QLatin1String("persons");
    if (args.has(QStringLiteral("tz"))) {
        query->timeZone = QTimeZone(args.value(QStringLiteral("tz")).toUtf8());
        if (!query->timeZone.isValid())
            return badInput(Failure(
                QStringLiteral("unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                    .arg(args.value(QStringLiteral("tz")))));
    }
    const QString sort = args.value(QStringLiteral("sort"), QStringLiteral("persons"));
    if (sort != QLatin1String("persons") && sort != QLatin1String("total")
        && sort != QLatin1String("name"))
        return badInput(Failure(QStringLiteral("--sort takes persons, total or name")));
    query->rowOrder = sort == QLatin1String("persons") ? QString() : sort;
    return parseDateRange(args, &query->fromMs, &query->toMs);
}

Outcome runHeatmap(Invocation &call)
{
    HeatmapQuery query;
    if (auto error = parseHeatmapQuery(call.args, &query))
        return error;
    return runAnalysis(call, HeatmapJson::toJson(query));
}

Outcome parseTrendQuery(const Arguments &args, TrendQuery *query)
{
    if (!args.has(QStringLiteral("event")))
        return badInput(Failure(QStringLiteral("trend needs --event EVENT")));
    if (auto error = parseSelector(args.value(QStringLiteral("event")), &query->event))
        return error;
    if (!TrendJson::parseMeasure(args.value(QStringLiteral("measure"), QStringLiteral("total")),
                                 query))
        return badInput(Failure(QStringLiteral(
            "--measure takes total, persons, per-person, sum:PROPERTY or avg:PROPERTY")));
    if (!Calendar::parsePeriod(args.value(QStringLiteral("interval"), QStringLiteral("day")),
                               &query->interval))
        return badInput(Failure(QStringLiteral("--interval takes day, week or month")));
    if (auto error = parseDateRange(args, &query->fromMs, &query->toMs))
        return error;
    query->breakdown = args.value(QStringLiteral("breakdown"));
    query->compareWithPrevious = args.has(QStringLiteral("compare"));
    return std::nullopt;
}

Outcome runTrend(Invocation &call)
{
    TrendQuery query;
    if (auto error = parseTrendQuery(call.args, &query))
        return error;
    return runAnalysis(call, TrendJson::toJson(query));
}

} // namespace

Command funnelCommand()
{
    return {
        QStringLiteral("funnel"),
        QStringLiteral("funnel PROJECT --steps E1,E2,...,Ek [options]"),
        QStringLiteral(
            "Conversion through ordered steps (ANALYSES.md, Funnel). A step may carry filters:\n"
            "purchase[plan=pro&channel!=email]. Columns: breakdown, step, event, persons,\n"
            "conversion_from_start, conversion_from_previous, median_seconds_from_start,\n"
            "median_seconds_from_previous."),
        {valueOption("steps", "the steps, comma separated (required)"),
         valueOption("window", "conversion window from the first step (default 7d)"),
         valueOption("mode", "ordered (default), strict (consecutive events) or any (any order)"),
         valueOption("from", "first day (UTC) a person may enter the funnel"),
         valueOption("to",
                     "last day (UTC) a person may enter; later steps may follow within the window"),
         valueOption(
             "breakdown",
             "a person property, or event.PROPERTY for the first step's value (first touch)"),
         repeatedOption("exclude",
                        "EVENT@i: a chain with EVENT between step i and i + 1 does not count"),
         valueOption("hold",
                     "an event property every step of a chain must share (account_id, deal_id)"),
         flagOption("by-entry-date",
                    "print conversion per entry day instead: entry_date, step, persons, "
                    "conversion_from_start"),
         valueOption("dropped-at",
                     "print the user_id of each person who reached step J - 1 but not J"),
         valueOption("dropped-group",
                     "with --dropped-at and --breakdown: only that group's persons"),
         valueOption("save-cohort",
                     "with --dropped-at: keep those persons in the project as a "
                     "cohort")},
        runFunnel};
}

Command retentionCommand()
{
    return {
        QStringLiteral("retention"),
        QStringLiteral("retention PROJECT --start EVENT --return EVENT|'*' [options]"),
        QStringLiteral("Cohort x period retention (ANALYSES.md, Retention). Columns: breakdown, "
                       "cohort (period\n"
                       "start date), cohort_size, period (0..N), persons, rate. Periods after the "
                       "end of the data are\n"
                       "left out, not zero."),
        {valueOption("start", "the event that puts a person in a cohort (required)"),
         valueOption("return", "the event that counts as coming back, or '*' for any (required)"),
         valueOption("period", "day, week (ISO, Monday) or month (default week)"),
         valueOption("periods", "how many periods after the cohort's (default 8)"),
         valueOption("mode", "on (default) or on-or-after"),
         flagOption("recurring", "every period with a start event is a cohort entry"),
         valueOption("from", "first day (UTC) of the cohorts"),
         valueOption("to", "last day (UTC) of the cohorts"),
         valueOption("breakdown", "a person property, or event.PROPERTY of the start event"),
         flagOption("summary", "add the pooled rows, cohort 'all'"),
         valueOption("persons-in",
                     "COHORT_DATE,PERIOD (or all,PERIOD): print the user_id of each person in "
                     "that cell instead"),
         valueOption("persons-group",
                     "with --persons-in and --breakdown: the cell's breakdown value")},
        runRetention};
}

Command pathsCommand()
{
    return {QStringLiteral("paths"),
            QStringLiteral("paths PROJECT --start EVENT | --end EVENT [options]"),
            QStringLiteral("Where people go after (or came from before) an event within a "
                           "session, as Sankey edges.\n"
                           "Columns: step, from_event, to_event, sequences. '(session end)' marks "
                           "sequences that end early;\n"
                           "nodes reached fewer than --min-weight times are grouped as 'other'."),
            {valueOption("start", "follow what happens after this event"),
             valueOption("end", "walk back from this event"),
             valueOption("depth", "steps to follow (default 5)"),
             valueOption("session-gap", "inactivity that ends a session (default 30m)"),
             valueOption("exclude", "events to leave out, comma separated"),
             flagOption("collapse-repeats", "count an event repeated in a row once"),
             valueOption("min-weight", "group smaller nodes as 'other' (default 1)"),
             valueOption("cohort", "only the persons of this saved cohort"),
             valueOption("from", "first day (UTC) of the anchor events"),
             valueOption("to", "last day (UTC) of the anchor events")},
            runPaths};
}

Command heatmapCommand()
{
    return {
        QStringLiteral("heatmap"),
        QStringLiteral("heatmap PROJECT --kind activity|adoption [options]"),
        QStringLiteral("activity: events per weekday (rows, Monday first) x hour (columns) in "
                       "a time zone.\n"
                       "adoption: share of each account's, industry's or role's persons who "
                       "did each event.\n"
                       "Columns: row, column, value."),
        {valueOption("kind", "activity (default) or adoption"),
         valueOption("by", "adoption rows: account, industry (default) or role"),
         valueOption("events", "events to include, comma separated (default all)"),
         valueOption("measure", "activity: events (default) or persons"),
         valueOption("sort", "adoption rows: persons (default, most first), total (share) or name"),
         valueOption("tz", "time zone for hours and weekdays, e.g. Europe/Berlin (default UTC)"),
         valueOption("from", "first day (UTC)"),
         valueOption("to", "last day (UTC)")},
        runHeatmap};
}

Command trendCommand()
{
    return {
        QStringLiteral("trend"),
        QStringLiteral("trend PROJECT --event EVENT [options]"),
        QStringLiteral("An event over time. Columns: breakdown, period (start date), value. "
                       "Periods without events\n"
                       "count 0 (averages and per-person rates are empty)."),
        {valueOption("event", "the event, optionally with filters (required)"),
         valueOption("measure",
                     "total (default), persons, per-person, sum:PROPERTY or avg:PROPERTY"),
         valueOption("interval", "day (default), week or month"),
         valueOption("from", "first day (UTC)"),
         valueOption("to", "last day (UTC)"),
         valueOption("breakdown", "source (web/app/server), a person property, or event.PROPERTY"),
         flagOption("compare",
                    "add the same span just before, as '(previous period)' "
                    "series")},
        runTrend};
}

} // namespace Quadrant::Cli

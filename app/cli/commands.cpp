// SPDX-License-Identifier: MIT
#include "commands.h"

#include "analysis/abengine.h"
#include "analysis/abjson.h"
#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "analysis/funnelengine.h"
#include "analysis/funneljson.h"
#include "analysis/funnelreport.h"
#include "analysis/heatmapengine.h"
#include "analysis/heatmapjson.h"
#include "analysis/pathengine.h"
#include "analysis/pathjson.h"
#include "analysis/retentionengine.h"
#include "analysis/retentionjson.h"
#include "analysis/timeline.h"
#include "analysis/trendengine.h"
#include "analysis/trendjson.h"
#include "arguments.h"
#include "common/printable.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "processstats.h"
#include "recordprinter.h"
#include "render/analysisrenderer.h"
#include "sample/samplegenerator.h"
#include "stats/abstatistics.h"
#include "store/cohortstore.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"
#include "store/sqlitediagnostics.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <tuple>

namespace Quadrant::Cli {

namespace {

struct CommandError
{
    ExitCode code;
    Failure failure;
};
using Outcome = std::optional<CommandError>;

CommandError badInput(Failure failure)
{
    return {BadInput, std::move(failure)};
}

// Measurements for --stats, printed on stderr as "stat NAME VALUE".
struct Stats
{
    double openSeconds = 0;
    double querySeconds = 0;
    QVector<QPair<QString, double>> extra;
};

struct Invocation
{
    Arguments args;
    OutputFormat format = OutputFormat::Tsv;
    Stats stats;
    QString openedProject; // set once the project passed open(): a later failure may be damage
};

struct Command
{
    QString name;
    QString synopsis;
    QString description;
    QVector<OptionSpec> options;
    std::function<Outcome(Invocation &)> run;
};

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

// Opens PROJECT (the first positional argument) for a command.
Outcome openProject(Invocation &call, ProjectStore &store, ProjectStore::Access access)
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
    if (!store.readOnlyReason().isEmpty())
        warn(store.path() + QStringLiteral(": ") + store.readOnlyReason());
    call.stats.openSeconds = secondsSince(timer);
    return std::nullopt;
}

// After a command that changed the project's data: keep a current event index in the project,
// so that the read-only commands that follow (which never write) open it quickly. A failure
// here loses nothing: the index is rebuilt in memory when it is missing or stale.
void refreshIndexSnapshot(const ProjectStore &store)
{
    JobContext context;
    bool fromSnapshot = false;
    const std::shared_ptr<const EventIndex> index
        = EventIndex::open(store, context, nullptr, &fromSnapshot);
    if (index && !fromSnapshot) {
        if (auto failure = index->saveSnapshot(store))
            warn(QStringLiteral(
                     "the event index was not kept in the project (%1); it is rebuilt when needed")
                     .arg(failure->message));
    }
}

RecordTable tableCountsTable(const ProjectStore &store, std::optional<Failure> *failure)
{
    RecordTable table{{QStringLiteral("table"), QStringLiteral("rows")}, {}};
    for (const TableCount &count : store.tableCounts(failure))
        table.rows.append({count.table, count.rows});
    return table;
}

Outcome runNew(Invocation &call)
{
    if (call.args.positional.size() != 1)
        return badInput(Failure(QStringLiteral("new takes one project file name")));
    if (auto failure = ProjectStore::create(call.args.positional.first()))
        return badInput(*failure);
    RecordTable table{{QStringLiteral("project"), QStringLiteral("schema_version")},
                      {{QFileInfo(call.args.positional.first()).absoluteFilePath(), 0}}};
    ProjectStore store;
    if (auto failure = store.open(call.args.positional.first(), ProjectStore::Access::ReadOnly))
        return CommandError{InternalError, *failure};
    table.rows[0][1] = store.schemaVersion();
    printTable(table, call.format);
    return std::nullopt;
}

Outcome parseImportRequest(const Invocation &call, ImportRequest *request)
{
    const Arguments &args = call.args;
    if (!args.has(QStringLiteral("kind")))
        return badInput(Failure(QStringLiteral("--kind is required (%1)")
                                    .arg(importKindNames().join(QLatin1Char('|')))));
    if (!parseImportKind(args.value(QStringLiteral("kind")), &request->kind))
        return badInput(Failure(QStringLiteral("unknown --kind '%1' (%2)")
                                    .arg(args.value(QStringLiteral("kind")),
                                         importKindNames().join(QLatin1Char('|')))));
    request->file = args.value(QStringLiteral("file"));
    if (request->file.isEmpty())
        return badInput(Failure(QStringLiteral("--file is required")));
    if (!parseEncodingName(args.value(QStringLiteral("encoding"), QStringLiteral("auto")),
                           &request->csv.encoding))
        return badInput(
            Failure(QStringLiteral("unknown --encoding '%1' (auto|utf-8|utf-16|utf-16be|gb18030)")
                        .arg(args.value(QStringLiteral("encoding")))));
    const QString delimiter = args.value(QStringLiteral("delimiter"), QStringLiteral("auto"));
    if (delimiter == QLatin1String("auto"))
        request->csv.delimiter = 0;
    else if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        request->csv.delimiter = '\t';
    else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
        request->csv.delimiter = char(delimiter[0].unicode());
    else
        return badInput(
            Failure(QStringLiteral("unknown --delimiter '%1' (auto|,|;|tab|'|')").arg(delimiter)));
    const QString header = args.value(QStringLiteral("header"), QStringLiteral("auto"));
    if (header == QLatin1String("yes"))
        request->csv.header = CsvOptions::Header::Yes;
    else if (header == QLatin1String("no"))
        request->csv.header = CsvOptions::Header::No;
    else if (header != QLatin1String("auto"))
        return badInput(Failure(QStringLiteral("--header takes auto|yes|no")));
    const QString format = args.value(QStringLiteral("input-format"), QStringLiteral("auto"));
    static const QHash<QString, FileFormat> formats{
        {QStringLiteral("auto"), FileFormat::Auto},
        {QStringLiteral("csv"), FileFormat::Csv},
        {QStringLiteral("xlsx"), FileFormat::Xlsx},
        {QStringLiteral("jsonl"), FileFormat::JsonLines}};
    if (!formats.contains(format))
        return badInput(Failure(QStringLiteral("--input-format takes auto|csv|xlsx|jsonl")));
    request->format = formats.value(format);
    if (!TimeParser::parseSpec(args.value(QStringLiteral("time-format"), QStringLiteral("auto")),
                               &request->time))
        return badInput(Failure(
            QStringLiteral("unknown --time-format '%1' (auto|iso|epoch-s|epoch-ms|excel|a Qt "
                           "pattern such as 'dd.MM.yyyy HH:mm')")
                .arg(args.value(QStringLiteral("time-format")))));
    request->mappings = args.values(QStringLiteral("map"));
    request->rejectsPath = args.value(QStringLiteral("rejects"));
    return std::nullopt;
}

Outcome runImport(Invocation &call)
{
    ImportRequest request;
    if (auto error = parseImportRequest(call, &request))
        return error;
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadWrite))
        return error;
    JobContext context;
    QElapsedTimer timer;
    timer.start();
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    if (outcome.failure)
        return badInput(*outcome.failure);
    const ImportSummary &summary = outcome.summary;
    refreshIndexSnapshot(store);
    call.stats.querySeconds = secondsSince(timer);
    const int shown = std::min<int>(10, int(summary.firstRejects.size()));
    for (int i = 0; i < shown; ++i) {
        const RowReject &reject = summary.firstRejects[i];
        warn(Failure(QStringLiteral("rejected (%1): %2")
                         .arg(QString::fromUtf8(reject.kind), QString::fromUtf8(reject.message)),
                     request.file,
                     reject.line,
                     reject.column)
                 .toString());
    }
    if (summary.rowsRejected > shown)
        warn(QStringLiteral("%1 more rows rejected; --rejects FILE writes them all")
                 .arg(summary.rowsRejected - shown));
    RecordTable table{{QStringLiteral("kind"),
                       QStringLiteral("file"),
                       QStringLiteral("rows_read"),
                       QStringLiteral("rows_imported"),
                       QStringLiteral("rows_rejected"),
                       QStringLiteral("seconds")},
                      {{kindSpec(summary.kind).name,
                        request.file,
                        summary.rowsRead,
                        summary.rowsImported,
                        summary.rowsRejected,
                        QString::number(summary.seconds, 'f', 3).toDouble()}}};
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runSaveAs(Invocation &call)
{
    const QString output = call.args.value(QStringLiteral("out"));
    if (call.args.positional.size() != 1 || output.isEmpty())
        return badInput(Failure(QStringLiteral("save-as takes PROJECT and --out COPY.quadrant")));
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    if (auto failure = ProjectStore::writeCopy(store.path(), output, context))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    RecordTable table{{QStringLiteral("project"), QStringLiteral("bytes")},
                      {{QFileInfo(output).absoluteFilePath(), QFileInfo(output).size()}}};
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runAnalyses(Invocation &call)
{
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    RecordTable table{{QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("modified")},
                      {}};
    std::optional<Failure> failure;
    const QVector<SavedAnalysis> saved
        = SavedAnalysisStore::list(store, SavedAnalysisStore::Order::ByName, &failure);
    if (failure)
        return CommandError{InternalError, *failure};
    for (const SavedAnalysis &analysis : saved)
        table.rows.append(
            {analysis.name,
             analysis.kind,
             QDateTime::fromMSecsSinceEpoch(analysis.modifiedAt, Qt::UTC).toString(Qt::ISODate)});
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runTimeline(Invocation &call)
{
    const Arguments &args = call.args;
    if (args.has(QStringLiteral("person")) == args.has(QStringLiteral("account")))
        return badInput(Failure(QStringLiteral(
            "timeline needs exactly one of --person USER_ID and --account ACCOUNT_ID")));
    Timeline::Query query;
    query.subject = args.has(QStringLiteral("person")) ? Timeline::Subject::Person
                                                       : Timeline::Subject::Account;
    query.id = args.value(query.subject == Timeline::Subject::Person ? QStringLiteral("person")
                                                                     : QStringLiteral("account"));
    qint64 limit = 0;
    if (auto failure = args.integer(QStringLiteral("limit"), 1, 10000000, 20000, &limit))
        return badInput(*failure);
    query.limit = int(limit);
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    QElapsedTimer timer;
    timer.start();
    Timeline::Result result;
    if (auto failure = Timeline::build(store, query, &result))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    if (result.truncated)
        warn(QStringLiteral("only the %1 most recent rows are printed (--limit)").arg(query.limit));
    printTable(result.table, call.format);
    return std::nullopt;
}

Outcome runInfo(Invocation &call)
{
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    QElapsedTimer timer;
    timer.start();
    std::optional<Failure> failure;
    const RecordTable table = tableCountsTable(store, &failure);
    if (failure)
        return CommandError{InternalError, *failure};
    call.stats.querySeconds = secondsSince(timer);
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runSample(Invocation &call)
{
    if (call.args.positional.size() != 1)
        return badInput(Failure(QStringLiteral("sample takes one project file name")));
    SampleOptions options;
    qint64 persons = 0, seed = 0;
    if (auto failure
        = call.args.integer(QStringLiteral("persons"), 10, 1000000, options.persons, &persons))
        return badInput(*failure);
    if (auto failure = call.args.integer(QStringLiteral("seed"),
                                         0,
                                         std::numeric_limits<qint64>::max(),
                                         qint64(options.seed),
                                         &seed))
        return badInput(*failure);
    options.persons = int(persons);
    options.seed = quint64(seed);
    const QString path = call.args.positional.first();
    // A project made here and not filled (a full disk, an error) is removed again: no empty
    // file is left under the name the user chose.
    struct CreatedFile
    {
        QString path;
        bool keep = false;
        ~CreatedFile()
        {
            if (!path.isEmpty() && !keep)
                QFile::remove(path);
        }
    } created;
    if (!QFileInfo::exists(path)) {
        if (auto failure = ProjectStore::create(path))
            return badInput(*failure);
        created.path = path;
    }
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadWrite))
        return error;
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    if (auto failure = SampleGenerator(options).generate(store, context)) {
        if (failure->file.isEmpty())
            *failure = Failure(QStringLiteral("cannot fill the project (%1); is the disk full?")
                                   .arg(failure->message),
                               store.path());
        return badInput(*failure);
    }
    refreshIndexSnapshot(store);
    call.stats.querySeconds = secondsSince(timer);
    std::optional<Failure> failure;
    const RecordTable table = tableCountsTable(store, &failure);
    if (failure)
        return CommandError{InternalError, *failure};
    created.keep = true;
    printTable(table, call.format);
    return std::nullopt;
}

// Opens PROJECT read-only and builds the event index; both count as "open" for --stats.
Outcome
openForAnalysis(Invocation &call, ProjectStore &store, std::shared_ptr<const EventIndex> *index)
{
    QElapsedTimer timer;
    timer.start();
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    JobContext context;
    std::optional<Failure> failure;
    bool fromSnapshot = false;
    *index = EventIndex::open(store, context, &failure, &fromSnapshot);
    if (!*index)
        return CommandError{InternalError,
                            failure.value_or(Failure(QStringLiteral("cannot read the events")))};
    call.stats.openSeconds = secondsSince(timer);
    call.stats.extra.append({QStringLiteral("index_from_snapshot"), fromSnapshot ? 1.0 : 0.0});
    if ((*index)->eventsOutOfRange() > 0)
        warn(QStringLiteral("%1 events with a time outside the years 1900 to 2200 are left out of "
                            "every analysis")
                 .arg((*index)->eventsOutOfRange()));
    return std::nullopt;
}

// --from D --to D: the range [from 00:00, the day after to 00:00) in UTC.
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

Outcome runRender(Invocation &call)
{
    const Arguments &args = call.args;
    AnalysisRenderer::Request request;
    request.analysis = args.value(QStringLiteral("analysis"));
    request.output = args.value(QStringLiteral("out"));
    if (request.analysis.isEmpty() || request.output.isEmpty())
        return badInput(Failure(QStringLiteral("render wants --analysis NAME and --out FILE")));
    for (auto [option, target, low, high] :
         {std::tuple{"width", &request.size.rwidth(), 16, 20000},
          std::tuple{"height", &request.size.rheight(), 16, 20000},
          std::tuple{"dpi", &request.dpi, 24, 1200}}) {
        qint64 value = 0;
        if (auto failure = args.integer(QString::fromLatin1(option), low, high, *target, &value))
            return badInput(*failure);
        *target = int(value);
    }
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    QElapsedTimer timer;
    timer.start();
    if (auto failure = AnalysisRenderer::render(store, *index, request))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    return std::nullopt;
}

Outcome runReport(Invocation &call)
{
    const QString output = call.args.value(QStringLiteral("out"));
    if (output.isEmpty())
        return badInput(Failure(QStringLiteral("report wants --out FILE.pdf")));
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    QElapsedTimer timer;
    timer.start();
    QStringList leftOut;
    if (auto failure = AnalysisRenderer::report(
            store, *index, call.args.values(QStringLiteral("analysis")), output, &leftOut))
        return badInput(*failure);
    for (const QString &analysis : leftOut)
        warn(QStringLiteral("left out of the report: %1").arg(analysis));
    call.stats.querySeconds = secondsSince(timer);
    return std::nullopt;
}

Outcome runFunnel(Invocation &call)
{
    const Arguments &args = call.args;
    FunnelQuery query;
    const QStringList steps
        = args.value(QStringLiteral("steps")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (steps.size() < 2)
        return badInput(Failure(QStringLiteral("--steps wants at least two events, E1,E2,...")));
    for (const QString &step : steps) {
        EventSelector selector;
        if (auto error = parseSelector(step, &selector))
            return error;
        query.steps << selector;
    }
    const auto window
        = Calendar::parseDuration(args.value(QStringLiteral("window"), QStringLiteral("7d")));
    if (!window || *window <= 0)
        return badInput(Failure(QStringLiteral(
            "--window wants a duration such as 30m, 12h, 7d or 2w, up to 100 years")));
    query.windowMs = *window;
    const auto mode
        = FunnelJson::parseMode(args.value(QStringLiteral("mode"), QStringLiteral("ordered")));
    if (!mode)
        return badInput(Failure(QStringLiteral("--mode takes ordered, strict or any")));
    query.order = *mode;
    if (auto error = parseDateRange(args, &query.entryFromMs, &query.entryToMs))
        return error;
    query.breakdown = args.value(QStringLiteral("breakdown"));
    query.holdProperty = args.value(QStringLiteral("hold"));
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
        query.exclusions << spec;
    }

    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    if (auto failure = FunnelEngine::validate(query, *index))
        return badInput(*failure);
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const FunnelResult result = FunnelEngine::run(query, *index, store, context);
    call.stats.querySeconds = secondsSince(timer);

    if (args.has(QStringLiteral("dropped-at"))) {
        qint64 step = 0;
        if (auto failure
            = args.integer(QStringLiteral("dropped-at"), 2, query.steps.size(), 2, &step))
            return badInput(*failure);
        const QString group = args.value(QStringLiteral("dropped-group"));
        if (!group.isEmpty() && query.breakdown.isEmpty())
            return badInput(Failure(QStringLiteral("--dropped-group needs --breakdown")));
        const std::vector<int> dropped = FunnelEngine::droppedAt(result, int(step), group);
        if (args.has(QStringLiteral("save-cohort"))) {
            ProjectStore writer;
            if (auto failure = writer.open(store.path()))
                return badInput(*failure);
            const QString definition = QString::fromUtf8(
                QJsonDocument(FunnelJson::dropOffCohort(query, int(step), group))
                    .toJson(QJsonDocument::Compact));
            if (auto failure = CohortStore::save(writer,
                                                 args.value(QStringLiteral("save-cohort")),
                                                 definition,
                                                 index->personRowIds(dropped)))
                return badInput(*failure);
        }
        RecordTable persons{{QStringLiteral("user_id")}, {}};
        for (int p : dropped)
            persons.rows.append({index->personId(p)});
        printTable(persons, call.format);
        return std::nullopt;
    }
    printTable(args.has(QStringLiteral("by-entry-date")) ? FunnelReport::entryDateTable(result)
                                                         : FunnelReport::stepsTable(query, result),
               call.format);
    return std::nullopt;
}

Outcome runRetention(Invocation &call)
{
    const Arguments &args = call.args;
    RetentionQuery query;
    if (!args.has(QStringLiteral("start")) || !args.has(QStringLiteral("return")))
        return badInput(
            Failure(QStringLiteral("retention needs --start EVENT and --return EVENT (or '*')")));
    if (auto error = parseSelector(args.value(QStringLiteral("start")), &query.start))
        return error;
    if (auto error = parseSelector(args.value(QStringLiteral("return")), &query.returning))
        return error;
    if (!Calendar::parsePeriod(args.value(QStringLiteral("period"), QStringLiteral("week")),
                               &query.period))
        return badInput(Failure(QStringLiteral("--period takes day, week or month")));
    qint64 periods = 0;
    if (auto failure = args.integer(QStringLiteral("periods"), 0, 1000, 8, &periods))
        return badInput(*failure);
    query.periods = int(periods);
    const QString mode = args.value(QStringLiteral("mode"), QStringLiteral("on"));
    if (mode == QLatin1String("on"))
        query.mode = RetentionQuery::Mode::On;
    else if (mode == QLatin1String("on-or-after"))
        query.mode = RetentionQuery::Mode::OnOrAfter;
    else
        return badInput(Failure(QStringLiteral("--mode takes on or on-or-after")));
    if (args.has(QStringLiteral("recurring")))
        query.cohorts = RetentionQuery::Cohorts::Recurring;
    if (auto error = parseDateRange(args, &query.fromMs, &query.toMs))
        return error;
    query.breakdown = args.value(QStringLiteral("breakdown"));

    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    if (auto failure = RetentionEngine::validate(query, *index))
        return badInput(*failure);
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    if (args.has(QStringLiteral("persons-in"))) {
        const QStringList cell = args.value(QStringLiteral("persons-in")).split(QLatin1Char(','));
        const bool pooled = cell.value(0) == QLatin1String("all");
        const auto cohort = pooled ? std::optional<qint64>() : Calendar::parseDate(cell.value(0));
        bool ok = false;
        const int period = cell.value(1).toInt(&ok);
        if (cell.size() != 2 || (!cohort && !pooled) || !ok || period < 0 || period > query.periods)
            return badInput(Failure(QStringLiteral(
                "--persons-in wants COHORT_DATE,PERIOD such as 2026-09-07,2 (or all,2 for "
                "the pooled row), with the period from 0 to --periods")));
        const std::vector<int> members
            = RetentionEngine::cellMembers(query,
                                           *index,
                                           store,
                                           args.value(QStringLiteral("persons-group")),
                                           cohort,
                                           period,
                                           context);
        call.stats.querySeconds = secondsSince(timer);
        RecordTable persons{{QStringLiteral("user_id")}, {}};
        for (int p : members)
            persons.rows.append({index->personId(p)});
        printTable(persons, call.format);
        return std::nullopt;
    }
    const RetentionResult result = RetentionEngine::run(query, *index, store, context);
    call.stats.querySeconds = secondsSince(timer);

    printTable(RetentionReport::table(result, args.has(QStringLiteral("summary"))), call.format);
    return std::nullopt;
}

Outcome runAb(Invocation &call)
{
    const Arguments &args = call.args;
    AbQuery query;
    query.variantProperty = args.value(QStringLiteral("variant-property"));
    query.control = args.value(QStringLiteral("control"));
    if (query.variantProperty.isEmpty() || query.control.isEmpty())
        return badInput(
            Failure(QStringLiteral("ab needs --variant-property PROPERTY and --control VALUE")));
    if (args.has(QStringLiteral("conversion")) == args.has(QStringLiteral("metric")))
        return badInput(Failure(
            QStringLiteral("ab needs exactly one of --conversion EVENT and --metric METRIC")));
    if (args.has(QStringLiteral("conversion"))) {
        if (auto error = parseSelector(args.value(QStringLiteral("conversion")), &query.conversion))
            return error;
    } else {
        AbJson::setMetric(args.value(QStringLiteral("metric")), &query);
        if (query.isConversion())
            return badInput(Failure(QStringLiteral(
                "for a conversion, use --conversion EVENT; --metric takes session-duration, "
                "events-per-session, bounce or a numeric property")));
    }
    if (args.has(QStringLiteral("split"))) {
        for (const QString &part : args.value(QStringLiteral("split")).split(QLatin1Char(','))) {
            bool ok = false;
            const double weight = part.toDouble(&ok);
            if (!ok || !std::isfinite(weight) || weight <= 0 || weight > 1e9)
                return badInput(
                    Failure(QStringLiteral(
                                "--split wants positive weights up to 1e9 such as 50,50, got '%1'")
                                .arg(part.left(40))));
            query.plannedSplit << weight;
        }
    }
    if (auto error = parseDateRange(args, &query.fromMs, &query.toMs))
        return error;

    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    if (auto failure = AbEngine::validate(query, *index))
        return badInput(*failure);
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const AbResult result = AbEngine::run(query, *index, store, context);
    call.stats.querySeconds = secondsSince(timer);
    if (result.variants.isEmpty())
        return badInput(Failure(QStringLiteral("no person saw the control '%1' of '%2'")
                                    .arg(query.control, query.variantProperty)));
    for (const QString &warning : result.warnings)
        warn(warning);

    const RecordTable table = AbReport::table(query, result);
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runSampleSize(Invocation &call)
{
    const Arguments &args = call.args;
    if (!args.has(QStringLiteral("baseline")) || !args.has(QStringLiteral("mde")))
        return badInput(Failure(QStringLiteral(
            "sample-size needs --baseline RATE and --mde CHANGE (fractions, e.g. 0.10 "
            "and 0.02)")));
    double baseline = 0, effect = 0, alpha = 0, power = 0;
    using Ends = Arguments::Ends;
    if (auto failure = args.real(QStringLiteral("baseline"), 0, 1, Ends::Excluded, 0, &baseline))
        return badInput(*failure);
    if (auto failure = args.real(QStringLiteral("mde"), -1, 1, Ends::Excluded, 0, &effect))
        return badInput(*failure);
    if (auto failure = args.real(QStringLiteral("alpha"), 0, 1, Ends::Excluded, 0.05, &alpha))
        return badInput(*failure);
    if (auto failure = args.real(QStringLiteral("power"), 0, 1, Ends::Excluded, 0.8, &power))
        return badInput(*failure);
    if (effect == 0 || !(baseline + effect > 0 && baseline + effect < 1))
        return badInput(
            Failure(QStringLiteral(
                        "--mde must not be 0, and --baseline + --mde must lie strictly between 0 "
                        "and 1 (got %1)")
                        .arg(baseline + effect)));
    const double n = AbStatistics::sampleSizePerVariant(baseline, effect, alpha, power);
    constexpr double most = 1e15;
    if (!std::isfinite(n) || n > most)
        return badInput(Failure(
            QStringLiteral("these settings need more than %1 persons per variant; choose a larger "
                           "--mde or --alpha, or a smaller --power")
                .arg(most, 0, 'g', 3)));
    RecordTable table{{QStringLiteral("baseline"),
                       QStringLiteral("mde"),
                       QStringLiteral("alpha"),
                       QStringLiteral("power"),
                       QStringLiteral("persons_per_variant")},
                      {{baseline, effect, alpha, power, qint64(n)}}};
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runPaths(Invocation &call)
{
    const Arguments &args = call.args;
    PathQuery query;
    if (args.has(QStringLiteral("start")) == args.has(QStringLiteral("end")))
        return badInput(
            Failure(QStringLiteral("paths needs exactly one of --start EVENT and --end EVENT")));
    query.backwards = args.has(QStringLiteral("end"));
    query.anchor = args.value(query.backwards ? QStringLiteral("end") : QStringLiteral("start"));
    qint64 depth = 0;
    if (auto failure = args.integer(QStringLiteral("depth"), 1, 20, 5, &depth))
        return badInput(*failure);
    query.depth = int(depth);
    const auto gap
        = Calendar::parseDuration(args.value(QStringLiteral("session-gap"), QStringLiteral("30m")));
    if (!gap)
        return badInput(
            Failure(QStringLiteral("--session-gap wants a duration such as 30m, up to 100 years")));
    query.sessionGapMs = *gap;
    query.excluded
        = args.value(QStringLiteral("exclude")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    query.collapseRepeats = args.has(QStringLiteral("collapse-repeats"));
    if (auto failure = args.integer(QStringLiteral("min-weight"),
                                    1,
                                    std::numeric_limits<qint64>::max(),
                                    1,
                                    &query.minimumWeight))
        return badInput(*failure);
    if (auto error = parseDateRange(args, &query.fromMs, &query.toMs))
        return error;
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    if (auto failure = PathEngine::validate(query, *index))
        return badInput(*failure);
    if (args.has(QStringLiteral("cohort"))) {
        if (auto failure = PathJson::restrictToCohort(
                &query, store, *index, args.value(QStringLiteral("cohort"))))
            return badInput(*failure);
    }
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const PathResult result = PathEngine::run(query, *index, context);
    call.stats.querySeconds = secondsSince(timer);
    printTable(PathReport::table(result), call.format);
    return std::nullopt;
}

Outcome runHeatmap(Invocation &call)
{
    const Arguments &args = call.args;
    HeatmapQuery query;
    const QString kind = args.value(QStringLiteral("kind"), QStringLiteral("activity"));
    if (kind == QLatin1String("activity"))
        query.kind = HeatmapQuery::Kind::Activity;
    else if (kind == QLatin1String("adoption"))
        query.kind = HeatmapQuery::Kind::Adoption;
    else
        return badInput(Failure(QStringLiteral("--kind takes activity or adoption")));
    if (!HeatmapJson::parseBy(args.value(QStringLiteral("by"), QStringLiteral("industry")),
                              &query.by))
        return badInput(Failure(QStringLiteral("--by takes account, industry or role")));
    query.events = args.value(QStringLiteral("events")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    query.distinctPersons = args.value(QStringLiteral("measure"), QStringLiteral("events"))
                            == QLatin1String("persons");
    if (args.has(QStringLiteral("tz"))) {
        query.timeZone = QTimeZone(args.value(QStringLiteral("tz")).toUtf8());
        if (!query.timeZone.isValid())
            return badInput(Failure(
                QStringLiteral("unknown time zone '%1' (use an IANA name such as Europe/Berlin)")
                    .arg(args.value(QStringLiteral("tz")))));
    }
    if (auto error = parseDateRange(args, &query.fromMs, &query.toMs))
        return error;
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    if (auto failure = HeatmapEngine::validate(query, *index))
        return badInput(*failure);
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const HeatmapResult result = HeatmapEngine::run(query, *index, store, context);
    call.stats.querySeconds = secondsSince(timer);
    printTable(HeatmapReport::table(result), call.format);
    return std::nullopt;
}

Outcome runTrend(Invocation &call)
{
    const Arguments &args = call.args;
    TrendQuery query;
    if (!args.has(QStringLiteral("event")))
        return badInput(Failure(QStringLiteral("trend needs --event EVENT")));
    if (auto error = parseSelector(args.value(QStringLiteral("event")), &query.event))
        return error;
    const QString measure = args.value(QStringLiteral("measure"), QStringLiteral("total"));
    if (!TrendJson::parseMeasure(measure, &query))
        return badInput(Failure(QStringLiteral(
            "--measure takes total, persons, per-person, sum:PROPERTY or avg:PROPERTY")));
    if (!Calendar::parsePeriod(args.value(QStringLiteral("interval"), QStringLiteral("day")),
                               &query.interval))
        return badInput(Failure(QStringLiteral("--interval takes day, week or month")));
    if (auto error = parseDateRange(args, &query.fromMs, &query.toMs))
        return error;
    query.breakdown = args.value(QStringLiteral("breakdown"));
    query.compareWithPrevious = args.has(QStringLiteral("compare"));
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;
    if (auto error = openForAnalysis(call, store, &index))
        return error;
    if (auto failure = TrendEngine::validate(query, *index))
        return badInput(*failure);
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    const TrendResult result = TrendEngine::run(query, *index, store, context);
    call.stats.querySeconds = secondsSince(timer);
    printTable(TrendReport::table(result), call.format);
    return std::nullopt;
}

const QVector<OptionSpec> &commonOptions()
{
    static const QVector<OptionSpec> options{
        {QStringLiteral("format"), true, false, QStringLiteral("tsv (default) or json")},
        {QStringLiteral("stats"),
         false,
         false,
         QStringLiteral("print timing and memory lines 'stat NAME VALUE' on stderr")},
        {QStringLiteral("help"), false, false, QStringLiteral("show this help")},
    };
    return options;
}

QVector<Command> commands()
{
    return {
        {QStringLiteral("new"),
         QStringLiteral("new PROJECT.quadrant"),
         QStringLiteral("Create an empty project file. Refuses to overwrite an existing file."),
         {},
         runNew},
        {QStringLiteral("import"),
         QStringLiteral("import PROJECT --kind KIND --file FILE [options]"),
         QStringLiteral("Import a CSV, XLSX or JSON-lines file in one transaction: on any error "
                        "nothing changes.\n"
                        "Prints: kind, file, rows_read, rows_imported, rows_rejected, seconds.\n"
                        "KIND: events|persons|accounts|leads|deals|spend|nps|aliases."),
         {{QStringLiteral("kind"), true, false, QStringLiteral("what the file holds (required)")},
          {QStringLiteral("file"), true, false, QStringLiteral("the file to import (required)")},
          {QStringLiteral("encoding"),
           true,
           false,
           QStringLiteral("auto|utf-8|utf-16|utf-16be|gb18030 (default auto)")},
          {QStringLiteral("delimiter"),
           true,
           false,
           QStringLiteral("auto|,|;|tab|'|' (default auto)")},
          {QStringLiteral("header"),
           true,
           false,
           QStringLiteral("auto|yes|no: is the first CSV row a header")},
          {QStringLiteral("input-format"),
           true,
           false,
           QStringLiteral("auto|csv|xlsx|jsonl (default: from the content)")},
          {QStringLiteral("map"),
           true,
           true,
           QStringLiteral("FIELD=COLUMN, repeatable: which column feeds a field")},
          {QStringLiteral("time-format"),
           true,
           false,
           QStringLiteral(
               "auto|iso|epoch-s|epoch-ms|excel|'yyyy-MM-dd HH:mm:ss'|... (default auto)")},
          {QStringLiteral("rejects"),
           true,
           false,
           QStringLiteral("write every rejected row to this CSV file")}},
         runImport},
        {QStringLiteral("save-as"),
         QStringLiteral("save-as PROJECT --out COPY.quadrant"),
         QStringLiteral("Write a consistent copy of the project (SQLite's backup API), even while "
                        "the workbench has it\n"
                        "open, atomically: the copy appears whole or not at all. Refuses to "
                        "replace the project itself\n"
                        "or a file beside it that it uses. Prints: project (the copy), bytes."),
         {{QStringLiteral("out"), true, false, QStringLiteral("the copy to write (required)")}},
         runSaveAs},
        {QStringLiteral("info"),
         QStringLiteral("info PROJECT"),
         QStringLiteral("One row per table: table, rows."),
         {},
         runInfo},
        {QStringLiteral("sample"),
         QStringLiteral("sample PROJECT [--persons N] [--seed S]"),
         QStringLiteral(
             "Fill a new or empty project with the built-in demo data set: a B2B SaaS company's\n"
             "accounts, persons, 90 days of events, an A/B test, channels, spend, leads, deals and "
             "NPS.\n"
             "The same seed always gives the same data."),
         {{QStringLiteral("persons"),
           true,
           false,
           QStringLiteral("number of persons (default 3000)")},
          {QStringLiteral("seed"), true, false, QStringLiteral("random seed (default 42)")}},
         runSample},
        {QStringLiteral("funnel"),
         QStringLiteral("funnel PROJECT --steps E1,E2,...,Ek [options]"),
         QStringLiteral(
             "Conversion through ordered steps (ANALYSES.md, Funnel). A step may carry filters:\n"
             "purchase[plan=pro&channel!=email]. Columns: breakdown, step, event, persons,\n"
             "conversion_from_start, conversion_from_previous, median_seconds_from_start,\n"
             "median_seconds_from_previous."),
         {{QStringLiteral("steps"),
           true,
           false,
           QStringLiteral("the steps, comma separated (required)")},
          {QStringLiteral("window"),
           true,
           false,
           QStringLiteral("conversion window from the first step (default 7d)")},
          {QStringLiteral("mode"),
           true,
           false,
           QStringLiteral("ordered (default), strict (consecutive events) or any (any order)")},
          {QStringLiteral("from"),
           true,
           false,
           QStringLiteral("first day (UTC) a person may enter the funnel")},
          {QStringLiteral("to"),
           true,
           false,
           QStringLiteral(
               "last day (UTC) a person may enter; later steps may follow within the window")},
          {QStringLiteral("breakdown"),
           true,
           false,
           QStringLiteral(
               "a person property, or event.PROPERTY for the first step's value (first touch)")},
          {QStringLiteral("exclude"),
           true,
           true,
           QStringLiteral("EVENT@i: a chain with EVENT between step i and i + 1 does not count")},
          {QStringLiteral("hold"),
           true,
           false,
           QStringLiteral(
               "an event property every step of a chain must share (account_id, deal_id)")},
          {QStringLiteral("by-entry-date"),
           false,
           false,
           QStringLiteral("print conversion per entry day instead: entry_date, step, persons, "
                          "conversion_from_start")},
          {QStringLiteral("dropped-at"),
           true,
           false,
           QStringLiteral("print the user_id of each person who reached step J - 1 but not J")},
          {QStringLiteral("dropped-group"),
           true,
           false,
           QStringLiteral("with --dropped-at and --breakdown: only that group's persons")},
          {QStringLiteral("save-cohort"),
           true,
           false,
           QStringLiteral("with --dropped-at: keep those persons in the project as a cohort")}},
         runFunnel},
        {QStringLiteral("retention"),
         QStringLiteral("retention PROJECT --start EVENT --return EVENT|'*' [options]"),
         QStringLiteral("Cohort x period retention (ANALYSES.md, Retention). Columns: breakdown, "
                        "cohort (period\n"
                        "start date), cohort_size, period (0..N), persons, rate. Periods after the "
                        "end of the data are\n"
                        "left out, not zero."),
         {{QStringLiteral("start"),
           true,
           false,
           QStringLiteral("the event that puts a person in a cohort (required)")},
          {QStringLiteral("return"),
           true,
           false,
           QStringLiteral("the event that counts as coming back, or '*' for any (required)")},
          {QStringLiteral("period"),
           true,
           false,
           QStringLiteral("day, week (ISO, Monday) or month (default week)")},
          {QStringLiteral("periods"),
           true,
           false,
           QStringLiteral("how many periods after the cohort's (default 8)")},
          {QStringLiteral("mode"), true, false, QStringLiteral("on (default) or on-or-after")},
          {QStringLiteral("recurring"),
           false,
           false,
           QStringLiteral("every period with a start event is a cohort entry")},
          {QStringLiteral("from"), true, false, QStringLiteral("first day (UTC) of the cohorts")},
          {QStringLiteral("to"), true, false, QStringLiteral("last day (UTC) of the cohorts")},
          {QStringLiteral("breakdown"),
           true,
           false,
           QStringLiteral("a person property, or event.PROPERTY of the start event")},
          {QStringLiteral("summary"),
           false,
           false,
           QStringLiteral("add the pooled rows, cohort 'all'")},
          {QStringLiteral("persons-in"),
           true,
           false,
           QStringLiteral("COHORT_DATE,PERIOD (or all,PERIOD): print the user_id of each person in "
                          "that cell instead")},
          {QStringLiteral("persons-group"),
           true,
           false,
           QStringLiteral("with --persons-in and --breakdown: the cell's breakdown value")}},
         runRetention},
        {QStringLiteral("ab"),
         QStringLiteral("ab PROJECT --variant-property PROP --control VALUE (--conversion EVENT | "
                        "--metric METRIC) [options]"),
         QStringLiteral(
             "A/B comparison (ANALYSES.md). A person's variant is the first value of PROP they "
             "carry; only\n"
             "events from that exposure on count. METRIC: session-duration, events-per-session, "
             "bounce, or a\n"
             "numeric event property summed per person. Columns: variant, persons, converters, "
             "rate (or mean),\n"
             "stddev, lift, z (or t), p_value, ci_low, ci_high, prob_best, srm_p_value."),
         {{QStringLiteral("variant-property"),
           true,
           false,
           QStringLiteral("the event property holding the variant (required)")},
          {QStringLiteral("control"),
           true,
           false,
           QStringLiteral("the control's value (required)")},
          {QStringLiteral("conversion"),
           true,
           false,
           QStringLiteral("the event that counts as converting")},
          {QStringLiteral("metric"),
           true,
           false,
           QStringLiteral("session-duration|events-per-session|bounce|PROPERTY")},
          {QStringLiteral("split"),
           true,
           false,
           QStringLiteral(
               "planned split, control first, then the others alphabetically (default equal)")},
          {QStringLiteral("from"), true, false, QStringLiteral("first day (UTC) of exposure")},
          {QStringLiteral("to"), true, false, QStringLiteral("last day (UTC) counted")}},
         runAb},
        {QStringLiteral("paths"),
         QStringLiteral("paths PROJECT --start EVENT | --end EVENT [options]"),
         QStringLiteral("Where people go after (or came from before) an event within a session, as "
                        "Sankey edges.\n"
                        "Columns: step, from_event, to_event, sequences. '(session end)' marks "
                        "sequences that end early;\n"
                        "nodes reached fewer than --min-weight times are grouped as 'other'."),
         {{QStringLiteral("start"),
           true,
           false,
           QStringLiteral("follow what happens after this event")},
          {QStringLiteral("end"), true, false, QStringLiteral("walk back from this event")},
          {QStringLiteral("depth"), true, false, QStringLiteral("steps to follow (default 5)")},
          {QStringLiteral("session-gap"),
           true,
           false,
           QStringLiteral("inactivity that ends a session (default 30m)")},
          {QStringLiteral("exclude"),
           true,
           false,
           QStringLiteral("events to leave out, comma separated")},
          {QStringLiteral("collapse-repeats"),
           false,
           false,
           QStringLiteral("count an event repeated in a row once")},
          {QStringLiteral("min-weight"),
           true,
           false,
           QStringLiteral("group smaller nodes as 'other' (default 1)")},
          {QStringLiteral("cohort"),
           true,
           false,
           QStringLiteral("only the persons of this saved cohort")},
          {QStringLiteral("from"),
           true,
           false,
           QStringLiteral("first day (UTC) of the anchor events")},
          {QStringLiteral("to"),
           true,
           false,
           QStringLiteral("last day (UTC) of the anchor events")}},
         runPaths},
        {QStringLiteral("heatmap"),
         QStringLiteral("heatmap PROJECT --kind activity|adoption [options]"),
         QStringLiteral(
             "activity: events per weekday (rows, Monday first) x hour (columns) in a time zone.\n"
             "adoption: share of each account's, industry's or role's persons who did each event.\n"
             "Columns: row, column, value."),
         {{QStringLiteral("kind"), true, false, QStringLiteral("activity (default) or adoption")},
          {QStringLiteral("by"),
           true,
           false,
           QStringLiteral("adoption rows: account, industry (default) or role")},
          {QStringLiteral("events"),
           true,
           false,
           QStringLiteral("events to include, comma separated (default all)")},
          {QStringLiteral("measure"),
           true,
           false,
           QStringLiteral("activity: events (default) or persons")},
          {QStringLiteral("tz"),
           true,
           false,
           QStringLiteral("time zone for hours and weekdays, e.g. Europe/Berlin (default UTC)")},
          {QStringLiteral("from"), true, false, QStringLiteral("first day (UTC)")},
          {QStringLiteral("to"), true, false, QStringLiteral("last day (UTC)")}},
         runHeatmap},
        {QStringLiteral("trend"),
         QStringLiteral("trend PROJECT --event EVENT [options]"),
         QStringLiteral("An event over time. Columns: breakdown, period (start date), value. "
                        "Periods without events\n"
                        "count 0 (averages and per-person rates are empty)."),
         {{QStringLiteral("event"),
           true,
           false,
           QStringLiteral("the event, optionally with filters (required)")},
          {QStringLiteral("measure"),
           true,
           false,
           QStringLiteral("total (default), persons, per-person, sum:PROPERTY or avg:PROPERTY")},
          {QStringLiteral("interval"), true, false, QStringLiteral("day (default), week or month")},
          {QStringLiteral("from"), true, false, QStringLiteral("first day (UTC)")},
          {QStringLiteral("to"), true, false, QStringLiteral("last day (UTC)")},
          {QStringLiteral("breakdown"),
           true,
           false,
           QStringLiteral("source (web/app/server), a person property, or event.PROPERTY")},
          {QStringLiteral("compare"),
           false,
           false,
           QStringLiteral("add the same span just before, as '(previous period)' series")}},
         runTrend},
        {QStringLiteral("timeline"),
         QStringLiteral("timeline PROJECT --person USER_ID | --account ACCOUNT_ID [--limit N]"),
         QStringLiteral("Everything that happened to one person or account, oldest first: events "
                        "with the CRM records\n"
                        "interleaved (leads, deals opened and closed, NPS answers). Columns: time "
                        "(UTC), kind, person,\n"
                        "what, source, details."),
         {{QStringLiteral("person"), true, false, QStringLiteral("the person's user_id")},
          {QStringLiteral("account"), true, false, QStringLiteral("the account's account_id")},
          {QStringLiteral("limit"),
           true,
           false,
           QStringLiteral("keep the most recent N rows (default 20000)")}},
         runTimeline},
        {QStringLiteral("render"),
         QStringLiteral(
             "render PROJECT --analysis NAME --out FILE.png|.svg|.pdf|.csv|.xlsx [options]"),
         QStringLiteral("Draws a saved analysis exactly as the workbench does, without a display: "
                        "its chart as\n"
                        "PNG, SVG or PDF, or its table as CSV or XLSX. Writes the file atomically; "
                        "prints nothing."),
         {{QStringLiteral("analysis"),
           true,
           false,
           QStringLiteral("the saved analysis's name (required; see analyses)")},
          {QStringLiteral("out"),
           true,
           false,
           QStringLiteral("the file to write; its suffix chooses the format (required)")},
          {QStringLiteral("width"),
           true,
           false,
           QStringLiteral("chart width in pixels at 96 dpi (default 1200)")},
          {QStringLiteral("height"),
           true,
           false,
           QStringLiteral("chart height in pixels at 96 dpi (default 700)")},
          {QStringLiteral("dpi"),
           true,
           false,
           QStringLiteral("PNG resolution; 192 doubles the pixels (default 96)")}},
         runRender},
        {QStringLiteral("report"),
         QStringLiteral("report PROJECT --out FILE.pdf [--analysis NAME]..."),
         QStringLiteral("A printable PDF: a cover, then a landscape page per saved analysis with "
                        "its chart and the\n"
                        "first rows of its table, drawn as the workbench draws them. Every saved "
                        "analysis in the\n"
                        "order they were made unless --analysis names some. Prints nothing."),
         {{QStringLiteral("out"), true, false, QStringLiteral("the PDF to write (required)")},
          {QStringLiteral("analysis"),
           true,
           true,
           QStringLiteral("a saved analysis to include, repeatable (default: all)")}},
         runReport},
        {QStringLiteral("analyses"),
         QStringLiteral("analyses PROJECT"),
         QStringLiteral("The analyses saved in the project. Columns: name, kind, modified (UTC)."),
         {},
         runAnalyses},
        {QStringLiteral("sample-size"),
         QStringLiteral("sample-size --baseline RATE --mde CHANGE [--alpha 0.05] [--power 0.8]"),
         QStringLiteral("Persons per variant to detect an absolute change in a conversion rate "
                        "(two-sided test)."),
         {{QStringLiteral("baseline"),
           true,
           false,
           QStringLiteral("the control's conversion rate, e.g. 0.10")},
          {QStringLiteral("mde"),
           true,
           false,
           QStringLiteral("the smallest absolute change worth detecting, e.g. 0.02")},
          {QStringLiteral("alpha"),
           true,
           false,
           QStringLiteral("significance level (default 0.05)")},
          {QStringLiteral("power"), true, false, QStringLiteral("power (default 0.8)")}},
         runSampleSize},
    };
}

void printHelp(const QVector<Command> &all)
{
    printLine(
        stdout,
        QStringLiteral(
            "usage: quadrant-cli COMMAND PROJECT [options]\n\n"
            "Quadrant's command-line tool: the same project files, importers and analyses as the\n"
            "workbench, without a window.\n\ncommands:"));
    for (const Command &command : all)
        printLine(stdout, QStringLiteral("  %1").arg(command.synopsis));
    printLine(stdout,
              QStringLiteral("\nEvery command takes --format tsv|json, --stats and --help.\n"
                             "Exit status: 0 success, 1 bad input, 2 internal error."));
}

void printCommandHelp(const Command &command)
{
    printLine(stdout,
              QStringLiteral("usage: quadrant-cli %1\n\n%2\n\noptions:")
                  .arg(command.synopsis, command.description));
    for (const OptionSpec &option : command.options + commonOptions())
        printLine(stdout,
                  QStringLiteral("  --%1%2  %3")
                      .arg(option.name,
                           option.takesValue ? QStringLiteral(" VALUE") : QString(),
                           option.help));
}

int report(const CommandError &error)
{
    printLine(stderr, QStringLiteral("quadrant-cli: error: ") + error.failure.toString());
    return error.code;
}

} // namespace

int run(const QStringList &arguments)
{
    const QVector<Command> all = commands();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h") || arguments.first() == QLatin1String("help")) {
        printHelp(all);
        return arguments.isEmpty() ? BadInput : Success;
    }
    const QString name = arguments.first();
    const auto command
        = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == name; });
    if (command == all.cend())
        return report(
            badInput(Failure(QStringLiteral("unknown command '%1' (see --help)").arg(name))));

    Invocation call;
    if (auto failure
        = Arguments::parse(arguments.mid(1), command->options + commonOptions(), &call.args))
        return report(badInput(*failure));
    if (call.args.has(QStringLiteral("help"))) {
        printCommandHelp(*command);
        return Success;
    }
    const QString format = call.args.value(QStringLiteral("format"), QStringLiteral("tsv"));
    if (format == QLatin1String("json"))
        call.format = OutputFormat::Json;
    else if (format != QLatin1String("tsv"))
        return report(badInput(Failure(QStringLiteral("--format takes tsv or json"))));

    const Outcome outcome = command->run(call);
    if (call.args.has(QStringLiteral("stats"))) {
        printLine(stderr,
                  QStringLiteral("stat open_seconds %1").arg(call.stats.openSeconds, 0, 'f', 4));
        printLine(stderr,
                  QStringLiteral("stat query_seconds %1").arg(call.stats.querySeconds, 0, 'f', 4));
        printLine(stderr,
                  QStringLiteral("stat peak_rss_mb %1").arg(peakResidentMegabytes(), 0, 'f', 1));
        for (const auto &[name, value] : call.stats.extra)
            printLine(stderr, QStringLiteral("stat %1 %2").arg(name).arg(value));
    }
    if (!call.openedProject.isEmpty() && SqliteDiagnostics::damageSeen()) {
        // A damaged page shows up as an error on whatever query meets it first, in SQLite's
        // words, or as a row that is quietly missing: either way the result cannot be trusted.
        return report(
            badInput(ProjectStore::damageReport(call.openedProject)
                         .value_or(Failure(
                             QStringLiteral("the project file is damaged; it was left unchanged"),
                             call.openedProject))));
    }
    return outcome ? report(*outcome) : Success;
}

} // namespace Quadrant::Cli

// SPDX-License-Identifier: MIT
#include "commands.h"

#include "arguments.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "processstats.h"
#include "recordprinter.h"
#include "sample/samplegenerator.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>
#include <functional>

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
};

struct Invocation
{
    Arguments args;
    OutputFormat format = OutputFormat::Tsv;
    Stats stats;
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
    printLine(stderr, QStringLiteral("quadrant-cli: warning: ") + text);
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
    if (access == ProjectStore::Access::ReadWrite && store.isReadOnly())
        return badInput(Failure(QStringLiteral("cannot change the project: %1").arg(store.readOnlyReason()),
                                store.path()));
    if (!store.readOnlyReason().isEmpty())
        warn(store.path() + QStringLiteral(": ") + store.readOnlyReason());
    call.stats.openSeconds = secondsSince(timer);
    return std::nullopt;
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
        return badInput(Failure(QStringLiteral("--kind is required (%1)").arg(importKindNames().join(QLatin1Char('|')))));
    if (!parseImportKind(args.value(QStringLiteral("kind")), &request->kind))
        return badInput(Failure(QStringLiteral("unknown --kind '%1' (%2)")
                                    .arg(args.value(QStringLiteral("kind")), importKindNames().join(QLatin1Char('|')))));
    request->file = args.value(QStringLiteral("file"));
    if (request->file.isEmpty())
        return badInput(Failure(QStringLiteral("--file is required")));
    if (!parseEncodingName(args.value(QStringLiteral("encoding"), QStringLiteral("auto")), &request->csv.encoding))
        return badInput(Failure(QStringLiteral("unknown --encoding '%1' (auto|utf-8|utf-16|utf-16be|gb18030)")
                                    .arg(args.value(QStringLiteral("encoding")))));
    const QString delimiter = args.value(QStringLiteral("delimiter"), QStringLiteral("auto"));
    if (delimiter == QLatin1String("auto"))
        request->csv.delimiter = 0;
    else if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        request->csv.delimiter = '\t';
    else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
        request->csv.delimiter = char(delimiter[0].unicode());
    else
        return badInput(Failure(QStringLiteral("unknown --delimiter '%1' (auto|,|;|tab|'|')").arg(delimiter)));
    const QString header = args.value(QStringLiteral("header"), QStringLiteral("auto"));
    if (header == QLatin1String("yes"))
        request->csv.header = CsvOptions::Header::Yes;
    else if (header == QLatin1String("no"))
        request->csv.header = CsvOptions::Header::No;
    else if (header != QLatin1String("auto"))
        return badInput(Failure(QStringLiteral("--header takes auto|yes|no")));
    const QString format = args.value(QStringLiteral("input-format"), QStringLiteral("auto"));
    static const QHash<QString, FileFormat> formats{{QStringLiteral("auto"), FileFormat::Auto},
                                                    {QStringLiteral("csv"), FileFormat::Csv},
                                                    {QStringLiteral("xlsx"), FileFormat::Xlsx},
                                                    {QStringLiteral("jsonl"), FileFormat::JsonLines}};
    if (!formats.contains(format))
        return badInput(Failure(QStringLiteral("--input-format takes auto|csv|xlsx|jsonl")));
    request->format = formats.value(format);
    if (!TimeParser::parseSpec(args.value(QStringLiteral("time-format"), QStringLiteral("auto")), &request->time))
        return badInput(Failure(QStringLiteral("unknown --time-format '%1' (auto|iso|epoch-s|epoch-ms|excel|a Qt "
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
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    if (outcome.failure)
        return badInput(*outcome.failure);
    const ImportSummary &summary = outcome.summary;
    call.stats.querySeconds = summary.seconds;
    const int shown = std::min<int>(10, int(summary.firstRejects.size()));
    for (int i = 0; i < shown; ++i) {
        const RowReject &reject = summary.firstRejects[i];
        warn(Failure(QStringLiteral("rejected (%1): %2")
                         .arg(QString::fromUtf8(reject.kind), QString::fromUtf8(reject.message)),
                     request.file, reject.line, reject.column)
                 .toString());
    }
    if (summary.rowsRejected > shown)
        warn(QStringLiteral("%1 more rows rejected; --rejects FILE writes them all").arg(summary.rowsRejected - shown));
    RecordTable table{{QStringLiteral("kind"), QStringLiteral("file"), QStringLiteral("rows_read"),
                       QStringLiteral("rows_imported"), QStringLiteral("rows_rejected"), QStringLiteral("seconds")},
                      {{kindSpec(summary.kind).name, request.file, summary.rowsRead, summary.rowsImported,
                        summary.rowsRejected, QString::number(summary.seconds, 'f', 3).toDouble()}}};
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runInfo(Invocation &call)
{
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    QElapsedTimer timer;
    timer.start();
    RecordTable table{{QStringLiteral("table"), QStringLiteral("rows")}, {}};
    for (const TableCount &count : store.tableCounts())
        table.rows.append({count.table, count.rows});
    call.stats.querySeconds = secondsSince(timer);
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runSample(Invocation &call)
{
    if (call.args.positional.size() != 1)
        return badInput(Failure(QStringLiteral("sample takes one project file name")));
    SampleOptions options;
    bool ok = true;
    if (call.args.has(QStringLiteral("persons"))) {
        options.persons = call.args.value(QStringLiteral("persons")).toInt(&ok);
        if (!ok || options.persons < 10 || options.persons > 1000000)
            return badInput(Failure(QStringLiteral("--persons takes a whole number from 10 to 1000000")));
    }
    if (call.args.has(QStringLiteral("seed"))) {
        options.seed = call.args.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return badInput(Failure(QStringLiteral("--seed takes a whole number")));
    }
    const QString path = call.args.positional.first();
    if (!QFileInfo::exists(path)) {
        if (auto failure = ProjectStore::create(path))
            return badInput(*failure);
    }
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadWrite))
        return error;
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    if (auto failure = SampleGenerator(options).generate(store, context))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    RecordTable table{{QStringLiteral("table"), QStringLiteral("rows")}, {}};
    for (const TableCount &count : store.tableCounts())
        table.rows.append({count.table, count.rows});
    printTable(table, call.format);
    return std::nullopt;
}

const QVector<OptionSpec> &commonOptions()
{
    static const QVector<OptionSpec> options{
        {QStringLiteral("format"), true, false, QStringLiteral("tsv (default) or json")},
        {QStringLiteral("stats"), false, false, QStringLiteral("print timing and memory lines 'stat NAME VALUE' on stderr")},
        {QStringLiteral("help"), false, false, QStringLiteral("show this help")},
    };
    return options;
}

QVector<Command> commands()
{
    return {
        {QStringLiteral("new"), QStringLiteral("new PROJECT.quadrant"),
         QStringLiteral("Create an empty project file. Refuses to overwrite an existing file."), {}, runNew},
        {QStringLiteral("import"),
         QStringLiteral("import PROJECT --kind KIND --file FILE [options]"),
         QStringLiteral("Import a CSV, XLSX or JSON-lines file in one transaction: on any error nothing changes.\n"
                        "Prints: kind, file, rows_read, rows_imported, rows_rejected, seconds.\n"
                        "KIND: events|persons|accounts|leads|deals|spend|nps|aliases."),
         {{QStringLiteral("kind"), true, false, QStringLiteral("what the file holds (required)")},
          {QStringLiteral("file"), true, false, QStringLiteral("the file to import (required)")},
          {QStringLiteral("encoding"), true, false, QStringLiteral("auto|utf-8|utf-16|utf-16be|gb18030 (default auto)")},
          {QStringLiteral("delimiter"), true, false, QStringLiteral("auto|,|;|tab|'|' (default auto)")},
          {QStringLiteral("header"), true, false, QStringLiteral("auto|yes|no: is the first CSV row a header")},
          {QStringLiteral("input-format"), true, false, QStringLiteral("auto|csv|xlsx|jsonl (default: from the content)")},
          {QStringLiteral("map"), true, true, QStringLiteral("FIELD=COLUMN, repeatable: which column feeds a field")},
          {QStringLiteral("time-format"), true, false,
           QStringLiteral("auto|iso|epoch-s|epoch-ms|excel|'yyyy-MM-dd HH:mm:ss'|... (default auto)")},
          {QStringLiteral("rejects"), true, false, QStringLiteral("write every rejected row to this CSV file")}},
         runImport},
        {QStringLiteral("info"), QStringLiteral("info PROJECT"),
         QStringLiteral("One row per table: table, rows."), {}, runInfo},
        {QStringLiteral("sample"), QStringLiteral("sample PROJECT [--persons N] [--seed S]"),
         QStringLiteral("Fill a new or empty project with the built-in demo data set: a B2B SaaS company's\n"
                        "accounts, persons, 90 days of events, an A/B test, channels, spend, leads, deals and NPS.\n"
                        "The same seed always gives the same data."),
         {{QStringLiteral("persons"), true, false, QStringLiteral("number of persons (default 3000)")},
          {QStringLiteral("seed"), true, false, QStringLiteral("random seed (default 42)")}},
         runSample},
    };
}

void printHelp(const QVector<Command> &all)
{
    printLine(stdout, QStringLiteral(
        "usage: quadrant-cli COMMAND PROJECT [options]\n\n"
        "Quadrant's command-line tool: the same project files, importers and analyses as the\n"
        "workbench, without a window.\n\ncommands:"));
    for (const Command &command : all)
        printLine(stdout, QStringLiteral("  %1").arg(command.synopsis));
    printLine(stdout, QStringLiteral(
        "\nEvery command takes --format tsv|json, --stats and --help.\n"
        "Exit status: 0 success, 1 bad input, 2 internal error."));
}

void printCommandHelp(const Command &command)
{
    printLine(stdout, QStringLiteral("usage: quadrant-cli %1\n\n%2\n\noptions:").arg(command.synopsis, command.description));
    for (const OptionSpec &option : command.options + commonOptions())
        printLine(stdout, QStringLiteral("  --%1%2  %3")
                              .arg(option.name, option.takesValue ? QStringLiteral(" VALUE") : QString(), option.help));
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
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("-h")
        || arguments.first() == QLatin1String("help")) {
        printHelp(all);
        return arguments.isEmpty() ? BadInput : Success;
    }
    const QString name = arguments.first();
    const auto command = std::find_if(all.cbegin(), all.cend(), [&](const Command &c) { return c.name == name; });
    if (command == all.cend())
        return report(badInput(Failure(QStringLiteral("unknown command '%1' (see --help)").arg(name))));

    Invocation call;
    if (auto failure = Arguments::parse(arguments.mid(1), command->options + commonOptions(), &call.args))
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
        printLine(stderr, QStringLiteral("stat open_seconds %1").arg(call.stats.openSeconds, 0, 'f', 4));
        printLine(stderr, QStringLiteral("stat query_seconds %1").arg(call.stats.querySeconds, 0, 'f', 4));
        printLine(stderr, QStringLiteral("stat peak_rss_mb %1").arg(peakResidentMegabytes(), 0, 'f', 1));
    }
    return outcome ? report(*outcome) : Success;
}

} // namespace Quadrant::Cli

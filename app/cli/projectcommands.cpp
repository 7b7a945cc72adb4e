// SPDX-License-Identifier: MIT
// new, import, save-as, info and sample: the commands that make, fill, copy and count a project.
#include "commandlist.h"
#include "export/eventexport.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "sample/samplegenerator.h"
#include "store/democopy.h"
#include "store/eventblocks.h"
#include "store/workfile.h"

#include <QFile>
#include <QFileInfo>

#include <limits>

namespace Quadrant::Cli {

namespace {

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
        return internalError(*failure);
    table.rows[0][1] = store.schemaVersion();
    printTable(table, call.format);
    return std::nullopt;
}

Outcome parseCsvOptions(const Arguments &args, CsvOptions *csv)
{
    if (!parseEncodingName(args.value(QStringLiteral("encoding"), QStringLiteral("auto")),
                           &csv->encoding))
        return badInput(
            Failure(QStringLiteral("unknown --encoding '%1' (auto|utf-8|utf-16|utf-16be|gb18030)")
                        .arg(args.value(QStringLiteral("encoding")))));
    const QString delimiter = args.value(QStringLiteral("delimiter"), QStringLiteral("auto"));
    if (delimiter == QLatin1String("auto"))
        csv->delimiter = 0;
    else if (delimiter == QLatin1String("tab") || delimiter == QLatin1String("\\t"))
        csv->delimiter = '\t';
    else if (delimiter.size() == 1 && QStringLiteral(",;|").contains(delimiter))
        csv->delimiter = char(delimiter[0].unicode());
    else
        return badInput(
            Failure(QStringLiteral("unknown --delimiter '%1' (auto|,|;|tab|'|')").arg(delimiter)));
    const QString header = args.value(QStringLiteral("header"), QStringLiteral("auto"));
    if (header == QLatin1String("yes"))
        csv->header = CsvOptions::Header::Yes;
    else if (header == QLatin1String("no"))
        csv->header = CsvOptions::Header::No;
    else if (header != QLatin1String("auto"))
        return badInput(Failure(QStringLiteral("--header takes auto|yes|no")));
    return std::nullopt;
}

Outcome parseImportRequest(const Arguments &args, ImportRequest *request)
{
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
    if (auto error = parseCsvOptions(args, &request->csv))
        return error;
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

void warnAboutRejects(const ImportSummary &summary, const QString &file)
{
    const int shown = std::min<int>(10, int(summary.firstRejects.size()));
    for (int i = 0; i < shown; ++i) {
        const RowReject &reject = summary.firstRejects[i];
        warn(Failure(QStringLiteral("rejected (%1): %2")
                         .arg(QString::fromUtf8(reject.kind), QString::fromUtf8(reject.message)),
                     file,
                     reject.line,
                     reject.column)
                 .toString());
    }
    if (summary.rowsRejected > shown)
        warn(QStringLiteral("%1 more rows rejected; --rejects FILE writes them all")
                 .arg(summary.rowsRejected - shown));
    // However many other rejects came first, the rows with no user or no event are counted.
    const QString missing = summary.missingValues.sentence(summary.kind == ImportKind::Events);
    if (!missing.isEmpty())
        warn(Failure(missing, file).toString());
}

Outcome runImport(Invocation &call)
{
    ImportRequest request;
    if (auto error = parseImportRequest(call.args, &request))
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
    call.stats.querySeconds = secondsSince(timer);
    warnAboutRejects(summary, request.file);
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

Outcome runDemoCopy(Invocation &call)
{
    const QString output = call.args.value(QStringLiteral("out"));
    if (call.args.positional.size() != 1 || output.isEmpty())
        return badInput(Failure(QStringLiteral("demo-copy takes PROJECT and --out COPY.quadrant")));
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly, true))
        return error;
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    DemoCopy::Report report;
    if (auto failure = DemoCopy::write(store.path(), output, context, &report))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    RecordTable table{
        {QStringLiteral("project"),
         QStringLiteral("persons"),
         QStringLiteral("accounts"),
         QStringLiteral("emails"),
         QStringLiteral("comments"),
         QStringLiteral("free_text_values"),
         QStringLiteral("other_values"),
         QStringLiteral("left_out"),
         QStringLiteral("bytes")},
        {{QFileInfo(output).absoluteFilePath(),
          qint64(report.persons),
          qint64(report.accounts),
          qint64(report.emails),
          qint64(report.comments),
          qint64(report.freeTextValues),
          qint64(report.otherValues),
          qint64(report.leftOutObjects + report.leftOutColumns + report.leftOutSettings),
          QFileInfo(output).size()}}};
    printTable(table, call.format);
    return std::nullopt;
}

Outcome runExportEvents(Invocation &call)
{
    const QString output = call.args.value(QStringLiteral("out"));
    if (call.args.positional.size() != 1 || output.isEmpty())
        return badInput(Failure(QStringLiteral("export-events takes PROJECT and --out FILE.csv")));
    if (!output.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return badInput(Failure(QStringLiteral("events export as .csv"), output));
    ProjectStore store;
    if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
        return error;
    QElapsedTimer timer;
    timer.start();
    JobContext context;
    EventExport::Summary summary;
    const bool raw = call.args.has(QStringLiteral("raw-values"));
    if (auto failure = EventExport::writeCsv(store, output, context, &summary, raw))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    RecordTable table{
        {QStringLiteral("file"), QStringLiteral("events"), QStringLiteral("property_columns")},
        {{QFileInfo(output).absoluteFilePath(), summary.events, summary.propertyColumns}}};
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
    std::optional<Failure> failure;
    RecordTable table = tableCountsTable(store, &failure);
    if (failure)
        return internalError(*failure);
    // The events as the analyses read them: a block's row may claim any count (an edited or
    // damaged file), and info prints no number an analysis would refuse.
    qint64 events = 0;
    if (auto damaged = EventBlockReader::countChecked(store, &events))
        return badInput(*damaged);
    for (QVariantList &row : table.rows)
        if (row.first().toString() == QLatin1String("events"))
            row[1] = events;
    call.stats.querySeconds = secondsSince(timer);
    printTable(table, call.format);
    return std::nullopt;
}

// A project made by `sample` and not filled (a full disk, an error) is removed again: no empty
// file is left under the name the user chose.
// A project this command made and fills: removed, with its journal, when the command fails or a
// SIGTERM, SIGINT or SIGHUP stops it before keep().
class CreatedFile
{
public:
    ~CreatedFile()
    {
        m_removedOnSignals.clear();
        if (!m_path.isEmpty() && !m_keep) {
            QFile::remove(m_path);
            QFile::remove(m_path + QStringLiteral("-journal"));
        }
    }
    std::optional<Failure> create(const QString &path)
    {
        const SignalsHeldBack held; // between making the file and registering it
        if (auto failure = ProjectStore::create(path))
            return failure;
        m_path = path;
        m_removedOnSignals = RemovedOnSignals({path, path + QStringLiteral("-journal")});
        return std::nullopt;
    }
    void keep()
    {
        m_removedOnSignals.clear();
        m_keep = true;
    }

private:
    QString m_path;
    bool m_keep = false;
    RemovedOnSignals m_removedOnSignals;
};

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
    CreatedFile created;
    if (!QFileInfo::exists(path)) {
        if (auto failure = created.create(path))
            return badInput(*failure);
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
    call.stats.querySeconds = secondsSince(timer);
    std::optional<Failure> failure;
    const RecordTable table = tableCountsTable(store, &failure);
    if (failure)
        return internalError(*failure);
    created.keep();
    printTable(table, call.format);
    return std::nullopt;
}

} // namespace

Command newCommand()
{
    return {QStringLiteral("new"),
            QStringLiteral("new PROJECT.quadrant"),
            QStringLiteral("Create an empty project file. Refuses to overwrite an existing file."),
            {},
            runNew};
}

Command importCommand()
{
    return {
        QStringLiteral("import"),
        QStringLiteral("import PROJECT --kind KIND --file FILE [options]"),
        QStringLiteral("Import a CSV, XLSX or JSON-lines file in one transaction: on any error "
                       "nothing changes.\n"
                       "Prints: kind, file, rows_read, rows_imported, rows_rejected, seconds.\n"
                       "KIND: events|persons|accounts|leads|deals|spend|nps|aliases."),
        {valueOption("kind", "what the file holds (required)"),
         valueOption("file", "the file to import (required)"),
         valueOption("encoding", "auto|utf-8|utf-16|utf-16be|gb18030 (default auto)"),
         valueOption("delimiter", "auto|,|;|tab|'|' (default auto)"),
         valueOption("header", "auto|yes|no: is the first CSV row a header"),
         valueOption("input-format", "auto|csv|xlsx|jsonl (default: from the content)"),
         repeatedOption("map", "FIELD=COLUMN, repeatable: which column feeds a field"),
         valueOption("time-format",
                     "auto|iso|epoch-s|epoch-ms|excel|'yyyy-MM-dd HH:mm:ss'|... (default auto)"),
         valueOption("rejects", "write every rejected row to this CSV file")},
        runImport};
}

Command saveAsCommand()
{
    return {
        QStringLiteral("save-as"),
        QStringLiteral("save-as PROJECT --out COPY.quadrant"),
        QStringLiteral("Write a consistent copy of the project (SQLite's backup API), even while "
                       "the workbench has it\n"
                       "open, atomically: the copy appears whole or not at all. Refuses to "
                       "replace the project itself\n"
                       "or a file beside it that it uses. Prints: project (the copy), bytes."),
        {valueOption("out", "the copy to write (required)")},
        runSaveAs};
}

Command demoCopyCommand()
{
    return {
        QStringLiteral("demo-copy"),
        QStringLiteral("demo-copy PROJECT --out COPY.quadrant"),
        QStringLiteral(
            "Write a copy to show a client's results without the client's data: person, "
            "account, lead and deal ids,\n"
            "account names, e-mail addresses, names, owners, phone numbers, NPS comments and "
            "free-text properties\n"
            "become stable pseudonyms (demo_person_0042, Company 0007); every count and analysis "
            "stays the same.\n"
            "Categorical values (plan, channel, industry, event names) are kept. Only the "
            "tables, columns and\n"
            "settings Quadrant knows are copied; the original values are never written to a "
            "file. Prints: project\n"
            "(the copy), persons, accounts, emails, comments, free_text_values, other_values "
            "(values replaced),\n"
            "left_out (tables, views, columns and settings Quadrant does not know), bytes."),
        {valueOption("out", "the demo copy to write (required)")},
        runDemoCopy};
}

Command exportEventsCommand()
{
    return {QStringLiteral("export-events"),
            QStringLiteral("export-events PROJECT --out FILE.csv"),
            QStringLiteral(
                "Write every event as a CSV row, for SQL and data tools or another project: "
                "user_id (the person\n"
                "after One-ID), identity (the raw id), event, time (ISO 8601 UTC), source, then "
                "one column per\n"
                "event property. Values a spreadsheet would run as formulas get a leading "
                "apostrophe unless\n"
                "--raw-values. The file imports back with --kind events (with --raw-values, "
                "exactly). Prints: file,\n"
                "events, property_columns."),
            {valueOption("out", "the CSV file to write (required)"),
             flagOption("raw-values",
                        "values exactly as stored, formulas included (for tools that re-import; "
                        "do not open it in a spreadsheet)")},
            runExportEvents};
}

Command infoCommand()
{
    return {QStringLiteral("info"),
            QStringLiteral("info PROJECT"),
            QStringLiteral("One row per table: table, rows."),
            {},
            runInfo};
}

Command sampleCommand()
{
    return {QStringLiteral("sample"),
            QStringLiteral("sample PROJECT [--persons N] [--seed S]"),
            QStringLiteral("Fill a new or empty project with the built-in demo data set: a B2B "
                           "SaaS company's\n"
                           "accounts, persons, 90 days of events, an A/B test, channels, spend, "
                           "leads, deals and NPS.\n"
                           "The same seed always gives the same data."),
            {valueOption("persons", "number of persons (default 3000)"),
             valueOption("seed", "random seed (default 42)")},
            runSample};
}

} // namespace Quadrant::Cli

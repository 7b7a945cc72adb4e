// SPDX-License-Identifier: MIT
// timeline, render, report and analyses: what the project holds, drawn or listed.
#include "analysis/calendar.h"
#include "analysis/timeline.h"
#include "commandlist.h"
#include "crm/accountprofile.h"
#include "crm/accountreport.h"
#include "jobs/jobcontext.h"
#include "render/analysisrenderer.h"
#include "store/savedanalysisstore.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace Quadrant::Cli {

namespace {

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
    OpenedProject project;
    if (auto error = openForAnalysis(call, &project))
        return error;
    QElapsedTimer timer;
    timer.start();
    if (auto failure = AnalysisRenderer::render(project.store, *project.index, request))
        return badInput(*failure);
    call.stats.querySeconds = secondsSince(timer);
    return std::nullopt;
}

// report --account A --out FILE.pdf, or --each-account --out-dir DIR: account health reports.
Outcome runAccountReports(Invocation &call)
{
    const Arguments &args = call.args;
    const bool each = args.has(QStringLiteral("each-account"));
    const QString account = args.value(QStringLiteral("account"));
    const QString output = args.value(each ? QStringLiteral("out-dir") : QStringLiteral("out"));
    if (each == !account.isEmpty() || output.isEmpty()
        || !args.values(QStringLiteral("analysis")).isEmpty())
        return badInput(Failure(QStringLiteral(
            "an account report wants --account ACCOUNT --out FILE.pdf, or --each-account "
            "--out-dir DIR")));
    std::optional<qint64> asOf;
    if (args.has(QStringLiteral("as-of"))) {
        asOf = Calendar::parseDate(args.value(QStringLiteral("as-of")));
        if (!asOf)
            return badInput(Failure(QStringLiteral("--as-of wants a date YYYY-MM-DD, got '%1'")
                                        .arg(args.value(QStringLiteral("as-of")).left(40))));
    }
    if (each && !QDir().mkpath(output))
        return badInput(Failure(QStringLiteral("cannot make the folder"), output));
    OpenedProject project;
    if (auto error = openForAnalysis(call, &project))
        return error;
    QElapsedTimer timer;
    timer.start();
    HealthModel model;
    if (auto failure
        = HealthEngine::loadModel(project.store, args.value(QStringLiteral("model")), &model))
        return badInput(*failure);
    if (asOf)
        model.asOfDay = asOf;
    std::shared_ptr<const CrmData> crm;
    if (auto failure = HealthEngine::prepare(&crm, project.store))
        return badInput(*failure);
    JobContext context;
    const HealthResult health
        = HealthEngine::run(model, crm, *project.index, project.store, context);
    const auto scoredAccounts
        = std::count_if(health.accounts.cbegin(), health.accounts.cend(), [](const auto &scored) {
              return bool(scored.score);
          });
    RecordTable written{{QStringLiteral("account"), QStringLiteral("file")}, {}};
    QHash<QString, QString> accountOfFile; // lower-cased: a disk may ignore case
    for (const AccountHealth &scored : health.accounts) {
        const CrmAccount &info = crm->accounts[scored.account];
        if (each ? !scored.score : info.id != account)
            continue;
        QString error;
        const auto profile = AccountProfile::build(info.id, health, *project.index, &error);
        if (!profile)
            return badInput(Failure(error));
        const QString path = each ? QDir(output).filePath(AccountReport::fileName(info)) : output;
        // One report per file, never one over another's (the names are unique by construction;
        // this holds that promise whatever changes them).
        const QString key = QFileInfo(path).absoluteFilePath().toLower();
        if (accountOfFile.contains(key))
            return badInput(Failure(QStringLiteral("the reports of accounts '%1' and '%2' would "
                                                   "have the same file name; nothing was "
                                                   "overwritten")
                                        .arg(accountOfFile.value(key), info.id),
                                    path));
        accountOfFile.insert(key, info.id);
        if (auto failure = AccountReport::writePdf(path, *profile)) {
            if (each)
                failure->message += QStringLiteral("; %1 of %2 reports were written")
                                        .arg(written.rows.size())
                                        .arg(scoredAccounts);
            return badInput(*failure);
        }
        written.rows.append({info.id, QFileInfo(path).absoluteFilePath()});
    }
    if (!each && written.rows.isEmpty())
        return badInput(
            Failure(QStringLiteral("no account '%1' in the project (quadrant-cli accounts lists "
                                   "them)")
                        .arg(account)));
    call.stats.querySeconds = secondsSince(timer);
    call.stats.extra.append({QStringLiteral("reports"), double(written.rows.size())});
    if (each)
        printTable(written, call.format);
    return std::nullopt;
}

Outcome runReport(Invocation &call)
{
    if (call.args.has(QStringLiteral("account")) || call.args.has(QStringLiteral("each-account")))
        return runAccountReports(call);
    const QString output = call.args.value(QStringLiteral("out"));
    if (output.isEmpty())
        return badInput(Failure(QStringLiteral("report wants --out FILE.pdf")));
    OpenedProject project;
    if (auto error = openForAnalysis(call, &project))
        return error;
    QElapsedTimer timer;
    timer.start();
    QStringList leftOut;
    if (auto failure = AnalysisRenderer::report(project.store,
                                                *project.index,
                                                call.args.values(QStringLiteral("analysis")),
                                                output,
                                                &leftOut))
        return badInput(*failure);
    for (const QString &analysis : leftOut)
        warn(QStringLiteral("left out of the report: %1").arg(analysis));
    call.stats.querySeconds = secondsSince(timer);
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
        return internalError(*failure);
    for (const SavedAnalysis &analysis : saved)
        table.rows.append(
            {analysis.name,
             analysis.kind,
             QDateTime::fromMSecsSinceEpoch(analysis.modifiedAt, Qt::UTC).toString(Qt::ISODate)});
    printTable(table, call.format);
    return std::nullopt;
}

} // namespace

Command timelineCommand()
{
    return {QStringLiteral("timeline"),
            QStringLiteral("timeline PROJECT --person USER_ID | --account ACCOUNT_ID [--limit N]"),
            QStringLiteral("Everything that happened to one person or account, oldest first: "
                           "events with the CRM records\n"
                           "interleaved (leads, deals opened and closed, NPS answers). Columns: "
                           "time (UTC), kind, person,\n"
                           "what, source, details."),
            {valueOption("person", "the person's user_id"),
             valueOption("account", "the account's account_id"),
             valueOption("limit", "keep the most recent N rows (default 20000)")},
            runTimeline};
}

Command renderCommand()
{
    return {QStringLiteral("render"),
            QStringLiteral(
                "render PROJECT --analysis NAME --out FILE.png|.svg|.pdf|.csv|.xlsx [options]"),
            QStringLiteral("Draws a saved analysis exactly as the workbench does, without a "
                           "display: its chart as\n"
                           "PNG, SVG or PDF, or its table as CSV or XLSX. Writes the file "
                           "atomically; prints nothing."),
            {valueOption("analysis", "the saved analysis's name (required; see analyses)"),
             valueOption("out", "the file to write; its suffix chooses the format (required)"),
             valueOption("width", "chart width in pixels at 96 dpi (default 1200)"),
             valueOption("height", "chart height in pixels at 96 dpi (default 700)"),
             valueOption("dpi", "PNG resolution; 192 doubles the pixels (default 96)")},
            runRender};
}

Command reportCommand()
{
    return {
        QStringLiteral("report"),
        QStringLiteral("report PROJECT --out FILE.pdf [--analysis NAME]... | --account ACCOUNT "
                       "--out FILE.pdf | --each-account --out-dir DIR"),
        QStringLiteral("A printable PDF: a cover, then a landscape page per saved analysis "
                       "with its chart and the\n"
                       "first rows of its table, drawn as the workbench draws them. Every "
                       "saved analysis in the\n"
                       "order they were made unless --analysis names some. Prints nothing.\n"
                       "With --account: that account's health report (score and measures, "
                       "usage, adoption, deals, NPS,\n"
                       "people). With --each-account: one per account with a score, in "
                       "--out-dir; prints account, file."),
        {valueOption("out", "the PDF to write"),
         repeatedOption("analysis", "a saved analysis to include, repeatable (default: all)"),
         valueOption("account", "an account's health report instead"),
         flagOption("each-account", "a health report for every account with a score"),
         valueOption("out-dir", "with --each-account: the folder for the reports"),
         valueOption("model", "with an account report: a saved health model (default built-in)"),
         valueOption("as-of", "with an account report: measure as of the end of this day")},
        runReport};
}

Command analysesCommand()
{
    return {
        QStringLiteral("analyses"),
        QStringLiteral("analyses PROJECT"),
        QStringLiteral("The analyses saved in the project. Columns: name, kind, modified (UTC)."),
        {},
        runAnalyses};
}

} // namespace Quadrant::Cli

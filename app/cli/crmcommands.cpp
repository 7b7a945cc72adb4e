// SPDX-License-Identifier: MIT
// accounts, health, quadrant, pipeline, roi and leads: the customer-success and sales analyses
// (CLI.md, "Accounts, pipeline and health"), through the engine's kinds like every analysis.
#include "analysis/calendar.h"
#include "commandlist.h"
#include "crm/crmkinds.h"
#include "store/savedanalysisstore.h"

namespace Quadrant::Cli {

namespace {

// --as-of D: the day whose end the measures are taken at.
Outcome parseAsOf(const Arguments &args, std::optional<qint64> *day)
{
    if (!args.has(QStringLiteral("as-of")))
        return std::nullopt;
    *day = Calendar::parseDate(args.value(QStringLiteral("as-of")));
    if (!*day)
        return badInput(Failure(QStringLiteral("--as-of wants a date YYYY-MM-DD from 1900-01-01 to "
                                               "2200-12-31, got '%1'")
                                    .arg(args.value(QStringLiteral("as-of")).left(40))));
    return std::nullopt;
}

Outcome runAccounts(Invocation &call)
{
    AccountsQuery query;
    query.model = call.args.value(QStringLiteral("model"));
    if (auto error = parseAsOf(call.args, &query.asOfDay))
        return error;
    return runAnalysis(call, AccountsKind::toJson(query));
}

// The health model --model names (a saved analysis of kind health), else the built-in one. The
// project is read for it before the analysis opens it again, read-only both times.
Outcome runHealth(Invocation &call)
{
    std::optional<qint64> asOf;
    if (auto error = parseAsOf(call.args, &asOf))
        return error;
    QJsonObject definition = HealthModel::toJson(HealthModel::defaults());
    const QString name = call.args.value(QStringLiteral("model"));
    if (!name.isEmpty()) {
        ProjectStore store;
        if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
            return error;
        HealthModel model;
        if (auto failure = HealthEngine::loadModel(store, name, &model))
            return badInput(*failure);
        definition = HealthModel::toJson(model);
    }
    if (asOf)
        definition[QStringLiteral("as_of")] = Calendar::dateText(*asOf);
    return runAnalysis(call, definition);
}

Outcome runQuadrant(Invocation &call)
{
    QuadrantQuery query;
    query.model = call.args.value(QStringLiteral("model"));
    if (auto error = parseAsOf(call.args, &query.asOfDay))
        return error;
    using Ends = Arguments::Ends;
    if (auto failure = call.args.real(
            QStringLiteral("health-threshold"), 0, 100, Ends::Included, 50, &query.healthThreshold))
        return badInput(*failure);
    if (auto failure = call.args.real(QStringLiteral("expansion-threshold"),
                                      0,
                                      100,
                                      Ends::Included,
                                      50,
                                      &query.expansionThreshold))
        return badInput(*failure);
    return runAnalysis(call, RenewalQuadrant::toJson(query));
}

Outcome runPipeline(Invocation &call)
{
    PipelineQuery query;
    query.by = call.args.value(QStringLiteral("by")).trimmed();
    if (auto error = parseDateRange(call.args, &query.fromMs, &query.toMs))
        return error;
    return runAnalysis(call, PipelineEngine::toJson(query));
}

Outcome runRoi(Invocation &call)
{
    RoiQuery query;
    if (auto error = parseDateRange(call.args, &query.fromMs, &query.toMs))
        return error;
    return runAnalysis(call, ChannelRoi::toJson(query));
}

Outcome runLeads(Invocation &call)
{
    const Arguments &args = call.args;
    LeadModel model = LeadModel::defaults();
    const QString name = args.value(QStringLiteral("model"));
    if (!name.isEmpty()) {
        ProjectStore store;
        if (auto error = openProject(call, store, ProjectStore::Access::ReadOnly))
            return error;
        const auto saved = SavedAnalysisStore::load(store, name);
        if (!saved || saved->kind != QLatin1String("leads"))
            return badInput(Failure(
                QStringLiteral("no lead scoring named '%1' (quadrant-cli analyses lists them)")
                    .arg(name)));
        QString error;
        const auto parsed = LeadScoring::fromJson(saved->definition, &error);
        if (!parsed)
            return badInput(Failure(
                QStringLiteral("the lead scoring '%1' cannot be read: %2").arg(name, error)));
        model = *parsed;
    }
    qint64 days = 0, top = 0;
    if (auto failure = args.integer(QStringLiteral("days"), 1, 3650, model.days, &days))
        return badInput(*failure);
    if (auto failure = args.integer(QStringLiteral("top"), 0, 100000000, model.top, &top))
        return badInput(*failure);
    model.days = int(days);
    model.top = int(top);
    if (auto error = parseAsOf(args, &model.asOfDay))
        return error;
    return runAnalysis(call, LeadScoring::toJson(model));
}

OptionSpec asOfOption()
{
    return valueOption("as-of",
                       "measure as of the end of this day, YYYY-MM-DD (default: the last day with "
                       "an event, a deal or an NPS answer)");
}

OptionSpec modelOption()
{
    return valueOption("model", "a health model saved in the project (default: the built-in one)");
}

} // namespace

Command accountsCommand()
{
    return {QStringLiteral("accounts"),
            QStringLiteral("accounts PROJECT [--as-of D] [--model NAME]"),
            QStringLiteral("Every account with its health (ANALYSES.md, Accounts, pipeline and "
                           "health). Columns: account,\n"
                           "name, industry, plan, arr, seats, active_persons (last 30 days), "
                           "health, band, trend,\n"
                           "renewal_date, nps (last 90 days, -100..100). Empty cells mean no "
                           "data, never 0."),
            {asOfOption(), modelOption()},
            runAccounts};
}

Command healthCommand()
{
    return {QStringLiteral("health"),
            QStringLiteral("health PROJECT [--as-of D] [--model NAME]"),
            QStringLiteral("Account health scores, 0..100. Columns: account, score, band "
                           "(red|yellow|green), trend\n"
                           "(against 30 days before), then one column per measure of the model "
                           "with its 0..100 value."),
            {asOfOption(), modelOption()},
            runHealth};
}

Command quadrantCommand()
{
    return {
        QStringLiteral("quadrant"),
        QStringLiteral("quadrant PROJECT [--as-of D] [--model NAME] [options]"),
        QStringLiteral("The renewal / expansion quadrant: health (x) against expansion (y, "
                       "the mean of seat use and\n"
                       "usage trend). Columns: account, health, expansion, quadrant "
                       "(expand|protect|rescue|at-risk|\n"
                       "no-score), renewal_date, arr; by quadrant, then renewal date, soonest "
                       "first."),
        {asOfOption(),
         modelOption(),
         valueOption("health-threshold", "health from which an account is healthy (default 50)"),
         valueOption("expansion-threshold",
                     "expansion from which an account is growing (default 50)")},
        runQuadrant};
}

Command pipelineCommand()
{
    return {QStringLiteral("pipeline"),
            QStringLiteral("pipeline PROJECT [--by FIELD] [--from D --to D]"),
            QStringLiteral("Deals by state: won and lost by stage name, the rest open (a project "
                           "may map its own stages).\n"
                           "Columns: group, deals, open, won, lost, win_rate, won_revenue, "
                           "avg_won, cycle_days_mean_won,\n"
                           "cycle_days_median_won, cycle_days_mean_closed."),
            {valueOption("by",
                         "a deal column (stage, channel, account_id) or property (sales_agent, "
                         "product), or account.FIELD (default: one group, all)"),
             valueOption("from", "first day (UTC) a deal was created"),
             valueOption("to", "last day (UTC) a deal was created")},
            runPipeline};
}

Command roiCommand()
{
    return {QStringLiteral("roi"),
            QStringLiteral("roi PROJECT [--from D --to D]"),
            QStringLiteral("Channel ROI: spend against leads, deals and won revenue per channel. "
                           "Columns: channel, spend,\n"
                           "leads, deals, won, won_revenue, cost_per_lead, cost_per_won, roi "
                           "((won revenue - spend) / spend).\n"
                           "A division by zero is empty, not 0."),
            {valueOption("from", "first day (UTC) of spend, leads and deals"),
             valueOption("to", "last day (UTC) of spend, leads and deals")},
            runRoi};
}

Command leadsCommand()
{
    return {QStringLiteral("leads"),
            QStringLiteral("leads PROJECT [--as-of D] [--days N] [--top N] [--model NAME]"),
            QStringLiteral("Leads ranked by score = behaviour (0..100, what the person did in the "
                           "last N days) + fit\n"
                           "(0..100, who they are). Columns: lead, user_id, account, score, "
                           "behaviour, fit, reactivated,\n"
                           "reasons (the three largest contributions)."),
            {asOfOption(),
             valueOption("days", "the behaviour window in days (default 30)"),
             valueOption("top", "print only the best N leads (default all)"),
             valueOption("model",
                         "a lead scoring saved in the project (default: the built-in "
                         "weights)")},
            runLeads};
}

} // namespace Quadrant::Cli

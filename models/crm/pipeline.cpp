// SPDX-License-Identifier: MIT
#include "pipeline.h"

#include "analysis/calendar.h"
#include "analysis/dayrangejson.h"
#include "analysis/definitionreader.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Quadrant {

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    return denominator > 0 ? std::optional<double>(numerator / denominator) : std::nullopt;
}

bool createdInRange(const CrmDeal &deal,
                    const std::optional<qint64> &from,
                    const std::optional<qint64> &to)
{
    if (!from && !to)
        return true;
    if (!deal.createdMs)
        return false;
    return (!from || *deal.createdMs >= *from) && (!to || *deal.createdMs < *to);
}

// The deal's value of `by`: a deal field, or account.FIELD through its account.
QString groupOf(const CrmDeal &deal, const QString &by, const CrmData &crm)
{
    if (by.isEmpty())
        return QStringLiteral("all");
    QString value;
    if (by.startsWith(QLatin1String("account."))) {
        const int account = crm.accountIndex(deal.accountId);
        if (account >= 0)
            value = crm.accounts[account].field(by.mid(8));
    } else {
        value = deal.field(by);
    }
    return value.isEmpty() ? QString::fromLatin1(PipelineEngine::groupNone()) : value;
}

bool someDealHas(const CrmData &crm, const QString &by)
{
    static const QStringList columns{QStringLiteral("stage"),
                                     QStringLiteral("channel"),
                                     QStringLiteral("account_id"),
                                     QStringLiteral("account"),
                                     QStringLiteral("lead_id"),
                                     QStringLiteral("deal_id")};
    if (by.startsWith(QLatin1String("account."))) {
        const QString field = by.mid(8);
        static const QStringList accountColumns{QStringLiteral("name"),
                                                QStringLiteral("industry"),
                                                QStringLiteral("plan"),
                                                QStringLiteral("owner"),
                                                QStringLiteral("account_id")};
        if (accountColumns.contains(field))
            return true;
        return std::any_of(crm.accounts.cbegin(), crm.accounts.cend(), [&](const CrmAccount &a) {
            return a.properties.contains(field);
        });
    }
    if (columns.contains(by))
        return true;
    return std::any_of(crm.deals.cbegin(), crm.deals.cend(), [&](const CrmDeal &deal) {
        return deal.properties.contains(by);
    });
}

} // namespace

std::optional<double> PipelineGroup::winRate() const
{
    return ratio(double(won), double(won + lost));
}

std::optional<double> PipelineGroup::averageWon() const
{
    return ratio(wonRevenue, double(won));
}

std::optional<double> PipelineGroup::meanWonCycle() const
{
    double sum = 0;
    for (double days : wonCycleDays)
        sum += days;
    return ratio(sum, double(wonCycleDays.size()));
}

std::optional<double> PipelineGroup::medianWonCycle() const
{
    if (wonCycleDays.empty())
        return std::nullopt;
    std::vector<double> sorted = wonCycleDays;
    std::sort(sorted.begin(), sorted.end());
    const size_t n = sorted.size();
    return n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

std::optional<double> PipelineGroup::meanClosedCycle() const
{
    return ratio(closedCycleDaysSum, double(closedWithDates));
}

std::optional<Failure> PipelineEngine::prepare(PipelineQuery &query, const ProjectStore &store)
{
    std::optional<Failure> failure;
    query.crm = CrmData::load(store, &failure);
    if (!query.crm)
        return failure;
    if (query.crm->deals.isEmpty())
        return Failure(QCoreApplication::translate(
            "Quadrant", "the project has no deals; import some with --kind deals"));
    if (!query.by.isEmpty() && !someDealHas(*query.crm, query.by))
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "no deal has a field '%1' (a deal column such as stage or channel, a "
                           "deal property, or account.FIELD)")
                           .arg(query.by));
    return std::nullopt;
}

PipelineResult PipelineEngine::run(const PipelineQuery &query)
{
    PipelineResult result;
    if (!query.crm)
        return result;
    const CrmData &crm = *query.crm;
    QMap<QString, PipelineGroup> groups;
    QMap<QString, PipelineStage> stages;
    for (const CrmDeal &deal : crm.deals) {
        if (!createdInRange(deal, query.fromMs, query.toMs))
            continue;
        const QString name = groupOf(deal, query.by, crm);
        PipelineGroup &group = groups[name];
        group.group = name;
        ++group.deals;
        const StageStates::State state = crm.stages.of(deal.stage);
        std::optional<double> cycleDays;
        if (deal.createdMs && deal.closedMs)
            cycleDays = double(*deal.closedMs - *deal.createdMs) / double(Calendar::msPerDay);
        switch (state) {
        case StageStates::State::Open:
            ++group.open;
            break;
        case StageStates::State::Won:
            ++group.won;
            group.wonRevenue += deal.amount.value_or(0);
            if (cycleDays)
                group.wonCycleDays.push_back(*cycleDays);
            break;
        case StageStates::State::Lost:
            ++group.lost;
            break;
        }
        if (state != StageStates::State::Open && cycleDays) {
            group.closedCycleDaysSum += *cycleDays;
            ++group.closedWithDates;
        }
        const QString stageName
            = deal.stage.trimmed().isEmpty() ? QStringLiteral("(no stage)") : deal.stage.trimmed();
        PipelineStage &stage = stages[stageName];
        stage.stage = stageName;
        stage.state = state;
        ++stage.deals;
        stage.amount += deal.amount.value_or(0);
    }
    result.groups = groups.values();
    std::stable_sort(
        result.groups.begin(),
        result.groups.end(),
        [](const PipelineGroup &a, const PipelineGroup &b) { return a.deals > b.deals; });
    result.stages = stages.values();
    std::stable_sort(result.stages.begin(),
                     result.stages.end(),
                     [](const PipelineStage &a, const PipelineStage &b) {
                         if (a.state != b.state)
                             return int(a.state) < int(b.state); // open, won, lost
                         return a.deals > b.deals;
                     });
    return result;
}

RecordTable PipelineEngine::table(const PipelineResult &result)
{
    RecordTable table{{QStringLiteral("group"),
                       QStringLiteral("deals"),
                       QStringLiteral("open"),
                       QStringLiteral("won"),
                       QStringLiteral("lost"),
                       QStringLiteral("win_rate"),
                       QStringLiteral("won_revenue"),
                       QStringLiteral("avg_won"),
                       QStringLiteral("cycle_days_mean_won"),
                       QStringLiteral("cycle_days_median_won"),
                       QStringLiteral("cycle_days_mean_closed")},
                      {}};
    for (const PipelineGroup &group : result.groups)
        table.rows.append({group.group,
                           group.deals,
                           group.open,
                           group.won,
                           group.lost,
                           tableCell(group.winRate()),
                           group.wonRevenue,
                           tableCell(group.averageWon()),
                           tableCell(group.meanWonCycle()),
                           tableCell(group.medianWonCycle()),
                           tableCell(group.meanClosedCycle())});
    return table;
}

QJsonObject PipelineEngine::toJson(const PipelineQuery &query)
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("pipeline")}};
    if (!query.by.isEmpty())
        json[QStringLiteral("by")] = query.by;
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

std::optional<PipelineQuery> PipelineEngine::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "pipeline");
    PipelineQuery query;
    query.by = read.text("by").trimmed();
    read.dayRange(&query.fromMs, &query.toMs);
    return read.finish(query, error);
}

} // namespace Quadrant

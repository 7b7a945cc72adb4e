// SPDX-License-Identifier: MIT
#include "channelroi.h"

#include "analysis/dayrangejson.h"
#include "analysis/definitionreader.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace Quadrant {

namespace {

std::optional<double> ratio(double numerator, double denominator)
{
    return denominator != 0 ? std::optional<double>(numerator / denominator) : std::nullopt;
}

bool inRange(const std::optional<qint64> &ms,
             const std::optional<qint64> &from,
             const std::optional<qint64> &to)
{
    if (!from && !to)
        return true;
    return ms && (!from || *ms >= *from) && (!to || *ms < *to);
}

QString channelName(const QString &channel)
{
    const QString trimmed = channel.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("(none)") : trimmed;
}

} // namespace

std::optional<double> RoiRow::costPerLead() const
{
    return leads > 0 ? ratio(spend, double(leads)) : std::nullopt;
}

std::optional<double> RoiRow::costPerWon() const
{
    return won > 0 ? ratio(spend, double(won)) : std::nullopt;
}

std::optional<double> RoiRow::roi() const
{
    return spend > 0 ? ratio(wonRevenue - spend, spend) : std::nullopt;
}

std::optional<Failure> ChannelRoi::prepare(RoiQuery &query, const ProjectStore &store)
{
    std::optional<Failure> failure;
    query.crm = CrmData::load(store, &failure);
    if (!query.crm)
        return failure;
    if (query.crm->spend.isEmpty() && query.crm->leads.isEmpty() && query.crm->deals.isEmpty())
        return Failure(QCoreApplication::translate(
            "Quadrant",
            "the project has no spend, leads or deals; import them with --kind spend, leads or "
            "deals"));
    return std::nullopt;
}

RoiResult ChannelRoi::run(const RoiQuery &query)
{
    RoiResult result;
    if (!query.crm)
        return result;
    const CrmData &crm = *query.crm;
    QMap<QString, RoiRow> rows;
    auto row = [&rows](const QString &channel) -> RoiRow & {
        RoiRow &found = rows[channelName(channel)];
        found.channel = channelName(channel);
        return found;
    };
    for (const SpendRow &spend : crm.spend)
        if (inRange(spend.dayMs, query.fromMs, query.toMs))
            row(spend.channel).spend += spend.amount;
    QHash<QString, QString> leadChannel;
    for (const CrmLead &lead : crm.leads) {
        leadChannel.insert(lead.id, lead.channel);
        if (inRange(lead.createdMs, query.fromMs, query.toMs))
            ++row(lead.channel).leads;
    }
    for (const CrmDeal &deal : crm.deals) {
        if (!inRange(deal.createdMs, query.fromMs, query.toMs))
            continue;
        const QString channel
            = deal.channel.trimmed().isEmpty() ? leadChannel.value(deal.leadId) : deal.channel;
        RoiRow &target = row(channel);
        ++target.deals;
        if (crm.stages.of(deal.stage) == StageStates::State::Won) {
            ++target.won;
            target.wonRevenue += deal.amount.value_or(0);
        }
    }
    result.channels = rows.values();
    std::stable_sort(
        result.channels.begin(), result.channels.end(), [](const RoiRow &a, const RoiRow &b) {
            if (a.spend != b.spend)
                return a.spend > b.spend;
            return a.wonRevenue > b.wonRevenue;
        });
    result.total.channel = QStringLiteral("all");
    for (const RoiRow &channel : std::as_const(result.channels)) {
        result.total.spend += channel.spend;
        result.total.leads += channel.leads;
        result.total.deals += channel.deals;
        result.total.won += channel.won;
        result.total.wonRevenue += channel.wonRevenue;
    }
    return result;
}

RecordTable ChannelRoi::table(const RoiResult &result)
{
    RecordTable table{{QStringLiteral("channel"),
                       QStringLiteral("spend"),
                       QStringLiteral("leads"),
                       QStringLiteral("deals"),
                       QStringLiteral("won"),
                       QStringLiteral("won_revenue"),
                       QStringLiteral("cost_per_lead"),
                       QStringLiteral("cost_per_won"),
                       QStringLiteral("roi")},
                      {}};
    for (const RoiRow &row : result.channels)
        table.rows.append({row.channel,
                           row.spend,
                           row.leads,
                           row.deals,
                           row.won,
                           row.wonRevenue,
                           tableCell(row.costPerLead()),
                           tableCell(row.costPerWon()),
                           tableCell(row.roi())});
    return table;
}

QJsonObject ChannelRoi::toJson(const RoiQuery &query)
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("roi")}};
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

std::optional<RoiQuery> ChannelRoi::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "roi");
    RoiQuery query;
    read.dayRange(&query.fromMs, &query.toMs);
    return read.finish(query, error);
}

} // namespace Quadrant

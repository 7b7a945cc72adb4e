// SPDX-License-Identifier: MIT
#include "renewalquadrant.h"

#include "analysis/calendar.h"
#include "analysis/definitionreader.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace Quadrant {

QStringList RenewalQuadrant::quadrants()
{
    return {QStringLiteral("expand"),
            QStringLiteral("protect"),
            QStringLiteral("rescue"),
            QStringLiteral("at-risk"),
            QStringLiteral("no-score")};
}

QString RenewalQuadrant::advice(const QString &quadrant)
{
    if (quadrant == QLatin1String("expand"))
        return QCoreApplication::translate("Quadrant", "Healthy and growing: ready for an upsell");
    if (quadrant == QLatin1String("protect"))
        return QCoreApplication::translate("Quadrant", "Healthy, not growing: keep them happy");
    if (quadrant == QLatin1String("rescue"))
        return QCoreApplication::translate("Quadrant",
                                           "Active but unhealthy: act before the renewal");
    if (quadrant == QLatin1String("at-risk"))
        return QCoreApplication::translate("Quadrant", "Unhealthy and quiet: at risk of churning");
    return QCoreApplication::translate("Quadrant", "Not enough data for a score");
}

QString RenewalQuadrant::title(const QString &quadrant)
{
    if (quadrant == QLatin1String("expand"))
        return QCoreApplication::translate("Quadrant", "expand");
    if (quadrant == QLatin1String("protect"))
        return QCoreApplication::translate("Quadrant", "protect");
    if (quadrant == QLatin1String("rescue"))
        return QCoreApplication::translate("Quadrant", "rescue");
    if (quadrant == QLatin1String("at-risk"))
        return QCoreApplication::translate("Quadrant", "at-risk");
    if (quadrant == QLatin1String("no-score"))
        return QCoreApplication::translate("Quadrant", "no-score");
    return quadrant;
}

QString RenewalQuadrant::place(std::optional<double> health,
                               std::optional<double> expansion,
                               double healthThreshold,
                               double expansionThreshold)
{
    if (!health || !expansion)
        return QStringLiteral("no-score");
    const bool healthy = *health >= healthThreshold, growing = *expansion >= expansionThreshold;
    if (healthy)
        return growing ? QStringLiteral("expand") : QStringLiteral("protect");
    return growing ? QStringLiteral("rescue") : QStringLiteral("at-risk");
}

std::optional<double> RenewalQuadrant::expansion(const AccountHealth &health)
{
    double sum = 0;
    int count = 0;
    for (const std::optional<double> &part : {health.seatUse, health.usageTrend})
        if (part) {
            sum += *part;
            ++count;
        }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

std::optional<Failure> RenewalQuadrant::prepare(QuadrantQuery &query, const ProjectStore &store)
{
    if (auto failure = HealthEngine::loadModel(store, query.model, &query.resolvedModel))
        return failure;
    if (query.asOfDay)
        query.resolvedModel.asOfDay = query.asOfDay;
    return HealthEngine::prepare(&query.crm, store);
}

QuadrantResult RenewalQuadrant::run(const QuadrantQuery &query,
                                    const EventIndex &index,
                                    const ProjectStore &store,
                                    JobContext &context)
{
    QuadrantResult result;
    result.health = HealthEngine::run(query.resolvedModel, query.crm, index, store, context);
    result.healthThreshold = query.healthThreshold;
    result.expansionThreshold = query.expansionThreshold;
    for (const AccountHealth &health : std::as_const(result.health.accounts)) {
        QuadrantAccount placed;
        placed.account = health.account;
        placed.health = health.score;
        placed.expansion = expansion(health);
        placed.band = health.band;
        placed.quadrant = place(
            placed.health, placed.expansion, query.healthThreshold, query.expansionThreshold);
        result.accounts.append(placed);
    }
    const QStringList order = quadrants();
    const CrmData &crm = *query.crm;
    std::stable_sort(result.accounts.begin(),
                     result.accounts.end(),
                     [&](const QuadrantAccount &a, const QuadrantAccount &b) {
                         const int qa = int(order.indexOf(a.quadrant));
                         const int qb = int(order.indexOf(b.quadrant));
                         if (qa != qb)
                             return qa < qb;
                         const qint64 ra = crm.accounts[a.account].renewalMs.value_or(
                             std::numeric_limits<qint64>::max());
                         const qint64 rb = crm.accounts[b.account].renewalMs.value_or(
                             std::numeric_limits<qint64>::max());
                         return ra < rb;
                     });
    return result;
}

RecordTable RenewalQuadrant::table(const QuadrantResult &result)
{
    RecordTable table{{QStringLiteral("account"),
                       QStringLiteral("health"),
                       QStringLiteral("expansion"),
                       QStringLiteral("quadrant"),
                       QStringLiteral("renewal_date"),
                       QStringLiteral("arr")},
                      {}};
    for (const QuadrantAccount &placed : result.accounts) {
        const CrmAccount &account = result.health.crm->accounts[placed.account];
        table.rows.append(
            {account.id,
             placed.health ? QVariant(*placed.health) : QVariant(),
             placed.expansion ? QVariant(*placed.expansion) : QVariant(),
             placed.quadrant,
             account.renewalMs ? QVariant(Calendar::dateText(*account.renewalMs)) : QVariant(),
             account.arr ? QVariant(*account.arr) : QVariant()});
    }
    return table;
}

QJsonObject RenewalQuadrant::toJson(const QuadrantQuery &query)
{
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("quadrant")},
                     {QStringLiteral("health_threshold"), query.healthThreshold},
                     {QStringLiteral("expansion_threshold"), query.expansionThreshold}};
    if (!query.model.isEmpty())
        json[QStringLiteral("model")] = query.model;
    if (query.asOfDay)
        json[QStringLiteral("as_of")] = Calendar::dateText(*query.asOfDay);
    return json;
}

std::optional<QuadrantQuery> RenewalQuadrant::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "quadrant");
    QuadrantQuery query;
    query.model = read.text("model");
    query.healthThreshold = read.number("health_threshold", 0, 100, 50);
    query.expansionThreshold = read.number("expansion_threshold", 0, 100, 50);
    query.asOfDay = read.day("as_of");
    return read.finish(query, error);
}

} // namespace Quadrant

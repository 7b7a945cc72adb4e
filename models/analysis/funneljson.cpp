// SPDX-License-Identifier: MIT
#include "funneljson.h"

#include "dayrangejson.h"

#include <QJsonArray>

namespace Quadrant {

QString FunnelJson::modeName(FunnelOrder order)
{
    switch (order) {
    case FunnelOrder::Strict:
        return QStringLiteral("strict");
    case FunnelOrder::AnyOrder:
        return QStringLiteral("any");
    case FunnelOrder::Ordered:
        break;
    }
    return QStringLiteral("ordered");
}

std::optional<FunnelOrder> FunnelJson::parseMode(const QString &name)
{
    if (name == QLatin1String("ordered"))
        return FunnelOrder::Ordered;
    if (name == QLatin1String("strict"))
        return FunnelOrder::Strict;
    if (name == QLatin1String("any"))
        return FunnelOrder::AnyOrder;
    return std::nullopt;
}

QJsonObject FunnelJson::toJson(const FunnelQuery &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("funnel");
    QJsonArray steps;
    for (const EventSelector &step : query.steps)
        steps.append(step.toString());
    json[QStringLiteral("steps")] = steps;
    json[QStringLiteral("window_ms")] = double(query.windowMs);
    json[QStringLiteral("mode")] = modeName(query.order);
    DayRangeJson::write(json, query.entryFromMs, query.entryToMs);
    if (!query.breakdown.isEmpty())
        json[QStringLiteral("breakdown")] = query.breakdown;
    if (!query.holdProperty.isEmpty())
        json[QStringLiteral("hold")] = query.holdProperty;
    if (!query.exclusions.isEmpty()) {
        QJsonArray exclusions;
        for (const FunnelQuery::Exclusion &exclusion : query.exclusions)
            exclusions.append(QJsonObject{{QStringLiteral("event"), exclusion.event.toString()},
                                          {QStringLiteral("after_step"), exclusion.afterStep}});
        json[QStringLiteral("exclusions")] = exclusions;
    }
    return json;
}

QJsonObject FunnelJson::dropOffCohort(const FunnelQuery &query, int step, const QString &group)
{
    QJsonObject cohort{{QStringLiteral("kind"), QStringLiteral("funnel-drop-off")},
                       {QStringLiteral("funnel"), toJson(query)},
                       {QStringLiteral("step"), step}};
    if (!group.isEmpty())
        cohort[QStringLiteral("group")] = group;
    return cohort;
}

std::optional<FunnelQuery> FunnelJson::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<FunnelQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("funnel"))
        return fail(QStringLiteral("not a funnel definition"));
    FunnelQuery query;
    for (const QJsonValue &value : json.value(QStringLiteral("steps")).toArray()) {
        QString stepError;
        const auto selector = EventSelector::parse(value.toString(), &stepError);
        if (!selector)
            return fail(stepError);
        query.steps << *selector;
    }
    query.windowMs
        = qint64(json.value(QStringLiteral("window_ms")).toDouble(double(query.windowMs)));
    if (query.windowMs <= 0)
        return fail(QStringLiteral("the conversion window must be positive"));
    const auto mode
        = parseMode(json.value(QStringLiteral("mode")).toString(QStringLiteral("ordered")));
    if (!mode)
        return fail(QStringLiteral("unknown funnel mode '%1'")
                        .arg(json.value(QStringLiteral("mode")).toString()));
    query.order = *mode;
    if (auto rangeError = DayRangeJson::read(json, &query.entryFromMs, &query.entryToMs))
        return fail(*rangeError);
    query.breakdown = json.value(QStringLiteral("breakdown")).toString();
    query.holdProperty = json.value(QStringLiteral("hold")).toString();
    for (const QJsonValue &value : json.value(QStringLiteral("exclusions")).toArray()) {
        const QJsonObject object = value.toObject();
        QString stepError;
        const auto selector
            = EventSelector::parse(object.value(QStringLiteral("event")).toString(), &stepError);
        if (!selector)
            return fail(stepError);
        query.exclusions << FunnelQuery::Exclusion{
            *selector, object.value(QStringLiteral("after_step")).toInt(1)};
    }
    return query;
}

} // namespace Quadrant

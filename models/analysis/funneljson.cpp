// SPDX-License-Identifier: MIT
#include "funneljson.h"

#include "calendar.h"
#include "dayrangejson.h"
#include "definitionreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

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
    DefinitionReader read(json, "funnel");
    FunnelQuery query;
    for (const QJsonValue &step : read.array("steps")) {
        QString stepError;
        const auto selector = EventSelector::parse(step.toString(), &stepError);
        if (!selector) {
            read.fail(QStringLiteral("steps"), stepError);
            break;
        }
        query.steps << *selector;
    }
    query.windowMs = read.integer("window_ms", 1, Calendar::maxDurationMs, query.windowMs);
    const QString mode = read.choice("mode",
                                     {modeName(FunnelOrder::Ordered),
                                      modeName(FunnelOrder::Strict),
                                      modeName(FunnelOrder::AnyOrder)},
                                     modeName(FunnelOrder::Ordered));
    query.order = parseMode(mode).value_or(FunnelOrder::Ordered);
    read.dayRange(&query.entryFromMs, &query.entryToMs);
    query.breakdown = read.text("breakdown");
    query.holdProperty = read.text("hold");
    for (const QJsonValue &value : read.array("exclusions")) {
        // Which steps exist is the engine's check (FunnelEngine::validate); here only the type.
        DefinitionReader exclusion(value.toObject());
        const int afterStep = int(exclusion.integer(
            "after_step", std::numeric_limits<int>::min(), std::numeric_limits<int>::max(), 1));
        const EventSelector event = exclusion.selector("event");
        if (event.event.isEmpty())
            exclusion.fail(QStringLiteral("event"),
                           QCoreApplication::translate("Quadrant", "names no event"));
        if (!exclusion.ok()) {
            read.fail(QStringLiteral("exclusions"), exclusion.error());
            break;
        }
        query.exclusions << FunnelQuery::Exclusion{event, afterStep};
    }
    return read.finish(query, error);
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "heatmapjson.h"

#include "dayrangejson.h"

#include <QJsonArray>

#include <algorithm>
#include <numeric>

namespace Quadrant {

QString HeatmapJson::kindName(HeatmapQuery::Kind kind)
{
    return kind == HeatmapQuery::Kind::Activity ? QStringLiteral("activity")
                                                : QStringLiteral("adoption");
}

QString HeatmapJson::byName(HeatmapQuery::By by)
{
    switch (by) {
    case HeatmapQuery::By::Account:
        return QStringLiteral("account");
    case HeatmapQuery::By::Industry:
        return QStringLiteral("industry");
    case HeatmapQuery::By::Role:
        return QStringLiteral("role");
    }
    return QStringLiteral("industry");
}

bool HeatmapJson::parseBy(const QString &text, HeatmapQuery::By *by)
{
    for (auto candidate :
         {HeatmapQuery::By::Account, HeatmapQuery::By::Industry, HeatmapQuery::By::Role})
        if (text == byName(candidate)) {
            *by = candidate;
            return true;
        }
    return false;
}

std::optional<HeatmapQuery::Kind> HeatmapJson::parseKind(const QString &text)
{
    for (auto kind : {HeatmapQuery::Kind::Activity, HeatmapQuery::Kind::Adoption})
        if (text == kindName(kind))
            return kind;
    return std::nullopt;
}

QJsonObject HeatmapJson::toJson(const HeatmapQuery &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("heatmap");
    json[QStringLiteral("heatmap")] = kindName(query.kind);
    json[QStringLiteral("measure")]
        = query.distinctPersons ? QStringLiteral("persons") : QStringLiteral("events");
    json[QStringLiteral("tz")] = QString::fromUtf8(query.timeZone.id());
    json[QStringLiteral("by")] = byName(query.by);
    json[QStringLiteral("events")] = QJsonArray::fromStringList(query.events);
    if (!query.rowOrder.isEmpty())
        json[QStringLiteral("sort")] = query.rowOrder;
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

std::optional<HeatmapQuery> HeatmapJson::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<HeatmapQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("heatmap"))
        return fail(QStringLiteral("not a heatmap definition"));
    HeatmapQuery query;
    const QString kind = json.value(QStringLiteral("heatmap")).toString(QStringLiteral("activity"));
    const auto parsedKind = parseKind(kind);
    if (!parsedKind)
        return fail(QStringLiteral("heatmap: must be activity or adoption, not '%1'").arg(kind));
    query.kind = *parsedKind;
    const QString measure
        = json.value(QStringLiteral("measure")).toString(QStringLiteral("events"));
    if (measure != QLatin1String("events") && measure != QLatin1String("persons"))
        return fail(QStringLiteral("measure: must be events or persons, not '%1'").arg(measure));
    query.distinctPersons = measure == QLatin1String("persons");
    const QString zone = json.value(QStringLiteral("tz")).toString(QStringLiteral("UTC"));
    query.timeZone = QTimeZone(zone.toUtf8());
    if (!query.timeZone.isValid())
        return fail(QStringLiteral("tz: unknown time zone '%1'").arg(zone));
    if (!parseBy(json.value(QStringLiteral("by")).toString(QStringLiteral("industry")), &query.by))
        return fail(QStringLiteral("by: must be account, industry or role"));
    for (const QJsonValue &event : json.value(QStringLiteral("events")).toArray())
        query.events << event.toString();
    if (auto rangeError = DayRangeJson::read(json, &query.fromMs, &query.toMs))
        return fail(*rangeError);
    query.rowOrder = json.value(QStringLiteral("sort")).toString();
    if (!query.rowOrder.isEmpty() && query.rowOrder != QLatin1String("total")
        && query.rowOrder != QLatin1String("name"))
        return fail(QStringLiteral("sort: must be total or name, not '%1'").arg(query.rowOrder));
    return query;
}

} // namespace Quadrant

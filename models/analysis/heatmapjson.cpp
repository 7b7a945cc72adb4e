// SPDX-License-Identifier: MIT
#include "heatmapjson.h"

#include "dayrangejson.h"

#include <QJsonArray>

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

QJsonObject HeatmapJson::toJson(const HeatmapQuery &query, const QString &sort)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("heatmap");
    json[QStringLiteral("heatmap")] = kindName(query.kind);
    json[QStringLiteral("measure")]
        = query.distinctPersons ? QStringLiteral("persons") : QStringLiteral("events");
    json[QStringLiteral("tz")] = QString::fromUtf8(query.timeZone.id());
    json[QStringLiteral("by")] = byName(query.by);
    json[QStringLiteral("events")] = QJsonArray::fromStringList(query.events);
    json[QStringLiteral("sort")] = sort;
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
    if (kind == QLatin1String("activity"))
        query.kind = HeatmapQuery::Kind::Activity;
    else if (kind == QLatin1String("adoption"))
        query.kind = HeatmapQuery::Kind::Adoption;
    else
        return fail(QStringLiteral("the heatmap must be activity or adoption"));
    const QString measure
        = json.value(QStringLiteral("measure")).toString(QStringLiteral("events"));
    if (measure != QLatin1String("events") && measure != QLatin1String("persons"))
        return fail(QStringLiteral("the measure must be events or persons"));
    query.distinctPersons = measure == QLatin1String("persons");
    const QString zone = json.value(QStringLiteral("tz")).toString(QStringLiteral("UTC"));
    query.timeZone = QTimeZone(zone.toUtf8());
    if (!query.timeZone.isValid())
        return fail(QStringLiteral("unknown time zone '%1'").arg(zone));
    if (!parseBy(json.value(QStringLiteral("by")).toString(QStringLiteral("industry")), &query.by))
        return fail(QStringLiteral("rows must be by account, industry or role"));
    for (const QJsonValue &event : json.value(QStringLiteral("events")).toArray())
        query.events << event.toString();
    if (auto rangeError = DayRangeJson::read(json, &query.fromMs, &query.toMs))
        return fail(*rangeError);
    return query;
}

RecordTable HeatmapReport::table(const HeatmapResult &result)
{
    RecordTable table{{QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value")},
                      {}};
    for (int r = 0; r < result.rows.size(); ++r)
        for (int c = 0; c < result.columns.size(); ++c)
            table.rows.append({result.rows[r], result.columns[c], result.at(r, c)});
    return table;
}

} // namespace Quadrant

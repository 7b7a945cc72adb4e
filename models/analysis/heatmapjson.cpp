// SPDX-License-Identifier: MIT
#include "heatmapjson.h"

#include "dayrangejson.h"
#include "definitionreader.h"

#include <QCoreApplication>
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
    DefinitionReader read(json, "heatmap");
    HeatmapQuery query;
    const QString kind = read.choice(
        "heatmap",
        {kindName(HeatmapQuery::Kind::Activity), kindName(HeatmapQuery::Kind::Adoption)},
        kindName(HeatmapQuery::Kind::Activity));
    query.kind = parseKind(kind).value_or(HeatmapQuery::Kind::Activity);
    query.distinctPersons = read.choice("measure",
                                        {QStringLiteral("events"), QStringLiteral("persons")},
                                        QStringLiteral("events"))
                            == QLatin1String("persons");
    const QString zone = read.text("tz", QStringLiteral("UTC"));
    query.timeZone = QTimeZone(zone.toUtf8());
    if (!query.timeZone.isValid())
        read.fail(QStringLiteral("tz"),
                  QCoreApplication::translate("Quadrant",
                                              "must be a time zone such as Europe/Berlin, not '%1'")
                      .arg(zone.left(40)));
    const QString by = read.choice("by",
                                   {byName(HeatmapQuery::By::Account),
                                    byName(HeatmapQuery::By::Industry),
                                    byName(HeatmapQuery::By::Role)},
                                   byName(HeatmapQuery::By::Industry));
    parseBy(by, &query.by);
    query.events = read.textList("events");
    read.dayRange(&query.fromMs, &query.toMs);
    // "persons" (or none): as the engine orders the rows, the most persons first.
    query.rowOrder
        = read.choice("sort",
                      {QStringLiteral("persons"), QStringLiteral("total"), QStringLiteral("name")},
                      QStringLiteral("persons"));
    if (query.rowOrder == QLatin1String("persons"))
        query.rowOrder.clear();
    return read.finish(query, error);
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

// The heatmap kind (analysiskind.h). Heatmaps: activity by hour and weekday, feature adoption by a
// person property.
#include "analysiskind.h"
#include "heatmapjson.h"
#include "heatmapreport.h"

#include <QJsonArray>

namespace Quadrant {

struct HeatmapKind : KindDefaults
{
    using Query = HeatmapQuery;
    using Result = HeatmapResult;
    static constexpr char id[] = "heatmap";
    static constexpr int menuOrder = 50;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return HeatmapJson::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return HeatmapJson::toJson(query); }
    static std::optional<Failure> check(Query &query, const EventIndex &index, const ProjectStore &)
    {
        return HeatmapEngine::validate(query, index);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        const HeatmapResult result = HeatmapEngine::run(query, index, store, context);
        return query.kind == HeatmapQuery::Kind::Adoption
                   ? HeatmapReport::ordered(result, query.rowOrder)
                   : result;
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return HeatmapReport::table(result);
    }
    static EventsRead eventsRead(const QJsonObject &definition)
    {
        // Activity of the events it names, or of every event when it names none.
        return {!definition.value(QLatin1String("events")).toArray().isEmpty(), QString()};
    }
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

// The trend kind (analysiskind.h). Trends: an event over time.
#include "analysiskind.h"
#include "trendjson.h"
#include "trendreport.h"

namespace Quadrant {

struct TrendKind : KindDefaults
{
    using Query = TrendQuery;
    using Result = TrendResult;
    static constexpr char id[] = "trend";
    static constexpr int menuOrder = 30;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return TrendJson::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return TrendJson::toJson(query); }
    static QString missing(const Query &query)
    {
        return query.event.event.isEmpty() ? QStringLiteral("event") : QString();
    }
    static std::optional<Failure> check(Query &query, const EventIndex &index, const ProjectStore &)
    {
        return TrendEngine::validate(query, index);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        return TrendEngine::run(query, index, store, context);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return TrendReport::table(result);
    }
    static EventsRead eventsRead(const QJsonObject &) { return {true, QString()}; }
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

// The paths kind (analysiskind.h). Paths: what persons do after (or before) an anchor event.
#include "analysiskind.h"
#include "pathjson.h"
#include "pathreport.h"

namespace Quadrant {

struct PathsKind : KindDefaults
{
    using Query = PathQuery;
    using Result = PathResult;
    static constexpr char id[] = "paths";
    static constexpr int menuOrder = 40;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return PathJson::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return PathJson::toJson(query); }
    static QString missing(const Query &query)
    {
        return query.anchor.isEmpty() ? QStringLiteral("start event") : QString();
    }
    static std::optional<Failure>
    check(Query &query, const EventIndex &index, const ProjectStore &store)
    {
        if (auto failure = PathEngine::validate(query, index))
            return failure;
        if (query.cohort.isEmpty())
            return std::nullopt;
        return PathJson::restrictToCohort(&query, store, index, query.cohort);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &, JobContext &context)
    {
        return PathEngine::run(query, index, context);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return PathReport::table(result);
    }
    static EventsRead eventsRead(const QJsonObject &definition)
    {
        // A path follows every event of the persons who did its anchor.
        return {false, definition.value(QLatin1String("anchor")).toString()};
    }
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

// The retention kind (analysiskind.h). Retention: who comes back after a start event, cohort by
// cohort.
#include "analysiskind.h"
#include "retentionjson.h"
#include "retentionreport.h"

namespace Quadrant {

struct RetentionKind : KindDefaults
{
    using Query = RetentionQuery;
    using Result = RetentionResult;
    static constexpr char id[] = "retention";
    static constexpr int menuOrder = 20;
    static Query newQuery()
    {
        Query query;
        query.returning = EventSelector{QStringLiteral("*"), {}};
        return query;
    }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return RetentionJson::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return RetentionJson::toJson(query); }
    static QString missing(const Query &query)
    {
        return query.start.event.isEmpty() ? QStringLiteral("start event") : QString();
    }
    static std::optional<Failure> check(Query &query, const EventIndex &index, const ProjectStore &)
    {
        return RetentionEngine::validate(query, index);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        return RetentionEngine::run(query, index, store, context);
    }
    static RecordTable table(const Query &query, const Result &result)
    {
        return RetentionReport::table(result, query.pooledRows);
    }
    static EventsRead eventsRead(const QJsonObject &definition)
    {
        return {true, definition.value(QLatin1String("start")).toString()};
    }
};

} // namespace Quadrant

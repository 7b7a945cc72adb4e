// SPDX-License-Identifier: MIT
#pragma once

// The funnel kind (analysiskind.h). How a funnel is defined, read from the events, and shown as its
// steps table.
#include "analysiskind.h"
#include "funneljson.h"
#include "funnelreport.h"

#include <QJsonArray>

namespace Quadrant {

struct FunnelKind : KindDefaults
{
    using Query = FunnelQuery;
    using Result = FunnelResult;
    static constexpr char id[] = "funnel";
    static constexpr int menuOrder = 10;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return FunnelJson::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return FunnelJson::toJson(query); }
    static QString missing(const Query &query)
    {
        return query.steps.size() < 2 ? QStringLiteral("two steps") : QString();
    }
    static std::optional<Failure> check(Query &query, const EventIndex &index, const ProjectStore &)
    {
        return FunnelEngine::validate(query, index);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        return FunnelEngine::run(query, index, store, context);
    }
    static RecordTable table(const Query &query, const Result &result)
    {
        return FunnelReport::stepsTable(query, result);
    }
    static EventsRead eventsRead(const QJsonObject &definition)
    {
        // A strict funnel follows a person's whole stream; other modes only the steps' events.
        // Step 1 is needed in every mode: only persons who did it count.
        EventsRead reads;
        reads.onlyNamedEvents
            = definition.value(QLatin1String("mode")).toString() != QLatin1String("strict");
        reads.entry = definition.value(QLatin1String("steps")).toArray().first().toString();
        return reads;
    }
};

} // namespace Quadrant

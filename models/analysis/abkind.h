// SPDX-License-Identifier: MIT
#pragma once

// The ab kind (analysiskind.h). A/B tests: the variants of an experiment and their statistics
// (sessions count every event).
#include "abjson.h"
#include "abreport.h"
#include "analysiskind.h"

#include <QCoreApplication>

namespace Quadrant {

struct AbKind : KindDefaults
{
    using Query = AbQuery;
    using Result = AbResult;
    static constexpr char id[] = "ab";
    static constexpr int menuOrder = 60;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return AbJson::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return AbJson::toJson(query); }
    static QString missing(const Query &query)
    {
        if (query.variantProperty.isEmpty())
            return QCoreApplication::translate("Quadrant", "variant property");
        if (query.isConversion() && query.conversion.event.isEmpty())
            return QCoreApplication::translate("Quadrant", "conversion event");
        return query.isPersonOutcome() && query.metricProperty.isEmpty()
                   ? QCoreApplication::translate("Quadrant", "outcome property")
                   : QString();
    }
    static std::optional<Failure>
    check(Query &query, const EventIndex &index, const ProjectStore &store)
    {
        if (auto failure = AbEngine::validate(query, index))
            return failure;
        return AbEngine::resolveControl(&query, index, store);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        AbResult result = AbEngine::run(query, index, store, context);
        result.variantsSeen = AbEngine::variantValues(query, index, store);
        return result;
    }
    static std::optional<Failure> problem(const Query &query, const Result &result)
    {
        if (!result.variants.isEmpty())
            return std::nullopt;
        return Failure(
            QCoreApplication::translate("Quadrant", "no person saw the control '%1' of '%2'")
                .arg(query.control, query.variantProperty));
    }
    static RecordTable table(const Query &query, const Result &result)
    {
        return AbReport::table(query, result);
    }
    static QString summary(const Query &, const Result &result)
    {
        return AbReport::summary(result);
    }
};

} // namespace Quadrant

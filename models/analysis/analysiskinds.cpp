// SPDX-License-Identifier: MIT
// The analysis kinds the engine knows, each defined once: its query read from and written to
// the saved definition, what it still lacks, its checks against the project, its computation,
// its result table and its result in words. AnalysisKinds::all() lists them, one line each.
#include "abjson.h"
#include "abreport.h"
#include "analysiskind.h"
#include "crm/crmkinds.h"
#include "eventindex.h"
#include "funneljson.h"
#include "funnelreport.h"
#include "heatmapjson.h"
#include "heatmapreport.h"
#include "pathjson.h"
#include "pathreport.h"
#include "retentionjson.h"
#include "retentionreport.h"
#include "trendjson.h"
#include "trendreport.h"

#include <QCoreApplication>

namespace Quadrant {

namespace {

struct FunnelKind : KindDefaults
{
    using Query = FunnelQuery;
    using Result = FunnelResult;
    static constexpr char id[] = "funnel";
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
};

struct RetentionKind : KindDefaults
{
    using Query = RetentionQuery;
    using Result = RetentionResult;
    static constexpr char id[] = "retention";
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
};

struct TrendKind : KindDefaults
{
    using Query = TrendQuery;
    using Result = TrendResult;
    static constexpr char id[] = "trend";
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
};

struct PathsKind : KindDefaults
{
    using Query = PathQuery;
    using Result = PathResult;
    static constexpr char id[] = "paths";
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
};

struct HeatmapKind : KindDefaults
{
    using Query = HeatmapQuery;
    using Result = HeatmapResult;
    static constexpr char id[] = "heatmap";
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
};

struct AbKind : KindDefaults
{
    using Query = AbQuery;
    using Result = AbResult;
    static constexpr char id[] = "ab";
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

} // namespace

const QVector<const AnalysisKindEngine *> &AnalysisKinds::all()
{
    // One line per kind, in the order menus list them.
    static const QVector<const AnalysisKindEngine *> kinds{
        kindEngine<FunnelKind>(),
        kindEngine<RetentionKind>(),
        kindEngine<TrendKind>(),
        kindEngine<PathsKind>(),
        kindEngine<HeatmapKind>(),
        kindEngine<AbKind>(),
        kindEngine<AccountsKind>(),
        kindEngine<HealthKind>(),
        kindEngine<QuadrantKind>(),
        kindEngine<PipelineKind>(),
        kindEngine<RoiKind>(),
        kindEngine<LeadsKind>(),
    };
    return kinds;
}

const AnalysisKindEngine *AnalysisKinds::find(const QString &id)
{
    for (const AnalysisKindEngine *kind : all())
        if (kind->id() == id)
            return kind;
    return nullptr;
}

const AnalysisKindEngine *AnalysisKinds::of(const QJsonObject &definition)
{
    return find(definition.value(QStringLiteral("kind")).toString());
}

} // namespace Quadrant

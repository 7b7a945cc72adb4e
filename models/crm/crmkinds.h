// SPDX-License-Identifier: MIT
// The customer-success and sales analyses as kinds of the registry (analysiskind.h): accounts,
// health models, the renewal / expansion quadrant, the pipeline, channel ROI and lead scores.
// Each reads the project's CRM records in check() (prepare) and computes in run(); each is
// registered in crmkinds.cpp, and reads every event (health counts all activity).
#pragma once

#include "analysis/analysiskind.h"
#include "analysis/calendar.h"
#include "analysis/definitionreader.h"
#include "channelroi.h"
#include "healthengine.h"
#include "leadscoring.h"
#include "pipeline.h"
#include "renewalquadrant.h"

namespace Quadrant {

struct HealthQuery
{
    HealthModel model = HealthModel::defaults();
    std::shared_ptr<const CrmData> crm; // filled by check(), never saved
};

struct AccountsQuery
{
    QString model; // a saved health model's name; empty = the built-in defaults
    std::optional<qint64> asOfDay;
    HealthModel resolvedModel; // filled by check(), never saved
    std::shared_ptr<const CrmData> crm;
};

struct HealthKind : KindDefaults
{
    using Query = HealthQuery;
    using Result = HealthResult;
    static constexpr char id[] = "health";
    static constexpr int menuOrder = 80;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        const auto model = HealthModel::fromJson(json, error);
        return model ? std::optional<Query>(Query{*model, nullptr}) : std::nullopt;
    }
    static QJsonObject toJson(const Query &query) { return HealthModel::toJson(query.model); }
    static QString missing(const Query &query)
    {
        return query.model.measures.isEmpty() ? QStringLiteral("measure") : QString();
    }
    static std::optional<Failure> check(Query &query, const EventIndex &, const ProjectStore &store)
    {
        return HealthEngine::prepare(&query.crm, store);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        return HealthEngine::run(query.model, query.crm, index, store, context);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return HealthEngine::table(result);
    }
};

struct AccountsKind : KindDefaults
{
    using Query = AccountsQuery;
    using Result = HealthResult;
    static constexpr char id[] = "accounts";
    static constexpr int menuOrder = 70;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        DefinitionReader read(json, id);
        Query query;
        query.model = read.text("model");
        query.asOfDay = read.day("as_of");
        return read.finish(query, error);
    }
    static QJsonObject toJson(const Query &query)
    {
        QJsonObject json{{QStringLiteral("kind"), QString::fromLatin1(id)}};
        if (!query.model.isEmpty())
            json[QStringLiteral("model")] = query.model;
        if (query.asOfDay)
            json[QStringLiteral("as_of")] = Calendar::dateText(*query.asOfDay);
        return json;
    }
    static std::optional<Failure> check(Query &query, const EventIndex &, const ProjectStore &store)
    {
        if (auto failure = HealthEngine::loadModel(store, query.model, &query.resolvedModel))
            return failure;
        if (query.asOfDay)
            query.resolvedModel.asOfDay = query.asOfDay;
        return HealthEngine::prepare(&query.crm, store);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        return HealthEngine::run(query.resolvedModel, query.crm, index, store, context);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return HealthEngine::accountsTable(result);
    }
};

struct QuadrantKind : KindDefaults
{
    using Query = QuadrantQuery;
    using Result = QuadrantResult;
    static constexpr char id[] = "quadrant";
    static constexpr int menuOrder = 90;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return RenewalQuadrant::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return RenewalQuadrant::toJson(query); }
    static std::optional<Failure> check(Query &query, const EventIndex &, const ProjectStore &store)
    {
        return RenewalQuadrant::prepare(query, store);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &context)
    {
        return RenewalQuadrant::run(query, index, store, context);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return RenewalQuadrant::table(result);
    }
};

struct PipelineKind : KindDefaults
{
    using Query = PipelineQuery;
    using Result = PipelineResult;
    static constexpr char id[] = "pipeline";
    static constexpr int menuOrder = 100;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return PipelineEngine::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return PipelineEngine::toJson(query); }
    static std::optional<Failure> check(Query &query, const EventIndex &, const ProjectStore &store)
    {
        return PipelineEngine::prepare(query, store);
    }
    static Result run(const Query &query, const EventIndex &, const ProjectStore &, JobContext &)
    {
        return PipelineEngine::run(query);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return PipelineEngine::table(result);
    }
};

struct RoiKind : KindDefaults
{
    using Query = RoiQuery;
    using Result = RoiResult;
    static constexpr char id[] = "roi";
    static constexpr int menuOrder = 110;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return ChannelRoi::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return ChannelRoi::toJson(query); }
    static std::optional<Failure> check(Query &query, const EventIndex &, const ProjectStore &store)
    {
        return ChannelRoi::prepare(query, store);
    }
    static Result run(const Query &query, const EventIndex &, const ProjectStore &, JobContext &)
    {
        return ChannelRoi::run(query);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return ChannelRoi::table(result);
    }
};

struct LeadsKind : KindDefaults
{
    using Query = LeadModel;
    using Result = LeadResult;
    static constexpr char id[] = "leads";
    static constexpr int menuOrder = 120;
    static Query newQuery() { return LeadModel::defaults(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        return LeadScoring::fromJson(json, error);
    }
    static QJsonObject toJson(const Query &query) { return LeadScoring::toJson(query); }
    static QString missing(const Query &query)
    {
        return query.behaviour.isEmpty() && query.fit.isEmpty() ? QStringLiteral("rule")
                                                                : QString();
    }
    static std::optional<Failure> check(Query &query, const EventIndex &, const ProjectStore &store)
    {
        return LeadScoring::prepare(query, store);
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &, JobContext &context)
    {
        return LeadScoring::run(query, index, context);
    }
    static RecordTable table(const Query &, const Result &result)
    {
        return LeadScoring::table(result);
    }
};

} // namespace Quadrant

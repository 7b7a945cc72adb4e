// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "store/failure.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

// An analysis computed from its saved definition: the result table of CLI.md, the result in
// words where the kind has them (an A/B verdict), and the kind's typed query and result for
// whoever draws it (the view, `render`, a report).
struct AnalysisOutcome
{
    std::optional<Failure> failure; // the definition cannot be read, or the data cannot answer it
    RecordTable table;
    QString summary;
    std::shared_ptr<const void> query;
    std::shared_ptr<const void> result;

    template<typename Query>
    const Query &queryAs() const
    {
        return *static_cast<const Query *>(query.get());
    }
    template<typename Result>
    const Result &resultAs() const
    {
        return *static_cast<const Result *>(result.get());
    }
};

// One kind of analysis as the engine knows it, whatever asks (the CLI, the views, `render`,
// reports): its saved definition read and checked (errors name the field), computed with a
// JobContext, and turned into its table and words. Every kind is registered once, in
// AnalysisKinds::all(); the window adds its title and view (widgets/analysiskinds.h).
class AnalysisKindEngine
{
public:
    virtual ~AnalysisKindEngine() = default;

    virtual QString id() const = 0;
    // What a new analysis of this kind starts as.
    virtual QJsonObject newDefinition() const = 0;
    // Empty when the definition can be read; else why not, naming the field.
    virtual QString definitionError(const QJsonObject &definition) const = 0;
    // What the definition still lacks before there is anything to compute ("two steps"), or empty.
    virtual QString missing(const QJsonObject &definition) const = 0;
    // Reads, checks against the project, computes. `failure` says why there is no result.
    virtual AnalysisOutcome compute(const QJsonObject &definition,
                                    const EventIndex &index,
                                    const ProjectStore &store,
                                    JobContext &context) const = 0;
};

class AnalysisKinds
{
public:
    static const QVector<const AnalysisKindEngine *> &all();
    static const AnalysisKindEngine *find(const QString &id);
    // The kind a saved definition names ({"kind": "funnel", ...}), or nullptr.
    static const AnalysisKindEngine *of(const QJsonObject &definition);
};

// What a kind defines, as static members of one struct (see the built-in kinds in
// analysiskinds.cpp); KindDefaults supplies what most kinds do not need.
struct KindDefaults
{
    template<typename Query>
    static QString missing(const Query &)
    {
        return QString();
    }
    template<typename Query, typename Result>
    static QString summary(const Query &, const Result &)
    {
        return QString();
    }
    template<typename Query, typename Result>
    static std::optional<Failure> problem(const Query &, const Result &)
    {
        return std::nullopt;
    }
};

// Turns a kind struct into an AnalysisKindEngine. A kind struct has:
//   Query, Result; static const char id[]; static Query newQuery();
//   static std::optional<Query> fromJson(const QJsonObject &, QString *error);
//   static QJsonObject toJson(const Query &);
//   static QString missing(const Query &);                         // "two steps", or empty
//   static std::optional<Failure> check(Query &, const EventIndex &, const ProjectStore &);
//   static Result run(const Query &, const EventIndex &, const ProjectStore &, JobContext &);
//   static RecordTable table(const Query &, const Result &);
//   static QString summary(const Query &, const Result &);        // optional
//   static std::optional<Failure> problem(const Query &, const Result &); // optional
// check() may complete the query (the A/B control left to the first value seen).
template<typename Kind>
class TypedKind : public AnalysisKindEngine
{
public:
    using Query = typename Kind::Query;
    using Result = typename Kind::Result;

    QString id() const override { return QString::fromLatin1(Kind::id); }
    QJsonObject newDefinition() const override { return Kind::toJson(Kind::newQuery()); }
    QString definitionError(const QJsonObject &definition) const override
    {
        QString error;
        return Kind::fromJson(definition, &error) ? QString() : error;
    }
    QString missing(const QJsonObject &definition) const override
    {
        const auto query = Kind::fromJson(definition, nullptr);
        return query ? Kind::missing(*query) : QString();
    }
    AnalysisOutcome compute(const QJsonObject &definition,
                            const EventIndex &index,
                            const ProjectStore &store,
                            JobContext &context) const override
    {
        AnalysisOutcome outcome;
        QString error;
        auto query = Kind::fromJson(definition, &error);
        if (!query) {
            outcome.failure = Failure(
                QCoreApplication::translate("Quadrant", "the definition cannot be read: %1")
                    .arg(error));
            return outcome;
        }
        if (const QString lacks = Kind::missing(*query); !lacks.isEmpty()) {
            outcome.failure
                = Failure(QCoreApplication::translate(
                              "Quadrant", "it has no %1 yet; there is nothing to compute")
                              .arg(lacks));
            return outcome;
        }
        if (auto failure = Kind::check(*query, index, store)) {
            outcome.failure = failure;
            return outcome;
        }
        auto result = std::make_shared<const Result>(Kind::run(*query, index, store, context));
        auto failure = Kind::problem(*query, *result);
        if (!failure) {
            outcome.table = Kind::table(*query, *result);
            outcome.summary = Kind::summary(*query, *result);
        }
        // Kept with a problem too: a view may still show what was found (the variants seen).
        outcome.failure = failure;
        outcome.query = std::make_shared<const Query>(std::move(*query));
        outcome.result = result;
        return outcome;
    }
};

// The one engine of a kind struct; what AnalysisKinds::all() lists, a line per kind.
template<typename Kind>
const AnalysisKindEngine *kindEngine()
{
    static const TypedKind<Kind> instance;
    return &instance;
}

} // namespace Quadrant

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

// What an analysis reads of the project's events, for a reader that fetches only that (the
// ClickHouse read plan, remote/remoteevents.h).
struct EventsRead
{
    // Only events of the names its definition mentions; otherwise every event (a kind that
    // follows a person's whole stream, counts sessions, or counts all activity).
    bool onlyNamedEvents = false;
    // An event selector without which a person counts nowhere (a funnel's first step, a
    // retention cohort's start, a path's anchor): only such persons' events need be read.
    // Empty: every person's.
    QString entry;
};

// An option of the command a kind gives quadrant-cli (named as the kind): --NAME VALUE sets the
// definition's field NAME (a number for Integer, true for a Flag), so that the command's parsing
// and limits are exactly the saved definition's, and its errors name the option.
struct KindOption
{
    enum class Type { Text, Integer, Flag };
    QString name;
    Type type = Type::Text;
    QString help;
    bool required = false;
};

struct KindCommand
{
    QString synopsis;    // "stickiness PROJECT --event EVENT [options]"
    QString description; // what it computes and the columns it prints
    QVector<KindOption> options;
};

// A saved analysis of the kind that the sample project opens with (its name translated).
struct KindExample
{
    QString name;
    QJsonObject definition;
};

// One kind of analysis as the engine knows it, whatever asks (the CLI, the views, `render`,
// reports): its saved definition read and checked (errors name the field), computed with a
// JobContext, and turned into its table and words. A kind registers itself from its own .cpp
// (KindRegistration below); the window adds its title and view (widgets/analysiskinds.h).
class AnalysisKindEngine
{
public:
    virtual ~AnalysisKindEngine() = default;

    virtual QString id() const = 0;
    // Where menus and lists place it (smaller first).
    virtual int menuOrder() const = 0;
    // What computing the definition reads of the events.
    virtual EventsRead eventsRead(const QJsonObject &definition) const = 0;
    // What a new analysis of this kind starts as.
    virtual QJsonObject newDefinition() const = 0;
    // The kind's own quadrant-cli command, or none (a kind whose command is written by hand in
    // app/cli, or that has none).
    virtual std::optional<KindCommand> command() const = 0;
    // The saved analyses of this kind in the sample project.
    virtual QVector<KindExample> examples() const = 0;
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
    // Every registered kind, in menu order.
    static const QVector<const AnalysisKindEngine *> &all();
    // Called by KindRegistration as the program starts; a second kind of one id is a
    // programming error and stops the program.
    static void add(const AnalysisKindEngine *kind);
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
    // Every event of every person.
    static EventsRead eventsRead(const QJsonObject &) { return EventsRead(); }
    static std::optional<KindCommand> command() { return std::nullopt; }
    static QVector<KindExample> examples() { return {}; }
};

// Turns a kind struct into an AnalysisKindEngine. A kind struct has:
//   Query, Result; static const char id[]; static constexpr int menuOrder;
//   static Query newQuery();
//   static std::optional<Query> fromJson(const QJsonObject &, QString *error);
//   static QJsonObject toJson(const Query &);
//   static QString missing(const Query &);                         // "two steps", or empty
//   static std::optional<Failure> check(Query &, const EventIndex &, const ProjectStore &);
//   static Result run(const Query &, const EventIndex &, const ProjectStore &, JobContext &);
//   static RecordTable table(const Query &, const Result &);
//   static QString summary(const Query &, const Result &);        // optional
//   static std::optional<Failure> problem(const Query &, const Result &); // optional
//   static EventsRead eventsRead(const QJsonObject &);            // optional: every event
//   static std::optional<KindCommand> command();                  // optional: none
//   static QVector<KindExample> examples();                       // optional: none
// check() may complete the query (the A/B control left to the first value seen).
template<typename Kind>
class TypedKind : public AnalysisKindEngine
{
public:
    using Query = typename Kind::Query;
    using Result = typename Kind::Result;

    QString id() const override { return QString::fromLatin1(Kind::id); }
    int menuOrder() const override { return Kind::menuOrder; }
    EventsRead eventsRead(const QJsonObject &definition) const override
    {
        return Kind::eventsRead(definition);
    }
    QJsonObject newDefinition() const override { return Kind::toJson(Kind::newQuery()); }
    std::optional<KindCommand> command() const override { return Kind::command(); }
    QVector<KindExample> examples() const override { return Kind::examples(); }
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

// The one engine of a kind struct.
template<typename Kind>
const AnalysisKindEngine *kindEngine()
{
    static const TypedKind<Kind> instance;
    return &instance;
}

// Registers a kind as the program starts. One object at namespace scope in the kind's own .cpp,
//   const KindRegistration<FunnelKind> registration;
// and every part of the program knows the kind: nothing else lists it. (The engine is linked as
// a whole archive, models/CMakeLists.txt, so that no such object is left out.)
template<typename Kind>
struct KindRegistration
{
    KindRegistration() { AnalysisKinds::add(kindEngine<Kind>()); }
};

} // namespace Quadrant

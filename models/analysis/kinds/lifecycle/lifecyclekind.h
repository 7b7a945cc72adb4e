// SPDX-License-Identifier: MIT
#pragma once

// The lifecycle kind (analysis/analysiskind.h; ANALYSES.md, "Lifecycle"): the persons active in
// each period as new, returning or resurrecting, and those who went dormant. Saved as
//   {"kind": "lifecycle", "event": "login", "interval": "day|week|month",
//    "breakdown": "person.plan", "from": "2026-01-01", "to": "2026-03-31"}
// Everything about the kind is in this folder; the window's part is widgets/kinds/lifecycle/.
#include "analysis/analysiskind.h"
#include "analysis/calendar.h"
#include "analysis/eventmatcher.h"

#include <array>
#include <vector>

namespace Quadrant {

struct LifecycleQuery
{
    EventSelector event;
    Period interval = Period::Week;
    QString breakdown; // a person property: one set of bars per value
    std::optional<qint64> fromMs, toMs;
};

enum class LifecycleStatus { New, Returning, Resurrecting, Dormant };

struct LifecycleResult
{
    struct Group
    {
        QString name; // the breakdown value, "(none)" when missing; empty without a breakdown
        std::vector<std::array<qint64, 4>> persons; // per period, by LifecycleStatus
    };
    std::vector<qint64> periodStartsMs;
    std::vector<Group> groups;
    // More breakdown values x periods than a result holds (maxCells): no groups then.
    bool tooLarge = false;
    static constexpr qint64 maxCells = 20000000;
};

struct LifecycleKind : KindDefaults
{
    using Query = LifecycleQuery;
    using Result = LifecycleResult;
    static constexpr char id[] = "lifecycle";
    static constexpr int menuOrder = 36;

    // "new", "returning", "resurrecting", "dormant", as the table prints them.
    static QString statusName(LifecycleStatus status);
    // The persons (dense index numbers) of one bar: `period` indexes Result::periodStartsMs,
    // `group` is a Group::name (every group's persons when absent). Computed again from the
    // events, as run() counted them.
    static std::vector<int> persons(const Query &query,
                                    const EventIndex &index,
                                    const ProjectStore &store,
                                    size_t period,
                                    LifecycleStatus status,
                                    const std::optional<QString> &group);

    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error);
    static QJsonObject toJson(const Query &query);
    static QString missing(const Query &query);
    static std::optional<Failure>
    check(Query &query, const EventIndex &index, const ProjectStore &store);
    static Result run(const Query &query,
                      const EventIndex &index,
                      const ProjectStore &store,
                      JobContext &context);
    static RecordTable table(const Query &query, const Result &result);
    static std::optional<Failure> problem(const Query &query, const Result &result);
    static EventsRead eventsRead(const QJsonObject &definition);
    static std::optional<KindCommand> command();
    static QVector<KindExample> examples();
};

} // namespace Quadrant

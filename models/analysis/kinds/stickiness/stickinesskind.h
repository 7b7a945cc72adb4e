// SPDX-License-Identifier: MIT
#pragma once

// The stickiness kind (analysis/analysiskind.h; ANALYSES.md, "Stickiness"): how many days of
// each week or month people did an event. Saved as
//   {"kind": "stickiness", "event": "login", "interval": "week|month", "cumulative": false,
//    "breakdown": "person.plan", "from": "2026-01-01", "to": "2026-03-31"}
// Everything about the kind is in this folder; the window's part is widgets/kinds/stickiness/.
#include "analysis/analysiskind.h"
#include "analysis/calendar.h"
#include "analysis/eventmatcher.h"

#include <map>
#include <vector>

namespace Quadrant {

struct StickinessQuery
{
    EventSelector event;
    Period interval = Period::Week; // Week (ISO, Monday) or Month
    bool cumulative = false;        // "on at least n days" rather than "on exactly n days"
    QString breakdown;              // a person property, or event.PROP: one histogram per value
    std::optional<qint64> fromMs, toMs;
};

struct StickinessResult
{
    struct Group
    {
        QString name; // the breakdown value, "(none)" when missing; empty without a breakdown
        // Per period of `periodStartsMs`: persons[d] did the event on exactly d + 1 days of it.
        std::vector<std::vector<qint64>> persons;
        std::vector<qint64> active; // per period: persons who did it at least once
    };
    std::vector<qint64> periodStartsMs;
    std::vector<int> periodDays; // 7 for a week; the month's length for a month
    std::vector<Group> groups;
    // More breakdown values x periods than a result holds (maxCells): no groups then.
    bool tooLarge = false;
    static constexpr qint64 maxCells = 20000000;

    // Persons on exactly (or, cumulative, at least) `days` days of period p.
    qint64 count(const Group &group, size_t p, int days, bool cumulative) const;
};

struct StickinessKind : KindDefaults
{
    using Query = StickinessQuery;
    using Result = StickinessResult;
    static constexpr char id[] = "stickiness";
    static constexpr int menuOrder = 33;

    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error);
    static QJsonObject toJson(const Query &query);
    static QString missing(const Query &query);
    static std::optional<Failure>
    check(Query &query, const EventIndex &index, const ProjectStore &);
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

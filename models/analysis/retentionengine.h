// SPDX-License-Identifier: MIT
#pragma once

#include "calendar.h"
#include "eventmatcher.h"
#include "store/failure.h"

#include <QVector>

#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

// What a retention grid asks (ANALYSES.md, Retention).
struct RetentionQuery
{
    enum class Mode { On, OnOrAfter };
    enum class Cohorts { FirstTime, Recurring };

    EventSelector start;
    EventSelector returning; // event "*" = any event
    Period period = Period::Week;
    int periods = 8;
    Mode mode = Mode::On;
    Cohorts cohorts = Cohorts::FirstTime;
    std::optional<qint64> fromMs, toMs; // cohort entries in [from, to)
    QString breakdown;                  // a breakdown name, see resolveBreakdown()
    bool pooledRows = true; // the result table adds each group's pooled rows (cohort "all")
};

struct RetentionCohort
{
    qint64 periodStartMs = 0;
    qint64 size = 0;
    // persons[n] for n = 0..periods; cells whose period starts after the data ends are absent
    // (the vector is shorter), never zero.
    std::vector<qint64> persons;
};

struct RetentionGroup
{
    QString value;
    QVector<RetentionCohort> cohorts;
    // Pooled over the cohorts that have the cell: sum of cells / sum of their cohort sizes.
    std::vector<double> summaryRate;
    std::vector<qint64> summaryPersons, summaryCohortSize;
};

struct RetentionResult
{
    QVector<RetentionGroup> groups;
};

// Computes cohort x period retention grids over an EventIndex, one pass per person, on all cores.
class RetentionEngine
{
public:
    static std::optional<Failure> validate(const RetentionQuery &query, const EventIndex &index);
    static RetentionResult run(const RetentionQuery &query,
                               const EventIndex &index,
                               const ProjectStore &store,
                               JobContext &context);
    // The persons (dense indexes) counted in one cell: the cohort starting at cohortStartMs (or any
    // cohort, for a pooled cell), period n, in the group with this breakdown value ("" without a
    // breakdown). For a cohort's cell their number is the cell's; a pooled cell lists each person
    // once even when recurring cohorts count them in several cohorts.
    static std::vector<int> cellMembers(const RetentionQuery &query,
                                        const EventIndex &index,
                                        const ProjectStore &store,
                                        const QString &groupValue,
                                        std::optional<qint64> cohortStartMs,
                                        int period,
                                        JobContext &context);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "eventmatcher.h"
#include "store/failure.h"

#include <QString>
#include <QVector>

#include <limits>
#include <map>
#include <memory>
#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

enum class FunnelOrder { Ordered, Strict, AnyOrder };

// What a funnel asks (ANALYSES.md, Funnel).
struct FunnelQuery
{
    QVector<EventSelector> steps;
    qint64 windowMs = 7 * 86400000LL;
    FunnelOrder order = FunnelOrder::Ordered;
    std::optional<qint64> entryFromMs; // the first step must lie in [from, to)
    std::optional<qint64> entryToMs;
    QString breakdown; // property name; "person." or "event." prefix to choose
    struct Exclusion
    {
        EventSelector event;
        int afterStep = 1; // 1-based: the excluded event may not fall between step i and i + 1
    };
    QVector<Exclusion> exclusions;
    QString holdProperty; // every event of a chain carries the same value of this event property
};

struct FunnelStepResult
{
    qint64 persons = 0;
    // Medians over persons of each person's fastest time, in ms; NaN when nobody converted.
    double medianFromStartMs = std::numeric_limits<double>::quiet_NaN();
    double medianFromPreviousMs = std::numeric_limits<double>::quiet_NaN();
    std::vector<qint64> fromStartMs; // every converter's fastest time, for histograms
};

struct FunnelGroup
{
    QString value; // breakdown value, "(none)" for a missing one; empty without breakdown
    QVector<FunnelStepResult> steps;
};

struct FunnelResult
{
    QVector<FunnelGroup> groups;
    // Conversion by entry date: for each UTC day a person entered (the first step of the chain
    // that took them furthest), persons reaching each step.
    std::map<qint64, std::vector<qint64>> byEntryDay;
    // Level reached per person (0 = never entered), indexed like EventIndex persons: the
    // drop-off at step j is the persons with level j - 1.
    std::vector<quint8> levels;
    // With a breakdown: each person's group (an index into groupNames; 0 is "(none)"), so that
    // the drop-off of one group can be listed.
    std::vector<quint32> groupOf;
    QStringList groupNames;
};

// Computes funnels over an EventIndex, one pass per person, on all cores.
class FunnelEngine
{
public:
    static std::optional<Failure> validate(const FunnelQuery &query, const EventIndex &index);
    static FunnelResult run(const FunnelQuery &query,
                            const EventIndex &index,
                            const ProjectStore &store,
                            JobContext &context);
    static double median(std::vector<qint64> values);
    // The same, reordering the values instead of copying them.
    static double medianInPlace(std::vector<qint64> &values);
    // Dense indexes of the persons who reached step - 1 but not step (step >= 2); with `group`,
    // only those of that breakdown group.
    static std::vector<int>
    droppedAt(const FunnelResult &result, int step, const QString &group = QString());
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

// What a path analysis asks (ANALYSES.md, Paths).
struct PathQuery
{
    QString anchor;         // the start event (or the end event when backwards)
    bool backwards = false; // walk back from an end event
    int depth = 5;
    qint64 sessionGapMs = 30 * 60 * 1000;
    QStringList excluded; // events removed from the streams before walking
    bool collapseRepeats = false;
    static constexpr qint64 mostMinimumWeight = 1'000'000'000'000'000; // exact in a JSON number
    qint64 minimumWeight = 1;           // edges into a node seen fewer times are grouped as "other"
    std::optional<qint64> fromMs, toMs; // anchor occurrences in [from, to)
    QString cohort;                     // a saved cohort whose persons alone are walked, or empty
    std::vector<qint8> personFilter;    // filled from the cohort: non-zero = walked
};

struct PathEdge
{
    int step = 0; // 1..depth: the edge from the node at step - 1 to the node at step
    QString from, to;
    qint64 sequences = 0;
};

struct PathResult
{
    QVector<PathEdge> edges; // by step, then descending weight
    qint64 sequences = 0;    // anchor occurrences walked
    static QString sessionEnd() { return QStringLiteral("(session end)"); }
    static QString other() { return QStringLiteral("other"); }
};

// Follows each occurrence of an event through the next (or previous) events of the same
// session and counts the flows between steps, for a Sankey diagram.
class PathEngine
{
public:
    static std::optional<Failure> validate(const PathQuery &query, const EventIndex &index);
    static PathResult run(const PathQuery &query, const EventIndex &index, JobContext &context);
};

} // namespace Quadrant

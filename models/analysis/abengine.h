// SPDX-License-Identifier: MIT
#pragma once

#include "eventmatcher.h"
#include "stats/abstatistics.h"
#include "store/failure.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;

// What an A/B comparison asks (ANALYSES.md, A/B comparison).
struct AbQuery
{
    enum class Metric { Conversion, SessionDuration, EventsPerSession, Bounce, PropertySum };

    QString variantProperty; // event property; a person's variant is the first value seen
    QString control;
    Metric metric = Metric::Conversion;
    EventSelector conversion; // for Metric::Conversion
    QString metricProperty;   // for Metric::PropertySum: numeric event property, summed per person
    QVector<double> plannedSplit; // control first, then the others alphabetically; empty = equal
    std::optional<qint64> fromMs, toMs;
    qint64 sessionGapMs = 30 * 60 * 1000;

    bool isConversion() const { return metric == Metric::Conversion; }
};

struct AbVariant
{
    QString name;
    qint64 persons = 0;
    qint64 converters = 0;           // conversion metric
    double rate = AbStatistics::nan; // conversion rate, or the metric's mean
    double stddev = AbStatistics::nan;
    // Against the control (empty for the control itself).
    AbStatistics::ProportionTest proportion;
    AbStatistics::MeanTest mean;
    double probabilityToBeBest = AbStatistics::nan;
};

struct AbResult
{
    QVector<AbVariant> variants; // control first
    double sampleRatioPValue = AbStatistics::nan;
    QStringList warnings;     // small samples, sample ratio mismatch, missing control
    QStringList variantsSeen; // every value of the variant property, sorted (the view lists them)

    // "B converts 4.3% worse than A; chance alone would rarely do this (p = 0.0016)."
    QString verdict(int variant) const;
};

// Assigns persons to variants at their first exposure and compares outcomes after it.
class AbEngine
{
public:
    static std::optional<Failure> validate(const AbQuery &query, const EventIndex &index);
    // Every value the variant property takes, sorted.
    static QStringList
    variantValues(const AbQuery &query, const EventIndex &index, const ProjectStore &store);
    // A control left empty becomes the first value seen; a failure when no event carries the
    // property at all.
    static std::optional<Failure>
    resolveControl(AbQuery *query, const EventIndex &index, const ProjectStore &store);
    static AbResult run(const AbQuery &query,
                        const EventIndex &index,
                        const ProjectStore &store,
                        JobContext &context);
};

} // namespace Quadrant

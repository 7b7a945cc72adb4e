// SPDX-License-Identifier: MIT
#pragma once

#include "eventmatcher.h"
#include "stats/abstatistics.h"
#include "store/failure.h"

#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;
class ProjectStore;
struct PropertyColumn;

// What an A/B comparison asks (ANALYSES.md, A/B comparison).
struct AbQuery
{
    enum class Metric {
        Conversion,         // did the conversion event after exposure
        SessionDuration,    // mean session length after exposure
        EventsPerSession,   // mean events per session after exposure
        Bounce,             // share of one-event sessions after exposure
        PropertySum,        // a numeric event property summed per person after exposure
        ConversionProperty, // a yes/no person property (per-person result tables)
        MetricProperty      // a numeric person property (per-person result tables)
    };

    // The variant: an event property (a person's variant is the first value seen, and that
    // event is the exposure) or a person property (the person's value; the exposure is the
    // first event in the date range). A bare key is the event property when any event carries
    // it, else the person property; "event.KEY" and "person.KEY" choose.
    QString variantProperty;
    QString control;
    Metric metric = Metric::Conversion;
    EventSelector conversion; // for Metric::Conversion
    // PropertySum: the numeric event property; ConversionProperty and MetricProperty: the
    // person property.
    QString metricProperty;
    QVector<double> plannedSplit; // control first, then the others alphabetically; empty = equal
    std::optional<qint64> fromMs, toMs;
    qint64 sessionGapMs = 30 * 60 * 1000;

    bool isConversion() const { return metric == Metric::Conversion; } // converts on an event
    // A share per variant (two proportions), rather than a mean (Welch).
    bool isRate() const
    {
        return metric == Metric::Conversion || metric == Metric::ConversionProperty;
    }
    bool isPersonOutcome() const
    {
        return metric == Metric::ConversionProperty || metric == Metric::MetricProperty;
    }
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

// Where a query's variants come from: exactly one of the columns is set when the property
// exists at all.
struct AbVariantSource
{
    std::shared_ptr<const PropertyColumn> eventColumn;  // one code per event
    std::shared_ptr<const PropertyColumn> personColumn; // one code per person

    const PropertyColumn *column() const
    {
        return eventColumn ? eventColumn.get() : personColumn.get();
    }
};

// Assigns persons to variants at their first exposure and compares outcomes after it.
class AbEngine
{
public:
    static std::optional<Failure> validate(const AbQuery &query, const EventIndex &index);
    static AbVariantSource
    variantSource(const AbQuery &query, const EventIndex &index, const ProjectStore &store);
    // Every value the variant property takes, sorted.
    static QStringList
    variantValues(const AbQuery &query, const EventIndex &index, const ProjectStore &store);
    // A control left empty becomes the first value seen; a failure when no event or person
    // carries the property at all, or when a person outcome property holds a value that is not
    // a yes/no (ConversionProperty) or a number (MetricProperty).
    static std::optional<Failure>
    resolveControl(AbQuery *query, const EventIndex &index, const ProjectStore &store);
    static AbResult run(const AbQuery &query,
                        const EventIndex &index,
                        const ProjectStore &store,
                        JobContext &context);

    // "true"/"false", "yes"/"no", "1"/"0" (any case, spaces ignored): 1 or 0; none otherwise.
    static std::optional<double> readYesNo(const QString &text);
};

} // namespace Quadrant

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

// What a trend asks: one event measured per day, week or month.
struct TrendQuery
{
    enum class Measure { Total, Persons, PerPerson, Sum, Average };

    EventSelector event;
    Measure measure = Measure::Total;
    QString property; // for Sum and Average: a numeric event property
    Period interval = Period::Day;
    std::optional<qint64> fromMs, toMs;
    // A person property, "event.PROP" for each event's own value, or "source" (web/app/server).
    QString breakdown;
    bool compareWithPrevious = false; // add each series as it was one range earlier
    bool bars = false; // drawn as bars rather than lines (the numbers do not depend on it)
};

struct TrendSeries
{
    QString name;                // breakdown value ("(none)" when missing); empty without breakdown
    bool previousPeriod = false; // the comparison series: values of the range before, aligned
    std::vector<double> values;  // one per period of TrendResult::periodStartsMs; NaN = no data
};

struct TrendResult
{
    std::vector<qint64> periodStartsMs;
    QVector<TrendSeries> series;
};

// Counts, distinct persons, per-person rates, sums and averages of an event over time.
class TrendEngine
{
public:
    // A bound on groups x periods held in a result (see run()).
    static constexpr qint64 maxSeriesValues = 20000000;

    static std::optional<Failure> validate(const TrendQuery &query, const EventIndex &index);
    static TrendResult run(const TrendQuery &query,
                           const EventIndex &index,
                           const ProjectStore &store,
                           JobContext &context);
    static QString measureName(TrendQuery::Measure measure);
};

} // namespace Quadrant

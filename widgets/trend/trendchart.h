// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/trendengine.h"

#include <QString>

#include <memory>

class QChartView;

namespace Quadrant {

// A trend drawn: lines (or bars) per period, one per breakdown value (the largest
// maximumSeries; the table has them all), the range before dashed, exact values on hover.
class TrendChart
{
public:
    static constexpr int maximumSeries = 8; // more lines than this are unreadable

    static std::unique_ptr<QChartView> create(const TrendQuery &query, const TrendResult &result);
    // "events", "persons", "sum of amount": what the values count.
    static QString measureLabel(const TrendQuery &query);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "trendengine.h"

namespace Quadrant {

// A trend result with the columns of CLI.md: breakdown, period, value; the previous-period
// series are named "previous period" or "VALUE (previous period)".
class TrendReport
{
public:
    static RecordTable table(const TrendResult &result);
    static QString seriesName(const TrendSeries &series);
};

} // namespace Quadrant

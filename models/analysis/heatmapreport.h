// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "heatmapengine.h"

namespace Quadrant {

// The cells with the columns of CLI.md: row, column, value.
class HeatmapReport
{
public:
    static RecordTable table(const HeatmapResult &result);
    // The rows in the query's rowOrder (see HeatmapQuery).
    static HeatmapResult ordered(const HeatmapResult &result, const QString &rowOrder);
};

} // namespace Quadrant

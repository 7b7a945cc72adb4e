// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "funnelengine.h"

namespace Quadrant {

// A funnel result as tables, with the columns of CLI.md: what quadrant-cli prints and what the
// workbench shows and exports.
class FunnelReport
{
public:
    // breakdown, step, event, persons, conversion_from_start, conversion_from_previous,
    // median_seconds_from_start, median_seconds_from_previous
    static RecordTable stepsTable(const FunnelQuery &query, const FunnelResult &result);
    // entry_date, step, persons, conversion_from_start
    static RecordTable entryDateTable(const FunnelResult &result);
};

} // namespace Quadrant

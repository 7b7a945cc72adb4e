// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "retentionengine.h"

namespace Quadrant {

// A retention result with the columns of CLI.md: breakdown, cohort, cohort_size, period, persons,
// rate; with summary, the pooled rows (cohort "all") after each group's cohorts.
class RetentionReport
{
public:
    static RecordTable table(const RetentionResult &result, bool summary);
};

} // namespace Quadrant

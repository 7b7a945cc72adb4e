// SPDX-License-Identifier: MIT
#pragma once

#include "abengine.h"
#include "export/recordtable.h"

namespace Quadrant {

// The per-variant table of CLI.md: variant, persons, converters, rate|mean, stddev, lift, z|t,
// p_value, ci_low, ci_high, prob_best, srm_p_value. Control first.
class AbReport
{
public:
    static RecordTable table(const AbQuery &query, const AbResult &result);
    // The result in words: each variant's verdict against the control, then the warnings.
    static QString summary(const AbResult &result);
};

} // namespace Quadrant

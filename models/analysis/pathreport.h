// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "pathengine.h"

namespace Quadrant {

// The edges with the columns of CLI.md: step, from_event, to_event, sequences.
class PathReport
{
public:
    static RecordTable table(const PathResult &result);
};

} // namespace Quadrant

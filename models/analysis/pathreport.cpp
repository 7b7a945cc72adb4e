// SPDX-License-Identifier: MIT
#include "pathreport.h"

namespace Quadrant {

RecordTable PathReport::table(const PathResult &result)
{
    RecordTable table{{QStringLiteral("step"),
                       QStringLiteral("from_event"),
                       QStringLiteral("to_event"),
                       QStringLiteral("sequences")},
                      {}};
    for (const PathEdge &edge : result.edges)
        table.rows.append({edge.step, edge.from, edge.to, edge.sequences});
    return table;
}

} // namespace Quadrant

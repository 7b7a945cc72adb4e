// SPDX-License-Identifier: MIT
#include "heatmapreport.h"

namespace Quadrant {

HeatmapResult HeatmapReport::ordered(const HeatmapResult &result, const QString &rowOrder)
{
    const int rows = int(result.rows.size()), columns = int(result.columns.size());
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    if (rowOrder == QLatin1String("name")) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return QString::localeAwareCompare(result.rows[a], result.rows[b]) < 0;
        });
    } else if (rowOrder == QLatin1String("total")) {
        std::vector<double> totals(static_cast<size_t>(rows), 0.0);
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                totals[size_t(r)] += result.at(r, c);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return totals[size_t(a)] > totals[size_t(b)];
        });
    } else {
        return result;
    }
    HeatmapResult out;
    out.columns = result.columns;
    for (int r : order) {
        out.rows << result.rows[r];
        if (!result.rowPersons.empty())
            out.rowPersons.push_back(result.rowPersons[size_t(r)]);
        for (int c = 0; c < columns; ++c)
            out.values.push_back(result.at(r, c));
    }
    return out;
}

RecordTable HeatmapReport::table(const HeatmapResult &result)
{
    RecordTable table{{QStringLiteral("row"), QStringLiteral("column"), QStringLiteral("value")},
                      {}};
    for (int r = 0; r < result.rows.size(); ++r)
        for (int c = 0; c < result.columns.size(); ++c)
            table.rows.append({result.rows[r], result.columns[c], result.at(r, c)});
    return table;
}

} // namespace Quadrant

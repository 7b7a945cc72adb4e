// SPDX-License-Identifier: MIT
#include "trendreport.h"

#include "calendar.h"

#include <QCoreApplication>

namespace Quadrant {

QString TrendReport::seriesName(const TrendSeries &series)
{
    if (!series.previousPeriod)
        return series.name;
    return series.name.isEmpty() ? QCoreApplication::translate("Quadrant", "previous period")
                                 : series.name + QStringLiteral(" (previous period)");
}

RecordTable TrendReport::table(const TrendResult &result)
{
    RecordTable table{
        {QStringLiteral("breakdown"), QStringLiteral("period"), QStringLiteral("value")}, {}};
    for (const TrendSeries &series : result.series) {
        const QString name = seriesName(series);
        for (size_t i = 0; i < series.values.size(); ++i)
            table.rows.append(
                {name,
                 Calendar::dateText(result.periodStartsMs[i]),
                 std::isnan(series.values[i]) ? QVariant() : QVariant(series.values[i])});
    }
    return table;
}

} // namespace Quadrant

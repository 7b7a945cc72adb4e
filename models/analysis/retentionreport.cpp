// SPDX-License-Identifier: MIT
#include "retentionreport.h"

#include "calendar.h"

namespace Quadrant {

RecordTable RetentionReport::table(const RetentionResult &result, bool summary)
{
    RecordTable table{{QStringLiteral("breakdown"),
                       QStringLiteral("cohort"),
                       QStringLiteral("cohort_size"),
                       QStringLiteral("period"),
                       QStringLiteral("persons"),
                       QStringLiteral("rate")},
                      {}};
    for (const RetentionGroup &group : result.groups) {
        for (const RetentionCohort &cohort : group.cohorts)
            for (size_t n = 0; n < cohort.persons.size(); ++n)
                table.rows.append(
                    {group.value,
                     Calendar::dateText(cohort.periodStartMs),
                     cohort.size,
                     qint64(n),
                     cohort.persons[n],
                     double(cohort.persons[n]) / double(std::max<qint64>(1, cohort.size))});
        if (summary)
            for (size_t n = 0; n < group.summaryRate.size(); ++n)
                if (group.summaryCohortSize[n] > 0)
                    table.rows.append({group.value,
                                       QStringLiteral("all"),
                                       group.summaryCohortSize[n],
                                       qint64(n),
                                       group.summaryPersons[n],
                                       group.summaryRate[n]});
    }
    return table;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "funnelreport.h"

#include "calendar.h"

#include <cmath>

namespace Quadrant {

namespace {
QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}

QVariant ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? QVariant(double(part) / double(whole)) : QVariant();
}
} // namespace

RecordTable FunnelReport::stepsTable(const FunnelQuery &query, const FunnelResult &result)
{
    RecordTable table{{QStringLiteral("breakdown"),
                       QStringLiteral("step"),
                       QStringLiteral("event"),
                       QStringLiteral("persons"),
                       QStringLiteral("conversion_from_start"),
                       QStringLiteral("conversion_from_previous"),
                       QStringLiteral("median_seconds_from_start"),
                       QStringLiteral("median_seconds_from_previous")},
                      {}};
    for (const FunnelGroup &group : result.groups) {
        const qint64 entered = group.steps.isEmpty() ? 0 : group.steps[0].persons;
        for (int s = 0; s < group.steps.size(); ++s) {
            const FunnelStepResult &step = group.steps[s];
            const qint64 previous = s == 0 ? entered : group.steps[s - 1].persons;
            table.rows.append({group.value,
                               s + 1,
                               query.steps.value(s).toString(),
                               step.persons,
                               ratio(step.persons, entered),
                               ratio(step.persons, previous),
                               number(step.medianFromStartMs / 1000.0),
                               number(step.medianFromPreviousMs / 1000.0)});
        }
    }
    return table;
}

RecordTable FunnelReport::entryDateTable(const FunnelResult &result)
{
    RecordTable days{{QStringLiteral("entry_date"),
                      QStringLiteral("step"),
                      QStringLiteral("persons"),
                      QStringLiteral("conversion_from_start")},
                     {}};
    for (const auto &[day, counts] : result.byEntryDay)
        for (size_t s = 0; s < counts.size(); ++s)
            days.rows.append({Calendar::dateText(day * Calendar::msPerDay),
                              qint64(s + 1),
                              counts[s],
                              double(counts[s]) / double(std::max<qint64>(1, counts[0]))});
    return days;
}

} // namespace Quadrant

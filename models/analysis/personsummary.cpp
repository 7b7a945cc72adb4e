// SPDX-License-Identifier: MIT
#include "personsummary.h"

#include "calendar.h"
#include "eventindex.h"
#include "jobs/heavywork.h"

namespace Quadrant {

RecordTable PersonSummary::table(const EventIndex &index,
                                 const ProjectStore &store,
                                 const std::vector<int> &persons,
                                 int limit)
{
    heavyWork("PersonSummary::table");
    RecordTable table{{QStringLiteral("user_id"),
                       QStringLiteral("account_id"),
                       QStringLiteral("events"),
                       QStringLiteral("first_seen"),
                       QStringLiteral("last_seen")},
                      {}};
    const auto accounts = index.personProperty(store, QStringLiteral("account_id"));
    const std::vector<qint64> &times = index.times();
    for (size_t i = 0; i < persons.size() && i < size_t(limit); ++i) {
        const int p = persons[i];
        const qint64 begin = index.begin(p), end = index.end(p);
        const bool seen = end > begin;
        table.rows.append(
            {index.personId(p),
             accounts ? accounts->valueOf(accounts->codes[size_t(p)]) : QString(),
             end - begin,
             seen ? QVariant(Calendar::dateText(times[size_t(begin)])) : QVariant(),
             seen ? QVariant(Calendar::dateText(times[size_t(end - 1)])) : QVariant()});
    }
    return table;
}

} // namespace Quadrant

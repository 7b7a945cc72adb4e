// SPDX-License-Identifier: MIT
#include "retentionengine.h"

#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <atomic>

namespace Quadrant {

namespace {

// cohort period -> [size, persons at n = 1..N]
using CohortCounts = QMap<qint64, std::vector<qint64>>;
using GroupCounts = QHash<quint32, CohortCounts>;

} // namespace

std::optional<Failure> RetentionEngine::validate(const RetentionQuery &query, const EventIndex &index)
{
    for (const EventSelector *selector : {&query.start, &query.returning})
        if (selector->event != QLatin1String("*") && index.eventId(selector->event) < 0)
            return Failure(QStringLiteral("unknown event '%1'").arg(selector->event));
    if (query.periods < 0 || query.periods > 1000)
        return Failure(QStringLiteral("the number of periods must be between 0 and 1000"));
    return std::nullopt;
}

RetentionResult RetentionEngine::run(const RetentionQuery &query, const EventIndex &index, const ProjectStore &store,
                                     JobContext &context)
{
    const EventMatcher start(query.start, index, store);
    const EventMatcher returning(query.returning, index, store);
    const qint64 from = query.fromMs.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = query.toMs.value_or(std::numeric_limits<qint64>::max());
    const int periods = query.periods;
    const Period kind = query.period;
    const qint64 *times = index.times().data();

    std::shared_ptr<const PropertyColumn> personGroups, eventGroups;
    if (!query.breakdown.isEmpty()) {
        if (query.breakdown.startsWith(QLatin1String("event.")))
            eventGroups = index.eventProperty(store, query.breakdown.mid(6));
        else
            personGroups = index.personProperty(store, query.breakdown.startsWith(QLatin1String("person."))
                                                           ? query.breakdown.mid(7) : query.breakdown);
    }

    const int persons = index.personCount();
    std::atomic<int> done{0};
    std::vector<GroupCounts> partials = Parallel::mapChunks<GroupCounts>(
        persons, [&](int first, int last, GroupCounts &counts) {
            std::vector<qint64> startPeriods, returnPeriods;
            std::vector<qint64> startPositions;
            for (int p = first; p < last; ++p) {
                if (((p - first) & 1023) == 0 && context.isCanceled())
                    return;
                startPeriods.clear();
                returnPeriods.clear();
                startPositions.clear();
                const qint64 begin = index.begin(p), end = index.end(p);
                bool seenStart = false;
                for (qint64 position = begin; position < end; ++position) {
                    const qint64 t = times[position];
                    if (start.matches(position)) {
                        const bool firstEver = !seenStart;
                        seenStart = true;
                        const bool counts = query.cohorts == RetentionQuery::Cohorts::Recurring || firstEver;
                        if (counts && t >= from && t < to) {
                            const qint64 period = Calendar::periodOf(t, kind);
                            if (startPeriods.empty() || startPeriods.back() != period) {
                                startPeriods.push_back(period);
                                startPositions.push_back(position);
                            }
                        }
                    }
                    if (returning.matches(position)) {
                        const qint64 period = Calendar::periodOf(t, kind);
                        if (returnPeriods.empty() || returnPeriods.back() != period)
                            returnPeriods.push_back(period);
                    }
                }
                if (startPeriods.empty())
                    continue;
                for (size_t e = 0; e < startPeriods.size(); ++e) {
                    const qint64 cohort = startPeriods[e];
                    quint32 group = 0;
                    if (personGroups)
                        group = personGroups->codes[size_t(p)];
                    else if (eventGroups)
                        group = eventGroups->codes[size_t(startPositions[e])];
                    std::vector<qint64> &cells = counts[group][cohort];
                    if (cells.empty())
                        cells.assign(size_t(periods) + 1, 0);
                    ++cells[0];
                    // Returns in period cohort + n (on), or in any period from cohort + n (on or after).
                    const auto firstAfter = std::upper_bound(returnPeriods.begin(), returnPeriods.end(), cohort);
                    if (query.mode == RetentionQuery::Mode::On) {
                        for (auto it = firstAfter; it != returnPeriods.end() && *it <= cohort + periods; ++it)
                            ++cells[size_t(*it - cohort)];
                    } else if (firstAfter != returnPeriods.end()) {
                        const qint64 last = std::min<qint64>(returnPeriods.back() - cohort, periods);
                        for (qint64 n = 1; n <= last; ++n)
                            ++cells[size_t(n)];
                    }
                }
            }
            context.setProgress(double(done.fetch_add(last - first) + (last - first)) / double(std::max(1, persons)),
                                QStringLiteral("Computing retention"));
        });

    GroupCounts merged;
    for (GroupCounts &partial : partials) {
        for (auto g = partial.begin(); g != partial.end(); ++g) {
            CohortCounts &target = merged[g.key()];
            for (auto c = g.value().begin(); c != g.value().end(); ++c) {
                std::vector<qint64> &cells = target[c.key()];
                if (cells.empty())
                    cells.assign(c.value().size(), 0);
                for (size_t n = 0; n < cells.size(); ++n)
                    cells[n] += c.value()[n];
            }
        }
    }

    // A cell exists when its period starts no later than the last event of the project.
    const qint64 lastEvent = index.lastEventTime();
    const PropertyColumn *groupColumn = personGroups ? personGroups.get() : eventGroups.get();
    RetentionResult result;
    for (auto g = merged.begin(); g != merged.end(); ++g) {
        RetentionGroup group;
        if (groupColumn)
            group.value = g.key() == 0 ? QStringLiteral("(none)") : groupColumn->valueOf(g.key());
        group.summaryPersons.assign(size_t(periods) + 1, 0);
        group.summaryCohortSize.assign(size_t(periods) + 1, 0);
        for (auto c = g.value().begin(); c != g.value().end(); ++c) {
            RetentionCohort cohort;
            cohort.periodStartMs = Calendar::periodStart(c.key(), kind);
            cohort.size = c.value()[0];
            for (int n = 0; n <= periods; ++n) {
                if (Calendar::periodStart(c.key() + n, kind) > lastEvent)
                    break;
                cohort.persons.push_back(c.value()[size_t(n)]);
                group.summaryPersons[size_t(n)] += c.value()[size_t(n)];
                group.summaryCohortSize[size_t(n)] += cohort.size;
            }
            group.cohorts << cohort;
        }
        for (int n = 0; n <= periods; ++n)
            group.summaryRate.push_back(group.summaryCohortSize[size_t(n)] > 0
                                            ? double(group.summaryPersons[size_t(n)])
                                                  / double(group.summaryCohortSize[size_t(n)])
                                            : std::numeric_limits<double>::quiet_NaN());
        result.groups << group;
    }
    std::sort(result.groups.begin(), result.groups.end(), [](const RetentionGroup &a, const RetentionGroup &b) {
        const bool noneA = a.value == QLatin1String("(none)"), noneB = b.value == QLatin1String("(none)");
        if (noneA != noneB)
            return noneB;
        return a.summaryCohortSize.front() != b.summaryCohortSize.front()
                   ? a.summaryCohortSize.front() > b.summaryCohortSize.front()
                   : a.value < b.value;
    });
    return result;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "retentionengine.h"

#include "breakdown.h"
#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"

#include <QCoreApplication>
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

std::optional<Failure> RetentionEngine::validate(const RetentionQuery &query,
                                                 const EventIndex &index)
{
    for (const EventSelector *selector : {&query.start, &query.returning})
        if (selector->event != QLatin1String("*") && index.eventId(selector->event) < 0)
            return Failure(
                QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(selector->event));
    if (query.periods < 0 || query.periods > 1000)
        return Failure(QCoreApplication::translate(
            "Quadrant", "the number of periods must be between 0 and 1000"));
    return std::nullopt;
}

namespace {
// Walks one person's events and reports each grid cell they count in: (group code, cohort
// period, n) for n = 0 (the cohort entry) and every later period that holds a return. Shared by
// the grid and by "who is in this cell", so that both count the same persons.
class PersonCells
{
public:
    PersonCells(const RetentionQuery &query, const EventIndex &index, const ProjectStore &store)
        : m_query(query)
        , m_index(index)
        , m_start(query.start, index, store)
        , m_returning(query.returning, index, store)
        , m_from(query.fromMs.value_or(std::numeric_limits<qint64>::min()))
        , m_to(query.toMs.value_or(std::numeric_limits<qint64>::max()))
        , m_times(index.times().data())
    {
        const Breakdown breakdown = resolveBreakdown(index, store, query.breakdown);
        m_personGroups = breakdown.personGroups;
        m_eventGroups = breakdown.eventGroups;
    }

    const PropertyColumn *groupColumn() const
    {
        return m_personGroups ? m_personGroups.get() : m_eventGroups.get();
    }

    template<typename Visit>
    void visit(int p, const Visit &cell)
    {
        m_startPeriods.clear();
        m_returnPeriods.clear();
        m_startPositions.clear();
        const qint64 begin = m_index.begin(p), end = m_index.end(p);
        bool seenStart = false;
        for (qint64 position = begin; position < end; ++position) {
            const qint64 t = m_times[position];
            if (m_start.matches(position)) {
                const bool firstEver = !seenStart;
                seenStart = true;
                const bool counts
                    = m_query.cohorts == RetentionQuery::Cohorts::Recurring || firstEver;
                if (counts && t >= m_from && t < m_to) {
                    const qint64 period = Calendar::periodOf(t, m_query.period);
                    if (m_startPeriods.empty() || m_startPeriods.back() != period) {
                        m_startPeriods.push_back(period);
                        m_startPositions.push_back(position);
                    }
                }
            }
            if (m_returning.matches(position)) {
                const qint64 period = Calendar::periodOf(t, m_query.period);
                if (m_returnPeriods.empty() || m_returnPeriods.back() != period)
                    m_returnPeriods.push_back(period);
            }
        }
        const int periods = m_query.periods;
        for (size_t e = 0; e < m_startPeriods.size(); ++e) {
            const qint64 cohort = m_startPeriods[e];
            quint32 group = 0;
            if (m_personGroups)
                group = m_personGroups->codes[size_t(p)];
            else if (m_eventGroups)
                group = m_eventGroups->codes[size_t(m_startPositions[e])];
            cell(group, cohort, qint64(0));
            // Returns in period cohort + n (on), or in any period from cohort + n (on or after).
            const auto firstAfter
                = std::upper_bound(m_returnPeriods.begin(), m_returnPeriods.end(), cohort);
            if (m_query.mode == RetentionQuery::Mode::On) {
                for (auto it = firstAfter; it != m_returnPeriods.end() && *it <= cohort + periods;
                     ++it)
                    cell(group, cohort, *it - cohort);
            } else if (firstAfter != m_returnPeriods.end()) {
                const qint64 last = std::min<qint64>(m_returnPeriods.back() - cohort, periods);
                for (qint64 n = 1; n <= last; ++n)
                    cell(group, cohort, n);
            }
        }
    }

private:
    const RetentionQuery &m_query;
    const EventIndex &m_index;
    EventMatcher m_start, m_returning;
    qint64 m_from, m_to;
    const qint64 *m_times;
    std::shared_ptr<const PropertyColumn> m_personGroups, m_eventGroups;
    std::vector<qint64> m_startPeriods, m_returnPeriods, m_startPositions;
};
} // namespace

std::vector<int> RetentionEngine::cellMembers(const RetentionQuery &query,
                                              const EventIndex &index,
                                              const ProjectStore &store,
                                              const QString &groupValue,
                                              std::optional<qint64> cohortStartMs,
                                              int period,
                                              JobContext &context)
{
    PersonCells cells(query, index, store);
    const PropertyColumn *column = cells.groupColumn();
    const bool anyCohort = !cohortStartMs.has_value();
    const qint64 cohort = anyCohort ? 0 : Calendar::periodOf(*cohortStartMs, query.period);
    std::vector<int> members;
    for (int p = 0; p < index.personCount(); ++p) {
        if ((p & 4095) == 0 && context.isCanceled())
            return {};
        bool in = false;
        cells.visit(p, [&](quint32 group, qint64 cellCohort, qint64 n) {
            if (in || (!anyCohort && cellCohort != cohort) || n != period)
                return;
            const QString value
                = !column ? QString()
                          : (group == 0 ? QStringLiteral("(none)") : column->valueOf(group));
            in = value == groupValue;
        });
        if (in)
            members.push_back(p);
    }
    return members;
}

RetentionResult RetentionEngine::run(const RetentionQuery &query,
                                     const EventIndex &index,
                                     const ProjectStore &store,
                                     JobContext &context)
{
    const int periods = query.periods;
    const Period kind = query.period;
    const int persons = index.personCount();
    std::atomic<int> done{0};
    // Matchers and breakdown columns are read once, here: the index's property cache is not for
    // concurrent first reads. Each chunk walks with its own copy (its own scratch vectors).
    const PersonCells prototype(query, index, store);
    std::vector<GroupCounts> partials
        = Parallel::mapChunks<GroupCounts>(persons, [&](int first, int last, GroupCounts &counts) {
              PersonCells cells = prototype;
              for (int p = first; p < last; ++p) {
                  if (((p - first) & 1023) == 0 && context.isCanceled())
                      return;
                  cells.visit(p, [&](quint32 group, qint64 cohort, qint64 n) {
                      std::vector<qint64> &grid = counts[group][cohort];
                      if (grid.empty())
                          grid.assign(size_t(periods) + 1, 0);
                      ++grid[size_t(n)];
                  });
              }
              context.setProgress(double(done.fetch_add(last - first) + (last - first))
                                      / double(std::max(1, persons)),
                                  QCoreApplication::translate("Quadrant", "Computing retention"));
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
    const PropertyColumn *groupColumn = prototype.groupColumn();
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
    std::sort(result.groups.begin(),
              result.groups.end(),
              [](const RetentionGroup &a, const RetentionGroup &b) {
                  const bool noneA = a.value == QLatin1String("(none)"),
                             noneB = b.value == QLatin1String("(none)");
                  if (noneA != noneB)
                      return noneB;
                  return a.summaryCohortSize.front() != b.summaryCohortSize.front()
                             ? a.summaryCohortSize.front() > b.summaryCohortSize.front()
                             : a.value < b.value;
              });
    return result;
}

} // namespace Quadrant

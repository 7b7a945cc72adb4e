// SPDX-License-Identifier: MIT
#include "funnelengine.h"

#include "breakdown.h"
#include "calendar.h"
#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>

namespace Quadrant {

namespace {

constexpr int s_maxSteps = 32;
constexpr qint64 s_none = std::numeric_limits<qint64>::max();

using EntryDays = std::map<qint64, std::vector<qint64>>;

struct GroupTotals
{
    std::array<qint64, s_maxSteps> persons{};
    std::array<std::vector<qint64>, s_maxSteps> fromStart, fromPrevious;

    void merge(GroupTotals &other)
    {
        const auto append = [](std::vector<qint64> &to, std::vector<qint64> &from) {
            if (to.empty())
                to.swap(from); // the first chunk's times move instead of being copied
            else
                to.insert(to.end(), from.begin(), from.end());
        };
        for (int k = 0; k < s_maxSteps; ++k) {
            persons[size_t(k)] += other.persons[size_t(k)];
            append(fromStart[size_t(k)], other.fromStart[size_t(k)]);
            append(fromPrevious[size_t(k)], other.fromPrevious[size_t(k)]);
        }
    }
};

// One person's outcome: level reached, fastest times per step, and the event that started the
// first chain to reach that level (for first-touch breakdowns).
struct PersonOutcome
{
    int level = 0;
    qint64 touch = -1;
    std::array<qint64, s_maxSteps> fromStart, fromPrevious;

    void reset(int steps)
    {
        level = 0;
        touch = -1;
        std::fill_n(fromStart.begin(), steps, s_none);
        std::fill_n(fromPrevious.begin(), steps, s_none);
    }
};

// Per-thread scanning state; the matchers and columns it reads are shared and read-only.
class FunnelScanner
{
public:
    FunnelScanner(const FunnelQuery &query,
                  const EventIndex &index,
                  const std::vector<EventMatcher> &steps,
                  const std::vector<std::pair<int, EventMatcher>> &exclusions,
                  const PropertyColumn *hold,
                  const std::vector<quint32> *nameMask)
        : m_query(query)
        , m_times(index.times().data())
        , m_names(index.names().data())
        , m_nameMask(nameMask)
        , m_steps(steps)
        , m_exclusions(exclusions)
        , m_hold(hold)
        , m_k(int(steps.size()))
        , m_from(query.entryFromMs.value_or(std::numeric_limits<qint64>::min()))
        , m_to(query.entryToMs.value_or(std::numeric_limits<qint64>::max()))
    {}

    void scanPerson(qint64 begin, qint64 end, PersonOutcome &out)
    {
        out.reset(m_k);
        if (m_query.order == FunnelOrder::Strict) {
            scanStrict(begin, end, out);
            return;
        }
        if (!m_hold && m_query.order == FunnelOrder::Ordered) {
            scanOrdered(Range{begin, end}, out);
            return;
        }
        if (!m_hold) {
            m_positions.clear();
            for (qint64 p = begin; p < end; ++p)
                m_positions.push_back(p);
            scanList(out);
            return;
        }
        // Hold a property constant: each value's events form their own stream.
        m_byValue.clear();
        for (qint64 p = begin; p < end; ++p) {
            const quint32 code = m_hold->codes[size_t(p)];
            if (code != 0)
                m_byValue.push_back({code, p});
        }
        std::stable_sort(
            m_byValue.begin(), m_byValue.end(), [](auto a, auto b) { return a.first < b.first; });
        size_t i = 0;
        while (i < m_byValue.size()) {
            const quint32 code = m_byValue[i].first;
            while (i < m_byValue.size() && m_byValue[i].first == code)
                ++i;
            // The value's own events, plus every excluded event whatever its value: an
            // exclusion breaks a chain whichever account or deal it belongs to.
            m_positions.clear();
            for (qint64 p = begin; p < end; ++p)
                if (m_hold->codes[size_t(p)] == code || isExcluded(p))
                    m_positions.push_back(p);
            m_currentCode = code;
            scanList(out);
        }
        m_currentCode = 0;
    }

private:
    struct Chain
    {
        qint64 start, end, startPosition;
    };

    quint32 stepMask(qint64 position) const
    {
        // Steps without filters are decided by the event name alone: one table lookup.
        if (m_nameMask)
            return (*m_nameMask)[m_names[position]];
        quint32 mask = 0;
        for (int k = 0; k < m_k; ++k)
            if (m_steps[size_t(k)].matches(position))
                mask |= 1u << k;
        return mask;
    }
    bool inEntryRange(qint64 t) const { return t >= m_from && t < m_to; }
    bool isExcluded(qint64 position) const
    {
        for (const auto &exclusion : m_exclusions)
            if (exclusion.second.matches(position))
                return true;
        return false;
    }
    void reached(PersonOutcome &out, int level, qint64 startPosition)
    {
        if (level > out.level) {
            out.level = level;
            out.touch = startPosition;
        }
    }
    static void keepMin(qint64 &slot, qint64 value) { slot = std::min(slot, value); }

    // Positions begin..end without materialising them.
    struct Range
    {
        struct Iterator
        {
            qint64 value;
            qint64 operator*() const { return value; }
            Iterator &operator++()
            {
                ++value;
                return *this;
            }
            bool operator!=(const Iterator &other) const { return value != other.value; }
        };
        qint64 first, last;
        Iterator begin() const { return {first}; }
        Iterator end() const { return {last}; }
    };

    void scanList(PersonOutcome &out)
    {
        if (m_query.order == FunnelOrder::AnyOrder)
            scanAnyOrder(out);
        else
            scanOrdered(m_positions, out);
    }

    // windowFunnel with exclusions: per level, the chains worth keeping (latest start for the
    // window; latest end among those for "time from previous").
    template<typename Positions>
    void scanOrdered(const Positions &positions, PersonOutcome &out)
    {
        for (int k = 0; k < m_k; ++k)
            m_chains[size_t(k)].clear();
        const qint64 window = m_query.windowMs;
        const bool anyExclusions = !m_exclusions.empty();
        for (qint64 position : positions) {
            const bool ownValue
                = m_currentCode == 0 || m_hold->codes[size_t(position)] == m_currentCode;
            const quint32 mask
                = ownValue ? stepMask(position) : 0; // another value's event only excludes
            if (!mask && !anyExclusions)
                continue;
            const qint64 t = m_times[position];
            // 1. What this event extends, from the chains as they were before it.
            m_pending.clear();
            for (int k = m_k - 1; mask && k >= 0; --k) {
                if (!(mask & (1u << k)))
                    continue;
                if (k == 0) {
                    if (!inEntryRange(t))
                        continue;
                    m_pending.push_back({0, {t, t, position}});
                    keepMin(out.fromStart[0], 0);
                    reached(out, 1, position);
                    continue;
                }
                const auto &previous = m_chains[size_t(k - 1)];
                if (previous.empty())
                    continue;
                const Chain *best = &previous.front();
                for (const Chain &chain : previous)
                    if (chain.start > best->start)
                        best = &chain;
                if (t - best->start > window)
                    continue;
                keepMin(out.fromStart[size_t(k)], t - best->start);
                for (auto it = previous.rbegin(); it != previous.rend(); ++it) {
                    if (it->start >= t - window) {
                        keepMin(out.fromPrevious[size_t(k)], t - it->end);
                        break;
                    }
                }
                m_pending.push_back({k, {best->start, t, best->startPosition}});
                reached(out, k + 1, best->startPosition);
            }
            // 2. An excluded event lies after the last step of every older chain at its boundary.
            for (const auto &[boundary, matcher] : m_exclusions)
                if (matcher.matches(position))
                    m_chains[size_t(boundary - 1)].clear();
            // 3. The chains this event ended.
            for (const auto &[k, added] : m_pending) {
                auto &chains = m_chains[size_t(k)];
                if (k == 0) {
                    chains.assign(1, added);
                    continue;
                }
                const qint64 start
                    = added.start; // a lambda may not capture a structured binding in C++17
                chains.erase(std::remove_if(chains.begin(),
                                            chains.end(),
                                            [start](const Chain &c) { return c.start <= start; }),
                             chains.end());
                chains.push_back(added);
            }
        }
    }

    // Consecutive events only: chains that end at the previous event of the stream.
    void scanStrict(qint64 begin, qint64 end, PersonOutcome &out)
    {
        std::array<qint64, s_maxSteps> previousStart, previousStartPosition, currentStart,
            currentStartPosition;
        std::fill_n(previousStart.begin(), m_k, s_none);
        const qint64 window = m_query.windowMs;
        for (qint64 position = begin; position < end; ++position) {
            std::fill_n(currentStart.begin(), m_k, s_none);
            const qint64 t = m_times[position];
            const quint32 mask = stepMask(position);
            const bool sameValue
                = !m_hold
                  || (position > begin && m_hold->codes[size_t(position)] != 0
                      && m_hold->codes[size_t(position)] == m_hold->codes[size_t(position - 1)]);
            for (int k = 0; mask && k < m_k; ++k) {
                if (!(mask & (1u << k)))
                    continue;
                if (k == 0) {
                    if (inEntryRange(t) && (!m_hold || m_hold->codes[size_t(position)] != 0)) {
                        currentStart[0] = t;
                        currentStartPosition[0] = position;
                        keepMin(out.fromStart[0], 0);
                        reached(out, 1, position);
                    }
                    continue;
                }
                const qint64 s = previousStart[size_t(k - 1)];
                if (s == s_none || !sameValue || t - s > window)
                    continue;
                currentStart[size_t(k)] = s;
                currentStartPosition[size_t(k)] = previousStartPosition[size_t(k - 1)];
                keepMin(out.fromStart[size_t(k)], t - s);
                keepMin(out.fromPrevious[size_t(k)], t - m_times[position - 1]);
                reached(out, k + 1, currentStartPosition[size_t(k)]);
            }
            previousStart = currentStart;
            previousStartPosition = currentStartPosition;
        }
    }

    // Any order: for each window opened by a matching event, the steps S1..Sj all present
    // within W of it.
    void scanAnyOrder(PersonOutcome &out)
    {
        const size_t n = m_positions.size();
        const qint64 window = m_query.windowMs;
        m_masks.resize(n);
        for (size_t i = 0; i < n; ++i)
            m_masks[i] = stepMask(m_positions[i]);
        // next[k][i]: first index >= i whose event matches step k (n if none).
        m_next.resize(size_t(m_k) * (n + 1));
        for (int k = 0; k < m_k; ++k) {
            qint64 *next = m_next.data() + size_t(k) * (n + 1);
            next[n] = qint64(n);
            for (size_t i = n; i-- > 0;)
                next[i] = (m_masks[i] & (1u << k)) ? qint64(i) : next[i + 1];
        }
        for (size_t i = 0; i < n; ++i) {
            if (!m_masks[i])
                continue;
            const qint64 t0 = m_times[m_positions[i]];
            if (!inEntryRange(t0))
                continue;
            // The window's first event must belong to the chain: it credits only the prefixes
            // S1..Sj that contain a step it matches.
            const int lowestStep = qCountTrailingZeroBits(m_masks[i]);
            qint64 reachedAt = t0, previousReachedAt = t0;
            int level = 0;
            for (int k = 0; k < m_k; ++k) {
                const qint64 j = m_next[size_t(k) * (n + 1) + i];
                if (j >= qint64(n))
                    break;
                const qint64 t = m_times[m_positions[size_t(j)]];
                if (t - t0 > window)
                    break;
                previousReachedAt = reachedAt;
                reachedAt = std::max(reachedAt, t);
                if (k < lowestStep)
                    continue;
                level = k + 1;
                keepMin(out.fromStart[size_t(k)], reachedAt - t0);
                if (k > 0)
                    keepMin(out.fromPrevious[size_t(k)], reachedAt - previousReachedAt);
            }
            reached(out, level, m_positions[i]);
        }
    }

    const FunnelQuery &m_query;
    const qint64 *m_times;
    const quint32 *m_names;
    const std::vector<quint32> *m_nameMask; // null when a step has filters
    const std::vector<EventMatcher> &m_steps;
    const std::vector<std::pair<int, EventMatcher>> &m_exclusions;
    const PropertyColumn *m_hold;
    quint32 m_currentCode = 0; // the held value being scanned, 0 = none
    int m_k;
    qint64 m_from, m_to;
    std::array<std::vector<Chain>, s_maxSteps> m_chains;
    std::vector<std::pair<int, Chain>> m_pending;
    std::vector<qint64> m_positions;
    std::vector<std::pair<quint32, qint64>> m_byValue;
    std::vector<quint32> m_masks;
    std::vector<qint64> m_next;
};

} // namespace

std::vector<int> FunnelEngine::droppedAt(const FunnelResult &result, int step, const QString &group)
{
    std::vector<int> persons;
    if (step < 2)
        return persons;
    const bool byGroup = !group.isEmpty() && !result.groupOf.empty();
    const quint32 code
        = byGroup ? quint32(std::max<qsizetype>(0, result.groupNames.indexOf(group))) : 0;
    if (byGroup && !result.groupNames.contains(group))
        return persons;
    for (size_t p = 0; p < result.levels.size(); ++p)
        if (result.levels[p] == step - 1 && (!byGroup || result.groupOf[p] == code))
            persons.push_back(int(p));
    return persons;
}

double FunnelEngine::median(std::vector<qint64> values)
{
    return medianInPlace(values);
}

double FunnelEngine::medianInPlace(std::vector<qint64> &values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t middle = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + qptrdiff(middle), values.end());
    const double upper = double(values[middle]);
    if (values.size() % 2 == 1)
        return upper;
    const double lower
        = double(*std::max_element(values.begin(), values.begin() + qptrdiff(middle)));
    return (lower + upper) / 2.0;
}

std::optional<Failure> FunnelEngine::validate(const FunnelQuery &query, const EventIndex &index)
{
    if (query.steps.size() < 2)
        return Failure(QCoreApplication::translate("Quadrant", "a funnel needs at least 2 steps"));
    if (query.steps.size() > s_maxSteps)
        return Failure(QCoreApplication::translate("Quadrant", "a funnel has at most %1 steps")
                           .arg(s_maxSteps));
    if (query.windowMs <= 0)
        return Failure(QCoreApplication::translate(
            "Quadrant", "the conversion window must be longer than zero"));
    auto known = [&](const EventSelector &selector) {
        return selector.event == QLatin1String("*") || index.eventId(selector.event) >= 0;
    };
    for (const EventSelector &step : query.steps)
        if (!known(step))
            return Failure(
                QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(step.event));
    for (const FunnelQuery::Exclusion &exclusion : query.exclusions) {
        if (!known(exclusion.event))
            return Failure(QCoreApplication::translate("Quadrant", "unknown event '%1'")
                               .arg(exclusion.event.event));
        if (exclusion.afterStep < 1 || exclusion.afterStep >= query.steps.size())
            return Failure(
                QCoreApplication::translate(
                    "Quadrant", "an exclusion goes between step i and i + 1, with i from 1 to %1")
                    .arg(query.steps.size() - 1));
    }
    return std::nullopt;
}

FunnelResult FunnelEngine::run(const FunnelQuery &query,
                               const EventIndex &index,
                               const ProjectStore &store,
                               JobContext &context)
{
    FunnelResult result;
    const int k = int(query.steps.size());
    std::vector<EventMatcher> steps;
    for (const EventSelector &step : query.steps)
        steps.emplace_back(step, index, store);
    std::vector<std::pair<int, EventMatcher>> exclusions;
    for (const FunnelQuery::Exclusion &exclusion : query.exclusions)
        exclusions.emplace_back(exclusion.afterStep, EventMatcher(exclusion.event, index, store));
    // Without filters a step is an event name (or "*"): precompute each name's step mask.
    std::vector<quint32> nameMask;
    bool plainSteps = true;
    for (const EventSelector &step : query.steps)
        plainSteps &= step.filters.isEmpty();
    if (plainSteps) {
        nameMask.assign(size_t(index.eventNames().size()), 0);
        for (int s = 0; s < k; ++s)
            for (int name = 0; name < index.eventNames().size(); ++name)
                if (query.steps[s].event == QLatin1String("*")
                    || index.eventId(query.steps[s].event) == name)
                    nameMask[size_t(name)] |= 1u << s;
    }
    std::shared_ptr<const PropertyColumn> hold;
    if (!query.holdProperty.isEmpty())
        hold = index.eventProperty(store, query.holdProperty);

    const Breakdown breakdown = resolveBreakdown(index, store, query.breakdown);
    const std::shared_ptr<const PropertyColumn> &personGroups = breakdown.personGroups;
    const std::shared_ptr<const PropertyColumn> &eventGroups = breakdown.eventGroups;

    result.levels.assign(size_t(index.personCount()), 0);
    if (personGroups || eventGroups)
        result.groupOf.assign(size_t(index.personCount()), 0);
    const int persons = index.personCount();
    std::atomic<int> done{0};
    struct Partial
    {
        QHash<quint32, GroupTotals> groups;
        EntryDays days;
    };
    const qint64 *times = index.times().data();
    std::vector<Partial> partials
        = Parallel::mapChunks<Partial>(persons, [&](int first, int last, Partial &partial) {
              QHash<quint32, GroupTotals> &totals = partial.groups;
              FunnelScanner scanner(
                  query, index, steps, exclusions, hold.get(), plainSteps ? &nameMask : nullptr);
              PersonOutcome outcome;
              for (int p = first; p < last; ++p) {
                  if (((p - first) & 1023) == 0 && context.isCanceled())
                      return;
                  scanner.scanPerson(index.begin(p), index.end(p), outcome);
                  result.levels[size_t(p)] = quint8(outcome.level);
                  if (outcome.level == 0)
                      continue;
                  quint32 group = 0;
                  if (personGroups)
                      group = personGroups->codes[size_t(p)];
                  else if (eventGroups)
                      group = eventGroups->codes[size_t(outcome.touch)];
                  if (!result.groupOf.empty())
                      result.groupOf[size_t(p)] = group;
                  const bool firstConverter = totals.isEmpty();
                  GroupTotals &t = totals[group];
                  // Without a breakdown one group takes every converter of the chunk: room for
                  // all of them up front (untouched pages cost nothing) instead of regrowing.
                  if (firstConverter && !personGroups && !eventGroups)
                      for (int s = 0; s < k; ++s) {
                          t.fromStart[size_t(s)].reserve(size_t(last - p));
                          t.fromPrevious[size_t(s)].reserve(s > 0 ? size_t(last - p) : 0);
                      }
                  std::vector<qint64> &day = partial.days[Calendar::dayOf(times[outcome.touch])];
                  if (day.empty())
                      day.assign(size_t(k), 0);
                  for (int s = 0; s < outcome.level; ++s)
                      ++day[size_t(s)];
                  for (int s = 0; s < outcome.level; ++s) {
                      ++t.persons[size_t(s)];
                      t.fromStart[size_t(s)].push_back(outcome.fromStart[size_t(s)]);
                      if (s > 0)
                          t.fromPrevious[size_t(s)].push_back(outcome.fromPrevious[size_t(s)]);
                  }
              }
              context.setProgress(double(done.fetch_add(last - first) + (last - first))
                                      / double(std::max(1, persons)),
                                  QCoreApplication::translate("Quadrant", "Computing the funnel"));
          });

    QHash<quint32, GroupTotals> merged;
    for (auto &partial : partials) {
        for (auto it = partial.groups.begin(); it != partial.groups.end(); ++it)
            merged[it.key()].merge(it.value());
        for (const auto &[day, counts] : partial.days) {
            std::vector<qint64> &target = result.byEntryDay[day];
            if (target.empty())
                target.assign(counts.size(), 0);
            for (size_t s = 0; s < counts.size(); ++s)
                target[s] += counts[s];
        }
    }
    const PropertyColumn *groupColumn = personGroups ? personGroups.get() : eventGroups.get();
    if (groupColumn) {
        result.groupNames << QStringLiteral("(none)");
        for (int code = 1; code <= groupColumn->values.size(); ++code)
            result.groupNames << groupColumn->valueOf(quint32(code));
    }
    // Medians of every group's steps, computed in place (a histogram does not need the times'
    // order) and in parallel: at millions of converters they are a tenth of the funnel.
    struct MedianJob
    {
        std::vector<qint64> *values;
        double *median;
    };
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        FunnelGroup group;
        if (groupColumn)
            group.value = it.key() == 0 ? QStringLiteral("(none)") : groupColumn->valueOf(it.key());
        for (int s = 0; s < k; ++s) {
            FunnelStepResult step;
            step.persons = it.value().persons[size_t(s)];
            step.medianFromPreviousMs = std::numeric_limits<double>::quiet_NaN();
            group.steps << step;
        }
        result.groups << group;
    }
    std::vector<MedianJob> medians;
    {
        int g = 0;
        for (auto it = merged.begin(); it != merged.end(); ++it, ++g) {
            FunnelGroup &group = result.groups[g];
            for (int s = 0; s < k; ++s) {
                FunnelStepResult &step = group.steps[s];
                step.fromStartMs = std::move(it.value().fromStart[size_t(s)]);
                medians.push_back({&step.fromStartMs, &step.medianFromStartMs});
                if (s > 0)
                    medians.push_back(
                        {&it.value().fromPrevious[size_t(s)], &step.medianFromPreviousMs});
            }
        }
    }
    QtConcurrent::blockingMap(medians,
                              [](MedianJob &job) { *job.median = medianInPlace(*job.values); });
    if (result.groups.isEmpty()) {
        FunnelGroup empty;
        for (int s = 0; s < k; ++s)
            empty.steps << FunnelStepResult();
        result.groups << empty;
    }
    // Largest group first, "(none)" last, as Mixpanel lists breakdowns.
    std::sort(
        result.groups.begin(), result.groups.end(), [](const FunnelGroup &a, const FunnelGroup &b) {
            const bool noneA = a.value == QLatin1String("(none)"),
                       noneB = b.value == QLatin1String("(none)");
            if (noneA != noneB)
                return noneB;
            if (a.steps[0].persons != b.steps[0].persons)
                return a.steps[0].persons > b.steps[0].persons;
            return a.value < b.value;
        });
    return result;
}

} // namespace Quadrant

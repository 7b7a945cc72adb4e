// SPDX-License-Identifier: MIT
#include "trendengine.h"

#include "breakdown.h"
#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace Quadrant {

namespace {

struct Cell
{
    double events = 0, persons = 0, sum = 0, valued = 0;
    void merge(const Cell &o)
    {
        events += o.events;
        persons += o.persons;
        sum += o.sum;
        valued += o.valued;
    }
};
using Cells = std::map<std::pair<quint32, qint64>, Cell>; // (group, period) -> cell
constexpr quint32 otherGroup = std::numeric_limits<quint32>::max();

} // namespace

QString TrendEngine::measureName(TrendQuery::Measure measure)
{
    switch (measure) {
    case TrendQuery::Measure::Total:
        return QStringLiteral("total");
    case TrendQuery::Measure::Persons:
        return QStringLiteral("persons");
    case TrendQuery::Measure::PerPerson:
        return QStringLiteral("per-person");
    case TrendQuery::Measure::Sum:
        return QStringLiteral("sum");
    case TrendQuery::Measure::Average:
        return QStringLiteral("avg");
    }
    return QString();
}

std::optional<Failure> TrendEngine::validate(const TrendQuery &query, const EventIndex &index)
{
    if (query.event.event != QLatin1String("*") && index.eventId(query.event.event) < 0)
        return Failure(
            QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(query.event.event));
    if ((query.measure == TrendQuery::Measure::Sum || query.measure == TrendQuery::Measure::Average)
        && query.property.isEmpty())
        return Failure(QCoreApplication::translate(
            "Quadrant", "sum and avg need a property: sum:PROPERTY or avg:PROPERTY"));
    return std::nullopt;
}

TrendResult TrendEngine::run(const TrendQuery &query,
                             const EventIndex &index,
                             const ProjectStore &store,
                             JobContext &context)
{
    const EventMatcher matcher(query.event, index, store);
    std::shared_ptr<const PropertyColumn> valueColumn;
    std::vector<double> numeric;
    if (!query.property.isEmpty()) {
        valueColumn = index.eventProperty(store, query.property);
        numeric.assign(size_t(valueColumn->values.size()) + 1, std::nan(""));
        for (int c = 0; c < valueColumn->values.size(); ++c) {
            bool ok = false;
            const double v = valueColumn->values[c].toDouble(&ok);
            if (ok)
                numeric[size_t(c) + 1] = v;
        }
    }
    // Groups: the event's source, or a breakdown property (resolveBreakdown).
    const bool bySource = query.breakdown == QLatin1String("source");
    const Breakdown breakdown
        = bySource ? Breakdown() : resolveBreakdown(index, store, query.breakdown);
    const std::shared_ptr<const PropertyColumn> &personGroups = breakdown.personGroups;
    const std::shared_ptr<const PropertyColumn> &eventGroups = breakdown.eventGroups;

    // The periods shown, and (for the comparison) the same number of periods just before.
    const qint64 firstMs = query.fromMs.value_or(index.firstEventTime());
    const qint64 lastMs = query.toMs ? *query.toMs - 1 : index.lastEventTime();
    const qint64 firstPeriod = Calendar::periodOf(firstMs, query.interval);
    const qint64 lastPeriod = Calendar::periodOf(lastMs, query.interval);
    const qint64 length = std::max<qint64>(0, lastPeriod - firstPeriod + 1);
    const qint64 earliest = query.compareWithPrevious ? firstPeriod - length : firstPeriod;
    const qint64 from
        = query.compareWithPrevious ? Calendar::periodStart(earliest, query.interval) : firstMs;
    const qint64 to = lastMs;
    const qint64 *times = index.times().data();
    const quint16 *sources = index.sources().data();

    auto partials = Parallel::mapChunks<Cells>(
        index.personCount(),
        [&](int first, int last, Cells &cells) {
            std::set<std::pair<quint32, qint64>> seen;
            for (int p = first; p < last; ++p) {
                if (((p - first) & 1023) == 0 && context.isCanceled())
                    return;
                seen.clear();
                for (qint64 i = index.begin(p); i < index.end(p); ++i) {
                    const qint64 t = times[i];
                    if (t < from || t > to || !matcher.matches(i))
                        continue;
                    quint32 group = 0;
                    if (bySource)
                        group = sources[i];
                    else if (personGroups)
                        group = personGroups->codes[size_t(p)];
                    else if (eventGroups)
                        group = eventGroups->codes[size_t(i)];
                    const std::pair<quint32, qint64> key{group,
                                                         Calendar::periodOf(t, query.interval)};
                    Cell &cell = cells[key];
                    cell.events += 1;
                    if (valueColumn) {
                        const double v = numeric[valueColumn->codes[size_t(i)]];
                        if (!std::isnan(v)) {
                            cell.sum += v;
                            cell.valued += 1;
                        }
                    }
                    if (seen.insert(key).second)
                        cell.persons += 1;
                }
            }
        },
        &context,
        QStringLiteral("Counting over time"));
    Cells merged;
    for (const Cells &partial : partials)
        for (const auto &[key, cell] : partial)
            merged[key].merge(cell);

    TrendResult result;
    for (qint64 period = firstPeriod; period <= lastPeriod; ++period)
        result.periodStartsMs.push_back(Calendar::periodStart(period, query.interval));
    std::set<quint32> groups;
    for (const auto &[key, cell] : merged)
        groups.insert(key.first);
    // Groups in the order they are shown: sources and person values in the project's order;
    // event values by their text, "(none)" first, so that the order does not depend on where
    // the events are stored (the file's blocks or a server's rows); "(other)" last.
    const auto listed = [&](const std::set<quint32> &set) {
        std::vector<quint32> order(set.begin(), set.end());
        if (eventGroups && !bySource)
            std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
                const auto rank = [&](quint32 g) { return g == otherGroup ? 2 : g == 0 ? 0 : 1; };
                if (rank(a) != rank(b) || rank(a) != 1)
                    return rank(a) < rank(b);
                return eventGroups->valueOf(a) < eventGroups->valueOf(b);
            });
        return order;
    };
    if (groups.empty())
        groups.insert(0);
    // Memory for the series is groups x periods: past TrendEngine::maxSeriesValues, the groups
    // with the most events are kept and the rest are summed into one "(other)" series.
    const qint64 periodCount
        = std::max<qint64>(1, lastPeriod - firstPeriod + 1) * (query.compareWithPrevious ? 2 : 1);
    const size_t keep = size_t(std::max<qint64>(1, maxSeriesValues / periodCount - 1));
    bool foldedOthers = false;
    if (groups.size() > keep) {
        std::map<quint32, double> eventsOf;
        for (const auto &[key, cell] : merged)
            eventsOf[key.first] += cell.events;
        std::vector<quint32> ranked = listed(groups);
        std::stable_sort(ranked.begin(), ranked.end(), [&](quint32 a, quint32 b) {
            return eventsOf[a] > eventsOf[b];
        });
        const std::set<quint32> kept(ranked.begin(), ranked.begin() + qsizetype(keep));
        Cells folded;
        for (const auto &[key, cell] : merged)
            folded[{kept.count(key.first) ? key.first : otherGroup, key.second}].merge(cell);
        merged.swap(folded);
        groups = kept;
        groups.insert(otherGroup);
        foldedOthers = true;
    }
    auto valueOf = [&](quint32 group, qint64 period) {
        const auto it = merged.find({group, period});
        const Cell cell = it == merged.end() ? Cell() : it->second;
        switch (query.measure) {
        case TrendQuery::Measure::Total:
            return cell.events;
        case TrendQuery::Measure::Persons:
            return cell.persons;
        case TrendQuery::Measure::PerPerson:
            return cell.persons > 0 ? cell.events / cell.persons : std::nan("");
        case TrendQuery::Measure::Sum:
            return cell.sum;
        case TrendQuery::Measure::Average:
            return cell.valued > 0 ? cell.sum / cell.valued : std::nan("");
        }
        return std::nan("");
    };
    const bool grouped = bySource || personGroups || eventGroups;
    for (quint32 group : listed(groups)) {
        QString name;
        if (foldedOthers && group == otherGroup)
            name = QStringLiteral("(other)");
        else if (bySource)
            name = group == 0 ? QStringLiteral("(none)") : index.sourceNames().value(int(group));
        else if (grouped)
            name = group == 0 ? QStringLiteral("(none)")
                              : (personGroups ? personGroups : eventGroups)->valueOf(group);
        TrendSeries series{name, false, {}};
        TrendSeries previous{name, true, {}};
        for (qint64 period = firstPeriod; period <= lastPeriod; ++period) {
            series.values.push_back(valueOf(group, period));
            if (query.compareWithPrevious)
                previous.values.push_back(valueOf(group, period - length));
        }
        result.series << series;
        if (query.compareWithPrevious)
            result.series << previous;
    }
    return result;
}

} // namespace Quadrant

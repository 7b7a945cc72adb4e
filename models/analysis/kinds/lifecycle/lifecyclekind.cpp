// SPDX-License-Identifier: MIT
#include "lifecyclekind.h"

#include "analysis/breakdown.h"
#include "analysis/dayrangejson.h"
#include "analysis/definitionreader.h"
#include "analysis/eventindex.h"
#include "analysis/parallel.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace Quadrant {

namespace {

const KindRegistration<LifecycleKind> registration;

// Periods of a result: 270 years of days, more than any data set's range.
constexpr qint64 maxPeriods = 100000;

struct Span
{
    qint64 firstPeriod = 0, periods = 0;
};

Span spanOf(const LifecycleQuery &query, const EventIndex &index)
{
    Span span;
    if (index.personCount() == 0 && !(query.fromMs && query.toMs))
        return span;
    const qint64 firstMs = query.fromMs.value_or(index.firstEventTime());
    const qint64 lastMs = query.toMs ? *query.toMs - 1 : index.lastEventTime();
    if (lastMs < firstMs)
        return span;
    span.firstPeriod = Calendar::periodOf(firstMs, query.interval);
    span.periods = Calendar::periodOf(lastMs, query.interval) - span.firstPeriod + 1;
    return span;
}

// Calls visit(person, group, period index, status) for every person's status in every period of
// the span, persons [first, last). A person's first event ever (of the whole project, not only
// the span) makes them new; every active period after that is returning when the period before
// was active too, else resurrecting; a period after an active one without activity is dormant.
template<typename Visit>
void classify(const LifecycleQuery &query,
              const EventIndex &index,
              const EventMatcher &matcher,
              const PropertyColumn *groups,
              const Span &span,
              int first,
              int last,
              const JobContext *context,
              Visit visit)
{
    const qint64 *times = index.times().data();
    std::vector<qint64> active; // the person's active periods, ascending
    for (int p = first; p < last; ++p) {
        if (context && ((p - first) & 1023) == 0 && context->isCanceled())
            return;
        active.clear();
        for (qint64 i = index.begin(p); i < index.end(p); ++i)
            if (matcher.matches(i)) {
                const qint64 period = Calendar::periodOf(times[i], query.interval);
                if (active.empty() || active.back() != period)
                    active.push_back(period);
            }
        if (active.empty())
            continue;
        const quint32 group = groups ? groups->codes[size_t(p)] : 0;
        for (size_t k = 0; k < active.size(); ++k) {
            const qint64 at = active[k] - span.firstPeriod;
            if (at >= 0 && at < span.periods) {
                const LifecycleStatus status = k == 0 ? LifecycleStatus::New
                                               : active[k - 1] == active[k] - 1
                                                   ? LifecycleStatus::Returning
                                                   : LifecycleStatus::Resurrecting;
                visit(p, group, at, status);
            }
            const bool nextActive = k + 1 < active.size() && active[k + 1] == active[k] + 1;
            if (!nextActive && at + 1 >= 0 && at + 1 < span.periods)
                visit(p, group, at + 1, LifecycleStatus::Dormant);
        }
    }
}

QString groupName(const PropertyColumn *column, quint32 group)
{
    return !column ? QString() : group == 0 ? QStringLiteral("(none)") : column->valueOf(group);
}

using Counts = std::map<std::pair<quint32, qint64>, std::array<qint64, 4>>;

} // namespace

QString LifecycleKind::statusName(LifecycleStatus status)
{
    switch (status) {
    case LifecycleStatus::New:
        return QStringLiteral("new");
    case LifecycleStatus::Returning:
        return QStringLiteral("returning");
    case LifecycleStatus::Resurrecting:
        return QStringLiteral("resurrecting");
    case LifecycleStatus::Dormant:
        return QStringLiteral("dormant");
    }
    return QString();
}

std::optional<LifecycleQuery> LifecycleKind::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, id);
    LifecycleQuery query;
    query.event = read.selector("event");
    Calendar::parsePeriod(read.choice("interval", Calendar::periodNames(), QStringLiteral("week")),
                          &query.interval);
    query.breakdown = read.text("breakdown");
    read.dayRange(&query.fromMs, &query.toMs);
    return read.finish(query, error);
}

QJsonObject LifecycleKind::toJson(const Query &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QString::fromLatin1(id);
    json[QStringLiteral("event")] = query.event.toString();
    json[QStringLiteral("interval")] = Calendar::periodName(query.interval);
    if (!query.breakdown.isEmpty())
        json[QStringLiteral("breakdown")] = query.breakdown;
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

QString LifecycleKind::missing(const Query &query)
{
    return query.event.event.isEmpty() ? QStringLiteral("event") : QString();
}

std::optional<Failure>
LifecycleKind::check(Query &query, const EventIndex &index, const ProjectStore &store)
{
    if (query.event.event != QLatin1String("*") && index.eventId(query.event.event) < 0)
        return Failure(
            QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(query.event.event));
    if (spanOf(query, index).periods > maxPeriods)
        return Failure(
            QCoreApplication::translate(
                "Quadrant", "the dates span more than %1 periods; choose a shorter range")
                .arg(maxPeriods));
    if (!query.breakdown.isEmpty() && !resolveBreakdown(index, store, query.breakdown).personGroups)
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "a lifecycle breaks down by a person property (person.KEY), not '%1': "
                           "a person has one status per period")
                           .arg(query.breakdown));
    return std::nullopt;
}

LifecycleResult LifecycleKind::run(const Query &query,
                                   const EventIndex &index,
                                   const ProjectStore &store,
                                   JobContext &context)
{
    const Span span = spanOf(query, index);
    const EventMatcher matcher(query.event, index, store);
    const Breakdown breakdown = resolveBreakdown(index, store, query.breakdown);
    const PropertyColumn *groups = breakdown.personGroups.get();
    auto partials = Parallel::mapChunks<Counts>(
        index.personCount(),
        [&](int first, int last, Counts &counts) {
            classify(query,
                     index,
                     matcher,
                     groups,
                     span,
                     first,
                     last,
                     &context,
                     [&](int, quint32 group, qint64 period, LifecycleStatus status) {
                         ++counts[{group, period}][size_t(status)];
                     });
        },
        &context,
        QCoreApplication::translate("Quadrant", "Sorting persons into new, returning and dormant"));
    Counts merged;
    for (const Counts &partial : partials)
        for (const auto &[key, counts] : partial)
            for (size_t s = 0; s < 4; ++s)
                merged[key][s] += counts[s];

    LifecycleResult result;
    for (qint64 p = 0; p < span.periods; ++p)
        result.periodStartsMs.push_back(
            Calendar::periodStart(span.firstPeriod + p, query.interval));
    std::map<quint32, QString> names;
    for (const auto &[key, counts] : merged)
        names.emplace(key.first, groupName(groups, key.first));
    if (names.empty())
        names.emplace(0, groupName(groups, 0));
    if (qint64(names.size()) * std::max<qint64>(1, span.periods) > LifecycleResult::maxCells) {
        result.tooLarge = true;
        return result;
    }
    // Groups by their text, "(none)" first: the same order whoever stored the events.
    std::vector<std::pair<quint32, QString>> order(names.begin(), names.end());
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        if ((a.first != 0) != (b.first != 0))
            return a.first == 0;
        return a.second < b.second;
    });
    for (const auto &[group, name] : order) {
        LifecycleResult::Group shown{name, {}};
        for (qint64 p = 0; p < span.periods; ++p) {
            const auto found = merged.find({group, p});
            shown.persons.push_back(found == merged.end() ? std::array<qint64, 4>{}
                                                          : found->second);
        }
        result.groups.push_back(std::move(shown));
    }
    return result;
}

std::vector<int> LifecycleKind::persons(const Query &query,
                                        const EventIndex &index,
                                        const ProjectStore &store,
                                        size_t period,
                                        LifecycleStatus status,
                                        const std::optional<QString> &group)
{
    const Span span = spanOf(query, index);
    const EventMatcher matcher(query.event, index, store);
    const Breakdown breakdown = resolveBreakdown(index, store, query.breakdown);
    const PropertyColumn *groups = breakdown.personGroups.get();
    std::vector<int> found;
    classify(query,
             index,
             matcher,
             groups,
             span,
             0,
             index.personCount(),
             nullptr,
             [&](int person, quint32 code, qint64 at, LifecycleStatus seen) {
                 if (seen == status && at == qint64(period)
                     && (!group || groupName(groups, code) == *group))
                     found.push_back(person);
             });
    return found;
}

RecordTable LifecycleKind::table(const Query &, const Result &result)
{
    RecordTable table{{QStringLiteral("breakdown"),
                       QStringLiteral("period"),
                       QStringLiteral("status"),
                       QStringLiteral("persons")},
                      {}};
    table.labels = {QCoreApplication::translate("Quadrant", "Breakdown"),
                    QCoreApplication::translate("Quadrant", "Period"),
                    QCoreApplication::translate("Quadrant", "Status"),
                    QCoreApplication::translate("Quadrant", "Persons")};
    QHash<QString, QString> &words = table.valueWords[QStringLiteral("status")];
    words[statusName(LifecycleStatus::New)] = QCoreApplication::translate("Quadrant", "new");
    words[statusName(LifecycleStatus::Returning)]
        = QCoreApplication::translate("Quadrant", "returning");
    words[statusName(LifecycleStatus::Resurrecting)]
        = QCoreApplication::translate("Quadrant", "resurrecting");
    words[statusName(LifecycleStatus::Dormant)]
        = QCoreApplication::translate("Quadrant", "dormant");
    for (const LifecycleResult::Group &group : result.groups)
        for (size_t p = 0; p < result.periodStartsMs.size(); ++p)
            for (size_t s = 0; s < 4; ++s)
                table.rows.append({group.name,
                                   Calendar::dateText(result.periodStartsMs[p]),
                                   statusName(LifecycleStatus(s)),
                                   group.persons[p][s]});
    return table;
}

std::optional<Failure> LifecycleKind::problem(const Query &, const Result &result)
{
    if (!result.tooLarge)
        return std::nullopt;
    return Failure(QCoreApplication::translate(
        "Quadrant",
        "the breakdown has too many values for this many periods; choose a property with fewer "
        "values or a shorter range"));
}

EventsRead LifecycleKind::eventsRead(const QJsonObject &definition)
{
    return {true, definition.value(QLatin1String("event")).toString()};
}

std::optional<KindCommand> LifecycleKind::command()
{
    using Type = KindOption::Type;
    return KindCommand{
        QStringLiteral("lifecycle PROJECT --event EVENT [options]"),
        QStringLiteral(
            "The persons who did an event in each period, as new (their first time ever), "
            "returning (active the\n"
            "period before too) or resurrecting (back after a gap), and those who went dormant "
            "(active the period\n"
            "before, not in this one; a positive count). ANALYSES.md, Lifecycle.\n"
            "Columns: breakdown, period (start date), status, persons."),
        {{QStringLiteral("event"),
          Type::Text,
          QStringLiteral("the event, optionally with filters"),
          true},
         {QStringLiteral("interval"),
          Type::Text,
          QStringLiteral("day, week (ISO, Monday; default) or month")},
         {QStringLiteral("breakdown"), Type::Text, QStringLiteral("a person property")},
         {QStringLiteral("from"), Type::Text, QStringLiteral("first day (UTC) shown")},
         {QStringLiteral("to"), Type::Text, QStringLiteral("last day (UTC) shown")}}};
}

QVector<KindExample> LifecycleKind::examples()
{
    LifecycleQuery weekly;
    weekly.event = EventSelector{QStringLiteral("login"), {}};
    return {{QCoreApplication::translate("Quadrant",
                                         "Weekly active persons: new, returning, resurrecting, "
                                         "dormant"),
             toJson(weekly)}};
}

} // namespace Quadrant

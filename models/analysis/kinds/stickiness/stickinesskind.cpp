// SPDX-License-Identifier: MIT
#include "stickinesskind.h"

#include "analysis/breakdown.h"
#include "analysis/dayrangejson.h"
#include "analysis/definitionreader.h"
#include "analysis/eventindex.h"
#include "analysis/parallel.h"
#include "jobs/jobcontext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quadrant {

namespace {

const KindRegistration<StickinessKind> registration;

// A period is at most a month: a histogram has a place for every day of it.
constexpr int maxDays = 31;
// Periods of a result: 2,000 years of months, more than any data set's range.
constexpr qint64 maxPeriods = 24000;

struct Span
{
    qint64 firstMs = 0, lastMs = -1; // inclusive
    qint64 firstPeriod = 0, periods = 0;
};

Span spanOf(const StickinessQuery &query, const EventIndex &index)
{
    Span span;
    if (index.personCount() == 0 && !(query.fromMs && query.toMs))
        return span;
    span.firstMs = query.fromMs.value_or(index.firstEventTime());
    span.lastMs = query.toMs ? *query.toMs - 1 : index.lastEventTime();
    if (span.lastMs < span.firstMs)
        return span;
    span.firstPeriod = Calendar::periodOf(span.firstMs, query.interval);
    span.periods = Calendar::periodOf(span.lastMs, query.interval) - span.firstPeriod + 1;
    return span;
}

// (group, period index) -> persons by the number of days, 1..maxDays.
using Histograms = std::map<std::pair<quint32, qint64>, std::vector<qint64>>;

} // namespace

qint64 StickinessResult::count(const Group &group, size_t p, int days, bool cumulative) const
{
    const std::vector<qint64> &histogram = group.persons[p];
    if (!cumulative)
        return days >= 1 && size_t(days) <= histogram.size() ? histogram[size_t(days) - 1] : 0;
    qint64 total = 0;
    for (size_t d = size_t(std::max(1, days)) - 1; d < histogram.size(); ++d)
        total += histogram[d];
    return total;
}

std::optional<StickinessQuery> StickinessKind::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, id);
    StickinessQuery query;
    query.event = read.selector("event");
    Calendar::parsePeriod(read.choice("interval",
                                      {QStringLiteral("week"), QStringLiteral("month")},
                                      QStringLiteral("week")),
                          &query.interval);
    query.cumulative = read.flag("cumulative");
    query.breakdown = read.text("breakdown");
    read.dayRange(&query.fromMs, &query.toMs);
    return read.finish(query, error);
}

QJsonObject StickinessKind::toJson(const Query &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QString::fromLatin1(id);
    json[QStringLiteral("event")] = query.event.toString();
    json[QStringLiteral("interval")] = Calendar::periodName(query.interval);
    json[QStringLiteral("cumulative")] = query.cumulative;
    if (!query.breakdown.isEmpty())
        json[QStringLiteral("breakdown")] = query.breakdown;
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

QString StickinessKind::missing(const Query &query)
{
    return query.event.event.isEmpty() ? QStringLiteral("event") : QString();
}

std::optional<Failure>
StickinessKind::check(Query &query, const EventIndex &index, const ProjectStore &)
{
    if (query.event.event != QLatin1String("*") && index.eventId(query.event.event) < 0)
        return Failure(
            QCoreApplication::translate("Quadrant", "unknown event '%1'").arg(query.event.event));
    if (spanOf(query, index).periods > maxPeriods)
        return Failure(
            QCoreApplication::translate(
                "Quadrant", "the dates span more than %1 periods; choose a shorter range")
                .arg(maxPeriods));
    return std::nullopt;
}

StickinessResult StickinessKind::run(const Query &query,
                                     const EventIndex &index,
                                     const ProjectStore &store,
                                     JobContext &context)
{
    const Span span = spanOf(query, index);
    const EventMatcher matcher(query.event, index, store);
    const Breakdown breakdown = resolveBreakdown(index, store, query.breakdown);
    const qint64 *times = index.times().data();
    auto partials = Parallel::mapChunks<Histograms>(
        index.personCount(),
        [&](int first, int last, Histograms &histograms) {
            // (group, period index) -> (the last day seen, distinct days) of one person.
            std::map<std::pair<quint32, qint64>, std::pair<qint64, int>> days;
            for (int p = first; p < last; ++p) {
                if (((p - first) & 1023) == 0 && context.isCanceled())
                    return;
                days.clear();
                for (qint64 i = index.begin(p); i < index.end(p); ++i) {
                    const qint64 t = times[i];
                    if (t < span.firstMs || t > span.lastMs || !matcher.matches(i))
                        continue;
                    quint32 group = 0;
                    if (breakdown.personGroups)
                        group = breakdown.personGroups->codes[size_t(p)];
                    else if (breakdown.eventGroups)
                        group = breakdown.eventGroups->codes[size_t(i)];
                    const qint64 period = Calendar::periodOf(t, query.interval) - span.firstPeriod;
                    const qint64 day = Calendar::dayOf(t);
                    auto [seen, added] = days.try_emplace({group, period}, day, 1);
                    if (!added && seen->second.first != day) {
                        seen->second.first = day;
                        ++seen->second.second;
                    }
                }
                for (const auto &[key, seen] : days) {
                    std::vector<qint64> &histogram = histograms[key];
                    histogram.resize(maxDays);
                    ++histogram[size_t(std::min(seen.second, maxDays)) - 1];
                }
            }
        },
        &context,
        QCoreApplication::translate("Quadrant", "Counting active days"));

    Histograms merged;
    for (const Histograms &partial : partials)
        for (const auto &[key, histogram] : partial) {
            std::vector<qint64> &into = merged[key];
            into.resize(maxDays);
            for (size_t d = 0; d < histogram.size(); ++d)
                into[d] += histogram[d];
        }

    StickinessResult result;
    for (qint64 p = 0; p < span.periods; ++p) {
        const qint64 start = Calendar::periodStart(span.firstPeriod + p, query.interval);
        const qint64 end = Calendar::periodStart(span.firstPeriod + p + 1, query.interval);
        result.periodStartsMs.push_back(start);
        result.periodDays.push_back(int((end - start) / Calendar::msPerDay));
    }
    // Groups by their text, "(none)" first, so that the order does not depend on where the
    // events are stored (the file's blocks or a server's rows).
    std::map<quint32, QString> names;
    for (const auto &[key, histogram] : merged)
        names.emplace(key.first, QString());
    if (names.empty())
        names.emplace(0, QString());
    const PropertyColumn *column = breakdown.column();
    for (auto &[group, name] : names)
        name = !column ? QString() : group == 0 ? QStringLiteral("(none)") : column->valueOf(group);
    if (qint64(names.size()) * std::max<qint64>(1, span.periods) * maxDays
        > StickinessResult::maxCells) {
        result.tooLarge = true;
        return result;
    }
    std::vector<std::pair<quint32, QString>> order(names.begin(), names.end());
    std::stable_sort(order.begin(), order.end(), [](const auto &a, const auto &b) {
        return (a.first != 0) < (b.first != 0)
               || ((a.first != 0) == (b.first != 0) && a.second < b.second);
    });
    for (const auto &[group, name] : order) {
        StickinessResult::Group shown{name, {}, {}};
        for (qint64 p = 0; p < span.periods; ++p) {
            const auto found = merged.find({group, p});
            std::vector<qint64> histogram(size_t(result.periodDays[size_t(p)]), 0);
            if (found != merged.end())
                for (size_t d = 0; d < histogram.size(); ++d)
                    histogram[d] = found->second[d];
            qint64 active = 0;
            for (qint64 persons : histogram)
                active += persons;
            shown.persons.push_back(std::move(histogram));
            shown.active.push_back(active);
        }
        result.groups.push_back(std::move(shown));
    }
    return result;
}

RecordTable StickinessKind::table(const Query &query, const Result &result)
{
    RecordTable table{{QStringLiteral("breakdown"),
                       QStringLiteral("period"),
                       QStringLiteral("days"),
                       QStringLiteral("persons"),
                       QStringLiteral("share")},
                      {}};
    table.labels = {QCoreApplication::translate("Quadrant", "Breakdown"),
                    QCoreApplication::translate("Quadrant", "Period"),
                    query.cumulative ? QCoreApplication::translate("Quadrant", "At least days")
                                     : QCoreApplication::translate("Quadrant", "Days"),
                    QCoreApplication::translate("Quadrant", "Persons"),
                    QCoreApplication::translate("Quadrant", "Share")};
    for (const StickinessResult::Group &group : result.groups)
        for (size_t p = 0; p < result.periodStartsMs.size(); ++p)
            for (int days = 1; days <= result.periodDays[p]; ++days) {
                const qint64 persons = result.count(group, p, days, query.cumulative);
                const qint64 active = group.active[p];
                table.rows.append(
                    {group.name,
                     Calendar::dateText(result.periodStartsMs[p]),
                     days,
                     persons,
                     active > 0 ? QVariant(double(persons) / double(active)) : QVariant()});
            }
    return table;
}

std::optional<Failure> StickinessKind::problem(const Query &, const Result &result)
{
    if (!result.tooLarge)
        return std::nullopt;
    return Failure(QCoreApplication::translate(
        "Quadrant",
        "the breakdown has too many values for this many periods; choose a property with fewer "
        "values or a shorter range"));
}

EventsRead StickinessKind::eventsRead(const QJsonObject &definition)
{
    return {true, definition.value(QLatin1String("event")).toString()};
}

std::optional<KindCommand> StickinessKind::command()
{
    using Type = KindOption::Type;
    return KindCommand{
        QStringLiteral("stickiness PROJECT --event EVENT [options]"),
        QStringLiteral(
            "How many days of each week or month people did an event (ANALYSES.md, Stickiness).\n"
            "Columns: breakdown, period (start date), days (1..7, or the month's length), persons "
            "(who did it on\n"
            "exactly that many days, or at least with --cumulative), share (of the period's "
            "persons who did it)."),
        {{QStringLiteral("event"),
          Type::Text,
          QStringLiteral("the event, optionally with filters"),
          true},
         {QStringLiteral("interval"),
          Type::Text,
          QStringLiteral("week (ISO, Monday; default) or month")},
         {QStringLiteral("cumulative"),
          Type::Flag,
          QStringLiteral("count persons on at least n days")},
         {QStringLiteral("breakdown"),
          Type::Text,
          QStringLiteral("a person property, or event.PROPERTY")},
         {QStringLiteral("from"), Type::Text, QStringLiteral("first day (UTC)")},
         {QStringLiteral("to"), Type::Text, QStringLiteral("last day (UTC)")}}};
}

QVector<KindExample> StickinessKind::examples()
{
    StickinessQuery weekly;
    weekly.event = EventSelector{QStringLiteral("login"), {}};
    return {{QCoreApplication::translate("Quadrant", "How many days a week people log in"),
             toJson(weekly)}};
}

} // namespace Quadrant

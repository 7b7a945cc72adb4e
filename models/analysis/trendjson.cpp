// SPDX-License-Identifier: MIT
#include "trendjson.h"

#include "dayrangejson.h"

#include <cmath>

namespace Quadrant {

QString TrendJson::measureText(const TrendQuery &query)
{
    switch (query.measure) {
    case TrendQuery::Measure::Total:
        return QStringLiteral("total");
    case TrendQuery::Measure::Persons:
        return QStringLiteral("persons");
    case TrendQuery::Measure::PerPerson:
        return QStringLiteral("per-person");
    case TrendQuery::Measure::Sum:
        return QStringLiteral("sum:") + query.property;
    case TrendQuery::Measure::Average:
        return QStringLiteral("avg:") + query.property;
    }
    return QStringLiteral("total");
}

bool TrendJson::parseMeasure(const QString &text, TrendQuery *query)
{
    if (text == QLatin1String("total"))
        query->measure = TrendQuery::Measure::Total;
    else if (text == QLatin1String("persons"))
        query->measure = TrendQuery::Measure::Persons;
    else if (text == QLatin1String("per-person"))
        query->measure = TrendQuery::Measure::PerPerson;
    else if (text.startsWith(QLatin1String("sum:")) && text.size() > 4)
        query->measure = TrendQuery::Measure::Sum;
    else if (text.startsWith(QLatin1String("avg:")) && text.size() > 4)
        query->measure = TrendQuery::Measure::Average;
    else
        return false;
    query->property
        = text.contains(QLatin1Char(':')) ? text.section(QLatin1Char(':'), 1) : QString();
    return true;
}

QJsonObject TrendJson::toJson(const TrendQuery &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("trend");
    json[QStringLiteral("event")] = query.event.toString();
    json[QStringLiteral("measure")] = measureText(query);
    json[QStringLiteral("interval")] = Calendar::periodName(query.interval);
    if (!query.breakdown.isEmpty())
        json[QStringLiteral("breakdown")] = query.breakdown;
    json[QStringLiteral("compare")] = query.compareWithPrevious;
    json[QStringLiteral("chart")] = query.bars ? QStringLiteral("bar") : QStringLiteral("line");
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

std::optional<TrendQuery> TrendJson::fromJson(const QJsonObject &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<TrendQuery> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.value(QStringLiteral("kind")).toString() != QLatin1String("trend"))
        return fail(QStringLiteral("not a trend definition"));
    TrendQuery query;
    const QString event = json.value(QStringLiteral("event")).toString();
    if (!event.isEmpty()) {
        QString selectorError;
        const auto selector = EventSelector::parse(event, &selectorError);
        if (!selector)
            return fail(selectorError);
        query.event = *selector;
    }
    if (!parseMeasure(json.value(QStringLiteral("measure")).toString(QStringLiteral("total")),
                      &query))
        return fail(QStringLiteral(
            "the measure must be total, persons, per-person, sum:PROPERTY or avg:PROPERTY"));
    if (!Calendar::parsePeriod(
            json.value(QStringLiteral("interval")).toString(QStringLiteral("day")),
            &query.interval))
        return fail(QStringLiteral("the interval must be day, week or month"));
    query.breakdown = json.value(QStringLiteral("breakdown")).toString();
    query.compareWithPrevious = json.value(QStringLiteral("compare")).toBool();
    if (auto rangeError = DayRangeJson::read(json, &query.fromMs, &query.toMs))
        return fail(*rangeError);
    query.bars = json.value(QStringLiteral("chart")).toString() == QLatin1String("bar");
    return query;
}

} // namespace Quadrant

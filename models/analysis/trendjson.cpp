// SPDX-License-Identifier: MIT
#include "trendjson.h"

#include "dayrangejson.h"
#include "definitionreader.h"

#include <QCoreApplication>

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
    DefinitionReader read(json, "trend");
    TrendQuery query;
    query.event = read.selector("event");
    const QString measure = read.text("measure", QStringLiteral("total"));
    if (!parseMeasure(measure, &query))
        read.fail(QStringLiteral("measure"),
                  QCoreApplication::translate("Quadrant",
                                              "must be total, persons, per-person, sum:PROPERTY or "
                                              "avg:PROPERTY, not '%1'")
                      .arg(measure.left(40)));
    Calendar::parsePeriod(read.choice("interval", Calendar::periodNames(), QStringLiteral("day")),
                          &query.interval);
    query.breakdown = read.text("breakdown");
    query.compareWithPrevious = read.flag("compare");
    read.dayRange(&query.fromMs, &query.toMs);
    query.bars = read.choice("chart",
                             {QStringLiteral("line"), QStringLiteral("bar")},
                             QStringLiteral("line"))
                 == QLatin1String("bar");
    return read.finish(query, error);
}

} // namespace Quadrant

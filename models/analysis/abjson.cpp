// SPDX-License-Identifier: MIT
#include "abjson.h"

#include "dayrangejson.h"
#include "definitionreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Quadrant {

QString AbJson::metricText(const AbQuery &query)
{
    switch (query.metric) {
    case AbQuery::Metric::Conversion:
        return QStringLiteral("conversion");
    case AbQuery::Metric::SessionDuration:
        return QStringLiteral("session-duration");
    case AbQuery::Metric::EventsPerSession:
        return QStringLiteral("events-per-session");
    case AbQuery::Metric::Bounce:
        return QStringLiteral("bounce");
    case AbQuery::Metric::PropertySum:
        return QStringLiteral("sum:") + query.metricProperty;
    case AbQuery::Metric::ConversionProperty:
        return QStringLiteral("conversion-property:") + query.metricProperty;
    case AbQuery::Metric::MetricProperty:
        return QStringLiteral("metric-property:") + query.metricProperty;
    }
    return QStringLiteral("conversion");
}

void AbJson::setMetric(const QString &text, AbQuery *query)
{
    query->metricProperty.clear();
    if (text == QLatin1String("conversion"))
        query->metric = AbQuery::Metric::Conversion;
    else if (text == QLatin1String("session-duration"))
        query->metric = AbQuery::Metric::SessionDuration;
    else if (text == QLatin1String("events-per-session"))
        query->metric = AbQuery::Metric::EventsPerSession;
    else if (text == QLatin1String("bounce"))
        query->metric = AbQuery::Metric::Bounce;
    else if (text.startsWith(QLatin1String("conversion-property:"))) {
        query->metric = AbQuery::Metric::ConversionProperty;
        query->metricProperty = text.section(QLatin1Char(':'), 1);
    } else if (text.startsWith(QLatin1String("metric-property:"))) {
        query->metric = AbQuery::Metric::MetricProperty;
        query->metricProperty = text.section(QLatin1Char(':'), 1);
    } else {
        query->metric = AbQuery::Metric::PropertySum;
        query->metricProperty = text.startsWith(QLatin1String("sum:")) ? text.mid(4) : text;
    }
}

QString AbJson::metricTitle(const AbQuery &query)
{
    switch (query.metric) {
    case AbQuery::Metric::Conversion:
        return QCoreApplication::translate("Quadrant", "Conversion to %1")
            .arg(query.conversion.toString());
    case AbQuery::Metric::SessionDuration:
        return QCoreApplication::translate("Quadrant", "Session duration (seconds)");
    case AbQuery::Metric::EventsPerSession:
        return QCoreApplication::translate("Quadrant", "Events per session");
    case AbQuery::Metric::Bounce:
        return QCoreApplication::translate("Quadrant", "Bounce rate (one-event sessions)");
    case AbQuery::Metric::PropertySum:
        return QCoreApplication::translate("Quadrant", "Sum of %1 per person")
            .arg(query.metricProperty);
    case AbQuery::Metric::ConversionProperty:
        return QCoreApplication::translate("Quadrant", "Share with %1 = yes")
            .arg(query.metricProperty);
    case AbQuery::Metric::MetricProperty:
        return QCoreApplication::translate("Quadrant", "Mean of %1 per person")
            .arg(query.metricProperty);
    }
    return QString();
}

QJsonObject AbJson::toJson(const AbQuery &query)
{
    QJsonObject json;
    json[QStringLiteral("kind")] = QStringLiteral("ab");
    json[QStringLiteral("variantProperty")] = query.variantProperty;
    json[QStringLiteral("control")] = query.control;
    json[QStringLiteral("metric")] = metricText(query);
    if (query.isConversion())
        json[QStringLiteral("conversion")] = query.conversion.toString();
    if (!query.plannedSplit.isEmpty()) {
        QJsonArray split;
        for (double weight : query.plannedSplit)
            split.append(weight);
        json[QStringLiteral("split")] = split;
    }
    DayRangeJson::write(json, query.fromMs, query.toMs);
    return json;
}

std::optional<AbQuery> AbJson::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "ab");
    AbQuery query;
    query.variantProperty = read.text("variantProperty");
    query.control = read.text("control");
    setMetric(read.text("metric", QStringLiteral("conversion")), &query);
    if ((query.metric == AbQuery::Metric::PropertySum || query.isPersonOutcome())
        && query.metricProperty.isEmpty())
        read.fail(QStringLiteral("metric"),
                  QCoreApplication::translate("Quadrant", "needs a property name after ':'"));
    if (query.isConversion())
        query.conversion = read.selector("conversion");
    for (const QJsonValue &weight : read.array("split")) {
        if (!(weight.toDouble() > 0 && weight.toDouble() <= 1e9)) {
            read.fail(QStringLiteral("split"),
                      QCoreApplication::translate(
                          "Quadrant", "must be positive weights up to 1e9 such as [50, 50]"));
            break;
        }
        query.plannedSplit << weight.toDouble();
    }
    read.dayRange(&query.fromMs, &query.toMs);
    return read.finish(query, error);
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "trendchart.h"

#include "analysis/trendreport.h"
#include "charts/chartstyle.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Quadrant {

namespace {
// In the legend, a previous period reads short ("B, before"), so that the entries fit in one
// row under the chart; the table names it in full ("B (previous period)").
QString legendName(const TrendSeries &series)
{
    return series.name.isEmpty() ? QObject::tr("period before")
                                 : QObject::tr("%1, before").arg(series.name);
}

QString measureLabelOf(const TrendQuery &q)
{
    switch (q.measure) {
    case TrendQuery::Measure::Total:
        return QObject::tr("events");
    case TrendQuery::Measure::Persons:
        return QObject::tr("persons");
    case TrendQuery::Measure::PerPerson:
        return QObject::tr("events per person");
    case TrendQuery::Measure::Sum:
        return QObject::tr("sum of %1").arg(q.property);
    case TrendQuery::Measure::Average:
        return QObject::tr("average %1").arg(q.property);
    }
    return QString();
}

double seriesTotal(const TrendSeries &series)
{
    double total = 0;
    for (double v : series.values)
        if (!std::isnan(v))
            total += v;
    return total;
}

// The current series to draw (largest first, at most maximumSeries) and their previous-period
// twins.
QVector<const TrendSeries *> seriesToDraw(const TrendResult &result)
{
    QVector<const TrendSeries *> current;
    for (const TrendSeries &series : result.series)
        if (!series.previousPeriod)
            current << &series;
    std::stable_sort(
        current.begin(), current.end(), [](const TrendSeries *a, const TrendSeries *b) {
            return seriesTotal(*a) > seriesTotal(*b);
        });
    if (current.size() > TrendChart::maximumSeries)
        current.resize(TrendChart::maximumSeries);
    return current;
}

const TrendSeries *previousOf(const TrendResult &result, const TrendSeries &series)
{
    for (const TrendSeries &candidate : result.series)
        if (candidate.previousPeriod && candidate.name == series.name)
            return &candidate;
    return nullptr;
}

// Periods start at UTC midnight; the date axis draws local time: place each period at the local
// moment with the same calendar date, so that no time zone shifts a label to the day before.
qint64 shownTime(qint64 utcMs)
{
    const QDateTime utc = QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
    return QDateTime(utc.date(), utc.time(), Qt::LocalTime).toMSecsSinceEpoch();
}

QString hoverText(const QString &series, qint64 periodStartMs, double value)
{
    return QObject::tr("%1 · %2: %3")
        .arg(series,
             Calendar::dateText(periodStartMs),
             std::isnan(value)
                 ? QObject::tr("no data")
                 : QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2));
}

QString seriesLabel(const TrendSeries &series)
{
    return series.name.isEmpty() ? QObject::tr("This period") : series.name;
}
} // namespace

std::unique_ptr<QChartView> TrendChart::create(const TrendQuery &q, const TrendResult &result)
{
    auto view = std::make_unique<QChartView>();
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(QObject::tr("%1: %2 per %3")
                        .arg(q.event.event == QLatin1String("*") && q.event.filters.isEmpty()
                                 ? QObject::tr("All events")
                                 : q.event.toString(),
                             measureLabelOf(q),
                             Calendar::periodWord(q.interval)));
    const QVector<const TrendSeries *> drawn = seriesToDraw(result);
    const int periods = int(result.periodStartsMs.size());

    double top = 0;
    for (const TrendSeries *series : drawn) {
        for (double v : series->values)
            if (!std::isnan(v))
                top = std::max(top, v);
        if (const TrendSeries *previous = previousOf(result, *series))
            for (double v : previous->values)
                if (!std::isnan(v))
                    top = std::max(top, v);
    }
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top > 0 ? top * 1.05 : 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(q.measure == TrendQuery::Measure::Total
                                  || q.measure == TrendQuery::Measure::Persons
                              ? QStringLiteral("%.0f")
                              : QStringLiteral("%.2f"));
    axisY->setTitleText(measureLabelOf(q));
    chart->addAxis(axisY, Qt::AlignLeft);

    auto dashed = [](const QColor &color) {
        QPen pen(color);
        pen.setWidthF(1.8);
        pen.setStyle(Qt::DashLine);
        return pen;
    };
    if (q.bars) {
        auto *categories = new QBarCategoryAxis;
        // Short dates fit under a bar; the table has the full ones.
        for (qint64 start : result.periodStartsMs) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
            categories->append(QLocale().toString(date,
                                                  q.interval == Period::Month
                                                      ? QStringLiteral("MMM yyyy")
                                                      : QStringLiteral("d MMM")));
        }
        chart->addAxis(categories, Qt::AlignBottom);
        auto *barSeries = new QBarSeries;
        // The previous periods as dashed lines over the bars: x is the period's index.
        auto *lineX = new QValueAxis;
        lineX->setRange(-0.5, periods - 0.5);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignBottom);
        for (int s = 0; s < drawn.size(); ++s) {
            auto *set = new QBarSet(seriesLabel(*drawn[s]));
            set->setColor(ChartStyle::seriesColor(s));
            set->setBorderColor(ChartStyle::seriesColor(s));
            for (double v : drawn[s]->values)
                *set << (std::isnan(v) ? 0.0 : v);
            QObject::connect(
                set,
                &QBarSet::hovered,
                set,
                [label = set->label(), starts = result.periodStartsMs, values = drawn[s]->values](
                    bool on, int i) {
                    if (on && i >= 0 && size_t(i) < values.size())
                        QToolTip::showText(QCursor::pos(),
                                           hoverText(label, starts[size_t(i)], values[size_t(i)]));
                    else
                        QToolTip::hideText();
                });
            barSeries->append(set);
            if (const TrendSeries *previous = previousOf(result, *drawn[s])) {
                auto *line = new QLineSeries;
                line->setName(legendName(*previous));
                line->setPen(dashed(ChartStyle::seriesColor(s)));
                for (int i = 0; i < periods; ++i)
                    if (!std::isnan(previous->values[size_t(i)]))
                        line->append(i, previous->values[size_t(i)]);
                chart->addSeries(line);
                line->attachAxis(lineX);
                line->attachAxis(axisY);
            }
        }
        chart->addSeries(barSeries);
        barSeries->attachAxis(categories);
        barSeries->attachAxis(axisY);
        if (periods > 16) {
            // Dates every day would overlap: keep the axis and let the table carry the exact days.
            categories->setLabelsAngle(-90);
        }
    } else {
        auto *axisX = new QDateTimeAxis;
        axisX->setFormat(q.interval == Period::Month ? QStringLiteral("MMM yyyy")
                                                     : QStringLiteral("d MMM"));
        if (periods > 0)
            axisX->setRange(
                QDateTime::fromMSecsSinceEpoch(shownTime(result.periodStartsMs.front())),
                QDateTime::fromMSecsSinceEpoch(shownTime(
                    std::max(result.periodStartsMs.back(), result.periodStartsMs.front() + 1))));
        axisX->setTickCount(std::clamp(periods, 2, 10));
        chart->addAxis(axisX, Qt::AlignBottom);
        // As many dates as fit side by side (about 70 px each), never elided ones.
        QObject::connect(
            chart, &QChart::plotAreaChanged, axisX, [axisX, periods](const QRectF &area) {
                const int fit = std::clamp(int(area.width() / 70), 2, std::clamp(periods, 2, 10));
                if (axisX->tickCount() != fit)
                    axisX->setTickCount(fit);
            });
        for (int s = 0; s < drawn.size(); ++s) {
            auto addLine = [&](const TrendSeries &series, const QPen &pen) {
                auto *line = new QLineSeries;
                line->setName(series.previousPeriod ? legendName(series) : seriesLabel(series));
                line->setPen(pen);
                line->setPointsVisible(periods <= 31);
                for (int i = 0; i < periods; ++i)
                    if (!std::isnan(series.values[size_t(i)]))
                        line->append(double(shownTime(result.periodStartsMs[size_t(i)])),
                                     series.values[size_t(i)]);
                chart->addSeries(line);
                line->attachAxis(axisX);
                line->attachAxis(axisY);
                // Hovering a line says the exact value of the nearest period.
                QObject::connect(
                    line,
                    &QLineSeries::hovered,
                    line,
                    [label = line->name(), starts = result.periodStartsMs, values = series.values](
                        const QPointF &at, bool on) {
                        if (!on) {
                            QToolTip::hideText();
                            return;
                        }
                        size_t nearest = 0;
                        for (size_t i = 1; i < starts.size(); ++i)
                            if (std::abs(double(shownTime(starts[i])) - at.x())
                                < std::abs(double(shownTime(starts[nearest])) - at.x()))
                                nearest = i;
                        if (nearest < values.size())
                            QToolTip::showText(QCursor::pos(),
                                               hoverText(label, starts[nearest], values[nearest]));
                    });
            };
            QPen solid(ChartStyle::seriesColor(s));
            solid.setWidthF(2.4);
            addLine(*drawn[s], solid);
            if (const TrendSeries *previous = previousOf(result, *drawn[s]))
                addLine(*previous, dashed(ChartStyle::seriesColor(s)));
        }
    }
    chart->legend()->setVisible(drawn.size() > 1 || q.compareWithPrevious);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Each marker drawn as its series is: a dashed line for a previous period, a box for bars.
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    ChartStyle::apply(chart, QApplication::palette());
    view->setChart(chart);
    return view;
}

QString TrendChart::measureLabel(const TrendQuery &query)
{
    return measureLabelOf(query);
}

} // namespace Quadrant

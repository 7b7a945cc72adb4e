// SPDX-License-Identifier: MIT
#include "funnelchart.h"

#include "chartstyle.h"
#include "item/recordtablemodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCursor>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace Quadrant {

namespace {
QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 1) + QLatin1Char('%');
}

QString stepName(const FunnelQuery &query, int s)
{
    const EventSelector &step = query.steps.value(s);
    return step.event == QLatin1String("*") ? QObject::tr("any event") : step.toString();
}

void prepareView(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    view->setFrameShape(QFrame::NoFrame);
}
} // namespace

FunnelChart::FunnelChart(QWidget *parent)
    : QChartView(parent)
{
    prepareView(this);
    setChart(new QChart);
    showMessage(tr("Drag at least two events onto Steps to see the funnel."));
}

void FunnelChart::resetChart(const QString &title)
{
    m_labels.clear(); // owned by the old chart
    m_labelSeries = nullptr;
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

void FunnelChart::showMessage(const QString &message)
{
    resetChart(message);
    chart()->legend()->hide();
    ChartStyle::apply(chart(), palette());
}

void FunnelChart::showResult(const FunnelQuery &query, const FunnelResult &result)
{
    if (result.groups.isEmpty()) {
        showMessage(tr("No results"));
        return;
    }
    if (query.breakdown.isEmpty())
        showOverall(query, result.groups.first());
    else
        showBreakdown(query, result);
    ChartStyle::apply(chart(), palette());
}

void FunnelChart::showOverall(const FunnelQuery &query, const FunnelGroup &group)
{
    const qint64 entered = group.steps.isEmpty() ? 0 : group.steps.first().persons;
    const qint64 converted = group.steps.isEmpty() ? 0 : group.steps.last().persons;
    resetChart(tr("%1 of %2 persons converted (%3)")
                   .arg(QLocale().toString(converted),
                        QLocale().toString(entered),
                        percent(entered > 0 ? double(converted) / double(entered) : 0)));
    auto *reached = new QBarSet(tr("Reached the step"));
    auto *dropped = new QBarSet(tr("Dropped off before it"));
    reached->setColor(ChartStyle::seriesColor(0));
    reached->setBorderColor(ChartStyle::seriesColor(0));
    dropped->setColor(ChartStyle::mutedColor(ChartStyle::seriesColor(5)));
    dropped->setBorderColor(ChartStyle::seriesColor(5));
    QStringList categories;
    for (int s = 0; s < group.steps.size(); ++s) {
        const qint64 persons = group.steps[s].persons;
        const qint64 previous = s == 0 ? persons : group.steps[s - 1].persons;
        *reached << double(persons);
        *dropped << double(previous - persons);
        categories << QStringLiteral("%1. %2").arg(s + 1).arg(stepName(query, s));
    }
    auto *series = new QStackedBarSeries;
    series->append(reached);
    series->append(dropped);
    series->setBarWidth(0.6);
    chart()->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartStyle::wrapCategoryLabels(chart(), axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::max<double>(1, double(entered)) * 1.05);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->applyNiceNumbers();
    axisY->setTitleText(tr("Persons"));
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart()->legend()->setAlignment(Qt::AlignBottom);

    QFont labelFont = font();
    labelFont.setBold(true);
    for (int s = 0; s < group.steps.size(); ++s) {
        const qint64 persons = group.steps[s].persons;
        const qint64 previous = s == 0 ? persons : group.steps[s - 1].persons;
        QString text = QLocale().toString(persons);
        if (s > 0)
            text += QStringLiteral(" · %1").arg(
                percent(previous > 0 ? double(persons) / double(previous) : 0));
        auto *item = new QGraphicsSimpleTextItem(text, chart());
        item->setFont(labelFont);
        item->setBrush(palette().color(QPalette::Text));
        m_labels.append({item, QPointF(s, double(previous))});
    }
    m_labelSeries = series;
    connect(chart(), &QChart::plotAreaChanged, this, &FunnelChart::placeLabels);
    placeLabels();

    const FunnelGroup shown = group;
    connect(series, &QStackedBarSeries::clicked, this, [this, dropped](int index, QBarSet *set) {
        if (set == dropped && index >= 1)
            emit dropOffClicked(index + 1, QString());
    });
    connect(series,
            &QStackedBarSeries::hovered,
            this,
            [this, dropped, shown, query](bool status, int index, QBarSet *set) {
                if (!status || index < 0 || index >= shown.steps.size()) {
                    QToolTip::hideText();
                    return;
                }
                const qint64 persons = shown.steps[index].persons;
                const qint64 previous = index == 0 ? persons : shown.steps[index - 1].persons;
                const qint64 first = shown.steps.first().persons;
                QString text;
                if (set == dropped && index > 0)
                    text = tr("<b>%1 persons</b> reached step %2 but not %3 (%4)<br>Click to see "
                              "who they are and what they did next")
                               .arg(QLocale().toString(previous - persons),
                                    QString::number(index),
                                    stepName(query, index),
                                    percent(previous > 0
                                                ? double(previous - persons) / double(previous)
                                                : 0));
                else
                    text = tr("<b>%1</b>: %2 persons<br>%3 of the previous step, %4 of the "
                              "first<br>median time from start: %5")
                               .arg(stepName(query, index),
                                    QLocale().toString(persons),
                                    percent(previous > 0 ? double(persons) / double(previous) : 0),
                                    percent(first > 0 ? double(persons) / double(first) : 0),
                                    index == 0 ? tr("–")
                                               : RecordTableModel::formatDuration(
                                                   shown.steps[index].medianFromStartMs / 1000.0));
                QToolTip::showText(QCursor::pos(), text, this);
            });
}

void FunnelChart::placeLabels()
{
    if (!m_labelSeries)
        return;
    for (const BarLabel &label : m_labels) {
        const QPointF top = chart()->mapToPosition(label.anchor, m_labelSeries);
        const QRectF box = label.item->boundingRect();
        label.item->setPos(top.x() - box.width() / 2, top.y() - box.height() - 3);
    }
}

void FunnelChart::showBreakdown(const FunnelQuery &query, const FunnelResult &result)
{
    QVector<FunnelGroup> groups = result.groups;
    std::stable_sort(groups.begin(), groups.end(), [](const FunnelGroup &a, const FunnelGroup &b) {
        return a.steps.value(0).persons > b.steps.value(0).persons;
    });
    const bool truncated = groups.size() > maxGroups;
    groups.resize(std::min<qsizetype>(groups.size(), maxGroups));
    resetChart(truncated ? tr("Conversion from the first step by %1 (the %2 largest groups)")
                               .arg(query.breakdown)
                               .arg(maxGroups)
                         : tr("Conversion from the first step by %1").arg(query.breakdown));
    auto *series = new QBarSeries;
    for (int g = 0; g < groups.size(); ++g) {
        const FunnelGroup &group = groups[g];
        const double entered = double(group.steps.value(0).persons);
        auto *set = new QBarSet(
            QStringLiteral("%1 (%2)").arg(group.value, QLocale().toString(qint64(entered))));
        set->setColor(ChartStyle::seriesColor(g));
        set->setBorderColor(ChartStyle::seriesColor(g));
        for (const FunnelStepResult &step : group.steps)
            *set << (entered > 0 ? 100.0 * double(step.persons) / entered : 0.0);
        series->append(set);
    }
    chart()->addSeries(series);
    QStringList categories;
    for (int s = 0; s < query.steps.size(); ++s)
        categories << QStringLiteral("%1. %2").arg(s + 1).arg(stepName(query, s));
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    chart()->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartStyle::wrapCategoryLabels(chart(), axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%.0f%%"));
    axisY->setTitleText(tr("Conversion from the first step"));
    chart()->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart()->legend()->setAlignment(Qt::AlignBottom);

    const QList<QBarSet *> sets = series->barSets();
    for (int g = 0; g < sets.size(); ++g)
        sets[g]->setProperty("group", g);
    connect(series, &QBarSeries::clicked, this, [this, groups](int index, QBarSet *set) {
        const int g = set ? set->property("group").toInt() : -1;
        if (g >= 0 && g < groups.size() && index >= 1)
            emit dropOffClicked(index + 1, groups[g].value);
    });
    connect(series,
            &QBarSeries::hovered,
            this,
            [this, groups, query](bool status, int index, QBarSet *set) {
                const int g = set ? set->property("group").toInt() : -1;
                if (!status || g < 0 || g >= groups.size() || index < 0
                    || index >= groups[g].steps.size()) {
                    QToolTip::hideText();
                    return;
                }
                const FunnelGroup &group = groups[g];
                const qint64 persons = group.steps[index].persons, first = group.steps[0].persons;
                QToolTip::showText(
                    QCursor::pos(),
                    tr("<b>%1</b>, step %2 (%3)<br>%4 of %5 persons: %6")
                        + (index > 0
                               ? tr("<br><i>Click to list who dropped off before this step</i>")
                               : QString())
                              .arg(group.value)
                              .arg(index + 1)
                              .arg(stepName(query, index),
                                   QLocale().toString(persons),
                                   QLocale().toString(first),
                                   percent(first > 0 ? double(persons) / double(first) : 0)),
                    this);
            });
}

TimeToConvertChart::TimeToConvertChart(QWidget *parent)
    : QChartView(parent)
{
    prepareView(this);
    setChart(new QChart);
}

QVector<qint64> TimeToConvertChart::bucketEdges(qint64 windowMs)
{
    static const qint64 candidates[] = {60,
                                        10 * 60,
                                        3600,
                                        6 * 3600,
                                        86400,
                                        2 * 86400,
                                        3 * 86400,
                                        7 * 86400,
                                        14 * 86400,
                                        30 * 86400,
                                        60 * 86400,
                                        90 * 86400};
    QVector<qint64> edges;
    const qint64 window = std::max<qint64>(1, windowMs / 1000);
    for (qint64 edge : candidates)
        if (edge < window)
            edges << edge;
    edges << window;
    return edges;
}

QString TimeToConvertChart::bucketLabel(qint64 low, qint64 high)
{
    auto text = [](qint64 seconds) {
        if (seconds % 86400 == 0)
            return QObject::tr("%1 d").arg(seconds / 86400);
        if (seconds % 3600 == 0)
            return QObject::tr("%1 h").arg(seconds / 3600);
        return QObject::tr("%1 min").arg(seconds / 60);
    };
    return low == 0 ? QObject::tr("< %1").arg(text(high))
                    : QStringLiteral("%1 – %2").arg(text(low), text(high));
}

void TimeToConvertChart::showResult(const FunnelQuery &query, const FunnelResult &result)
{
    std::vector<qint64> times;
    for (const FunnelGroup &group : result.groups)
        if (!group.steps.isEmpty())
            times.insert(times.end(),
                         group.steps.last().fromStartMs.begin(),
                         group.steps.last().fromStartMs.end());
    const QVector<qint64> edges = bucketEdges(query.windowMs);
    QVector<qint64> counts(edges.size(), 0);
    for (qint64 ms : times) {
        const qint64 seconds = ms / 1000;
        int b = 0;
        while (b < edges.size() - 1 && seconds >= edges[b])
            ++b;
        ++counts[b];
    }
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    const double median = FunnelEngine::median(times);
    chart->setTitle(times.empty()
                        ? tr("Nobody converted yet")
                        : tr("Time from the first to the last step: median %1 over %2 converters")
                              .arg(RecordTableModel::formatDuration(median / 1000.0),
                                   QLocale().toString(qint64(times.size()))));
    auto *set = new QBarSet(tr("Converters"));
    set->setColor(ChartStyle::seriesColor(2));
    set->setBorderColor(ChartStyle::seriesColor(2));
    QStringList categories;
    for (int b = 0; b < edges.size(); ++b) {
        *set << double(counts[b]);
        categories << bucketLabel(b == 0 ? 0 : edges[b - 1], edges[b]);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.85);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(tr("Time to convert"));
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    ChartStyle::wrapCategoryLabels(chart, axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(
        0, std::max<double>(1, double(*std::max_element(counts.begin(), counts.end()))) * 1.15);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Persons"));
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->hide();
    ChartStyle::apply(chart, palette());
    set->setLabelColor(palette().color(QPalette::Text));
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

ConversionOverTimeChart::ConversionOverTimeChart(QWidget *parent)
    : QChartView(parent)
{
    prepareView(this);
    setChart(new QChart);
}

void ConversionOverTimeChart::showResult(const FunnelQuery &query, const FunnelResult &result)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Conversion from %1 to %2 by entry day")
                        .arg(stepName(query, 0), stepName(query, int(query.steps.size()) - 1)));
    auto *line = new QLineSeries;
    line->setName(tr("Conversion"));
    line->setColor(ChartStyle::seriesColor(0));
    auto *points = new QScatterSeries;
    points->setMarkerSize(6);
    points->setColor(ChartStyle::seriesColor(0));
    points->setBorderColor(ChartStyle::seriesColor(0));
    qint64 first = 0, last = 0;
    for (const auto &[day, counts] : result.byEntryDay) {
        if (counts.empty() || counts[0] == 0)
            continue;
        const qint64 ms
            = day * 86400000LL + 43200000LL; // noon UTC: the same date in every zone within ±12 h
        const double rate = 100.0 * double(counts.back()) / double(counts[0]);
        line->append(double(ms), rate);
        points->append(double(ms), rate);
        first = first == 0 ? ms : first;
        last = ms;
    }
    chart->addSeries(line);
    chart->addSeries(points);
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("MMM d"));
    if (first < last)
        axisX->setRange(QDateTime::fromMSecsSinceEpoch(first),
                        QDateTime::fromMSecsSinceEpoch(last));
    chart->addAxis(axisX, Qt::AlignBottom);
    line->attachAxis(axisX);
    points->attachAxis(axisX);
    // The axis follows the data: a rate near 0.5 % on a 0–100 % axis would lie on the floor.
    double highest = 0;
    for (const QPointF &point : line->points())
        highest = std::max(highest, point.y());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, std::clamp(highest * 1.2, 1.0, 100.0));
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(highest * 1.2 < 5 ? QStringLiteral("%.1f%%") : QStringLiteral("%.0f%%"));
    chart->addAxis(axisY, Qt::AlignLeft);
    line->attachAxis(axisY);
    points->attachAxis(axisY);
    chart->legend()->hide();
    ChartStyle::apply(chart, palette());
    QChart *old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace Quadrant

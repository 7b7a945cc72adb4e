// SPDX-License-Identifier: MIT
#include "crmcharts.h"

#include "charts/chartstyle.h"
#include "item/recordtablemodel.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>
#include <qcustomplot.h>

#include <cmath>

namespace Quadrant {

namespace {

std::unique_ptr<QChartView> chartView(QChart *chart)
{
    ChartStyle::apply(chart, QApplication::palette());
    auto view = std::make_unique<QChartView>(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 260);
    return view;
}

} // namespace

QString CrmCharts::bandCounts(const HealthResult &result)
{
    int red = 0, yellow = 0, green = 0, none = 0;
    for (const AccountHealth &health : result.accounts) {
        if (health.band == QLatin1String("red"))
            ++red;
        else if (health.band == QLatin1String("yellow"))
            ++yellow;
        else if (health.band == QLatin1String("green"))
            ++green;
        else
            ++none;
    }
    QString text = QObject::tr("%1 red · %2 yellow · %3 green").arg(red).arg(yellow).arg(green);
    if (none > 0)
        text += QObject::tr(" · %1 without a score").arg(none);
    return text;
}

std::unique_ptr<QCustomPlot> CrmCharts::healthDistribution(const HealthResult &result)
{
    auto plot = std::make_unique<QCustomPlot>();
    ChartStyle::apply(plot.get(),
                      QApplication::palette(),
                      QObject::tr("Health scores: %1").arg(bandCounts(result)));
    std::vector<double> counts(10, 0.0);
    for (const AccountHealth &health : result.accounts)
        if (health.score)
            counts[size_t(std::clamp(int(*health.score / 10), 0, 9))] += 1;
    double most = 1;
    for (int bucket = 0; bucket < 10; ++bucket) {
        // A bar per tenth, in the band of its middle.
        const QString band = result.model.band(bucket * 10 + 5);
        auto *bar = new QCPBars(plot->xAxis, plot->yAxis);
        bar->setWidth(9);
        bar->setData({bucket * 10.0 + 5}, {counts[size_t(bucket)]});
        bar->setBrush(ChartStyle::bandColor(band));
        bar->setPen(Qt::NoPen);
        bar->setName(band);
        most = std::max(most, counts[size_t(bucket)]);
    }
    for (double threshold : {result.model.redBelow, result.model.greenFrom}) {
        auto *line = new QCPItemStraightLine(plot.get());
        line->point1->setCoords(threshold, 0);
        line->point2->setCoords(threshold, 1);
        line->setPen(QPen(QApplication::palette().color(QPalette::Text), 1, Qt::DashLine));
    }
    plot->xAxis->setRange(0, 100);
    plot->xAxis->setLabel(QObject::tr("health score"));
    plot->yAxis->setRange(0, most * 1.15);
    plot->yAxis->setLabel(QObject::tr("accounts"));
    plot->setMinimumSize(360, 220);
    plot->replot();
    return plot;
}

std::unique_ptr<QChartView> CrmCharts::pipelineStages(const PipelineResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(QObject::tr("Deals by stage"));
    auto *series = new QHorizontalStackedBarSeries; // one state per stage: a bar in its colour
    QStringList stages;
    // One set per state, so that the legend says which colour is which.
    const QVector<StageStates::State> states{
        StageStates::State::Open, StageStates::State::Won, StageStates::State::Lost};
    QVector<QBarSet *> sets;
    for (StageStates::State state : states) {
        auto *set = new QBarSet(
            RecordTableModel::valueText(QStringLiteral("status"), StageStates::name(state)));
        set->setColor(
            state == StageStates::State::Won    ? ChartStyle::bandColor(QStringLiteral("green"))
            : state == StageStates::State::Lost ? ChartStyle::bandColor(QStringLiteral("red"))
                                                : ChartStyle::seriesColor(0));
        set->setBorderColor(Qt::transparent);
        sets << set;
    }
    // Bars are listed bottom up: the last stage first so that open stages read top down.
    qint64 most = 1;
    for (int i = int(result.stages.size()) - 1; i >= 0; --i) {
        const PipelineStage &stage = result.stages[i];
        stages << QStringLiteral("%1 (%2)").arg(stage.stage, QLocale().toString(stage.deals));
        for (int s = 0; s < states.size(); ++s)
            *sets[s] << (stage.state == states[s] ? double(stage.deals) : 0.0);
        most = std::max(most, stage.deals);
    }
    series->setBarWidth(0.9);
    for (QBarSet *set : sets)
        series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(stages);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, double(most) * 1.1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    values->setTitleText(QObject::tr("deals"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chartView(chart);
}

std::unique_ptr<QChartView> CrmCharts::channelRoi(const RoiResult &result)
{
    auto *chart = new QChart;
    chart->setTitle(QObject::tr("Spend and won revenue per channel (ROI above)"));
    auto *spend = new QBarSet(QObject::tr("Spend"));
    auto *revenue = new QBarSet(QObject::tr("Won revenue"));
    spend->setColor(ChartStyle::seriesColor(5));
    revenue->setColor(ChartStyle::seriesColor(2));
    for (QBarSet *set : {spend, revenue})
        set->setBorderColor(Qt::transparent);
    QStringList channels;
    double most = 1;
    for (const RoiRow &row : result.channels) {
        const auto roi = row.roi();
        channels << QStringLiteral("%1\n%2").arg(
            row.channel,
            roi ? QObject::tr("ROI %1%").arg(QLocale().toString(*roi * 100, 'f', 0))
                : QObject::tr("no spend"));
        *spend << row.spend;
        *revenue << row.wonRevenue;
        most = std::max({most, row.spend, row.wonRevenue});
    }
    auto *series = new QBarSeries;
    series->append(spend);
    series->append(revenue);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(channels);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    ChartStyle::wrapCategoryLabels(chart, categories);
    auto *values = new QValueAxis;
    values->setRange(0, most * 1.1);
    values->setLabelFormat(QStringLiteral("%.0f"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chartView(chart);
}

std::unique_ptr<QCustomPlot> CrmCharts::bestLeads(const LeadResult &result)
{
    auto plot = std::make_unique<QCustomPlot>();
    ChartStyle::apply(plot.get(), QApplication::palette(), QObject::tr("Best leads"));
    const int shown = std::min<int>(15, int(result.leads.size()));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys, behaviour, fit;
    for (int i = 0; i < shown; ++i) {
        const LeadScore &score = result.leads[i];
        const CrmLead &lead = result.crm->leads[score.lead];
        keys << i;
        behaviour << score.behaviour;
        fit << score.fit;
        ticker->addTick(
            i,
            QStringLiteral("%1 %2%3").arg(
                lead.id, lead.userId, score.reactivated ? QStringLiteral(" ↺") : QString()));
    }
    auto *behaviourBars = new QCPBars(plot->yAxis, plot->xAxis);
    auto *fitBars = new QCPBars(plot->yAxis, plot->xAxis);
    behaviourBars->setName(QObject::tr("behaviour"));
    fitBars->setName(QObject::tr("fit"));
    behaviourBars->setData(keys, behaviour);
    fitBars->setData(keys, fit);
    fitBars->moveAbove(behaviourBars);
    behaviourBars->setBrush(ChartStyle::seriesColor(0));
    fitBars->setBrush(ChartStyle::seriesColor(1));
    for (QCPBars *bars : {behaviourBars, fitBars}) {
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.7);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(-0.6, std::max(1, shown) - 0.4);
    plot->yAxis->setRangeReversed(true);
    plot->xAxis->setRange(0, 200);
    plot->xAxis->setLabel(QObject::tr("score (behaviour + fit)"));
    plot->legend->setVisible(true);
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    plot->setMinimumSize(360, 260);
    plot->replot();
    return plot;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/funnelengine.h"

#include <QChartView>

class QBarSet;
class QGraphicsSimpleTextItem;
class QAbstractSeries;

namespace Quadrant {

// The funnel as bars: for each step the persons who reached it, with the persons lost since the
// previous step shaded above them, and the conversion under each step's name. With a breakdown,
// grouped bars of each group's conversion from the first step. Clicking a drop-off asks for the
// persons lost there (with a breakdown: that group's persons).
class FunnelChart : public QChartView
{
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void showResult(const FunnelQuery &query, const FunnelResult &result);
    void showMessage(const QString &message);
    static constexpr int maxGroups = 6;

signals:
    // step: 2..k, the step the persons did not reach; group: the breakdown value or empty.
    void dropOffClicked(int step, const QString &group);

private:
    void showOverall(const FunnelQuery &query, const FunnelGroup &group);
    void showBreakdown(const FunnelQuery &query, const FunnelResult &result);
    void resetChart(const QString &title);
    void placeLabels();

    // Persons and conversion written above each bar, kept in place as the plot area changes.
    struct BarLabel
    {
        QGraphicsSimpleTextItem *item;
        QPointF anchor; // (category, value) in chart coordinates
    };
    QVector<BarLabel> m_labels;
    QAbstractSeries *m_labelSeries = nullptr;
};

// How long converters took from the first to the last step, as a histogram over buckets that
// fit the conversion window.
class TimeToConvertChart : public QChartView
{
    Q_OBJECT
public:
    explicit TimeToConvertChart(QWidget *parent = nullptr);
    void showResult(const FunnelQuery &query, const FunnelResult &result);
    // Bucket upper edges in seconds (the last bucket is open) and their labels.
    static QVector<qint64> bucketEdges(qint64 windowMs);
    static QString bucketLabel(qint64 lowSeconds, qint64 highSeconds);
};

// Conversion from the first to the last step by the day persons entered.
class ConversionOverTimeChart : public QChartView
{
    Q_OBJECT
public:
    explicit ConversionOverTimeChart(QWidget *parent = nullptr);
    void showResult(const FunnelQuery &query, const FunnelResult &result);
};

} // namespace Quadrant

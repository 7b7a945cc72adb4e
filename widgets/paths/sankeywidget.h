// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/pathengine.h"

#include <QWidget>

namespace Quadrant {

// Draws a path result as a Sankey diagram: a column per step, a node per event in that step,
// bands between them as wide as the sequences that took them. Hovering says the counts and the
// share of the node the flow came from; clicking a node asks the view what to do with it.
class SankeyWidget : public QWidget
{
    Q_OBJECT
public:
    struct Node
    {
        int step = 0;
        QString event;
        qint64 sequences = 0;
        QRectF rect;
    };
    struct Band
    {
        int from = 0, to = 0; // node indexes
        qint64 sequences = 0;
        QRectF fromSlot, toSlot; // where the band leaves and enters its nodes
    };

    explicit SankeyWidget(QWidget *parent = nullptr);

    void setResult(const PathQuery &query, const PathResult &result);
    const QVector<Node> &nodes() const { return m_nodes; }
    const QVector<Band> &bands() const { return m_bands; }
    // What hovering over `point` says (empty over nothing): for the tests and the tooltip.
    QString describeAt(const QPointF &point) const;
    int nodeAt(const QPointF &point) const;

    QSize sizeHint() const override { return {900, 520}; }

signals:
    void nodeClicked(int step, const QString &event, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    void layoutNodes();
    int bandAt(const QPointF &point) const;
    QPainterPath bandPath(const Band &band) const;
    qint64 outflow(int node) const;

    PathQuery m_query;
    PathResult m_result;
    QVector<Node> m_nodes;
    QVector<Band> m_bands;
    int m_hoverNode = -1;
    int m_hoverBand = -1;
};

} // namespace Quadrant

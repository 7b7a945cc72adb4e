// SPDX-License-Identifier: MIT
#pragma once

#include "crm/renewalquadrant.h"

#include <qcustomplot.h>

#include <vector>

namespace Quadrant {

// The renewal / expansion quadrant as a scatter: health on x, expansion on y, a point per
// account sized by ARR and coloured by band, the thresholds as lines that can be dragged, and
// each quadrant labelled with what to do. Hover shows an account's figures; a click picks it.
class QuadrantPlot : public QCustomPlot
{
    Q_OBJECT
public:
    explicit QuadrantPlot(const QuadrantResult &result, QWidget *parent = nullptr);

    // The account at a widget position (within a few pixels), or -1.
    int accountAt(const QPointF &position) const;
    // Where an account's point is drawn, in widget coordinates (for tests and tooltips).
    QPointF positionOf(int account) const;
    QPointF thresholdPosition() const; // where the two lines cross
    double healthThreshold() const { return m_health; }
    double expansionThreshold() const { return m_expansion; }
    QString hoverText(int account) const;

signals:
    void accountClicked(int account); // index into CrmData::accounts
    void thresholdsDragged(double health, double expansion);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Point
    {
        double health, expansion;
        int account;
    };
    void placeThresholds();

    QuadrantResult m_result;
    std::vector<Point> m_points;
    double m_health, m_expansion;
    QCPItemStraightLine *m_vertical, *m_horizontal;
    QVector<QCPItemText *> m_labels; // expand, protect, rescue, at-risk
    enum class Drag { None, Health, Expansion, Both } m_drag = Drag::None;
};

} // namespace Quadrant

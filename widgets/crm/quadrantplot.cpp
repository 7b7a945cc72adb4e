// SPDX-License-Identifier: MIT
#include "quadrantplot.h"

#include "analysis/calendar.h"
#include "charts/chartstyle.h"

#include <QApplication>
#include <QLocale>
#include <QToolTip>

#include <cmath>

namespace Quadrant {

namespace {
constexpr double s_grab = 7; // pixels within which a line or a point is under the mouse
}

QuadrantPlot::QuadrantPlot(const QuadrantResult &result, QWidget *parent)
    : QCustomPlot(parent)
    , m_result(result)
    , m_health(result.healthThreshold)
    , m_expansion(result.expansionThreshold)
{
    setObjectName(QStringLiteral("quadrantPlot"));
    setMouseTracking(true);
    setAccessibleName(tr("Renewal and expansion quadrant"));
    setAccessibleDescription(
        tr("%n accounts by health and expansion; the to-do list beside it has each account.",
           nullptr,
           int(result.accounts.size())));
    const QPalette palette = QApplication::palette();
    ChartStyle::apply(this, palette, tr("Renewal and expansion: health against expansion"));
    const CrmData &crm = *result.health.crm;
    double mostArr = 1;
    for (const QuadrantAccount &placed : result.accounts)
        if (placed.health && placed.expansion)
            mostArr = std::max(mostArr, crm.accounts[placed.account].arr.value_or(0));
    // A graph per band and size class: QCustomPlot sizes points per graph.
    const QStringList bands{
        QStringLiteral("red"), QStringLiteral("yellow"), QStringLiteral("green")};
    constexpr int sizes = 5;
    QVector<QVector<QCPGraphData>> data(bands.size() * sizes);
    for (const QuadrantAccount &placed : result.accounts) {
        if (!placed.health || !placed.expansion)
            continue;
        const double arr = crm.accounts[placed.account].arr.value_or(0);
        const int size = std::clamp(int(std::sqrt(arr / mostArr) * sizes), 0, sizes - 1);
        const int band = std::max(0, int(bands.indexOf(placed.band)));
        data[band * sizes + size].append(QCPGraphData(*placed.health, *placed.expansion));
        m_points.push_back({*placed.health, *placed.expansion, placed.account});
    }
    for (int b = 0; b < bands.size(); ++b)
        for (int s = 0; s < sizes; ++s) {
            auto *graph = addGraph();
            graph->setLineStyle(QCPGraph::lsNone);
            QColor fill = ChartStyle::bandColor(bands[b]);
            fill.setAlphaF(0.7);
            graph->setScatterStyle(QCPScatterStyle(
                QCPScatterStyle::ssDisc, ChartStyle::bandColor(bands[b]), fill, 6 + 4 * s));
            graph->data()->set(data[b * sizes + s], true);
            graph->setName(bands[b]);
            graph->removeFromLegend();
        }
    // A little room past 0 and 100, so that points on the edge are drawn whole.
    xAxis->setRange(-3, 103);
    yAxis->setRange(-3, 103);
    xAxis->setLabel(tr("health score"));
    yAxis->setLabel(tr("expansion (seat use and usage trend)"));
    const QColor text = palette.color(QPalette::Text);
    m_vertical = new QCPItemStraightLine(this);
    m_horizontal = new QCPItemStraightLine(this);
    for (QCPItemStraightLine *line : {m_vertical, m_horizontal})
        line->setPen(QPen(text, 1.5, Qt::DashLine));
    QFont labelFont = QApplication::font();
    labelFont.setBold(true);
    for (const QString &quadrant : RenewalQuadrant::quadrants().mid(0, 4)) {
        auto *label = new QCPItemText(this);
        // The name only: the advice is in the lists beside, and long lines would overlap here.
        label->setText(RenewalQuadrant::title(quadrant));
        label->setFont(labelFont);
        QColor muted = text;
        muted.setAlphaF(0.55);
        label->setColor(muted);
        label->position->setType(QCPItemPosition::ptAxisRectRatio);
        m_labels << label;
    }
    // Label corners: expand top right, protect bottom right, rescue top left, at-risk bottom left.
    m_labels[0]->position->setCoords(0.98, 0.02);
    m_labels[0]->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    m_labels[1]->position->setCoords(0.98, 0.98);
    m_labels[1]->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    m_labels[2]->position->setCoords(0.02, 0.02);
    m_labels[2]->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_labels[3]->position->setCoords(0.02, 0.98);
    m_labels[3]->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    for (QCPItemText *label : std::as_const(m_labels))
        label->setTextAlignment(Qt::AlignCenter);
    placeThresholds();
    setMinimumSize(420, 320);
    replot();
}

void QuadrantPlot::placeThresholds()
{
    m_vertical->point1->setCoords(m_health, 0);
    m_vertical->point2->setCoords(m_health, 1);
    m_horizontal->point1->setCoords(0, m_expansion);
    m_horizontal->point2->setCoords(1, m_expansion);
}

QPointF QuadrantPlot::positionOf(int account) const
{
    for (const Point &point : m_points)
        if (point.account == account)
            return QPointF(xAxis->coordToPixel(point.health), yAxis->coordToPixel(point.expansion));
    return QPointF(-1, -1);
}

QPointF QuadrantPlot::thresholdPosition() const
{
    return QPointF(xAxis->coordToPixel(m_health), yAxis->coordToPixel(m_expansion));
}

int QuadrantPlot::accountAt(const QPointF &position) const
{
    int best = -1;
    double nearest = s_grab * s_grab * 4;
    for (const Point &point : m_points) {
        const double dx = xAxis->coordToPixel(point.health) - position.x();
        const double dy = yAxis->coordToPixel(point.expansion) - position.y();
        const double distance = dx * dx + dy * dy;
        if (distance < nearest) {
            nearest = distance;
            best = point.account;
        }
    }
    return best;
}

QString QuadrantPlot::hoverText(int account) const
{
    const CrmAccount &info = m_result.health.crm->accounts[account];
    for (const QuadrantAccount &placed : m_result.accounts)
        if (placed.account == account)
            return tr("%1 (%2)\nhealth %3, expansion %4\nARR %5, renewal %6")
                .arg(info.name.isEmpty() ? info.id : info.name,
                     info.id,
                     QLocale().toString(placed.health.value_or(0), 'f', 0),
                     QLocale().toString(placed.expansion.value_or(0), 'f', 0),
                     info.arr ? QLocale().toString(*info.arr, 'f', 0) : QStringLiteral("—"),
                     info.renewalMs ? Calendar::dateText(*info.renewalMs) : QStringLiteral("—"));
    return QString();
}

void QuadrantPlot::mousePressEvent(QMouseEvent *event)
{
    const QPointF at = event->position();
    const bool onVertical = std::abs(at.x() - xAxis->coordToPixel(m_health)) < s_grab;
    const bool onHorizontal = std::abs(at.y() - yAxis->coordToPixel(m_expansion)) < s_grab;
    if (event->button() == Qt::LeftButton && (onVertical || onHorizontal)) {
        m_drag = onVertical && onHorizontal ? Drag::Both
                 : onVertical               ? Drag::Health
                                            : Drag::Expansion;
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        const int account = accountAt(at);
        if (account >= 0) {
            emit accountClicked(account);
            event->accept();
            return;
        }
    }
    QCustomPlot::mousePressEvent(event);
}

void QuadrantPlot::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = event->position();
    if (m_drag != Drag::None) {
        if (m_drag != Drag::Expansion)
            m_health = std::clamp(std::round(xAxis->pixelToCoord(at.x())), 0.0, 100.0);
        if (m_drag != Drag::Health)
            m_expansion = std::clamp(std::round(yAxis->pixelToCoord(at.y())), 0.0, 100.0);
        placeThresholds();
        replot(QCustomPlot::rpQueuedReplot);
        event->accept();
        return;
    }
    const bool onLine = std::abs(at.x() - xAxis->coordToPixel(m_health)) < s_grab
                        || std::abs(at.y() - yAxis->coordToPixel(m_expansion)) < s_grab;
    setCursor(onLine ? Qt::SizeAllCursor : Qt::ArrowCursor);
    const int account = accountAt(at);
    if (account >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), hoverText(account), this);
    else
        QToolTip::hideText();
    QCustomPlot::mouseMoveEvent(event);
}

void QuadrantPlot::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag != Drag::None) {
        m_drag = Drag::None;
        emit thresholdsDragged(m_health, m_expansion);
        event->accept();
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

} // namespace Quadrant

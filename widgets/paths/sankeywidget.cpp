// SPDX-License-Identifier: MIT
#include "sankeywidget.h"

#include "charts/chartstyle.h"

#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <numeric>

namespace Quadrant {

namespace {
constexpr double nodeWidth = 14;
constexpr double nodeGap = 10;
constexpr double margin = 16;
constexpr double labelSpace = 130; // right of the last column (left of the first when backwards)

bool isPseudo(const QString &event)
{
    return event == PathResult::sessionEnd() || event == PathResult::other();
}

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}
} // namespace

SankeyWidget::SankeyWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(420, 260);
    setAccessibleName(tr("Paths diagram"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void SankeyWidget::setResult(const PathQuery &query, const PathResult &result)
{
    m_query = query;
    m_result = result;
    // What a screen reader says of the drawing; the Table tab has every flow.
    setAccessibleDescription(
        tr("%n sequences %1 %2, %3 flows; the Table tab lists each flow.",
           nullptr,
           int(std::min<qint64>(result.sequences, INT_MAX)))
            .arg(query.backwards ? tr("ending at") : tr("starting at"), query.anchor)
            .arg(result.edges.size()));
    m_nodes.clear();
    m_bands.clear();
    QHash<QPair<int, QString>, int> nodeIndex;
    auto node = [&](int step, const QString &event) {
        const auto key = qMakePair(step, event);
        auto found = nodeIndex.constFind(key);
        if (found != nodeIndex.constEnd())
            return *found;
        m_nodes.append(Node{step, event, 0, {}});
        nodeIndex.insert(key, int(m_nodes.size() - 1));
        return int(m_nodes.size() - 1);
    };
    node(0, query.anchor);
    m_nodes[0].sequences = result.sequences;
    for (const PathEdge &edge : result.edges) {
        const int from = node(edge.step - 1, edge.from);
        const int to = node(edge.step, edge.to);
        m_nodes[to].sequences += edge.sequences;
        m_bands.append(Band{from, to, edge.sequences, {}, {}});
    }
    m_hoverNode = m_hoverBand = -1;
    layoutNodes();
    update();
}

qint64 SankeyWidget::outflow(int node) const
{
    qint64 total = 0;
    for (const Band &band : m_bands)
        if (band.from == node)
            total += band.sequences;
    return total;
}

void SankeyWidget::layoutNodes()
{
    if (m_nodes.isEmpty())
        return;
    int lastStep = 0;
    for (const Node &n : m_nodes)
        lastStep = std::max(lastStep, n.step);
    const double top = margin + 18; // room for the step titles
    const double height = std::max(40.0, double(this->height()) - top - margin);
    const double left = margin + (m_query.backwards ? labelSpace : 0);
    const double width
        = std::max(40.0, double(this->width()) - 2 * margin - labelSpace - nodeWidth);
    // One scale for every column, set by the fullest column, so that widths compare across steps.
    QVector<QVector<int>> columns(lastStep + 1);
    for (int i = 0; i < m_nodes.size(); ++i)
        columns[m_nodes[i].step].append(i);
    double scale = 1e300;
    for (const QVector<int> &column : columns) {
        qint64 total = 0;
        for (int i : column)
            total += std::max<qint64>(1, m_nodes[i].sequences);
        const double room = height - nodeGap * double(std::max(0, int(column.size()) - 1));
        if (total > 0)
            scale = std::min(scale, room / double(total));
    }
    for (int step = 0; step <= lastStep; ++step) {
        QVector<int> &column = columns[step];
        // Largest first; "other" and the session end at the bottom.
        std::stable_sort(column.begin(), column.end(), [this](int a, int b) {
            if (isPseudo(m_nodes[a].event) != isPseudo(m_nodes[b].event))
                return !isPseudo(m_nodes[a].event);
            return m_nodes[a].sequences > m_nodes[b].sequences;
        });
        const int position = m_query.backwards ? lastStep - step : step;
        const double x = left + (lastStep == 0 ? 0 : width * position / lastStep);
        double y = top;
        for (int i : column) {
            const double h = std::max(2.0, double(m_nodes[i].sequences) * scale);
            m_nodes[i].rect = QRectF(x, y, nodeWidth, h);
            y += h + nodeGap;
        }
    }
    // Band slots: stacked in the order of the nodes they lead to, top to bottom.
    QVector<double> outUsed(m_nodes.size(), 0), inUsed(m_nodes.size(), 0);
    QVector<int> order(m_bands.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_nodes[m_bands[a].to].rect.top() < m_nodes[m_bands[b].to].rect.top();
    });
    for (int i : order) {
        Band &band = m_bands[i];
        const double h = double(band.sequences) * scale;
        const QRectF &from = m_nodes[band.from].rect;
        const QRectF &to = m_nodes[band.to].rect;
        band.fromSlot = QRectF(from.x(), from.top() + outUsed[band.from], nodeWidth, h);
        outUsed[band.from] += h;
        band.toSlot = QRectF(to.x(), 0, nodeWidth, h);
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return m_nodes[m_bands[a].from].rect.top() < m_nodes[m_bands[b].from].rect.top();
    });
    for (int i : order) {
        Band &band = m_bands[i];
        band.toSlot.moveTop(m_nodes[band.to].rect.top() + inUsed[band.to]);
        inUsed[band.to] += band.toSlot.height();
    }
}

QPainterPath SankeyWidget::bandPath(const Band &band) const
{
    // From the side of the source node that faces the target, to the facing side of the target.
    const bool rightward = band.toSlot.x() > band.fromSlot.x();
    const double x0 = rightward ? band.fromSlot.right() : band.fromSlot.left();
    const double x1 = rightward ? band.toSlot.left() : band.toSlot.right();
    const double mid = (x0 + x1) / 2;
    QPainterPath path;
    path.moveTo(x0, band.fromSlot.top());
    path.cubicTo(mid, band.fromSlot.top(), mid, band.toSlot.top(), x1, band.toSlot.top());
    path.lineTo(x1, band.toSlot.bottom());
    path.cubicTo(
        mid, band.toSlot.bottom(), mid, band.fromSlot.bottom(), x0, band.fromSlot.bottom());
    path.closeSubpath();
    return path;
}

void SankeyWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().base());
    if (m_nodes.isEmpty())
        return;
    // Colours follow the event, not the step, so that one event reads the same everywhere.
    QHash<QString, QColor> colours;
    auto colourOf = [&colours](const QString &event) {
        if (isPseudo(event))
            return QColor(0x99, 0x99, 0x99);
        auto found = colours.constFind(event);
        if (found != colours.constEnd())
            return *found;
        const QColor colour = ChartStyle::seriesColor(int(colours.size()));
        colours.insert(event, colour);
        return colour;
    };
    for (const Node &node : m_nodes)
        colourOf(node.event);
    for (int i = 0; i < m_bands.size(); ++i) {
        QColor colour = colourOf(m_nodes[m_bands[i].to].event);
        colour.setAlphaF(i == m_hoverBand || m_bands[i].from == m_hoverNode
                                 || m_bands[i].to == m_hoverNode
                             ? 0.65
                             : 0.32);
        painter.fillPath(bandPath(m_bands[i]), colour);
    }
    QFont labelFont = font();
    QFont boldFont = font();
    boldFont.setBold(true);
    int lastStep = 0;
    for (const Node &node : m_nodes)
        lastStep = std::max(lastStep, node.step);
    const double columnSpacing
        = lastStep == 0 ? labelSpace
                        : (double(width()) - 2 * margin - labelSpace - nodeWidth) / lastStep;
    painter.setPen(palette().color(QPalette::PlaceholderText));
    for (int step = 0; step <= lastStep; ++step) {
        for (const Node &node : m_nodes)
            if (node.step == step) {
                const QString title = step == 0 ? (m_query.backwards ? tr("end") : tr("start"))
                                                : (m_query.backwards ? tr("%1 before").arg(step)
                                                                     : tr("step %1").arg(step));
                painter.drawText(QRectF(node.rect.x() - 40, margin - 4, nodeWidth + 80, 16),
                                 Qt::AlignCenter,
                                 title);
                break;
            }
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        painter.fillRect(m_nodes[i].rect, colourOf(m_nodes[i].event));
        if (i == m_hoverNode) {
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
            painter.drawRect(m_nodes[i].rect.adjusted(-1, -1, 1, 1));
        }
    }
    // Labels after every node, so that no node covers a label; the hovered node first, then the
    // largest, and a label that would cover another label is left out (hovering names it).
    QVector<int> labelOrder(m_nodes.size());
    std::iota(labelOrder.begin(), labelOrder.end(), 0);
    std::stable_sort(labelOrder.begin(), labelOrder.end(), [this](int a, int b) {
        if ((a == m_hoverNode) != (b == m_hoverNode))
            return a == m_hoverNode;
        return m_nodes[a].sequences > m_nodes[b].sequences;
    });
    QVector<QRectF> placed;
    for (int i : labelOrder) {
        const Node &node = m_nodes[i];
        if (node.rect.height() < 9 && i != m_hoverNode)
            continue; // too thin to label; hovering names it
        // Labels sit on the side facing away from the anchor, where the room for them is kept.
        const bool labelLeft = m_query.backwards;
        painter.setFont(node.step == 0 ? boldFont : labelFont);
        painter.setPen(
            palette().color(isPseudo(node.event) ? QPalette::PlaceholderText : QPalette::Text));
        // Labels may use the room up to the next column; a soft backing keeps them readable over
        // bands. Labels may reach over the bands to the next column; the name gives way, the count
        // stays.
        const double room = std::max(labelSpace, columnSpacing - nodeWidth - 12);
        const QString count = QLocale().toString(node.sequences);
        const QString shown
            = painter.fontMetrics().elidedText(
                  node.event,
                  Qt::ElideRight,
                  int(room - painter.fontMetrics().horizontalAdvance(QStringLiteral("  ") + count)))
              + QStringLiteral("  ") + count;
        const double textWidth = painter.fontMetrics().horizontalAdvance(shown) + 6;
        const QRectF box
            = labelLeft ? QRectF(
                  node.rect.left() - 4 - textWidth, node.rect.center().y() - 9, textWidth, 18)
                        : QRectF(node.rect.right() + 4, node.rect.center().y() - 9, textWidth, 18);
        bool covers = false;
        for (const QRectF &other : placed)
            covers = covers || other.intersects(box);
        if (covers && i != m_hoverNode)
            continue;
        placed << box;
        QColor backing = palette().color(QPalette::Base);
        backing.setAlphaF(0.7);
        painter.fillRect(box, backing);
        painter.drawText(box, Qt::AlignCenter, shown);
    }
}

void SankeyWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutNodes();
}

int SankeyWidget::nodeAt(const QPointF &point) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].rect.adjusted(-3, -1, 3, 1).contains(point))
            return i;
    return -1;
}

int SankeyWidget::bandAt(const QPointF &point) const
{
    for (int i = int(m_bands.size()) - 1; i >= 0; --i)
        if (bandPath(m_bands[i]).contains(point))
            return i;
    return -1;
}

QString SankeyWidget::describeAt(const QPointF &point) const
{
    const int node = nodeAt(point);
    if (node >= 0) {
        const Node &n = m_nodes[node];
        if (n.step == 0)
            return tr("%1: %2 sequences start here; click to choose what to do with it")
                .arg(n.event, QLocale().toString(n.sequences));
        qint64 stepTotal = 0;
        for (const Node &other : m_nodes)
            if (other.step == n.step - 1)
                stepTotal += outflow(int(&other - m_nodes.data()));
        return tr("%1 at step %2: %3 sequences, %4 of those that went on from step %5")
            .arg(n.event)
            .arg(n.step)
            .arg(QLocale().toString(n.sequences),
                 percent(double(n.sequences) / double(std::max<qint64>(1, stepTotal))))
            .arg(n.step - 1);
    }
    const int band = bandAt(point);
    if (band >= 0) {
        const Band &b = m_bands[band];
        const Node &from = m_nodes[b.from];
        return tr("%1 → %2: %3 sequences, %4 of %1 at step %5")
            .arg(from.event,
                 m_nodes[b.to].event,
                 QLocale().toString(b.sequences),
                 percent(double(b.sequences) / double(std::max<qint64>(1, from.sequences))))
            .arg(from.step);
    }
    return QString();
}

void SankeyWidget::mouseMoveEvent(QMouseEvent *event)
{
    const int node = nodeAt(event->position());
    const int band = node >= 0 ? -1 : bandAt(event->position());
    if (node != m_hoverNode || band != m_hoverBand) {
        m_hoverNode = node;
        m_hoverBand = band;
        setCursor(node >= 0 && !isPseudo(m_nodes[node].event) ? Qt::PointingHandCursor
                                                              : Qt::ArrowCursor);
        update();
    }
}

void SankeyWidget::mouseReleaseEvent(QMouseEvent *event)
{
    const int node = nodeAt(event->position());
    if (event->button() == Qt::LeftButton && node >= 0 && !isPseudo(m_nodes[node].event))
        emit nodeClicked(
            m_nodes[node].step, m_nodes[node].event, event->globalPosition().toPoint());
}

bool SankeyWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = describeAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::Leave) {
        m_hoverNode = m_hoverBand = -1;
        update();
    }
    return QWidget::event(event);
}

} // namespace Quadrant

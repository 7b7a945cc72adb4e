// SPDX-License-Identifier: MIT
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QPalette>
#include <QRegularExpression>
#include <qcustomplot.h>

namespace Quadrant {

QColor ChartStyle::seriesColor(int index)
{
    // Okabe & Ito (2008), without black and yellow, which read poorly as thin lines.
    static const QColor colors[] = {QColor(0x00, 0x72, 0xB2),
                                    QColor(0xE6, 0x9F, 0x00),
                                    QColor(0x00, 0x9E, 0x73),
                                    QColor(0xCC, 0x79, 0xA7),
                                    QColor(0x56, 0xB4, 0xE9),
                                    QColor(0xD5, 0x5E, 0x00),
                                    QColor(0x99, 0x99, 0x99)};
    return colors[size_t(index) % std::size(colors)];
}

QColor ChartStyle::mutedColor(const QColor &color)
{
    QColor muted = color;
    muted.setAlphaF(0.28);
    return muted;
}

bool ChartStyle::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    chart->setBackgroundBrush(background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text);
    QFont titleFont = QApplication::font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(QApplication::font());
    chart->setMargins(QMargins(8, 8, 8, 8));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setLabelsFont(QApplication::font());
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    keepLegendWhole(chart);
}

void ChartStyle::keepLegendWhole(QChart *chart)
{
    if (chart->property("legendKept").toBool())
        return;
    chart->setProperty("legendKept", true);
    // A bottom legend is one row, and Qt Charts elides its entries when the row is too narrow
    // ("B (previous per..."): then it moves to the right, one entry per line, whole.
    auto place = [chart] {
        QLegend *legend = chart->legend();
        if (!legend->isVisible() || chart->size().width() <= 0)
            return;
        const QFontMetricsF metrics(legend->font());
        double needed = 0;
        double widest = 0;
        for (QLegendMarker *marker : legend->markers()) {
            const double entry = metrics.horizontalAdvance(marker->label()) + 40;
            needed += entry;
            widest = std::max(widest, entry);
        }
        const bool row
            = needed <= chart->size().width() * 0.9 || widest > chart->size().width() * 0.3;
        const Qt::Alignment wanted = row ? Qt::AlignBottom : Qt::AlignRight;
        if (legend->alignment() != wanted)
            legend->setAlignment(wanted);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}

void ChartStyle::apply(QCustomPlot *plot, const QPalette &palette, const QString &title)
{
    const QColor text = palette.color(QPalette::Text);
    plot->setBackground(palette.color(QPalette::Base));
    if (!title.isEmpty()) {
        plot->plotLayout()->insertRow(0);
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setBold(true);
        auto *heading = new QCPTextElement(plot, title, font);
        heading->setTextColor(text);
        plot->plotLayout()->addElement(0, 0, heading);
    }
    QColor grid = text;
    grid.setAlphaF(0.15);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->setBasePen(QPen(grid));
        axis->setTickPen(QPen(grid));
        axis->setSubTickPen(QPen(grid));
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(grid, 0, Qt::DotLine));
        axis->setTickLabelFont(QApplication::font());
        axis->setLabelFont(QApplication::font());
    }
    plot->legend->setTextColor(text);
    plot->legend->setBrush(palette.color(QPalette::Base));
    plot->legend->setBorderPen(QPen(grid));
    plot->legend->setFont(QApplication::font());
}

QColor ChartStyle::bandColor(const QString &band)
{
    if (band == QLatin1String("red"))
        return QColor(0xD5, 0x5E, 0x00);
    if (band == QLatin1String("yellow"))
        return QColor(0xE6, 0x9F, 0x00);
    if (band == QLatin1String("green"))
        return QColor(0x00, 0x9E, 0x73);
    return QColor(0x99, 0x99, 0x99);
}

QString ChartStyle::wrapLabel(const QString &label, const QFontMetricsF &metrics, double width)
{
    if (metrics.horizontalAdvance(label) <= width || width < metrics.averageCharWidth() * 3)
        return label.toHtmlEscaped();
    // Pieces end after a separator, so "onboarding_done" can become "onboarding_" / "done".
    QStringList pieces;
    QString piece;
    for (const QChar c : label) {
        piece += c;
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QLatin1Char(' ') || c == QLatin1Char('/')) {
            pieces << piece;
            piece.clear();
        }
    }
    if (!piece.isEmpty())
        pieces << piece;
    QStringList lines;
    QString line;
    auto flush = [&] {
        if (!line.isEmpty())
            lines << line.trimmed().toHtmlEscaped();
        line.clear();
    };
    for (const QString &next : pieces) {
        if (metrics.horizontalAdvance(line + next.trimmed()) <= width) {
            line += next;
            continue;
        }
        flush();
        // A piece wider than the column on its own is cut within the word, never dropped.
        for (const QChar c : next) {
            if (!line.isEmpty() && metrics.horizontalAdvance(line + c) > width)
                flush();
            line += c;
        }
    }
    flush();
    return lines.join(QStringLiteral("<br>"));
}

void ChartStyle::wrapCategoryLabels(QChart *chart, QBarCategoryAxis *axis)
{
    const QStringList full = axis->categories();
    const QString title = axis->titleText();
    auto wrap = [chart, axis, full, title] {
        if (full.isEmpty() || chart->plotArea().width() <= 0)
            return;
        // Qt Charts elides a label line wider than about seven tenths of its category.
        const double width = chart->plotArea().width() / double(full.size()) * 0.7;
        const QFontMetricsF metrics(axis->labelsFont());
        QStringList wrapped;
        int tallest = 0;
        for (const QString &label : full) {
            wrapped << wrapLabel(label, metrics, width);
            tallest = std::max(tallest, int(wrapped.last().count(QStringLiteral("<br>"))) + 1);
        }
        QString legend = title;
        if (tallest > 3) {
            // Too narrow for the names: numbers under the bars, the names spelled out below
            // them ("1 viewed_product_page   2 added_to_cart ..."), never cut.
            wrapped.clear();
            QStringList lines;
            QString line;
            const double axisWidth = chart->plotArea().width();
            for (int c = 0; c < full.size(); ++c) {
                wrapped << QString::number(c + 1);
                QString name = full[c];
                static const QRegularExpression numbered(QStringLiteral("^\\d+\\.\\s*"));
                name.remove(numbered);
                const QString entry = QStringLiteral("%1 %2").arg(c + 1).arg(name);
                const QString candidate
                    = line.isEmpty() ? entry : line + QStringLiteral("    ") + entry;
                if (!line.isEmpty() && metrics.horizontalAdvance(candidate) > axisWidth) {
                    lines << line.toHtmlEscaped();
                    line = entry;
                } else {
                    line = candidate;
                }
            }
            lines << line.toHtmlEscaped();
            legend = (title.isEmpty() ? QString() : title.toHtmlEscaped() + QStringLiteral("<br>"))
                     + lines.join(QStringLiteral("<br>"));
        }
        if (wrapped != axis->categories())
            axis->setCategories(wrapped);
        if (legend != axis->titleText())
            axis->setTitleText(legend);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, wrap);
    wrap();
}

} // namespace Quadrant

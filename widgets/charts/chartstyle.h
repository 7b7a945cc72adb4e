// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QChart;
class QBarCategoryAxis;
class QFontMetricsF;
class QCustomPlot;
class QPalette;
class QString;

namespace Quadrant {

// One look for every chart: the Okabe–Ito colour-blind-safe palette, the application's font,
// and backgrounds and text that follow the light or dark palette of the window.
class ChartStyle
{
public:
    static QColor seriesColor(int index);
    static QColor mutedColor(const QColor &color); // drop-off shading, comparison periods
    static bool isDark(const QPalette &palette);
    static void apply(QChart *chart, const QPalette &palette);
    // Moves a chart's legend from below to the right when its entries would not fit in one
    // row, and back when they do (applied by apply()).
    static void keepLegendWhole(QChart *chart);
    // Keeps a category axis's labels whole: each is wrapped onto lines (after '_', '-', '.',
    // ' ', or within a word when it must) to fit its category's width, again whenever the plot
    // area changes size, so that two steps never both read "payment...".
    static void wrapCategoryLabels(QChart *chart, QBarCategoryAxis *axis);
    static QString wrapLabel(const QString &label, const QFontMetricsF &metrics, double width);
    // The same look for a QCustomPlot, with `title` over the plot when it is not empty.
    static void apply(QCustomPlot *plot, const QPalette &palette, const QString &title);
    // Health bands: red, yellow, green (vermillion, orange, bluish green of the palette), grey
    // for no score.
    static QColor bandColor(const QString &band);
};

} // namespace Quadrant

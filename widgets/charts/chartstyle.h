// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QChart;
class QPalette;

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
};

} // namespace Quadrant

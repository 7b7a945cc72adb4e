// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QImage>
#include <QSize>

#include <optional>

class QPainter;
class QRectF;
class QWidget;

namespace Quadrant {

// Writes what a chart widget draws to a file chosen by its suffix: .png (at a chosen size and
// resolution), .svg or .pdf (vector). The widget is laid out at `logicalSize` first, so an export
// does not depend on the size of the window; the file is written atomically.
class ChartExport
{
public:
    static std::optional<Failure>
    write(QWidget *chart, const QString &path, QSize logicalSize, int dpi = 96);
    static QImage image(QWidget *chart, QSize logicalSize, int dpi = 96);
    static QStringList suffixes()
    {
        return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
    }
    // Draws the chart, laid out at `logicalSize`, into `target` of a painter already on a device
    // (a report page): vector operations, QCustomPlot plots included.
    static void paint(QWidget *chart, QPainter *painter, const QRectF &target, QSize logicalSize);
};

} // namespace Quadrant

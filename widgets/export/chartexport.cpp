// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "export/outputfile.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPicture>
#include <QSvgGenerator>
#include <QWidget>
#include <qcustomplot.h>

namespace Quadrant {

namespace {

// Lays the widget out at size without showing it on screen, so that charts compute their
// geometry exactly as they would in the window.
void layOut(QWidget *widget, QSize size)
{
    if (!widget->isVisible()) {
        widget->setAttribute(Qt::WA_DontShowOnScreen);
        widget->show();
    }
    widget->resize(size);
    // Layout requests and geometry updates are posted events: deliver those (and what they
    // post in turn), without running the event loop (no input, no timers, no re-entry).
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents();
}

} // namespace

namespace {

// Draws the chart on a vector device: QCustomPlot plots draw themselves (a widget render would
// paint their raster buffer); every other chart renders as the window paints it.
void paintVector(QWidget *chart, QPaintDevice *device, QSize size)
{
    if (auto *plot = qobject_cast<QCustomPlot *>(chart)) {
        QCPPainter painter(device);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, size.width(), size.height());
        return;
    }
    QPainter painter(device);
    chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}

} // namespace

void ChartExport::paint(QWidget *chart, QPainter *painter, const QRectF &target, QSize logicalSize)
{
    layOut(chart, logicalSize);
    // Recorded as a picture (vector operations), then placed and scaled into the target.
    QPicture picture;
    paintVector(chart, &picture, logicalSize);
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / logicalSize.width(), target.height() / logicalSize.height());
    painter->drawPicture(0, 0, picture);
    painter->restore();
}

QImage ChartExport::image(QWidget *chart, QSize logicalSize, int dpi)
{
    const QSize originalSize = chart->size();
    layOut(chart, logicalSize);
    const double scale = double(dpi) / 96.0;
    QImage image(QSize(qRound(logicalSize.width() * scale), qRound(logicalSize.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->palette().color(QPalette::Base));
    const int dotsPerMeter = qRound(dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        chart->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    }
    if (chart->isVisible() && !chart->testAttribute(Qt::WA_DontShowOnScreen))
        chart->resize(originalSize);
    return image;
}

std::optional<Failure>
ChartExport::write(QWidget *chart, const QString &path, QSize logicalSize, int dpi)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (logicalSize.width() < 16 || logicalSize.height() < 16 || logicalSize.width() > 20000
        || logicalSize.height() > 20000)
        return Failure(QObject::tr("the size %1 x %2 is outside 16–20000 pixels")
                           .arg(logicalSize.width())
                           .arg(logicalSize.height()),
                       path);
    if (dpi < 24 || dpi > 1200)
        return Failure(QObject::tr("the resolution %1 dpi is outside 24–1200").arg(dpi), path);
    if (suffix == QLatin1String("png")) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image(chart, logicalSize, dpi).save(&buffer, "PNG"))
            return Failure(QObject::tr("cannot encode the PNG image"), path);
        return writeFileAtomically(path, bytes);
    }
    const QSize originalSize = chart->size();
    const bool restore = chart->isVisible() && !chart->testAttribute(Qt::WA_DontShowOnScreen);
    layOut(chart, logicalSize);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(logicalSize);
        svg.setViewBox(QRect(QPoint(0, 0), logicalSize));
        svg.setResolution(96);
        svg.setTitle(chart->windowTitle());
        svg.setDescription(QObject::tr("Made with Quadrant"));
        paintVector(chart, &svg, logicalSize);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Quadrant"));
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(
            QSizeF(logicalSize) * 72.0 / 96.0, QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        paintVector(chart, &pdf, logicalSize);
    } else {
        return Failure(QObject::tr("charts export as .png, .svg or .pdf, not '.%1'").arg(suffix),
                       path);
    }
    if (restore)
        chart->resize(originalSize);
    return writeFileAtomically(path, bytes);
}

} // namespace Quadrant

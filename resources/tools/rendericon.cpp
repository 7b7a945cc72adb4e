// SPDX-License-Identifier: MIT
// Draws an SVG icon as a square PNG of a given size, at build time, so that the SVG in
// resources/icons stays the one source of every icon size a desktop asks for.
//
//   quadrant-render-icon IN.svg OUT.png SIZE
#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv); // shapes only: no platform plugin, no fonts needed
    const QStringList arguments = QCoreApplication::arguments();
    bool sizeOk = false;
    const int size = arguments.value(3).toInt(&sizeOk);
    if (arguments.size() != 4 || !sizeOk || size < 1 || size > 4096) {
        std::fprintf(stderr, "usage: quadrant-render-icon IN.svg OUT.png SIZE\n");
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "quadrant-render-icon: %s: not a readable SVG\n", argv[1]);
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    if (!image.save(arguments.at(2), "PNG")) {
        std::fprintf(stderr, "quadrant-render-icon: %s: cannot write\n", argv[2]);
        return 1;
    }
    return 0;
}

// SPDX-License-Identifier: MIT
#include "reportwriter.h"

#include "chartexport.h"
#include "export/outputfile.h"
#include "item/recordtablemodel.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Quadrant {

namespace {
// Draws the first rows of a table in the given rectangle, with the web's formatting (percent,
// durations, digit grouping) and a line for what did not fit.
void drawTable(QPainter &painter, const RecordTable &table, const QRectF &area, const QFont &font)
{
    if (table.columns.isEmpty())
        return;
    QFont bold = font;
    bold.setBold(true);
    const double rowHeight = QFontMetricsF(font).height() * 1.35;
    const double columnWidth = area.width() / double(table.columns.size());
    double y = area.top();
    painter.setFont(bold);
    // Headers may take two lines ("Median seconds / from start"); values keep to one.
    for (int c = 0; c < table.columns.size(); ++c)
        painter.drawText(QRectF(area.left() + c * columnWidth, y, columnWidth - 6, 3 * rowHeight),
                         Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap,
                         table.label(c).isEmpty() ? RecordTableModel::headerText(table.columns[c])
                                                  : table.label(c));
    y += 3 * rowHeight;
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter.setFont(font);
    const int shown = int(std::min<qsizetype>(table.rows.size(), ReportWriter::tableRowsShown));
    for (int r = 0; r < shown && y + rowHeight <= area.bottom(); ++r) {
        for (int c = 0; c < table.columns.size(); ++c) {
            const QVariant cell = table.rows[r].value(c);
            const QString text
                = cell.typeId() == QMetaType::QString && table.valueWords.contains(table.columns[c])
                      ? table.words(c, cell.toString())
                      : RecordTableModel::formatValue(table.columns[c], cell);
            painter.drawText(
                QRectF(area.left() + c * columnWidth, y, columnWidth - 6, rowHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                painter.fontMetrics().elidedText(text, Qt::ElideRight, int(columnWidth - 6)));
        }
        y += rowHeight;
    }
    if (table.rows.size() > shown)
        painter.drawText(QRectF(area.left(), y, area.width(), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QObject::tr("… and %1 more rows (Export Table writes them all)")
                             .arg(QLocale().toString(qint64(table.rows.size() - shown))));
}
} // namespace

std::optional<Failure> ReportWriter::writePdf(const QString &path,
                                              const QString &projectName,
                                              const QVector<Section> &sections)
{
    if (sections.isEmpty())
        return Failure(QObject::tr("there is no analysis to put in the report"), path);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setCreator(QStringLiteral("Quadrant"));
        pdf.setTitle(QObject::tr("%1 — report").arg(projectName));
        pdf.setResolution(96);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                      QPageLayout::Landscape,
                                      QMarginsF(12, 12, 12, 12),
                                      QPageLayout::Millimeter));
        QPainter painter(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        QFont body(QStringLiteral("DejaVu Sans"), 9);
        QFont heading = body;
        heading.setPointSize(18);
        heading.setBold(true);
        QFont subheading = body;
        subheading.setPointSize(11);

        // Cover: what this is, from which project, when.
        painter.setFont(heading);
        painter.drawText(QRectF(page.left(), page.top() + page.height() * 0.3, page.width(), 40),
                         Qt::AlignCenter,
                         projectName);
        painter.setFont(subheading);
        QStringList contents;
        for (const Section &section : sections)
            contents << section.title;
        painter.drawText(
            QRectF(page.left(),
                   page.top() + page.height() * 0.3 + 50,
                   page.width(),
                   page.height() * 0.5),
            Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
            QObject::tr("%1 analyses · %2\n\n%3")
                .arg(sections.size())
                .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                     contents.join(QLatin1Char('\n'))));

        for (const Section &section : sections) {
            pdf.newPage();
            painter.setFont(heading);
            painter.drawText(QRectF(page.left(), page.top(), page.width(), 32),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             section.title);
            painter.setFont(subheading);
            painter.drawText(QRectF(page.left(), page.top() + 32, page.width(), 20),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             section.subtitle);
            double top = page.top() + 58;
            if (!section.summary.isEmpty()) {
                painter.setFont(subheading);
                const QRectF box(page.left(), top, page.width(), 60);
                const QRectF used = painter.boundingRect(
                    box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, section.summary);
                painter.drawText(
                    box, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, section.summary);
                top += std::min(60.0, used.height()) + 6;
            }
            const QRectF chartArea(
                page.left(), top, page.width(), page.height() * 0.58 - (top - page.top() - 58));
            if (section.chart) {
                const QSize logical(int(chartArea.width()), int(chartArea.height()));
                ChartExport::paint(section.chart, &painter, chartArea, logical);
            }
            drawTable(painter,
                      section.table,
                      QRectF(page.left(),
                             chartArea.bottom() + 10,
                             page.width(),
                             page.bottom() - chartArea.bottom() - 10),
                      body);
        }
    }
    return writeFileAtomically(path, bytes);
}

} // namespace Quadrant

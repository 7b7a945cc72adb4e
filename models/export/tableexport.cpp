// SPDX-License-Identifier: MIT
#include "tableexport.h"

#include "csvwriter.h"
#include "xlsxwriter.h"

#include <QFileInfo>
#include <QObject>

namespace Quadrant {

QString TableExport::cellText(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return QString();
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

std::optional<Failure>
TableExport::write(const RecordTable &table, const QString &path, bool byteOrderMark)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return XlsxWriter::write(path, table, QFileInfo(path).completeBaseName());
    if (suffix != QLatin1String("csv"))
        return Failure(QObject::tr("tables export as .csv or .xlsx, not '.%1'").arg(suffix), path);
    CsvWriter::Options options;
    options.byteOrderMark = byteOrderMark;
    CsvWriter writer(path, options);
    if (auto failure = writer.open())
        return failure;
    writer.writeRow(table.columns);
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << cellText(value);
        writer.writeRow(cells);
    }
    return writer.commit();
}

QString TableExport::tabSeparated(const RecordTable &table)
{
    QString text = table.columns.join(QLatin1Char('\t')) + QLatin1Char('\n');
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (const QVariant &value : row)
            cells << cellText(value)
                         .replace(QLatin1Char('\t'), QLatin1Char(' '))
                         .replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace Quadrant

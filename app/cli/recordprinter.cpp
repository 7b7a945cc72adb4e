// SPDX-License-Identifier: MIT
#include "recordprinter.h"

#include "common/printable.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace Quadrant::Cli {

namespace {

QByteArray tsvCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        return QByteArray::number(d, 'g', 12);
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QByteArray::number(value.toLongLong());
    default: {
        // A tab or line break would break the row structure; other control characters would
        // reach the terminal.
        QString text = value.toString();
        text.replace(QLatin1Char('\t'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '))
            .replace(QLatin1Char('\r'), QLatin1Char(' '));
        return printable(text, std::numeric_limits<qsizetype>::max()).toUtf8();
    }
    }
}

} // namespace

QByteArray formatTable(const RecordTable &table, OutputFormat format)
{
    if (format == OutputFormat::Json) {
        // Written by hand so that keys keep the column order (QJsonObject sorts them).
        auto jsonValue = [](const QVariant &value) {
            const QByteArray array = QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)})
                                         .toJson(QJsonDocument::Compact);
            return array.mid(1, array.size() - 2);
        };
        QByteArray text = "[";
        for (int r = 0; r < table.rows.size(); ++r) {
            text.append(r == 0 ? "\n  {" : ",\n  {");
            const QVariantList &row = table.rows[r];
            for (int c = 0; c < table.columns.size() && c < row.size(); ++c) {
                if (c > 0)
                    text.append(", ");
                text.append(jsonValue(table.columns[c]));
                text.append(": ");
                text.append(jsonValue(row[c]));
            }
            text.append('}');
        }
        text.append(table.rows.isEmpty() ? "]\n" : "\n]\n");
        return text;
    }
    QByteArray text = table.columns.join(QLatin1Char('\t')).toUtf8() + '\n';
    for (const QVariantList &row : table.rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (c > 0)
                text.append('\t');
            text.append(tsvCell(row[c]));
        }
        text.append('\n');
    }
    return text;
}

void printTable(const RecordTable &table, OutputFormat format, FILE *out)
{
    const QByteArray text = formatTable(table, format);
    std::fwrite(text.constData(), 1, size_t(text.size()), out);
    std::fflush(out);
}

} // namespace Quadrant::Cli

// SPDX-License-Identifier: MIT
#include "xlsxwriter.h"

#include "outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamWriter>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>

namespace Quadrant {

namespace {

const char s_contentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>)";

const char s_rootRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

const char s_workbookRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";

// Style 0: normal; style 1: bold (the header row).
const char s_styles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>
</styleSheet>)";

QByteArray workbookXml(const QString &sheetName)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("workbook"));
    writer.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    writer.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("r"));
    writer.writeStartElement(QStringLiteral("sheets"));
    writer.writeEmptyElement(QStringLiteral("sheet"));
    // Excel limits sheet names to 31 characters without []:*?/\.
    QString name = sheetName;
    for (QChar bad : QStringLiteral("[]:*?/\\"))
        name.replace(bad, QLatin1Char('_'));
    writer.writeAttribute(QStringLiteral("name"),
                          name.left(31).isEmpty() ? QStringLiteral("Sheet1") : name.left(31));
    writer.writeAttribute(QStringLiteral("sheetId"), QStringLiteral("1"));
    writer.writeAttribute(QStringLiteral("r:id"), QStringLiteral("rId1"));
    writer.writeEndDocument();
    return xml;
}

// XML 1.0 cannot carry most control characters; they would make the file unreadable.
QString xmlSafe(QString text)
{
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n')
            && c != QLatin1Char('\r'))
            c = QChar(0xFFFD);
    return text;
}

void writeCell(QXmlStreamWriter &writer,
               const QString &reference,
               const QVariant &value,
               bool header)
{
    if (value.isNull() || !value.isValid())
        return;
    const int type = value.typeId();
    const bool numeric = type == QMetaType::Double || type == QMetaType::Int
                         || type == QMetaType::LongLong || type == QMetaType::UInt
                         || type == QMetaType::ULongLong || type == QMetaType::Float;
    if (numeric && !std::isfinite(value.toDouble()))
        return;
    writer.writeStartElement(QStringLiteral("c"));
    writer.writeAttribute(QStringLiteral("r"), reference);
    if (header)
        writer.writeAttribute(QStringLiteral("s"), QStringLiteral("1"));
    if (numeric) {
        writer.writeTextElement(QStringLiteral("v"),
                                type == QMetaType::Double || type == QMetaType::Float
                                    ? QString::number(value.toDouble(), 'g', 17)
                                    : value.toString());
    } else {
        writer.writeAttribute(QStringLiteral("t"), QStringLiteral("inlineStr"));
        writer.writeStartElement(QStringLiteral("is"));
        writer.writeStartElement(QStringLiteral("t"));
        writer.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        writer.writeCharacters(xmlSafe(value.toString()));
        writer.writeEndElement();
        writer.writeEndElement();
    }
    writer.writeEndElement();
}

QByteArray sheetXml(const RecordTable &table)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument(QStringLiteral("1.0"), true);
    writer.writeStartElement(QStringLiteral("worksheet"));
    writer.writeDefaultNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main"));
    writer.writeStartElement(QStringLiteral("sheetData"));
    auto writeRow = [&](int rowNumber, const QVariantList &cells, bool header) {
        writer.writeStartElement(QStringLiteral("row"));
        writer.writeAttribute(QStringLiteral("r"), QString::number(rowNumber));
        for (int c = 0; c < cells.size(); ++c)
            writeCell(
                writer, XlsxWriter::columnName(c) + QString::number(rowNumber), cells[c], header);
        writer.writeEndElement();
    };
    QVariantList header;
    for (const QString &column : table.columns)
        header << column;
    writeRow(1, header, true);
    for (int r = 0; r < table.rows.size(); ++r)
        writeRow(r + 2, table.rows[r], false);
    writer.writeEndDocument();
    return xml;
}

} // namespace

QString XlsxWriter::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return name;
}

std::optional<Failure>
XlsxWriter::write(const QString &path, const RecordTable &table, const QString &sheetName)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return Failure(QCoreApplication::translate("Quadrant", "cannot create the workbook"),
                           path);
        const std::pair<const char *, QByteArray> parts[] = {
            {"[Content_Types].xml", QByteArray(s_contentTypes)},
            {"_rels/.rels", QByteArray(s_rootRels)},
            {"xl/workbook.xml", workbookXml(sheetName)},
            {"xl/_rels/workbook.xml.rels", QByteArray(s_workbookRels)},
            {"xl/styles.xml", QByteArray(s_styles)},
            {"xl/worksheets/sheet1.xml", sheetXml(table)},
        };
        for (const auto &[name, bytes] : parts) {
            QuaZipFile part(&zip);
            if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name)))
                || part.write(bytes) != bytes.size())
                return Failure(
                    QCoreApplication::translate("Quadrant", "cannot write the workbook part %1")
                        .arg(QString::fromLatin1(name)),
                    path);
            part.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            return Failure(QCoreApplication::translate("Quadrant", "cannot finish the workbook"),
                           path);
    }
    return writeFileAtomically(path, buffer.data());
}

} // namespace Quadrant

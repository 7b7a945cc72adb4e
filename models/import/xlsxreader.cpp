// SPDX-License-Identifier: MIT
#include "xlsxreader.h"

#include "common/timeparser.h"
#include "csvreader.h"
#include "inflatelimit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>

namespace Quadrant {

namespace {

bool isDateFormatCode(const QString &code)
{
    // Ignore quoted literals, [colour]/[locale] sections and escaped characters.
    bool inQuote = false, inBracket = false;
    for (int i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (c == QLatin1Char('"'))
            inQuote = !inQuote;
        else if (!inQuote && c == QLatin1Char('['))
            inBracket = true;
        else if (c == QLatin1Char(']'))
            inBracket = false;
        else if (!inQuote && !inBracket && c == QLatin1Char('\\'))
            ++i;
        else if (!inQuote && !inBracket) {
            const QChar lower = c.toLower();
            if (lower == QLatin1Char('d') || lower == QLatin1Char('y') || lower == QLatin1Char('h'))
                return true;
        }
    }
    return false;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
           || (id >= 50 && id <= 58);
}

QByteArray isoFromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
        .toString(Qt::ISODateWithMs)
        .toUtf8();
}

} // namespace

XlsxReader::XlsxReader(const QString &path)
    : m_path(path)
{}

XlsxReader::~XlsxReader()
{
    if (m_sheet)
        m_sheet->close();
    if (m_zip)
        m_zip->close();
}

bool XlsxReader::looksLikeZip(const QByteArray &head)
{
    return head.startsWith("PK\x03\x04");
}

int XlsxReader::columnIndex(QStringView reference)
{
    int index = 0, letters = 0;
    for (QChar c : reference) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) {
            index = index * 26 + (c.unicode() - 'A' + 1);
            ++letters;
        } else {
            break;
        }
    }
    return letters == 0 || letters > 3 ? -1 : index - 1;
}

qint64 XlsxReader::bytesRead() const
{
    return m_sheetLimit ? m_sheetLimit->inflatedBytes() : 0;
}

bool XlsxReader::failOnLimit(const InflateLimit &limit)
{
    if (!limit.exceeded())
        return false;
    m_failure = Failure(limit.reason(), m_path);
    return true;
}

// A small part (workbook, relations, styles), whole: false if it is missing or too large (then
// m_failure says why).
bool XlsxReader::readEntry(const QString &name, QByteArray *contents)
{
    if (!m_zip->setCurrentFile(name))
        return false;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    InflateLimit limited(
        &file, name, file.csize(), smallPartLimitBytes, ratioLimit, smallPartLimitBytes);
    *contents = limited.readAll();
    file.close();
    return !failOnLimit(limited);
}

bool XlsxReader::loadWorkbook()
{
    QByteArray workbook, relations;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &workbook)) {
        if (!m_failure)
            m_failure
                = Failure(QCoreApplication::translate(
                              "Quadrant", "not an Excel workbook (xl/workbook.xml is missing)"),
                          m_path);
        return false;
    }
    QString relationId;
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            m_sheetName = xml.attributes().value(QLatin1String("name")).toString();
            for (const QXmlStreamAttribute &attribute : xml.attributes())
                if (attribute.name() == QLatin1String("id"))
                    relationId = attribute.value().toString();
            break;
        }
    }
    m_sheetPath = QStringLiteral("xl/worksheets/sheet1.xml");
    if (!relationId.isEmpty()
        && readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &relations)) {
        QXmlStreamReader rels(relations);
        while (!rels.atEnd()) {
            rels.readNext();
            if (rels.isStartElement() && rels.name() == QLatin1String("Relationship")
                && rels.attributes().value(QLatin1String("Id")) == relationId) {
                QString target = rels.attributes().value(QLatin1String("Target")).toString();
                m_sheetPath = target.startsWith(QLatin1Char('/')) ? target.mid(1)
                                                                  : QStringLiteral("xl/") + target;
                break;
            }
        }
    }
    return true;
}

bool XlsxReader::loadSharedStrings()
{
    const QString name = QStringLiteral("xl/sharedStrings.xml");
    m_sharedStarts.assign(1, 0);
    if (!m_zip->setCurrentFile(name))
        return true; // a workbook without text has none
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return true;
    // Streamed: the XML may be large; only the strings' text is kept.
    InflateLimit limited(
        &file, name, file.csize(), sharedStringsLimitBytes, ratioLimit, rowLimitBytes);
    QXmlStreamReader xml(&limited);
    int phoneticDepth = 0;
    while (!xml.atEnd()) {
        limited.startRun();
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phoneticDepth;
            else if (xml.name() == QLatin1String("t") && phoneticDepth == 0)
                m_sharedText += xml.readElementText().toUtf8();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("si"))
                m_sharedStarts.push_back(m_sharedText.size());
            else if (xml.name() == QLatin1String("rPh"))
                --phoneticDepth;
        }
        if (m_sharedText.size() > sharedTextLimitBytes) {
            m_failure
                = Failure(QCoreApplication::translate(
                              "Quadrant", "%1 holds more than %2 MiB of text; Quadrant stops there")
                              .arg(name)
                              .arg(sharedTextLimitBytes >> 20),
                          m_path);
            return false;
        }
    }
    file.close();
    return !failOnLimit(limited);
}

bool XlsxReader::loadStyles()
{
    QByteArray contents;
    if (!readEntry(QStringLiteral("xl/styles.xml"), &contents))
        return !m_failure; // without styles no cell is a date
    QXmlStreamReader xml(contents);
    QSet<int> customDateFormats;
    bool inCellXfs = false;
    int xfIndex = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isDateFormatCode(
                        xml.attributes().value(QLatin1String("formatCode")).toString()))
                    customDateFormats.insert(id);
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                if (isBuiltinDateFormat(id) || customDateFormats.contains(id))
                    m_dateStyles.insert(xfIndex);
                ++xfIndex;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = false;
        }
    }
    return true;
}

bool XlsxReader::open()
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_failure = Failure(QCoreApplication::translate(
                                "Quadrant", "cannot read the workbook (not a valid .xlsx file)"),
                            m_path);
        return false;
    }
    if (!loadWorkbook() || !loadSharedStrings() || !loadStyles())
        return false;
    if (!m_zip->setCurrentFile(m_sheetPath)) {
        m_failure = Failure(
            QCoreApplication::translate("Quadrant", "the workbook's first sheet (%1) is missing")
                .arg(m_sheetPath),
            m_path);
        return false;
    }
    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::ReadOnly)) {
        m_failure = Failure(QCoreApplication::translate("Quadrant", "cannot read the first sheet"),
                            m_path);
        return false;
    }
    m_sheetSize = m_sheet->usize();
    m_sheetLimit = std::make_unique<InflateLimit>(
        m_sheet.get(), m_sheetPath, m_sheet->csize(), sheetLimitBytes, ratioLimit, rowLimitBytes);
    m_xml.setDevice(m_sheetLimit.get());
    Record first;
    if (!readRow(first)) {
        if (!m_failure)
            m_failure = Failure(QCoreApplication::translate("Quadrant", "the first sheet is empty"),
                                m_path);
        return false;
    }
    QStringList names;
    for (int i = 0; i < first.fieldCount(); ++i)
        names << QString::fromUtf8(first.field(i));
    m_header = normalizedHeader(names);
    return true;
}

bool XlsxReader::next(Record &record)
{
    while (readRow(record)) {
        bool empty = true;
        for (int i = 0; i < record.fieldCount() && empty; ++i)
            empty = record.field(i).isEmpty();
        if (!empty)
            return true;
    }
    return false;
}

bool XlsxReader::readRow(Record &record)
{
    record.clear();
    m_sheetLimit->startRun();
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("row"))
            continue;
        record.line = m_xml.attributes().value(QLatin1String("r")).toLongLong();
        std::vector<QByteArray> cells;
        int nextColumn = 0;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row"))
                break;
            if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("c"))
                continue;
            const QXmlStreamAttributes attributes = m_xml.attributes();
            int column = columnIndex(attributes.value(QLatin1String("r")));
            if (column < 0)
                column = nextColumn;
            nextColumn = column + 1;
            const QStringView type = attributes.value(QLatin1String("t"));
            const int style = attributes.value(QLatin1String("s")).toInt();
            QString value, inlineText;
            // Read the cell's children: <v>, <f>, <is><t>.
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c"))
                    break;
                if (m_xml.isStartElement()) {
                    if (m_xml.name() == QLatin1String("v"))
                        value = m_xml.readElementText();
                    else if (m_xml.name() == QLatin1String("t"))
                        inlineText += m_xml.readElementText();
                }
            }
            QByteArray text;
            if (type == QLatin1String("s")) {
                const qsizetype index = value.toLongLong();
                text = index >= 0 && size_t(index) + 1 < m_sharedStarts.size()
                           ? m_sharedText.sliced(m_sharedStarts[size_t(index)],
                                                 m_sharedStarts[size_t(index) + 1]
                                                     - m_sharedStarts[size_t(index)])
                           : QByteArray();
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText.toUtf8();
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? "TRUE" : "FALSE";
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                text = value.toUtf8();
            } else if (!value.isEmpty() && m_dateStyles.contains(style)) {
                bool ok = false;
                const double serial = value.toDouble(&ok);
                const auto ms = ok ? TimeParser::fromExcelSerial(serial) : std::nullopt;
                text = ms ? isoFromMs(*ms) : value.toUtf8();
            } else {
                text = value.toUtf8();
            }
            if (size_t(column) >= cells.size())
                cells.resize(size_t(column) + 1);
            cells[size_t(column)] = text;
        }
        for (const QByteArray &cell : cells)
            record.appendField(cell);
        return true;
    }
    if (failOnLimit(*m_sheetLimit))
        return false;
    if (m_xml.hasError() && m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
        m_failure = Failure(QCoreApplication::translate("Quadrant", "damaged worksheet XML: %1")
                                .arg(m_xml.errorString()),
                            m_path,
                            m_xml.lineNumber(),
                            int(m_xml.columnNumber()));
    return false;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"

#include <QSet>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace Quadrant {

// Streams the first worksheet of an .xlsx workbook row by row: shared strings, inline strings,
// numbers, booleans, and cells whose number format is a date (written out as ISO 8601 UTC).
// The first row is the header.
class XlsxReader : public RecordReader
{
public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader() override;
    bool open();

    QStringList header() const override { return m_header; }
    bool next(Record &record) override;
    std::optional<Failure> failure() const override { return m_failure; }
    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_sheetSize; }
    QString description() const override { return QStringLiteral("XLSX, sheet '%1'").arg(m_sheetName); }

    static bool looksLikeZip(const QByteArray &head);
    // Column letters to a 0-based index: "A" -> 0, "AA" -> 26; -1 if invalid.
    static int columnIndex(QStringView cellReference);

private:
    bool readEntry(const QString &name, QByteArray *contents);
    bool loadWorkbook();
    void loadSharedStrings();
    void loadStyles();
    bool readRow(Record &record);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    QString m_sheetPath, m_sheetName;
    qint64 m_sheetSize = 0;
    QStringList m_sharedStrings;
    QSet<int> m_dateStyles; // cellXfs indexes whose number format shows a date
    QStringList m_header;
    std::optional<Failure> m_failure;
};

} // namespace Quadrant

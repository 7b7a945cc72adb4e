// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"

#include <QSet>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace Quadrant {

class InflateLimit;

// Streams the first worksheet of an .xlsx workbook row by row: shared strings, inline strings,
// numbers, booleans, and cells whose number format is a date (written out as ISO 8601 UTC).
// The first row is the header.
//
// A workbook is a zip file, and a zip file can be a bomb: every part is read through an
// InflateLimit that stops it past a size, past a ratio to its compressed size, or when one row
// (one stretch of the sheet between rows) grows past rowLimitBytes, so memory stays bounded by
// the shared strings plus one row whatever the file claims.
class XlsxReader : public RecordReader
{
public:
    static constexpr qint64 smallPartLimitBytes = 64ll << 20;       // workbook, relations, styles
    static constexpr qint64 sharedStringsLimitBytes = 2048ll << 20; // the XML, unpacked
    static constexpr qint64 sharedTextLimitBytes = 128ll << 20;     // the strings kept, as UTF-8
    static constexpr qint64 sheetLimitBytes = 16384ll << 20;
    static constexpr qint64 rowLimitBytes = 64ll << 20;
    static constexpr qint64 ratioLimit = 200; // unpacked : packed, past 64 MiB

public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader() override;
    bool open();

    QStringList header() const override { return m_header; }
    bool next(Record &record) override;
    std::optional<Failure> failure() const override { return m_failure; }
    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_sheetSize; }
    QString description() const override
    {
        return QStringLiteral("XLSX, sheet '%1'").arg(m_sheetName);
    }

    static bool looksLikeZip(const QByteArray &head);
    // Column letters to a 0-based index: "A" -> 0, "AA" -> 26; -1 if invalid.
    static int columnIndex(QStringView cellReference);

private:
    bool readEntry(const QString &name, QByteArray *contents);
    bool loadWorkbook();
    bool loadSharedStrings();
    bool loadStyles();
    bool readRow(Record &record);
    bool failOnLimit(const InflateLimit &limit);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    std::unique_ptr<InflateLimit> m_sheetLimit;
    QXmlStreamReader m_xml;
    QString m_sheetPath, m_sheetName;
    qint64 m_sheetSize = 0;
    // The shared strings as UTF-8 (what a cell becomes), end to end in one buffer: a workbook
    // may hold millions of them.
    QByteArray m_sharedText;
    std::vector<qsizetype> m_sharedStarts; // string i is [starts[i], starts[i + 1])
    QSet<int> m_dateStyles;                // cellXfs indexes whose number format shows a date
    QStringList m_header;
    std::optional<Failure> m_failure;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"
#include "textencoding.h"

#include <QFile>

#include <memory>

namespace Quadrant {

struct CsvOptions
{
    enum class Header { Auto, Yes, No };
    TextEncoding encoding = TextEncoding::Auto;
    char delimiter = 0; // 0 = detect among , ; tab |
    char quote = '"';
    Header header = Header::Auto;
};

// Streams an RFC 4180 file: quoted delimiters, "" escapes and line breaks inside quotes, CRLF,
// LF or CR line ends. Detects encoding, delimiter and header unless told.
class CsvReader : public RecordReader
{
public:
    // A row longer than this (its fields and delimiters) stops the import with an error (an
    // unterminated quote, most often). The header is a row like any other; so is columnLimit.
    static constexpr qsizetype recordLimitBytes = 64 << 20;

    CsvReader(const QString &path, const CsvOptions &options = CsvOptions());
    ~CsvReader() override;

    // Opens the file and sniffs; false with failure() set if it cannot be read.
    bool open();

    QStringList header() const override { return m_header; }
    bool next(Record &record) override;
    std::optional<Failure> failure() const override { return m_failure; }
    qint64 bytesRead() const override;
    qint64 totalBytes() const override { return m_file.size(); }
    QString description() const override;

    TextEncoding encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }
    bool hasHeader() const { return m_hasHeader; }

    // Picks the delimiter whose count per line is most consistent over the sample.
    static char sniffDelimiter(QByteArrayView sample, char quote);

private:
    bool fill();
    bool parseRecord(Record &record);
    // Sets m_failure if the record being read is past a limit (length or columns).
    bool overLimit(const Record &record, bool inQuotes, qint64 quoteLine);

    QString m_path;
    CsvOptions m_options;
    QFile m_file;
    std::unique_ptr<Utf8ChunkReader> m_chunks;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_skipLineFeed = false;
    bool m_eof = false;
    TextEncoding m_encoding = TextEncoding::Utf8;
    char m_delimiter = ',';
    bool m_hasHeader = true;
    QStringList m_header;
    std::optional<Failure> m_failure;
};

// Column names made usable: trimmed, empty ones named column_N, duplicates numbered.
QStringList normalizedHeader(const QStringList &names);

} // namespace Quadrant

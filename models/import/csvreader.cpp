// SPDX-License-Identifier: MIT
#include "csvreader.h"

#include "common/valueparser.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace Quadrant {

QStringList normalizedHeader(const QStringList &names)
{
    QStringList result;
    QSet<QString> seen;
    for (int i = 0; i < names.size(); ++i) {
        QString name = names[i].trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        QString unique = name;
        for (int n = 2; seen.contains(unique); ++n)
            unique = name + QLatin1Char('_') + QString::number(n);
        seen.insert(unique);
        result << unique;
    }
    return result;
}

CsvReader::CsvReader(const QString &path, const CsvOptions &options)
    : m_path(path)
    , m_options(options)
    , m_file(path)
{}

CsvReader::~CsvReader() = default;

qint64 CsvReader::bytesRead() const
{
    // Bytes handed to the parser minus what is still waiting in the buffer (exact for UTF-8,
    // close enough for transcoded files), so that progress moves row by row, not chunk by chunk.
    if (!m_chunks)
        return 0;
    return std::max<qint64>(0, m_chunks->bytesRead() - (m_buffer.size() - m_pos));
}

QString CsvReader::description() const
{
    const QString delimiter = m_delimiter == '\t'
                                  ? QStringLiteral("tab")
                                  : QStringLiteral("'%1'").arg(QLatin1Char(m_delimiter));
    return QStringLiteral("CSV, %1, %2 delimited, %3")
        .arg(encodingName(m_encoding),
             delimiter,
             m_hasHeader ? QCoreApplication::translate("Quadrant", "header row")
                         : QCoreApplication::translate("Quadrant", "no header row"));
}

char CsvReader::sniffDelimiter(QByteArrayView sample, char quote)
{
    static const char candidates[] = {',', ';', '\t', '|'};
    // Count each candidate per line outside quotes, over up to 50 lines.
    std::vector<std::array<int, 4>> perLine;
    std::array<int, 4> counts{};
    bool inQuotes = false;
    for (char c : sample) {
        if (c == quote) {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (counts != std::array<int, 4>{})
                perLine.push_back(counts);
            counts = {};
            if (perLine.size() >= 50)
                break;
        } else if (!inQuotes) {
            for (int k = 0; k < 4; ++k)
                counts[size_t(k)] += c == candidates[k];
        }
    }
    if (counts != std::array<int, 4>{} && perLine.size() < 50)
        perLine.push_back(counts);
    char best = ',';
    double bestScore = 0;
    for (int k = 0; k < 4; ++k) {
        std::map<int, int> frequency;
        for (const auto &line : perLine)
            if (line[size_t(k)] > 0)
                ++frequency[line[size_t(k)]];
        if (frequency.empty())
            continue;
        const auto mode = std::max_element(
            frequency.begin(), frequency.end(), [](auto a, auto b) { return a.second < b.second; });
        // Consistency matters most; more columns breaks ties.
        const double consistency = double(mode->second) / double(perLine.size());
        const double score = consistency * 1000 + std::min(mode->first, 999);
        if (score > bestScore) {
            bestScore = score;
            best = candidates[k];
        }
    }
    return best;
}

bool CsvReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_failure = Failure(
            QCoreApplication::translate("Quadrant", "cannot read: %1").arg(m_file.errorString()),
            m_path);
        return false;
    }
    const QByteArray head = m_file.peek(64 * 1024);
    m_encoding = m_options.encoding == TextEncoding::Auto ? detectEncoding(head).encoding
                                                          : m_options.encoding;
    m_chunks = std::make_unique<Utf8ChunkReader>(&m_file, m_encoding);
    fill();
    if (m_buffer.trimmed().isEmpty()) {
        m_failure = Failure(QCoreApplication::translate("Quadrant", "the file is empty"), m_path);
        return false;
    }
    m_delimiter = m_options.delimiter
                      ? m_options.delimiter
                      : sniffDelimiter(QByteArrayView(m_buffer).first(
                                           std::min<qsizetype>(m_buffer.size(), 65536)),
                                       m_options.quote);

    Record first;
    if (!parseRecord(first)) {
        if (!m_failure)
            m_failure
                = Failure(QCoreApplication::translate("Quadrant", "the file is empty"), m_path);
        return false;
    }
    QStringList names;
    for (int i = 0; i < first.fieldCount(); ++i)
        names << QString::fromUtf8(first.field(i));
    switch (m_options.header) {
    case CsvOptions::Header::Yes:
        m_hasHeader = true;
        break;
    case CsvOptions::Header::No:
        m_hasHeader = false;
        break;
    case CsvOptions::Header::Auto: {
        // A header row holds names: no numbers, no dates. (Repeated names do occur in real
        // exports; normalizedHeader() numbers them.)
        m_hasHeader = true;
        for (const QString &name : names) {
            const QByteArray trimmed = name.trimmed().toUtf8();
            if (!trimmed.isEmpty() && (looksNumeric(trimmed) || looksLikeDateTime(trimmed))) {
                m_hasHeader = false;
                break;
            }
        }
        break;
    }
    }
    if (m_hasHeader) {
        m_header = normalizedHeader(names);
    } else {
        for (int i = 0; i < names.size(); ++i)
            m_header << QStringLiteral("column_%1").arg(i + 1);
        // Read the first row again as data.
        m_file.seek(0);
        m_chunks = std::make_unique<Utf8ChunkReader>(&m_file, m_encoding);
        m_buffer.clear();
        m_pos = 0;
        m_line = 1;
        m_skipLineFeed = false;
        m_eof = false;
        fill();
    }
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype before = m_buffer.size();
    while (m_buffer.size() == before) {
        if (!m_chunks->readChunk(m_buffer)) {
            m_eof = true;
            return false;
        }
    }
    return true;
}

bool CsvReader::next(Record &record)
{
    while (parseRecord(record)) {
        // Blank lines carry no data.
        if (record.fieldCount() == 1 && record.data.isEmpty() && record.error.isEmpty())
            continue;
        return true;
    }
    return false;
}

bool CsvReader::overLimit(const Record &record, bool inQuotes, qint64 quoteLine)
{
    // One row cannot hold the whole file: past the limit it is an unterminated quote (or not a
    // CSV file), and reading on would only use memory. The delimiters count too (one per field
    // read): a header of 100 MB of "a," is 50 MB of names, but 50 million columns.
    if (qsizetype(record.ends.size()) >= columnLimit) {
        m_failure = Failure(QCoreApplication::translate(
                                "Quadrant",
                                "line %1 has more than %2 columns, the most Quadrant reads; is "
                                "the delimiter '%3' right?")
                                .arg(record.line)
                                .arg(columnLimit)
                                .arg(m_delimiter == '\t' ? QStringLiteral("tab")
                                                         : QString(QLatin1Char(m_delimiter))),
                            m_path,
                            record.line,
                            columnLimit + 1);
        return true;
    }
    if (record.data.size() + qsizetype(record.ends.size()) <= recordLimitBytes)
        return false;
    const QString tooLong
        = QCoreApplication::translate("Quadrant", "line %1 is too long (more than %2 MiB)")
              .arg(record.line)
              .arg(recordLimitBytes >> 20);
    m_failure = Failure(
        inQuotes ? QCoreApplication::translate("Quadrant",
                                               "%1: the quote opened on line %2 is never closed")
                       .arg(tooLong)
                       .arg(quoteLine)
                 : QCoreApplication::translate("Quadrant", "%1; is this a CSV file?").arg(tooLong),
        m_path,
        record.line);
    return true;
}

bool CsvReader::parseRecord(Record &record)
{
    record.clear();
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    const char delimiter = m_delimiter;
    const char quote = m_options.quote;
    bool started = false;
    qint64 quoteLine = 0;

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            // End of input.
            if (!started)
                return false;
            if (overLimit(record, state == State::Quoted, quoteLine))
                return false;
            if (state == State::Quoted) {
                record.error = "the quote opened on line " + QByteArray::number(quoteLine)
                               + " is never closed (the rest of the file is in this field)";
                record.errorColumn = int(record.ends.size()) + 1;
            }
            record.ends.push_back(int(record.data.size()));
            return true;
        }
        const char *const base = m_buffer.constData();
        const char *p = base + m_pos;
        const char *const end = base + m_buffer.size();

        if (m_skipLineFeed) {
            m_skipLineFeed = false;
            if (*p == '\n') {
                ++m_pos;
                continue;
            }
        }
        if (!started) {
            started = true;
            record.line = m_line;
        }

        if (overLimit(record, state == State::Quoted, quoteLine))
            return false;
        switch (state) {
        case State::FieldStart:
            if (*p == quote) {
                state = State::Quoted;
                quoteLine = m_line;
                ++p;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char *run = p;
            while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
                ++p;
            record.data.append(run, p - run);
            if (p == end)
                break;
            record.ends.push_back(int(record.data.size()));
            if (*p == delimiter) {
                state = State::FieldStart;
                ++p;
                break;
            }
            // Line end: the record is complete.
            m_skipLineFeed = *p == '\r';
            ++m_line;
            m_pos = (p + 1) - base;
            return true;
        }
        case State::Quoted: {
            const char *run = p;
            while (p < end && *p != quote) {
                if (*p == '\n')
                    ++m_line;
                ++p;
            }
            record.data.append(run, p - run);
            if (p < end) {
                state = State::QuoteInQuoted;
                ++p;
            }
            break;
        }
        case State::QuoteInQuoted:
            if (*p == quote) {
                record.data.append(quote);
                state = State::Quoted;
                ++p;
            } else if (*p == delimiter) {
                record.ends.push_back(int(record.data.size()));
                state = State::FieldStart;
                ++p;
            } else if (*p == '\n' || *p == '\r') {
                record.ends.push_back(int(record.data.size()));
                m_skipLineFeed = *p == '\r';
                ++m_line;
                m_pos = (p + 1) - base;
                return true;
            } else {
                // Text after a closing quote ("ab"cd): keep it, as spreadsheets do.
                state = State::Unquoted;
            }
            break;
        }
        m_pos = p - base;
    }
}

} // namespace Quadrant

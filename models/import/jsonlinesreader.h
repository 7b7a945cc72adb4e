// SPDX-License-Identifier: MIT
#pragma once

#include "recordreader.h"

#include <QFile>
#include <QHash>

namespace Quadrant {

// Streams JSON lines as exported by Mixpanel, PostHog and Sensors Analytics: one object per
// line with distinct_id/user_id, event, time/timestamp and a properties object. Properties are
// lifted to columns (nested objects as "a.b"); columns appear as keys are first seen.
class JsonLinesReader : public RecordReader
{
public:
    explicit JsonLinesReader(const QString &path);
    bool open();

    QStringList header() const override { return m_header; }
    bool next(Record &record) override;
    std::optional<Failure> failure() const override { return m_failure; }
    qint64 bytesRead() const override { return m_file.pos(); }
    qint64 totalBytes() const override { return m_file.size(); }
    QString description() const override { return QStringLiteral("JSON lines, UTF-8"); }

    // Lines longer than this are rejected rows (their text is not kept).
    static constexpr qint64 lineLimitBytes = 64ll << 20;
    // Objects and arrays nested deeper than this are rejected rows: Qt's JSON parser stops there.
    static constexpr int nestingLimit = 1024;

    // Decides by the file's first line, read whole however long it is (up to lineLimitBytes; a
    // longer first line that opens with '{' counts as JSON lines). Reads from the start of
    // `file` and leaves its position there.
    static bool looksLikeJsonLines(QIODevice *file);

private:
    int columnFor(const QString &key);
    // The next line, or an empty array with *tooLong set when it is over lineLimitBytes (the rest
    // of it is skipped).
    QByteArray readLine(bool *tooLong);

    QString m_path;
    QFile m_file;
    QStringList m_header;
    QHash<QString, int> m_columns;
    qint64 m_line = 0;
    std::optional<Failure> m_failure;
    std::vector<QByteArray> m_values;
};

} // namespace Quadrant

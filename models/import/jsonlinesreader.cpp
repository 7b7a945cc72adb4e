// SPDX-License-Identifier: MIT
#include "jsonlinesreader.h"

#include "common/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quadrant {

JsonLinesReader::JsonLinesReader(const QString &path)
    : m_path(path)
    , m_file(path)
{}

bool JsonLinesReader::looksLikeJsonLines(QIODevice *file)
{
    const qint64 start = file->pos();
    auto decide = [&](bool verdict) {
        file->seek(start);
        return verdict;
    };
    if (file->peek(3) == "\xEF\xBB\xBF")
        file->read(3);
    // Blank lines and spaces before the first object.
    char c = 0;
    while (file->getChar(&c) && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
    }
    if (c != '{')
        return decide(false);
    QByteArray firstLine(1, '{');
    while (!file->atEnd() && firstLine.size() <= lineLimitBytes) {
        const QByteArray piece = file->readLine(1 << 20);
        if (piece.isEmpty())
            break;
        firstLine += piece;
        if (piece.endsWith('\n'))
            break;
    }
    if (firstLine.size() > lineLimitBytes)
        return decide(true); // the reader rejects the line and goes on with the next
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(firstLine, &error);
    // Too deep is still JSON lines: the reader rejects that line and says why.
    if (error.error == QJsonParseError::DeepNesting)
        return decide(true);
    return decide(error.error == QJsonParseError::NoError && document.isObject());
}

QByteArray JsonLinesReader::readLine(bool *tooLong)
{
    *tooLong = false;
    QByteArray line;
    while (!m_file.atEnd()) {
        const QByteArray piece = m_file.readLine(1 << 20);
        if (piece.isEmpty())
            break;
        if (!*tooLong)
            line += piece;
        if (line.size() > lineLimitBytes) {
            *tooLong = true;
            line.clear();
        }
        if (piece.endsWith('\n'))
            break;
    }
    return line;
}

bool JsonLinesReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_failure = Failure(
            QCoreApplication::translate("Quadrant", "cannot read: %1").arg(m_file.errorString()),
            m_path);
        return false;
    }
    if (m_file.peek(3) == "\xEF\xBB\xBF")
        m_file.read(3);
    return true;
}

int JsonLinesReader::columnFor(const QString &key)
{
    const auto it = m_columns.constFind(key);
    if (it != m_columns.cend())
        return it.value();
    const int column = int(m_header.size());
    m_header << key;
    m_columns.insert(key, column);
    return column;
}

bool JsonLinesReader::next(Record &record)
{
    for (;;) {
        if (m_file.atEnd())
            return false;
        bool tooLong = false;
        QByteArray line = readLine(&tooLong);
        ++m_line;
        if (tooLong) {
            record.clear();
            record.line = m_line;
            record.error = "line " + QByteArray::number(m_line) + " is too long (more than "
                           + QByteArray::number(lineLimitBytes >> 20) + " MiB)";
            record.errorColumn = int(lineLimitBytes) + 1;
            record.appendField(QByteArrayView());
            return true;
        }
        if (line.trimmed().isEmpty())
            continue;
        record.clear();
        record.line = m_line;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            if (error.error == QJsonParseError::DeepNesting)
                record.error = "line " + QByteArray::number(m_line)
                               + " is nested too deep (more than "
                               + QByteArray::number(nestingLimit) + " levels)";
            else
                record.error = error.error != QJsonParseError::NoError
                                   ? "invalid JSON: " + error.errorString().toUtf8()
                                   : QByteArray("a line must hold one JSON object");
            // Qt's offset is just past the object that went too deep: that object's character.
            record.errorColumn = error.error == QJsonParseError::DeepNesting ? error.offset
                                 : error.error != QJsonParseError::NoError   ? error.offset + 1
                                                                             : 1;
            record.appendField(line.trimmed());
            return true;
        }
        for (QByteArray &value : m_values)
            value.clear();
        // Keys become columns: past columnLimit the line is refused, not the header grown.
        bool tooManyKeys = false;
        auto set = [&](const QString &key, const QJsonValue &value, bool overwrite) {
            if (m_header.size() >= columnLimit && !m_columns.contains(key)) {
                tooManyKeys = true;
                return;
            }
            const int column = columnFor(key);
            if (size_t(column) >= m_values.size())
                m_values.resize(size_t(column) + 1);
            if (overwrite || m_values[size_t(column)].isEmpty())
                m_values[size_t(column)] = jsonValueUtf8(value);
        };
        // Properties first, so that top-level keys win over a property of the same name.
        const QJsonObject object = document.object();
        const QJsonObject properties = object.value(QLatin1String("properties")).toObject();
        std::function<void(const QString &, const QJsonObject &)> flatten
            = [&](const QString &prefix, const QJsonObject &nested) {
                  for (auto it = nested.begin(); it != nested.end(); ++it) {
                      const QString key
                          = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
                      if (it.value().isObject())
                          flatten(key, it.value().toObject());
                      else
                          set(key, it.value(), true);
                  }
              };
        flatten(QString(), properties);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("properties"))
                continue;
            if (it.value().isObject())
                flatten(it.key(), it.value().toObject());
            else
                set(it.key(), it.value(), true);
        }
        if (tooManyKeys) {
            record.error = "line " + QByteArray::number(m_line) + " brings the keys past "
                           + QByteArray::number(columnLimit) + " columns, the most Quadrant reads";
            record.errorColumn = 1;
            record.appendField(QByteArrayView());
            return true;
        }
        for (size_t c = 0; c < size_t(m_header.size()); ++c)
            record.appendField(c < m_values.size() ? QByteArrayView(m_values[c])
                                                   : QByteArrayView());
        return true;
    }
}

} // namespace Quadrant

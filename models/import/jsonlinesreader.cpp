// SPDX-License-Identifier: MIT
#include "jsonlinesreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Quadrant {

namespace {

QByteArray scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)) && std::abs(d) < 9.0e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: return value.toString().toUtf8();
    case QJsonValue::Array: return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object: return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default: return QByteArray();
    }
}

} // namespace

JsonLinesReader::JsonLinesReader(const QString &path)
    : m_path(path)
    , m_file(path)
{}

bool JsonLinesReader::looksLikeJsonLines(const QByteArray &head)
{
    QByteArray start = head;
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    start = start.trimmed();
    if (!start.startsWith('{'))
        return false;
    const qsizetype end = start.indexOf('\n');
    const QByteArray firstLine = end < 0 ? start : start.left(end);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(firstLine, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

bool JsonLinesReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_failure = Failure(QStringLiteral("cannot read: %1").arg(m_file.errorString()), m_path);
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
        QByteArray line = m_file.readLine();
        ++m_line;
        if (line.trimmed().isEmpty())
            continue;
        record.clear();
        record.line = m_line;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            record.error = error.error != QJsonParseError::NoError
                               ? "invalid JSON: " + error.errorString().toUtf8()
                               : QByteArray("a line must hold one JSON object");
            record.errorColumn = error.error != QJsonParseError::NoError ? error.offset + 1 : 1;
            record.appendField(line.trimmed());
            return true;
        }
        for (QByteArray &value : m_values)
            value.clear();
        auto set = [this](const QString &key, const QJsonValue &value, bool overwrite) {
            const int column = columnFor(key);
            if (size_t(column) >= m_values.size())
                m_values.resize(size_t(column) + 1);
            if (overwrite || m_values[size_t(column)].isEmpty())
                m_values[size_t(column)] = scalarText(value);
        };
        // Properties first, so that top-level keys win over a property of the same name.
        const QJsonObject object = document.object();
        const QJsonObject properties = object.value(QLatin1String("properties")).toObject();
        std::function<void(const QString &, const QJsonObject &)> flatten =
            [&](const QString &prefix, const QJsonObject &nested) {
                for (auto it = nested.begin(); it != nested.end(); ++it) {
                    const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
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
        for (size_t c = 0; c < size_t(m_header.size()); ++c)
            record.appendField(c < m_values.size() ? QByteArrayView(m_values[c]) : QByteArrayView());
        return true;
    }
}

} // namespace Quadrant

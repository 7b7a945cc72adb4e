// SPDX-License-Identifier: MIT
#include "rowconverter.h"

#include "common/valueparser.h"
#include "textencoding.h"

#include <QLocale>

#include <cmath>
#include <cstdio>

namespace Quadrant {

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    out.append('"');
    qsizetype run = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = uchar(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04x", c);
            out.append(escape);
        }
        }
    }
    out.append(text.data() + run, text.size() - run);
    out.append('"');
}

void appendJsonNumber(QByteArray &out, double value)
{
    if (std::isfinite(value) && std::fabs(value) < 9007199254740992.0 && value == std::floor(value))
        out.append(QByteArray::number(qint64(value)));
    else if (std::isfinite(value))
        out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    else
        out.append("null");
}

RowConverter::RowConverter(const KindSpec &spec, const ColumnMapping &mapping, HeaderSource header)
    : m_spec(spec)
    , m_mapping(mapping)
    , m_headerSource(std::move(header))
{
    m_timeParsers.resize(size_t(spec.fields.size()));
    refreshColumns();
}

void RowConverter::refreshColumns()
{
    m_header = m_headerSource();
    const size_t columns = size_t(m_header.size());
    m_numericColumn.resize(columns, 0);
    const size_t known = m_keyPrefix.size();
    m_keyPrefix.resize(columns);
    m_isProperty.resize(columns);
    for (size_t c = known; c < columns; ++c) {
        QByteArray prefix;
        appendJsonString(prefix, m_header[int(c)].toUtf8());
        prefix.append(':');
        m_keyPrefix[c] = prefix;
        m_isProperty[c] = !m_mapping.isMapped(int(c));
    }
}

TimeSpec RowConverter::timeSpecForField(int fieldIndex) const
{
    return m_timeParsers[size_t(fieldIndex)].spec();
}

void RowConverter::learn(const std::vector<Record> &sample)
{
    refreshColumns();
    for (int f = 0; f < m_spec.fields.size(); ++f) {
        const FieldType type = m_spec.fields[f].type;
        if (type != FieldType::Time && type != FieldType::Date)
            continue;
        TimeSpec spec = m_explicitTime;
        const int column = m_mapping.column(f);
        if (spec.format == TimeFormat::Auto && column >= 0) {
            QVector<QByteArray> values;
            for (const Record &record : sample)
                values << record.field(column).toByteArray();
            spec = TimeParser::detect(values);
        }
        m_timeParsers[size_t(f)] = TimeParser(spec);
    }
    // A property column holds numbers when every sampled value is one, with no leading zeros
    // (ZIP codes and ids such as "007" stay text).
    for (size_t c = 0; c < m_numericColumn.size(); ++c) {
        bool any = false, numeric = true;
        for (const Record &record : sample) {
            const QByteArrayView value = trimmed(record.field(int(c)));
            if (value.isEmpty())
                continue;
            any = true;
            const bool leadingZero = value.size() > 1 && value[0] == '0' && value[1] != '.';
            if (leadingZero || !parseNumber(value, m_decimalComma)) {
                numeric = false;
                break;
            }
        }
        m_numericColumn[c] = any && numeric;
    }
}

void RowConverter::appendProperty(int column, QByteArrayView value)
{
    m_properties.append(m_properties.isEmpty() ? '{' : ',');
    m_properties.append(m_keyPrefix[size_t(column)]);
    if (m_numericColumn[size_t(column)]) {
        if (const auto number = parseNumber(value, m_decimalComma)) {
            appendJsonNumber(m_properties, *number);
            return;
        }
    }
    appendJsonString(m_properties, value);
}

bool RowConverter::convert(const Record &record, MappedRow &row, RowReject &reject)
{
    row.line = record.line;
    reject = RowReject();
    reject.line = record.line;
    if (record.fieldCount() > int(m_keyPrefix.size()))
        refreshColumns();

    auto rejectAt = [&](int column, const char *kind, QByteArray message) {
        reject.column = column + 1;
        reject.columnName = column >= 0 && column < m_header.size() ? m_header[column] : QString();
        reject.kind = kind;
        reject.message = std::move(message);
        return false;
    };

    if (!record.error.isEmpty()) {
        reject.column = record.errorColumn;
        reject.kind = "parse";
        reject.message = record.error;
        return false;
    }
    if (m_validateUtf8) {
        for (int c = 0; c < record.fieldCount(); ++c) {
            const QByteArrayView value = record.field(c);
            if (!isValidUtf8(value.data(), value.size()))
                return rejectAt(
                    c, "encoding", "not valid UTF-8 (choose the file's encoding with --encoding)");
        }
    }
    const int headerColumns = int(m_keyPrefix.size());
    for (int c = headerColumns; c < record.fieldCount(); ++c) {
        if (!trimmed(record.field(c)).isEmpty())
            return rejectAt(c,
                            "ragged",
                            "row has " + QByteArray::number(record.fieldCount())
                                + " fields but the header has "
                                + QByteArray::number(headerColumns));
    }

    row.values.assign(size_t(m_spec.fields.size()), FieldValue());
    for (int f = 0; f < m_spec.fields.size(); ++f) {
        const FieldSpec &field = m_spec.fields[f];
        const int column = m_mapping.column(f);
        const QByteArrayView value = column >= 0 ? trimmed(record.field(column)) : QByteArrayView();
        FieldValue &out = row.values[size_t(f)];
        if (value.isEmpty()) {
            if (field.required) {
                reject.field = field.name;
                return rejectAt(column, "missing", "empty " + field.name.toUtf8());
            }
            if (field.blankWhenMissing) {
                out.type = FieldValue::Type::Text;
                out.text = QByteArrayView("");
            }
            continue;
        }
        switch (field.type) {
        case FieldType::Text:
            out.type = FieldValue::Type::Text;
            out.text = value;
            break;
        case FieldType::Number:
        case FieldType::Integer: {
            const auto number = parseNumber(value, m_decimalComma);
            if (!number)
                return rejectAt(column,
                                "type",
                                field.name.toUtf8() + " is not a number: '"
                                    + value.toByteArray().left(60) + '\'');
            if (field.type == FieldType::Integer && *number != std::floor(*number))
                return rejectAt(column,
                                "type",
                                field.name.toUtf8() + " is not a whole number: '"
                                    + value.toByteArray() + '\'');
            // Whole numbers are stored as 64-bit integers: beyond about 9.2e18 there is no such
            // number.
            if (field.type == FieldType::Integer && !(std::fabs(*number) < 9.2e18))
                return rejectAt(column,
                                "range",
                                field.name.toUtf8() + " is too large: '"
                                    + value.toByteArray().left(60) + '\'');
            if (field.maximum > field.minimum
                && (*number < field.minimum || *number > field.maximum))
                return rejectAt(column,
                                "range",
                                field.name.toUtf8() + " must be between "
                                    + QByteArray::number(field.minimum) + " and "
                                    + QByteArray::number(field.maximum) + ", got "
                                    + value.toByteArray());
            if (field.type == FieldType::Integer) {
                out.type = FieldValue::Type::Integer;
                out.integer = qint64(*number);
            } else {
                out.type = FieldValue::Type::Real;
                out.real = *number;
            }
            break;
        }
        case FieldType::Time:
        case FieldType::Date: {
            QByteArray error;
            TimeParser::Error kind = TimeParser::Error::None;
            const auto ms = m_timeParsers[size_t(f)].parse(value, &error, &kind);
            if (!ms)
                return rejectAt(column,
                                kind == TimeParser::Error::OutOfRange ? "range" : "time",
                                field.name.toUtf8() + ": " + error);
            out.type = FieldValue::Type::Integer;
            // A date is the UTC day that holds the moment.
            out.integer = field.type == FieldType::Date
                              ? *ms - (((*ms % 86400000) + 86400000) % 86400000)
                              : *ms;
            break;
        }
        }
    }

    for (int f = 0; f < m_spec.fields.size(); ++f) {
        const FieldSpec &field = m_spec.fields[f];
        if (field.notBefore.isEmpty())
            continue;
        const int other = m_spec.fieldIndex(field.notBefore);
        const FieldValue &value = row.values[size_t(f)], &earlier = row.values[size_t(other)];
        if (value.type == FieldValue::Type::Integer && earlier.type == FieldValue::Type::Integer
            && value.integer < earlier.integer)
            return rejectAt(m_mapping.column(f),
                            "range",
                            field.name.toUtf8() + " is before " + field.notBefore.toUtf8() + ": '"
                                + trimmed(record.field(m_mapping.column(f))).toByteArray().left(60)
                                + '\'');
    }

    m_properties.resize(0);
    const int columns = std::min(record.fieldCount(), headerColumns);
    for (int c = 0; c < columns; ++c) {
        if (!m_isProperty[size_t(c)])
            continue;
        const QByteArrayView value = trimmed(record.field(c));
        if (!value.isEmpty())
            appendProperty(c, value);
    }
    if (!m_properties.isEmpty())
        m_properties.append('}');
    row.properties = QByteArrayView(m_properties);
    return true;
}

} // namespace Quadrant

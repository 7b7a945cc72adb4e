// SPDX-License-Identifier: MIT
#pragma once

#include "columnmapping.h"
#include "common/timeparser.h"
#include "importkind.h"
#include "record.h"

#include <QByteArray>
#include <QStringList>

#include <functional>
#include <vector>

namespace Quadrant {

struct FieldValue
{
    enum class Type { Null, Text, Integer, Real };
    Type type = Type::Null;
    QByteArrayView text;
    qint64 integer = 0;
    double real = 0;
};

// A record in the shape a writer stores: typed field values plus the other columns as a JSON
// object of properties.
struct MappedRow
{
    qint64 line = 0;
    std::vector<FieldValue> values; // indexed like KindSpec::fields
    QByteArrayView
        properties; // "{...}" or empty when there are none; valid until the next convert()
};

// Why a row was not imported, and where.
struct RowReject
{
    qint64 line = 0;
    int column = 0; // 1-based, 0 = the whole row
    QString columnName;
    QString field;   // the kind's field a missing value belongs to ("user_id"), else empty
    QByteArray kind; // parse, missing, type, time, range, ragged, encoding
    QByteArray message;
};

// Turns records into typed rows for one kind: applies the column mapping, parses numbers and
// times, validates ranges, and collects the unmapped columns as properties.
class RowConverter
{
public:
    using HeaderSource = std::function<QStringList()>;

    RowConverter(const KindSpec &spec, const ColumnMapping &mapping, HeaderSource header);

    void setTimeSpec(const TimeSpec &spec) { m_explicitTime = spec; }
    void setDecimalComma(bool on) { m_decimalComma = on; }
    void setValidateUtf8(bool on) { m_validateUtf8 = on; }
    // Chooses time formats and which property columns hold numbers, from sample records.
    void learn(const std::vector<Record> &sample);
    TimeSpec timeSpecForField(int fieldIndex) const;

    bool convert(const Record &record, MappedRow &row, RowReject &reject);

private:
    void refreshColumns();
    void appendProperty(int column, QByteArrayView value);

    const KindSpec &m_spec;
    ColumnMapping m_mapping;
    HeaderSource m_headerSource;
    QStringList m_header;
    TimeSpec m_explicitTime;
    std::vector<TimeParser> m_timeParsers; // per field
    std::vector<char> m_numericColumn;     // per column: property values stored as JSON numbers
    std::vector<QByteArray> m_keyPrefix;   // per column: "\"name\":"
    std::vector<char> m_isProperty;        // per column
    bool m_decimalComma = false;
    bool m_validateUtf8 = false;
    QByteArray m_properties;
};

void appendJsonString(QByteArray &out, QByteArrayView text);
void appendJsonNumber(QByteArray &out, double value);

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "record.h"
#include "store/failure.h"

#include <QStringList>

#include <optional>

namespace Quadrant {

// A streaming source of records: CSV, XLSX or JSON lines. Memory stays bounded by one chunk
// plus one record, whatever the file size.
class RecordReader
{
public:
    // The most columns a file may have (Excel's own limit, column XFD): a header or a row with
    // more stops the import, so a file of delimiters cannot take the machine's memory.
    static constexpr int columnLimit = 16384;

    virtual ~RecordReader() = default;

    // Column names. JSON lines readers discover keys as they go, so this may grow.
    virtual QStringList header() const = 0;
    // Fills record with the next row; false at the end or on a fatal error (see failure()).
    virtual bool next(Record &record) = 0;
    virtual std::optional<Failure> failure() const = 0;
    virtual qint64 bytesRead() const = 0;
    virtual qint64 totalBytes() const = 0;
    // A human name of what was detected, for summaries: "CSV, UTF-8, ',' delimited".
    virtual QString description() const = 0;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QString>

#include <optional>

namespace Quadrant {

class JobContext;
class ProjectStore;

// Every event of a project as one CSV row, for reading with other tools (sqlite3, DuckDB,
// pandas, a spreadsheet) and for importing into another project: user_id (the person after
// One-ID), identity (the raw id the event came with), event, time (ISO 8601 UTC with
// milliseconds), source, then one column per event property key, in key order. Nested JSON is
// written as JSON text. A value that a spreadsheet would run as a formula (= + - @ at the start,
// not a number) gets a leading apostrophe, as every other export does, unless rawValues asks
// for the values exactly as stored (for tools that re-import; a spreadsheet must not open that
// file). Streamed: memory does not grow with the number of events; the file appears whole or
// not at all.
class EventExport
{
public:
    struct Summary
    {
        qint64 events = 0;
        int propertyColumns = 0;
    };
    static std::optional<Failure> writeCsv(const ProjectStore &store,
                                           const QString &path,
                                           JobContext &context,
                                           Summary *summary = nullptr,
                                           bool rawValues = false);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "store/failure.h"

#include <optional>

namespace Quadrant {

// Writes a result table as .csv (UTF-8, optionally with a byte-order mark for Excel, formula
// cells neutralised) or .xlsx, and as text for the clipboard.
class TableExport
{
public:
    static std::optional<Failure>
    write(const RecordTable &table, const QString &path, bool byteOrderMark = false);
    static QString tabSeparated(const RecordTable &table);
    static QString cellText(const QVariant &value);
};

} // namespace Quadrant

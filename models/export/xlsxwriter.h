// SPDX-License-Identifier: MIT
#pragma once

#include "recordtable.h"
#include "store/failure.h"

#include <optional>

namespace Quadrant {

// Writes a table as a one-sheet Office Open XML workbook (.xlsx) that Excel, LibreOffice and
// Numbers open: a bold header row, numbers as numbers, text as inline strings, empty cells for
// nulls. Written atomically: the file appears complete or not at all.
class XlsxWriter
{
public:
    static std::optional<Failure> write(const QString &path,
                                        const RecordTable &table,
                                        const QString &sheetName = QStringLiteral("Sheet1"));
    static QString columnName(int column); // 0 -> A, 26 -> AA
};

} // namespace Quadrant

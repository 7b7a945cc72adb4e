// SPDX-License-Identifier: MIT
#pragma once

#include "outputfile.h"
#include "store/failure.h"

#include <QStringList>

#include <optional>

namespace Quadrant {

// Writes RFC 4180 CSV in UTF-8, atomically (the file appears complete or not at all). Cells
// that a spreadsheet would run as a formula (= + - @ tab CR at the start) are neutralised with a
// leading apostrophe, unless they are plain numbers.
class CsvWriter
{
public:
    struct Options
    {
        bool byteOrderMark = false; // Excel on Windows wants one to read UTF-8
        bool neutralizeFormulas = true;
    };

    explicit CsvWriter(const QString &path);
    CsvWriter(const QString &path, Options options);

    std::optional<Failure> open(); // refuses protected paths (ProtectedFiles)
    void writeRow(const QStringList &cells);
    // Finishes and renames into place; the failure names the file.
    std::optional<Failure> commit();

    static QByteArray escapeCell(const QString &cell, bool neutralize);

private:
    OutputFile m_file;
    Options m_options;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "common/printable.h"

#include <QString>

namespace Quadrant {

// An error as a value: what went wrong and, where it applies, the file, line and column.
struct Failure
{
    QString message;
    QString file;
    qint64 line = 0; // 1-based; 0 = not tied to a line
    int column = 0;  // 1-based field or cell number; 0 = whole line

    Failure() = default;
    explicit Failure(QString msg, QString fileName = QString(), qint64 lineNo = 0, int col = 0)
        : message(std::move(msg))
        , file(std::move(fileName))
        , line(lineNo)
        , column(col)
    {}

    // "events.csv:12:3: message", "events.csv: message" or just "message", on one line with
    // control characters escaped and its length capped (see printable()).
    QString toString() const
    {
        if (file.isEmpty())
            return printable(message);
        QString where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return printable(where + QLatin1String(": ") + message);
    }
};

} // namespace Quadrant

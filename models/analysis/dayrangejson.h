// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// The date range of a saved analysis: "from" and "to" as inclusive UTC days (YYYY-MM-DD), as
// on the command line, held in memory as [from 00:00, the day after to 00:00) in ms.
class DayRangeJson
{
public:
    static void write(QJsonObject &json,
                      const std::optional<qint64> &fromMs,
                      const std::optional<qint64> &toMs);
};

} // namespace Quadrant

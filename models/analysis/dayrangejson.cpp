// SPDX-License-Identifier: MIT
#include "dayrangejson.h"

#include "calendar.h"

namespace Quadrant {

void DayRangeJson::write(QJsonObject &json,
                         const std::optional<qint64> &fromMs,
                         const std::optional<qint64> &toMs)
{
    if (fromMs)
        json[QStringLiteral("from")] = Calendar::dateText(*fromMs);
    if (toMs)
        json[QStringLiteral("to")] = Calendar::dateText(*toMs - Calendar::msPerDay);
}

} // namespace Quadrant

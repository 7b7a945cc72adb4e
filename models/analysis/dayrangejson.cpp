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

std::optional<QString> DayRangeJson::read(const QJsonObject &json,
                                          std::optional<qint64> *fromMs,
                                          std::optional<qint64> *toMs)
{
    std::optional<qint64> from, to;
    for (const char *key : {"from", "to"}) {
        const QString text = json.value(QLatin1String(key)).toString();
        if (text.isEmpty())
            continue;
        const auto day = Calendar::parseDate(text);
        if (!day)
            return QStringLiteral("'%1' is not a date YYYY-MM-DD").arg(text);
        if (qstrcmp(key, "from") == 0)
            from = *day;
        else
            to = *day + Calendar::msPerDay;
    }
    *fromMs = from;
    *toMs = to;
    return std::nullopt;
}

} // namespace Quadrant

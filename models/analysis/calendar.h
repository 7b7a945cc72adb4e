// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quadrant {

enum class Period { Day, Week, Month };

// UTC calendar arithmetic on epoch milliseconds: period numbers (days since the epoch, ISO weeks
// starting Monday, months since year 0) and back to the first day of a period.
class Calendar
{
public:
    static constexpr qint64 msPerDay = 86400000;
    static constexpr qint64 maxDurationMs = 36525 * msPerDay; // a century: longer is a typo

    static qint64 dayOf(qint64 ms) { return ms >= 0 ? ms / msPerDay : -((-ms - 1) / msPerDay) - 1; }
    static qint64 periodOf(qint64 ms, Period period);
    // First millisecond of a period.
    static qint64 periodStart(qint64 period, Period kind);
    static QString dateText(qint64 ms); // YYYY-MM-DD (UTC)

    static bool parsePeriod(const QString &text, Period *period);
    static QString periodName(Period period);
    // The period in words for a person ("week", 周), and a numbered one ("Week 3", 第 3 周).
    static QString periodWord(Period period);
    static QString periodHeading(Period period, int number);
    static QStringList periodNames() // day, week, month
    {
        return {periodName(Period::Day), periodName(Period::Week), periodName(Period::Month)};
    }
    // "YYYY-MM-DD" -> its first millisecond (UTC); nullopt outside the years 1900 to 2200.
    static std::optional<qint64> parseDate(const QString &text);
    // "30m", "12h", "7d", "2w", "500ms", "45s" -> milliseconds; nullopt past maxDurationMs.
    static std::optional<qint64> parseDuration(const QString &text);
};

} // namespace Quadrant

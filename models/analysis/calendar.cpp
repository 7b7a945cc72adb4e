// SPDX-License-Identifier: MIT
#include "calendar.h"

#include "common/timeparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Quadrant {

namespace {

void civilFromDays(qint64 days, int *year, int *month, int *day)
{
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *day = int(doy - (153 * mp + 2) / 5 + 1);
    *month = int(mp < 10 ? mp + 3 : mp - 9);
    *year = int(qint64(yoe) + era * 400 + (*month <= 2));
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a - 1) / b) - 1;
}

} // namespace

qint64 Calendar::periodOf(qint64 ms, Period period)
{
    const qint64 day = dayOf(ms);
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return floorDiv(day + 3, 7); // 1970-01-01 was a Thursday; weeks start Monday
    case Period::Month: {
        int y, m, d;
        civilFromDays(day, &y, &m, &d);
        return qint64(y) * 12 + (m - 1);
    }
    }
    return day;
}

qint64 Calendar::periodStart(qint64 period, Period kind)
{
    switch (kind) {
    case Period::Day:
        return period * msPerDay;
    case Period::Week:
        return (period * 7 - 3) * msPerDay;
    case Period::Month:
        return TimeParser::daysFromCivil(
                   int(floorDiv(period, 12)), unsigned(period - floorDiv(period, 12) * 12 + 1), 1)
               * msPerDay;
    }
    return 0;
}

QString Calendar::dateText(qint64 ms)
{
    int y, m, d;
    civilFromDays(dayOf(ms), &y, &m, &d);
    return QStringLiteral("%1-%2-%3")
        .arg(y, 4, 10, QLatin1Char('0'))
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(d, 2, 10, QLatin1Char('0'));
}

bool Calendar::parsePeriod(const QString &text, Period *period)
{
    if (text == QLatin1String("day"))
        *period = Period::Day;
    else if (text == QLatin1String("week"))
        *period = Period::Week;
    else if (text == QLatin1String("month"))
        *period = Period::Month;
    else
        return false;
    return true;
}

QString Calendar::periodWord(Period period)
{
    switch (period) {
    case Period::Day:
        return QCoreApplication::translate("Quadrant", "day");
    case Period::Week:
        return QCoreApplication::translate("Quadrant", "week");
    case Period::Month:
        return QCoreApplication::translate("Quadrant", "month");
    }
    return QString();
}

QString Calendar::periodHeading(Period period, int number)
{
    switch (period) {
    case Period::Day:
        return QCoreApplication::translate("Quadrant", "Day %1").arg(number);
    case Period::Week:
        return QCoreApplication::translate("Quadrant", "Week %1").arg(number);
    case Period::Month:
        return QCoreApplication::translate("Quadrant", "Month %1").arg(number);
    }
    return QString();
}

QString Calendar::periodName(Period period)
{
    switch (period) {
    case Period::Day:
        return QStringLiteral("day");
    case Period::Week:
        return QStringLiteral("week");
    case Period::Month:
        return QStringLiteral("month");
    }
    return QString();
}

std::optional<qint64> Calendar::parseDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(
        match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    const qint64 ms
        = TimeParser::daysFromCivil(date.year(), unsigned(date.month()), unsigned(date.day()))
          * msPerDay;
    if (!TimeParser::inRange(ms))
        return std::nullopt;
    return ms;
}

std::optional<qint64> Calendar::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)$"));
    const auto match = pattern.match(text.trimmed().toLower());
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    double factor = 1;
    if (unit == QLatin1String("s"))
        factor = 1000;
    else if (unit == QLatin1String("m"))
        factor = 60000;
    else if (unit == QLatin1String("h"))
        factor = 3600000;
    else if (unit == QLatin1String("d"))
        factor = msPerDay;
    else if (unit == QLatin1String("w"))
        factor = 7.0 * msPerDay;
    const double ms = value * factor + 0.5;
    if (!(ms < double(maxDurationMs)))
        return std::nullopt;
    return qint64(ms);
}

} // namespace Quadrant

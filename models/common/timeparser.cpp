// SPDX-License-Identifier: MIT
#include "timeparser.h"

#include "common/valueparser.h"

#include <QDateTime>
#include <QTimeZone>

#include <cmath>

namespace Quadrant {

namespace {

constexpr qint64 s_msPerDay = 86400000;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads between minDigits and maxDigits digits at text[*pos].
bool readNumber(QByteArrayView text, qsizetype *pos, int minDigits, int maxDigits, int *value)
{
    int digits = 0, v = 0;
    while (*pos < text.size() && digits < maxDigits && isDigit(text[*pos])) {
        v = v * 10 + (text[*pos] - '0');
        ++*pos;
        ++digits;
    }
    *value = v;
    return digits >= minDigits;
}

bool isLeap(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

} // namespace

QString TimeSpec::name() const
{
    switch (format) {
    case TimeFormat::Auto:
        return QStringLiteral("auto");
    case TimeFormat::Calendar:
        return QStringLiteral("iso");
    case TimeFormat::EpochSeconds:
        return QStringLiteral("epoch-s");
    case TimeFormat::EpochMillis:
        return QStringLiteral("epoch-ms");
    case TimeFormat::ExcelSerial:
        return QStringLiteral("excel");
    case TimeFormat::Pattern:
        return pattern;
    }
    return QString();
}

static_assert(TimeParser::earliestMs == -25567 * s_msPerDay, "1900-01-01");
static_assert(TimeParser::latestMs == 84371 * s_msPerDay, "2201-01-01");

TimeParser::TimeParser(TimeSpec spec)
    : m_spec(std::move(spec))
{}

qint64 TimeParser::daysFromCivil(int year, unsigned month, unsigned day)
{
    // Howard Hinnant's days_from_civil: days since 1970-01-01 in the proleptic Gregorian calendar.
    year -= month <= 2;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + qint64(doe) - 719468;
}

bool TimeParser::parseSpec(const QString &text, TimeSpec *spec)
{
    const QString t = text.trimmed();
    const QString lower = t.toLower();
    if (lower == QLatin1String("auto"))
        *spec = {TimeFormat::Auto, {}};
    else if (lower == QLatin1String("iso"))
        *spec = {TimeFormat::Calendar, {}};
    else if (lower == QLatin1String("epoch-s") || lower == QLatin1String("epoch"))
        *spec = {TimeFormat::EpochSeconds, {}};
    else if (lower == QLatin1String("epoch-ms"))
        *spec = {TimeFormat::EpochMillis, {}};
    else if (lower == QLatin1String("excel"))
        *spec = {TimeFormat::ExcelSerial, {}};
    else if (t.contains(QLatin1String("yy")) || t.contains(QLatin1String("HH"))
             || t.contains(QLatin1String("dd")))
        *spec = {TimeFormat::Pattern, t};
    else
        return false;
    return true;
}

TimeSpec TimeParser::detect(const QVector<QByteArray> &samples)
{
    int numeric = 0, calendar = 0, total = 0;
    double maxMagnitude = 0, minValue = 1e300;
    for (const QByteArray &raw : samples) {
        const QByteArrayView value = trimmed(raw);
        if (value.isEmpty())
            continue;
        ++total;
        if (const auto number = parseNumber(value)) {
            ++numeric;
            maxMagnitude = std::max(maxMagnitude, std::fabs(*number));
            minValue = std::min(minValue, *number);
        } else if (parseCalendar(value)) {
            ++calendar;
        }
    }
    if (total == 0 || calendar >= numeric)
        return {TimeFormat::Calendar, {}};
    // Magnitudes of "now": ms ~1.7e12, s ~1.7e9, Excel serial ~45,000.
    if (maxMagnitude >= 1e11)
        return {TimeFormat::EpochMillis, {}};
    if (maxMagnitude >= 1e8)
        return {TimeFormat::EpochSeconds, {}};
    if (minValue >= 1 && maxMagnitude < 2958466)
        return {TimeFormat::ExcelSerial, {}};
    return {TimeFormat::EpochSeconds, {}};
}

std::optional<qint64> TimeParser::parseCalendar(QByteArrayView text)
{
    qsizetype pos = 0;
    int year, month, day;
    if (!readNumber(text, &pos, 4, 4, &year))
        return std::nullopt;
    if (pos >= text.size() || (text[pos] != '-' && text[pos] != '/'))
        return std::nullopt;
    const char separator = text[pos++];
    if (!readNumber(text, &pos, 1, 2, &month) || pos >= text.size() || text[pos++] != separator
        || !readNumber(text, &pos, 1, 2, &day))
        return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    qint64 ms = daysFromCivil(year, unsigned(month), unsigned(day)) * s_msPerDay;
    if (pos == text.size())
        return ms;
    if (text[pos] != 'T' && text[pos] != ' ' && text[pos] != 't')
        return std::nullopt;
    ++pos;
    int hour, minute, second = 0;
    if (!readNumber(text, &pos, 1, 2, &hour) || pos >= text.size() || text[pos++] != ':'
        || !readNumber(text, &pos, 2, 2, &minute))
        return std::nullopt;
    int millis = 0;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!readNumber(text, &pos, 2, 2, &second))
            return std::nullopt;
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            int digits = 0;
            while (pos < text.size() && isDigit(text[pos])) {
                if (digits < 3)
                    millis = millis * 10 + (text[pos] - '0');
                ++digits;
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            for (int d = digits; d < 3; ++d)
                millis *= 10;
        }
    }
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    ms += ((hour * 60 + minute) * 60 + std::min(second, 59)) * qint64(1000) + millis;
    if (pos < text.size() && text[pos] == ' ')
        ++pos; // "2024-01-01 10:00 +02:00"
    if (pos == text.size())
        return ms;
    if (text[pos] == 'Z' || text[pos] == 'z')
        return pos + 1 == text.size() ? std::optional<qint64>(ms) : std::nullopt;
    if (text[pos] != '+' && text[pos] != '-')
        return std::nullopt;
    const int sign = text[pos++] == '-' ? -1 : 1;
    int zoneHours, zoneMinutes = 0;
    if (!readNumber(text, &pos, 2, 2, &zoneHours))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':')
        ++pos;
    if (pos < text.size() && !readNumber(text, &pos, 2, 2, &zoneMinutes))
        return std::nullopt;
    if (pos != text.size() || zoneHours > 14 || zoneMinutes > 59)
        return std::nullopt;
    return ms - sign * (zoneHours * 60 + zoneMinutes) * qint64(60000);
}

std::optional<qint64> TimeParser::fromExcelSerial(double serial, QByteArray *error)
{
    if (!(serial >= 1) || serial >= 2958466) {
        if (error)
            *error = "not an Excel date serial (expected 1 to 2958465)";
        return std::nullopt;
    }
    const qint64 wholeDays = qint64(std::floor(serial));
    if (wholeDays == 60) {
        if (error)
            *error = "Excel serial 60 is 1900-02-29, a day that never existed (Excel's 1900 "
                     "leap-year bug)";
        return std::nullopt;
    }
    // Serial 1 is 1900-01-01; Excel counts a fake 1900-02-29 as 60, so from 61 on the epoch
    // is one day earlier.
    const qint64 epochDay
        = wholeDays < 60 ? daysFromCivil(1899, 12, 31) : daysFromCivil(1899, 12, 30);
    const double fraction = serial - double(wholeDays);
    return (epochDay + wholeDays) * s_msPerDay
           + qint64(std::llround(fraction * double(s_msPerDay)));
}

std::optional<qint64> TimeParser::parse(QByteArrayView raw, QByteArray *error, Error *kind) const
{
    if (kind)
        *kind = Error::None;
    const QByteArrayView value = trimmed(raw);
    auto failWith
        = [&](const char *message, Error why = Error::Unreadable) -> std::optional<qint64> {
        if (error)
            *error = value.isEmpty()
                         ? QByteArray(message)
                         : QByteArray(message) + ": '" + value.toByteArray().left(60) + '\'';
        if (kind)
            *kind = why;
        return std::nullopt;
    };
    if (value.isEmpty())
        return failWith("empty time");
    // Every form ends here: a moment outside the supported years is refused, whatever its form.
    auto checked = [&](std::optional<qint64> ms) -> std::optional<qint64> {
        if (ms && !inRange(*ms))
            return failWith("outside the years 1900 to 2200 that Quadrant accepts",
                            Error::OutOfRange);
        return ms;
    };
    // Epoch numbers are checked as numbers first: a value beyond 64 bits has no moment at all.
    auto fromEpoch = [&](double number, double msPerUnit) -> std::optional<qint64> {
        const double ms = number * msPerUnit;
        if (!(ms >= double(earliestMs) && ms < double(latestMs)))
            return failWith(
                "outside the years 1900 to 2200 that Quadrant accepts (epoch microseconds or "
                "nanoseconds? choose the unit with --time-format)",
                Error::OutOfRange);
        return qint64(std::llround(ms));
    };
    switch (m_spec.format) {
    case TimeFormat::Pattern: {
        const QDateTime parsed = QDateTime::fromString(QString::fromUtf8(value), m_spec.pattern);
        if (!parsed.isValid())
            return failWith(qPrintable(
                QStringLiteral("does not match the time format '%1'").arg(m_spec.pattern)));
        return checked(
            QDateTime(parsed.date(), parsed.time(), QTimeZone::utc()).toMSecsSinceEpoch());
    }
    case TimeFormat::EpochSeconds:
    case TimeFormat::EpochMillis:
    case TimeFormat::ExcelSerial: {
        const auto number = parseNumber(value);
        if (!number) {
            // A calendar date in a numeric column is unambiguous: accept it.
            if (const auto ms = parseCalendar(value))
                return checked(ms);
            return failWith("not a time");
        }
        if (m_spec.format == TimeFormat::EpochSeconds)
            return fromEpoch(*number, 1000.0);
        if (m_spec.format == TimeFormat::EpochMillis)
            return fromEpoch(*number, 1.0);
        QByteArray reason;
        if (const auto ms = fromExcelSerial(*number, &reason))
            return checked(ms);
        return failWith(reason.constData());
    }
    case TimeFormat::Calendar:
    case TimeFormat::Auto:
        if (const auto ms = parseCalendar(value))
            return checked(ms);
        if (m_spec.format == TimeFormat::Auto) {
            if (const auto number = parseNumber(value)) {
                const double magnitude = std::fabs(*number);
                if (magnitude >= 1e11)
                    return fromEpoch(*number, 1.0);
                if (magnitude >= 1e8)
                    return fromEpoch(*number, 1000.0);
            }
        }
        return failWith("not a date/time (expected ISO 8601 such as 2024-03-01T14:05:00Z, "
                        "epoch seconds or milliseconds; use --time-format for others)");
    }
    return std::nullopt;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVector>

#include <optional>

namespace Quadrant {

enum class TimeFormat { Auto, Calendar, EpochSeconds, EpochMillis, ExcelSerial, Pattern };

struct TimeSpec
{
    TimeFormat format = TimeFormat::Auto;
    QString pattern; // Qt date-time format, for TimeFormat::Pattern

    QString name() const;
};

// Turns the ways exports write a moment into UTC milliseconds since the epoch: ISO 8601 with
// or without zone, "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm", epoch seconds or milliseconds,
// Excel serial dates (1900 system), or an explicit Qt pattern. Times without a zone are UTC.
// Only the years 1900 to 2200 are accepted: anything outside is a typo or a wrong unit (epoch
// nanoseconds read as milliseconds), and every analysis may rely on times in that range.
class TimeParser
{
public:
    enum class Error { None, Unreadable, OutOfRange };
    // [earliestMs, latestMs): 1900-01-01T00:00Z up to, not including, 2201-01-01T00:00Z.
    // Constants, not statics computed at start-up: another file's static initialiser (a test's
    // fixed date) may ask before this file's would have run.
    static constexpr qint64 earliestMs = -2208988800000LL; // 1900-01-01
    static constexpr qint64 latestMs = 7289654400000LL;    // 2201-01-01
    static bool inRange(qint64 ms) { return ms >= earliestMs && ms < latestMs; }

    explicit TimeParser(TimeSpec spec = TimeSpec());

    // "auto", "iso", "epoch-s", "epoch-ms", "excel", or a Qt pattern such as "dd.MM.yyyy HH:mm".
    static bool parseSpec(const QString &text, TimeSpec *spec);
    // Chooses a format for a column from sample values (empty values ignored).
    static TimeSpec detect(const QVector<QByteArray> &samples);

    // On failure returns nullopt and sets *error to a reason a person can act on, and *kind to
    // what kind of failure it was.
    std::optional<qint64>
    parse(QByteArrayView value, QByteArray *error = nullptr, Error *kind = nullptr) const;
    TimeSpec spec() const { return m_spec; }

    // Calendar forms: Y-M-D or Y/M/D, then optionally [T or space]h:mm[:ss[.fff]] and a zone
    // (Z, +hh:mm, +hhmm, +hh).
    static std::optional<qint64> parseCalendar(QByteArrayView text);
    static std::optional<qint64> fromExcelSerial(double serial, QByteArray *error = nullptr);
    static qint64 daysFromCivil(int year, unsigned month, unsigned day);

private:
    TimeSpec m_spec;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "arguments.h"

#include <cmath>

namespace Quadrant::Cli {

QString Arguments::value(const QString &name, const QString &fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.last();
}

std::optional<Failure>
Arguments::integer(const QString &name, qint64 low, qint64 high, qint64 fallback, qint64 *out) const
{
    if (!has(name)) {
        *out = fallback;
        return std::nullopt;
    }
    bool ok = false;
    const QString text = value(name).trimmed();
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < low || number > high)
        return Failure(QStringLiteral("--%1 takes a whole number from %2 to %3, got '%4'")
                           .arg(name)
                           .arg(low)
                           .arg(high)
                           .arg(text.left(40)));
    *out = number;
    return std::nullopt;
}

std::optional<Failure> Arguments::real(
    const QString &name, double low, double high, Ends ends, double fallback, double *out) const
{
    if (!has(name)) {
        *out = fallback;
        return std::nullopt;
    }
    bool ok = false;
    const QString text = value(name).trimmed();
    const double number = text.toDouble(&ok);
    const bool inside
        = ends == Ends::Excluded ? number > low && number < high : number >= low && number <= high;
    if (!ok || !std::isfinite(number) || !inside)
        return Failure(
            (ends == Ends::Excluded
                 ? QStringLiteral("--%1 takes a number strictly between %2 and %3, got '%4'")
                 : QStringLiteral("--%1 takes a number from %2 to %3, got '%4'"))
                .arg(name, QString::number(low), QString::number(high), text.left(40)));
    *out = number;
    return std::nullopt;
}

std::optional<Failure>
Arguments::parse(const QStringList &arguments, const QVector<OptionSpec> &specs, Arguments *out)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            out->positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString value;
        bool inlineValue = false;
        const int equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            value = name.mid(equals + 1);
            name = name.left(equals);
            inlineValue = true;
        }
        const auto spec = std::find_if(
            specs.cbegin(), specs.cend(), [&](const OptionSpec &s) { return s.name == name; });
        if (spec == specs.cend())
            return Failure(QStringLiteral("unknown option --%1 (see --help)").arg(name));
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= arguments.size())
                return Failure(QStringLiteral("--%1 needs a value").arg(name));
            value = arguments[++i];
        } else if (!spec->takesValue && inlineValue) {
            return Failure(QStringLiteral("--%1 takes no value").arg(name));
        }
        if (out->m_values.contains(name) && !spec->repeatable && spec->takesValue)
            return Failure(QStringLiteral("--%1 given twice").arg(name));
        out->m_values[name].append(value);
    }
    return std::nullopt;
}

} // namespace Quadrant::Cli

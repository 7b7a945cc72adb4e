// SPDX-License-Identifier: MIT
#include "arguments.h"

namespace Quadrant::Cli {

QString Arguments::value(const QString &name, const QString &fallback) const
{
    const QStringList list = m_values.value(name);
    return list.isEmpty() ? fallback : list.last();
}

std::optional<Failure> Arguments::parse(const QStringList &arguments, const QVector<OptionSpec> &specs, Arguments *out)
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
        const auto spec = std::find_if(specs.cbegin(), specs.cend(), [&](const OptionSpec &s) { return s.name == name; });
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

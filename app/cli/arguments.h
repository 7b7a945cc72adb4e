// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Quadrant::Cli {

// The options a command accepts: which take a value, which may repeat, which are flags.
struct OptionSpec
{
    QString name; // without "--"
    bool takesValue = true;
    bool repeatable = false;
    QString help;
};

// `quadrant-cli COMMAND PROJECT [options]` split into its parts and checked against the
// command's options.
class Arguments
{
public:
    static std::optional<Failure>
    parse(const QStringList &arguments, const QVector<OptionSpec> &specs, Arguments *out);

    QStringList positional;
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const;
    QStringList values(const QString &name) const { return m_values.value(name); }

    // --NAME as a whole number in [low, high], or fallback when the option is absent. The
    // failure names the option, the allowed range and what was given.
    std::optional<Failure>
    integer(const QString &name, qint64 low, qint64 high, qint64 fallback, qint64 *out) const;
    // --NAME as a finite number in the range, its ends excluded when `open`; fallback when absent.
    enum class Ends { Included, Excluded };
    std::optional<Failure> real(const QString &name,
                                double low,
                                double high,
                                Ends ends,
                                double fallback,
                                double *out) const;

private:
    QHash<QString, QStringList> m_values;
};

} // namespace Quadrant::Cli

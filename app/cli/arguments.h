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
    static std::optional<Failure> parse(const QStringList &arguments,
                                        const QVector<OptionSpec> &specs,
                                        Arguments *out);

    QStringList positional;
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = QString()) const;
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QHash<QString, QStringList> m_values;
};

} // namespace Quadrant::Cli

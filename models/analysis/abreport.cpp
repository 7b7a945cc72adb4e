// SPDX-License-Identifier: MIT
#include "abreport.h"

#include <QCoreApplication>

#include <cmath>

namespace Quadrant {

namespace {
// A statistic that does not apply (NaN) is an empty cell, never "nan".
QVariant number(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}
} // namespace

QString AbReport::summary(const AbResult &result)
{
    QStringList lines;
    for (int i = 1; i < result.variants.size(); ++i)
        lines << result.verdict(i);
    for (const QString &warning : result.warnings)
        lines << QCoreApplication::translate("Quadrant", "Warning: %1").arg(warning);
    return lines.join(QLatin1Char('\n'));
}

RecordTable AbReport::table(const AbQuery &query, const AbResult &result)
{
    const bool conversion = query.isRate();
    RecordTable table{{QStringLiteral("variant"),
                       QStringLiteral("persons"),
                       QStringLiteral("converters"),
                       conversion ? QStringLiteral("rate") : QStringLiteral("mean"),
                       QStringLiteral("stddev"),
                       QStringLiteral("lift"),
                       conversion ? QStringLiteral("z") : QStringLiteral("t"),
                       QStringLiteral("p_value"),
                       QStringLiteral("ci_low"),
                       QStringLiteral("ci_high"),
                       QStringLiteral("prob_best"),
                       QStringLiteral("srm_p_value")},
                      {}};
    for (const AbVariant &v : result.variants) {
        const bool control = v.name == query.control;
        auto against = [&](double proportionValue, double meanValue) {
            return control ? QVariant() : number(conversion ? proportionValue : meanValue);
        };
        table.rows.append({v.name,
                           v.persons,
                           conversion ? QVariant(v.converters) : QVariant(),
                           number(v.rate),
                           number(v.stddev),
                           against(v.proportion.lift, v.mean.lift),
                           against(v.proportion.z, v.mean.t),
                           against(v.proportion.pValue, v.mean.pValue),
                           against(v.proportion.ciLow, v.mean.ciLow),
                           against(v.proportion.ciHigh, v.mean.ciHigh),
                           number(v.probabilityToBeBest),
                           number(result.sampleRatioPValue)});
    }
    return table;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
// ab and sample-size: an A/B test read from the events, and the persons one would need.
#include "analysis/abjson.h"
#include "commandlist.h"
#include "stats/abstatistics.h"

#include <algorithm>
#include <cmath>

namespace Quadrant::Cli {

namespace {

Outcome parsePlannedSplit(const QString &text, QVector<double> *split)
{
    for (const QString &part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const double weight = part.toDouble(&ok);
        if (!ok || !std::isfinite(weight) || weight <= 0 || weight > 1e9)
            return badInput(Failure(
                QStringLiteral("--split wants positive weights up to 1e9 such as 50,50, got '%1'")
                    .arg(part.left(40))));
        *split << weight;
    }
    return std::nullopt;
}

Outcome parseAbQuery(const Arguments &args, AbQuery *query)
{
    query->variantProperty = args.value(QStringLiteral("variant-property"));
    query->control = args.value(QStringLiteral("control"));
    if (query->variantProperty.isEmpty() || query->control.isEmpty())
        return badInput(
            Failure(QStringLiteral("ab needs --variant-property PROPERTY and --control VALUE")));
    const QStringList outcomes{QStringLiteral("conversion"),
                               QStringLiteral("metric"),
                               QStringLiteral("conversion-property"),
                               QStringLiteral("metric-property")};
    if (std::count_if(
            outcomes.cbegin(), outcomes.cend(), [&](const QString &flag) { return args.has(flag); })
        != 1)
        return badInput(Failure(QStringLiteral(
            "ab needs exactly one of --conversion EVENT, --metric METRIC, --conversion-property "
            "PERSON_PROPERTY and --metric-property PERSON_PROPERTY")));
    if (args.has(QStringLiteral("conversion"))) {
        if (auto error
            = parseSelector(args.value(QStringLiteral("conversion")), &query->conversion))
            return error;
    } else if (args.has(QStringLiteral("conversion-property"))
               || args.has(QStringLiteral("metric-property"))) {
        const bool yesNo = args.has(QStringLiteral("conversion-property"));
        const QString property = args.value(yesNo ? QStringLiteral("conversion-property")
                                                  : QStringLiteral("metric-property"));
        if (property.trimmed().isEmpty())
            return badInput(Failure(QStringLiteral("--%1 needs a person property name")
                                        .arg(yesNo ? QStringLiteral("conversion-property")
                                                   : QStringLiteral("metric-property"))));
        AbJson::setMetric(
            (yesNo ? QStringLiteral("conversion-property:") : QStringLiteral("metric-property:"))
                + property,
            query);
    } else {
        AbJson::setMetric(args.value(QStringLiteral("metric")), query);
        if (query->isConversion() || query->isPersonOutcome()
            || (query->metric == AbQuery::Metric::PropertySum && query->metricProperty.isEmpty()))
            return badInput(Failure(QStringLiteral(
                "for a conversion, use --conversion EVENT; --metric takes session-duration, "
                "events-per-session, bounce or a numeric event property")));
    }
    if (args.has(QStringLiteral("split"))) {
        if (auto error
            = parsePlannedSplit(args.value(QStringLiteral("split")), &query->plannedSplit))
            return error;
    }
    return parseDateRange(args, &query->fromMs, &query->toMs);
}

Outcome runAb(Invocation &call)
{
    AbQuery query;
    if (auto error = parseAbQuery(call.args, &query))
        return error;
    return runAnalysis(
        call,
        AbJson::toJson(query),
        [](Invocation &call, const OpenedProject &project, const AnalysisOutcome &outcome) {
            for (const QString &warning : outcome.resultAs<AbResult>().warnings)
                warn(warning);
            return printResultTable(call, project, outcome);
        });
}

Outcome runSampleSize(Invocation &call)
{
    const Arguments &args = call.args;
    if (!args.has(QStringLiteral("baseline")) || !args.has(QStringLiteral("mde")))
        return badInput(Failure(QStringLiteral(
            "sample-size needs --baseline RATE and --mde CHANGE (fractions, e.g. 0.10 "
            "and 0.02)")));
    double baseline = 0, effect = 0, alpha = 0, power = 0;
    using Ends = Arguments::Ends;
    if (auto failure = args.real(QStringLiteral("baseline"), 0, 1, Ends::Excluded, 0, &baseline))
        return badInput(*failure);
    if (auto failure = args.real(QStringLiteral("mde"), -1, 1, Ends::Excluded, 0, &effect))
        return badInput(*failure);
    if (auto failure = args.real(QStringLiteral("alpha"), 0, 1, Ends::Excluded, 0.05, &alpha))
        return badInput(*failure);
    if (auto failure = args.real(QStringLiteral("power"), 0, 1, Ends::Excluded, 0.8, &power))
        return badInput(*failure);
    if (effect == 0 || !(baseline + effect > 0 && baseline + effect < 1))
        return badInput(
            Failure(QStringLiteral(
                        "--mde must not be 0, and --baseline + --mde must lie strictly between 0 "
                        "and 1 (got %1)")
                        .arg(baseline + effect)));
    const double n = AbStatistics::sampleSizePerVariant(baseline, effect, alpha, power);
    constexpr double most = 1e15;
    if (!std::isfinite(n) || n > most)
        return badInput(Failure(
            QStringLiteral("these settings need more than %1 persons per variant; choose a larger "
                           "--mde or --alpha, or a smaller --power")
                .arg(most, 0, 'g', 3)));
    RecordTable table{{QStringLiteral("baseline"),
                       QStringLiteral("mde"),
                       QStringLiteral("alpha"),
                       QStringLiteral("power"),
                       QStringLiteral("persons_per_variant")},
                      {{baseline, effect, alpha, power, qint64(n)}}};
    printTable(table, call.format);
    return std::nullopt;
}

} // namespace

Command abCommand()
{
    return {
        QStringLiteral("ab"),
        QStringLiteral("ab PROJECT --variant-property PROP --control VALUE (--conversion EVENT | "
                       "--metric METRIC | --conversion-property PERSON_PROPERTY | "
                       "--metric-property PERSON_PROPERTY) [options]"),
        QStringLiteral(
            "A/B comparison (ANALYSES.md). PROP is an event property (a person's variant is the "
            "first value\n"
            "they carry; only events from that exposure on count) or a person property (write "
            "person.PROP to\n"
            "choose it when events carry the same key). METRIC: session-duration, "
            "events-per-session, bounce,\n"
            "or a numeric event property summed per person. Per-person result tables (one row per "
            "person, no\n"
            "time) are imported as persons and compared with --conversion-property (true/false, "
            "yes/no, 1/0)\n"
            "or --metric-property (a number, by Welch's t). Columns: variant, persons, converters, "
            "rate (or\n"
            "mean), stddev, lift, z (or t), p_value, ci_low, ci_high, prob_best, srm_p_value."),
        {valueOption("variant-property",
                     "the event or person property holding the variant (required)"),
         valueOption("control", "the control's value (required)"),
         valueOption("conversion", "the event that counts as converting"),
         valueOption("metric", "session-duration|events-per-session|bounce|PROPERTY"),
         valueOption("conversion-property", "a yes/no person property: the share with yes"),
         valueOption("metric-property", "a numeric person property: its mean per variant"),
         valueOption("split",
                     "planned split, control first, then the others alphabetically (default "
                     "equal)"),
         valueOption("from", "first day (UTC) of exposure"),
         valueOption("to", "last day (UTC) counted")},
        runAb};
}

Command sampleSizeCommand()
{
    return {QStringLiteral("sample-size"),
            QStringLiteral("sample-size --baseline RATE --mde CHANGE [--alpha 0.05] [--power 0.8]"),
            QStringLiteral("Persons per variant to detect an absolute change in a conversion rate "
                           "(two-sided test)."),
            {valueOption("baseline", "the control's conversion rate, e.g. 0.10"),
             valueOption("mde", "the smallest absolute change worth detecting, e.g. 0.02"),
             valueOption("alpha", "significance level (default 0.05)"),
             valueOption("power", "power (default 0.8)")},
            runSampleSize};
}

} // namespace Quadrant::Cli

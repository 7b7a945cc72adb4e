// SPDX-License-Identifier: MIT
#include "abengine.h"

#include "breakdown.h"
#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"

#include <QCoreApplication>
#include <QHash>

#include <cmath>

namespace Quadrant {

namespace {

// Per variant: count, converters and the running sums for mean and variance (Welford merges).
struct Moments
{
    qint64 persons = 0, converters = 0;
    qint64 missing = 0; // assigned a variant, but with no outcome to measure
    double mean = 0, m2 = 0;

    void add(double x)
    {
        ++persons;
        const double delta = x - mean;
        mean += delta / double(persons);
        m2 += delta * (x - mean);
    }
    void merge(const Moments &o)
    {
        missing += o.missing;
        if (o.persons == 0)
            return;
        const double n = double(persons + o.persons);
        const double delta = o.mean - mean;
        m2 += o.m2 + delta * delta * double(persons) * double(o.persons) / n;
        mean += delta * double(o.persons) / n;
        persons += o.persons;
        converters += o.converters;
    }
    double stddev() const
    {
        return persons > 1 ? std::sqrt(m2 / double(persons - 1)) : AbStatistics::nan;
    }
};

QString percent(double fraction)
{
    return QString::number(std::fabs(fraction) * 100.0, 'f', std::fabs(fraction) < 0.1 ? 1 : 0)
           + QLatin1Char('%');
}

} // namespace

QString AbResult::verdict(int index) const
{
    if (index <= 0 || index >= variants.size())
        return QString();
    const AbVariant &v = variants[index];
    const AbVariant &control = variants[0];
    const bool conversion = !std::isnan(v.proportion.pValue) || v.converters > 0;
    const double lift = conversion ? v.proportion.lift : v.mean.lift;
    const double p = conversion ? v.proportion.pValue : v.mean.pValue;
    if (std::isnan(lift) || std::isnan(p))
        return QCoreApplication::translate("Quadrant", "Not enough data to compare %1 with %2.")
            .arg(v.name, control.name);
    // Whole sentences, so that a translation can order the words as its language does.
    const char *comparison
        = conversion ? (lift >= 0 ? QT_TRANSLATE_NOOP("Quadrant", "%1 converts %2 better than %3")
                                  : QT_TRANSLATE_NOOP("Quadrant", "%1 converts %2 worse than %3"))
                     : (lift >= 0 ? QT_TRANSLATE_NOOP("Quadrant", "%1 scores %2 better than %3")
                                  : QT_TRANSLATE_NOOP("Quadrant", "%1 scores %2 worse than %3"));
    const char *chance
        = p < 0.01   ? QT_TRANSLATE_NOOP("Quadrant", "chance alone would rarely do this")
          : p < 0.05 ? QT_TRANSLATE_NOOP("Quadrant", "chance alone would seldom do this")
                     : QT_TRANSLATE_NOOP("Quadrant", "this could easily be chance");
    return QCoreApplication::translate("Quadrant", "%1; %2 (p = %3).")
        .arg(QCoreApplication::translate("Quadrant", comparison)
                 .arg(v.name, percent(lift), control.name),
             QCoreApplication::translate("Quadrant", chance),
             QString::number(p, 'g', 2));
}

std::optional<Failure> AbEngine::validate(const AbQuery &query, const EventIndex &index)
{
    if (query.variantProperty.isEmpty())
        return Failure(
            QCoreApplication::translate("Quadrant", "name the property that holds the variant"));
    if (query.isConversion() && query.conversion.event != QLatin1String("*")
        && index.eventId(query.conversion.event) < 0)
        return Failure(QCoreApplication::translate("Quadrant", "unknown event '%1'")
                           .arg(query.conversion.event));
    if (query.metric == AbQuery::Metric::PropertySum && query.metricProperty.isEmpty())
        return Failure(QCoreApplication::translate("Quadrant", "name the numeric property to sum"));
    if (query.isPersonOutcome() && query.metricProperty.isEmpty())
        return Failure(QCoreApplication::translate(
            "Quadrant", "name the person property that holds the outcome"));
    return std::nullopt;
}

std::optional<double> AbEngine::readYesNo(const QString &text)
{
    const QString word = text.trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("1"))
        return 1.0;
    if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("0"))
        return 0.0;
    return std::nullopt;
}

AbVariantSource
AbEngine::variantSource(const AbQuery &query, const EventIndex &index, const ProjectStore &store)
{
    // The event's property first (its first value is the exposure), unlike a breakdown.
    AbVariantSource source;
    const PropertyName property = PropertyName::parse(query.variantProperty);
    if (property.key.isEmpty())
        return source;
    if (property.scope != PropertyName::Scope::Person) {
        source.eventColumn = index.eventProperty(store, property.key);
        if (property.scope == PropertyName::Scope::Either && source.eventColumn
            && source.eventColumn->values.isEmpty())
            source.eventColumn.reset();
    }
    if (!source.eventColumn && property.scope != PropertyName::Scope::Event)
        source.personColumn = index.personProperty(store, property.key);
    return source;
}

QStringList
AbEngine::variantValues(const AbQuery &query, const EventIndex &index, const ProjectStore &store)
{
    const AbVariantSource source = variantSource(query, index, store);
    QStringList values;
    if (const PropertyColumn *column = source.column())
        for (const QString &value : column->values)
            if (!value.isEmpty())
                values << value;
    values.sort();
    return values;
}

std::optional<Failure>
AbEngine::resolveControl(AbQuery *query, const EventIndex &index, const ProjectStore &store)
{
    const QStringList values = variantValues(*query, index, store);
    if (values.isEmpty())
        return Failure(
            QCoreApplication::translate("Quadrant", "no event or person carries the property '%1'")
                .arg(query->variantProperty));
    if (query->control.isEmpty())
        query->control = values.first();
    if (query->isPersonOutcome()) {
        const auto outcomes = index.personProperty(store, query->metricProperty);
        bool any = false;
        for (const QString &value : outcomes->values) {
            if (value.trimmed().isEmpty())
                continue;
            any = true;
            bool number = false;
            value.toDouble(&number);
            if (query->metric == AbQuery::Metric::ConversionProperty && !readYesNo(value))
                return Failure(
                    QCoreApplication::translate("Quadrant",
                                                "the person property '%1' holds '%2', which is not "
                                                "a yes/no value (true/false, yes/no or 1/0)")
                        .arg(query->metricProperty, value.left(40)));
            if (query->metric == AbQuery::Metric::MetricProperty && !number)
                return Failure(
                    QCoreApplication::translate(
                        "Quadrant", "the person property '%1' holds '%2', which is not a number")
                        .arg(query->metricProperty, value.left(40)));
        }
        if (!any)
            return Failure(
                QCoreApplication::translate("Quadrant", "no person carries the property '%1'")
                    .arg(query->metricProperty));
    }
    return std::nullopt;
}

AbResult AbEngine::run(const AbQuery &query,
                       const EventIndex &index,
                       const ProjectStore &store,
                       JobContext &context)
{
    const AbVariantSource source = variantSource(query, index, store);
    const PropertyColumn *variants = source.column();
    AbResult result;
    if (!variants) {
        result.warnings << QCoreApplication::translate(
                               "Quadrant", "no event or person carries the property '%1'")
                               .arg(query.variantProperty);
        return result;
    }
    std::shared_ptr<const PropertyColumn> metricColumn;
    std::vector<double> metricValues; // per code; NaN = no value
    if (query.metric == AbQuery::Metric::PropertySum || query.isPersonOutcome()) {
        metricColumn = query.isPersonOutcome() ? index.personProperty(store, query.metricProperty)
                                               : index.eventProperty(store, query.metricProperty);
        const double none = query.isPersonOutcome() ? AbStatistics::nan : 0.0;
        metricValues.assign(size_t(metricColumn->values.size()) + 1, none);
        for (int c = 0; c < metricColumn->values.size(); ++c) {
            const QString &text = metricColumn->values[c];
            bool number = false;
            const double value = text.toDouble(&number);
            if (query.metric == AbQuery::Metric::ConversionProperty)
                metricValues[size_t(c) + 1] = readYesNo(text).value_or(none);
            else
                metricValues[size_t(c) + 1] = number && std::isfinite(value) ? value : none;
        }
    }
    const EventMatcher conversion
        = query.isConversion() ? EventMatcher(query.conversion, index, store) : EventMatcher();
    const bool dated = query.fromMs || query.toMs;
    const qint64 from = query.fromMs.value_or(std::numeric_limits<qint64>::min());
    const qint64 to = query.toMs.value_or(std::numeric_limits<qint64>::max());
    const qint64 *times = index.times().data();

    auto partials = Parallel::mapChunks<QHash<quint32, Moments>>(
        index.personCount(),
        [&](int first, int last, QHash<quint32, Moments> &out) {
            for (int p = first; p < last; ++p) {
                if (((p - first) & 1023) == 0 && context.isCanceled())
                    return;
                const qint64 begin = index.begin(p), end = index.end(p);
                qint64 exposure = -1;
                quint32 variant = 0;
                if (source.eventColumn) {
                    for (qint64 i = begin; i < end && exposure < 0; ++i)
                        if (variants->codes[size_t(i)] != 0 && times[i] >= from && times[i] < to)
                            exposure = i;
                    if (exposure >= 0)
                        variant = variants->codes[size_t(exposure)];
                } else {
                    // A person's own variant; exposed at the first event in the range. Without a
                    // range, persons with no event at all (a per-person result table) count too.
                    variant = variants->codes[size_t(p)];
                    for (qint64 i = begin; i < end && exposure < 0; ++i)
                        if (times[i] >= from && times[i] < to)
                            exposure = i;
                    if (exposure < 0 && !dated)
                        exposure = end;
                }
                if (exposure < 0 || variant == 0)
                    continue;
                Moments &m = out[variant];
                if (query.isPersonOutcome()) {
                    const double value = metricValues[metricColumn->codes[size_t(p)]];
                    if (std::isnan(value)) {
                        ++m.missing;
                        continue;
                    }
                    m.add(value);
                    m.converters += value != 0.0 && query.isRate();
                    continue;
                }
                if (query.isConversion()) {
                    bool converted = false;
                    for (qint64 i = exposure; i < end && !converted && times[i] < to; ++i)
                        converted = conversion.matches(i);
                    m.add(converted ? 1.0 : 0.0);
                    m.converters += converted;
                    continue;
                }
                if (query.metric == AbQuery::Metric::PropertySum) {
                    double sum = 0;
                    for (qint64 i = exposure; i < end && times[i] < to; ++i)
                        sum += metricValues[metricColumn->codes[size_t(i)]];
                    m.add(sum);
                    continue;
                }
                if (exposure >= end || times[exposure] >= to) {
                    ++m.missing; // no session to measure
                    continue;
                }
                // Sessions after exposure: a gap longer than sessionGap starts a new one.
                double sessions = 0, durations = 0, events = 0, bounces = 0;
                qint64 sessionStart = times[exposure], previous = times[exposure],
                       sessionEvents = 0;
                auto close = [&] {
                    ++sessions;
                    durations += double(previous - sessionStart) / 1000.0;
                    events += double(sessionEvents);
                    bounces += sessionEvents == 1;
                };
                for (qint64 i = exposure; i < end && times[i] < to; ++i) {
                    if (sessionEvents > 0 && times[i] - previous > query.sessionGapMs) {
                        close();
                        sessionStart = times[i];
                        sessionEvents = 0;
                    }
                    previous = times[i];
                    ++sessionEvents;
                }
                if (sessionEvents > 0)
                    close();
                if (query.metric == AbQuery::Metric::SessionDuration)
                    m.add(durations / sessions);
                else if (query.metric == AbQuery::Metric::EventsPerSession)
                    m.add(events / sessions);
                else
                    m.add(bounces / sessions);
            }
        },
        &context,
        QStringLiteral("Comparing the variants"));
    QHash<quint32, Moments> merged;
    for (const auto &partial : partials)
        for (auto it = partial.cbegin(); it != partial.cend(); ++it)
            merged[it.key()].merge(it.value());

    const int controlCode = variants->values.indexOf(query.control) + 1;
    qint64 missing = 0;
    for (const Moments &m : std::as_const(merged))
        missing += m.missing;
    if (missing > 0)
        result.warnings << (query.isPersonOutcome()
                                ? QCoreApplication::translate(
                                      "Quadrant",
                                      "%1 persons with a variant have no value for '%2' "
                                      "and are left out")
                                      .arg(missing)
                                      .arg(query.metricProperty)
                                : QCoreApplication::translate(
                                      "Quadrant",
                                      "%1 persons with a variant have no event to "
                                      "measure and are left out")
                                      .arg(missing));
    if (controlCode == 0 || merged.value(quint32(controlCode)).persons == 0) {
        result.warnings << QCoreApplication::translate("Quadrant", "no person saw the control '%1'")
                               .arg(query.control);
        return result;
    }
    QStringList others;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        if (int(it.key()) != controlCode && it.value().persons > 0)
            others << variants->valueOf(it.key());
    others.sort();
    QVector<quint32> order{quint32(controlCode)};
    for (const QString &name : others)
        order << quint32(variants->values.indexOf(name) + 1);

    QVector<double> converters, persons;
    for (quint32 code : order) {
        const Moments &m = merged[code];
        AbVariant v;
        v.name = variants->valueOf(code);
        v.persons = m.persons;
        v.converters = m.converters;
        v.rate = m.mean;
        v.stddev = m.stddev();
        result.variants << v;
        converters << double(m.converters);
        persons << double(m.persons);
    }
    const Moments &control = merged[quint32(controlCode)];
    for (int i = 1; i < result.variants.size(); ++i) {
        const Moments &m = merged[order[i]];
        if (query.isRate())
            result.variants[i].proportion = AbStatistics::proportions(double(control.converters),
                                                                      double(control.persons),
                                                                      double(m.converters),
                                                                      double(m.persons));
        else
            result.variants[i].mean = AbStatistics::welch(control.mean,
                                                          control.stddev(),
                                                          double(control.persons),
                                                          m.mean,
                                                          m.stddev(),
                                                          double(m.persons));
    }
    if (query.isRate()) {
        const QVector<double> best = AbStatistics::probabilityToBeBest(converters, persons);
        for (int i = 0; i < result.variants.size(); ++i)
            result.variants[i].probabilityToBeBest = best[i];
    }
    QVector<double> planned = query.plannedSplit;
    if (planned.isEmpty())
        planned.fill(1.0, persons.size());
    if (planned.size() == persons.size()) {
        result.sampleRatioPValue = AbStatistics::sampleRatioPValue(persons, planned);
        if (result.sampleRatioPValue < 0.001)
            result.warnings
                << QCoreApplication::translate(
                       "Quadrant",
                       "sample ratio mismatch: the persons per variant differ from the planned "
                       "split more than chance allows (p = %1); check how people were assigned")
                       .arg(result.sampleRatioPValue, 0, 'g', 2);
    } else {
        result.warnings << QCoreApplication::translate(
                               "Quadrant", "the planned split names %1 variants but %2 were seen")
                               .arg(planned.size())
                               .arg(persons.size());
    }
    for (const AbVariant &v : result.variants) {
        if (v.persons < 50)
            result.warnings
                << QCoreApplication::translate(
                       "Quadrant",
                       "%1 has only %2 persons (fewer than 50): treat the result with care")
                       .arg(v.name)
                       .arg(v.persons);
        else if (query.isRate() && v.converters < 5)
            result.warnings
                << QCoreApplication::translate(
                       "Quadrant",
                       "%1 has only %2 conversions (fewer than 5): treat the result with care")
                       .arg(v.name)
                       .arg(v.converters);
    }
    return result;
}

} // namespace Quadrant

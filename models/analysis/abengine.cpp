// SPDX-License-Identifier: MIT
#include "abengine.h"

#include "eventindex.h"
#include "jobs/jobcontext.h"
#include "parallel.h"

#include <QHash>

#include <cmath>

namespace Quadrant {

namespace {

// Per variant: count, converters and the running sums for mean and variance (Welford merges).
struct Moments
{
    qint64 persons = 0, converters = 0;
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
        return QStringLiteral("Not enough data to compare %1 with %2.").arg(v.name, control.name);
    const QString direction = lift >= 0 ? QStringLiteral("better") : QStringLiteral("worse");
    const QString what = conversion ? QStringLiteral("converts") : QStringLiteral("scores");
    QString chance;
    if (p < 0.01)
        chance = QStringLiteral("chance alone would rarely do this");
    else if (p < 0.05)
        chance = QStringLiteral("chance alone would seldom do this");
    else
        chance = QStringLiteral("this could easily be chance");
    return QStringLiteral("%1 %2 %3 %4 than %5; %6 (p = %7).")
        .arg(v.name,
             what,
             percent(lift),
             direction,
             control.name,
             chance,
             QString::number(p, 'g', 2));
}

std::optional<Failure> AbEngine::validate(const AbQuery &query, const EventIndex &index)
{
    if (query.variantProperty.isEmpty())
        return Failure(QStringLiteral("name the property that holds the variant"));
    if (query.isConversion() && query.conversion.event != QLatin1String("*")
        && index.eventId(query.conversion.event) < 0)
        return Failure(QStringLiteral("unknown event '%1'").arg(query.conversion.event));
    if (query.metric == AbQuery::Metric::PropertySum && query.metricProperty.isEmpty())
        return Failure(QStringLiteral("name the numeric property to sum"));
    return std::nullopt;
}

QStringList
AbEngine::variantValues(const AbQuery &query, const EventIndex &index, const ProjectStore &store)
{
    const auto column = index.eventProperty(store, query.variantProperty);
    QStringList values;
    if (column)
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
            QStringLiteral("no event carries the property '%1'").arg(query->variantProperty));
    if (query->control.isEmpty())
        query->control = values.first();
    return std::nullopt;
}

AbResult AbEngine::run(const AbQuery &query,
                       const EventIndex &index,
                       const ProjectStore &store,
                       JobContext &context)
{
    const auto variants = index.eventProperty(store, query.variantProperty);
    std::shared_ptr<const PropertyColumn> metricColumn;
    std::vector<double> metricValues; // per code
    if (query.metric == AbQuery::Metric::PropertySum) {
        metricColumn = index.eventProperty(store, query.metricProperty);
        metricValues.assign(size_t(metricColumn->values.size()) + 1, 0.0);
        for (int c = 0; c < metricColumn->values.size(); ++c)
            metricValues[size_t(c) + 1] = metricColumn->values[c].toDouble();
    }
    const EventMatcher conversion
        = query.isConversion() ? EventMatcher(query.conversion, index, store) : EventMatcher();
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
                for (qint64 i = begin; i < end && exposure < 0; ++i)
                    if (variants->codes[size_t(i)] != 0 && times[i] >= from && times[i] < to)
                        exposure = i;
                if (exposure < 0)
                    continue;
                Moments &m = out[variants->codes[size_t(exposure)]];
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

    AbResult result;
    const int controlCode = variants->values.indexOf(query.control) + 1;
    if (controlCode == 0 || !merged.contains(quint32(controlCode))) {
        result.warnings << QStringLiteral("no person saw the control '%1'").arg(query.control);
        return result;
    }
    QStringList others;
    for (auto it = merged.cbegin(); it != merged.cend(); ++it)
        if (int(it.key()) != controlCode)
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
        if (query.isConversion())
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
    if (query.isConversion()) {
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
                << QStringLiteral(
                       "sample ratio mismatch: the persons per variant differ from the planned "
                       "split more than chance allows (p = %1); check how people were assigned")
                       .arg(result.sampleRatioPValue, 0, 'g', 2);
    } else {
        result.warnings << QStringLiteral("the planned split names %1 variants but %2 were seen")
                               .arg(planned.size())
                               .arg(persons.size());
    }
    for (const AbVariant &v : result.variants) {
        if (v.persons < 50)
            result.warnings
                << QStringLiteral(
                       "%1 has only %2 persons (fewer than 50): treat the result with care")
                       .arg(v.name)
                       .arg(v.persons);
        else if (query.isConversion() && v.converters < 5)
            result.warnings
                << QStringLiteral(
                       "%1 has only %2 conversions (fewer than 5): treat the result with care")
                       .arg(v.name)
                       .arg(v.converters);
    }
    return result;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "healthmodel.h"

#include "analysis/calendar.h"
#include "analysis/definitionreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Quadrant {

QStringList HealthMeasure::builtInIds()
{
    return {QStringLiteral("seat_use"),
            QStringLiteral("usage_trend"),
            QStringLiteral("key_features"),
            QStringLiteral("nps"),
            QStringLiteral("renewal")};
}

QString HealthMeasure::title() const
{
    if (id == QLatin1String("seat_use"))
        return QCoreApplication::translate("Quadrant", "Seat use");
    if (id == QLatin1String("usage_trend"))
        return QCoreApplication::translate("Quadrant", "Usage trend");
    if (id == QLatin1String("key_features"))
        return QCoreApplication::translate("Quadrant", "Key features");
    if (id == QLatin1String("nps"))
        return QCoreApplication::translate("Quadrant", "NPS");
    if (id == QLatin1String("renewal"))
        return QCoreApplication::translate("Quadrant", "Renewal");
    if (isEvent())
        return QCoreApplication::translate("Quadrant", "Events: %1").arg(argument());
    return argument();
}

HealthModel HealthModel::defaults()
{
    HealthModel model;
    for (const QString &id : HealthMeasure::builtInIds())
        model.measures.append({id});
    return model;
}

double HealthModel::weight(int measure, const QString &segment) const
{
    const HealthMeasure &spec = measures[measure];
    if (!segmentBy.isEmpty()) {
        const auto own = segmentWeights.constFind(segment);
        if (own != segmentWeights.cend() && own->contains(spec.id))
            return own->value(spec.id);
    }
    return spec.weight;
}

QString HealthModel::band(double score) const
{
    if (score < redBelow)
        return QStringLiteral("red");
    return score < greenFrom ? QStringLiteral("yellow") : QStringLiteral("green");
}

QJsonObject HealthModel::toJson(const HealthModel &model)
{
    QJsonArray measures;
    for (const HealthMeasure &measure : model.measures) {
        QJsonObject json{{QStringLiteral("measure"), measure.id},
                         {QStringLiteral("weight"), measure.weight}};
        if (measure.isEvent())
            json[QStringLiteral("target")] = measure.target;
        if (measure.isProperty()) {
            json[QStringLiteral("low")] = measure.low;
            json[QStringLiteral("high")] = measure.high;
        }
        measures.append(json);
    }
    QJsonObject json{{QStringLiteral("kind"), QStringLiteral("health")},
                     {QStringLiteral("measures"), measures},
                     {QStringLiteral("red_below"), model.redBelow},
                     {QStringLiteral("green_from"), model.greenFrom},
                     {QStringLiteral("key_events"), QJsonArray::fromStringList(model.keyEvents)}};
    if (!model.segmentBy.isEmpty()) {
        json[QStringLiteral("segment_by")] = model.segmentBy;
        QJsonObject segments;
        for (auto it = model.segmentWeights.cbegin(); it != model.segmentWeights.cend(); ++it) {
            QJsonObject weights;
            for (auto w = it->cbegin(); w != it->cend(); ++w)
                weights[w.key()] = w.value();
            segments[it.key()] = weights;
        }
        json[QStringLiteral("segment_weights")] = segments;
    }
    if (model.asOfDay)
        json[QStringLiteral("as_of")] = Calendar::dateText(*model.asOfDay);
    return json;
}

std::optional<HealthModel> HealthModel::fromJson(const QJsonObject &json, QString *error)
{
    DefinitionReader read(json, "health");
    HealthModel model;
    const bool listed = json.contains(QStringLiteral("measures"));
    if (!listed)
        model = defaults();
    for (const QJsonValue &value : read.array("measures")) {
        DefinitionReader item(value.toObject());
        HealthMeasure measure;
        measure.id = item.text("measure").trimmed();
        measure.weight = item.number("weight", 0, 1e6, 1);
        measure.target = item.number("target", 1e-9, 1e12, 10);
        measure.low = item.number("low", -1e15, 1e15, 0);
        measure.high = item.number("high", -1e15, 1e15, 100);
        const bool known
            = HealthMeasure::builtInIds().contains(measure.id)
              || ((measure.isEvent() || measure.isProperty()) && !measure.argument().isEmpty());
        if (!known)
            item.fail(QStringLiteral("measure"),
                      QCoreApplication::translate(
                          "Quadrant",
                          "must be seat_use, usage_trend, key_features, nps, renewal, "
                          "event:NAME or property:KEY, not '%1'")
                          .arg(measure.id.left(40)));
        else if (measure.isProperty() && !(measure.high > measure.low))
            item.fail(QStringLiteral("high"),
                      QCoreApplication::translate("Quadrant", "must be above low"));
        if (!item.ok()) {
            read.fail(QStringLiteral("measures"), item.error());
            break;
        }
        model.measures.append(measure);
    }
    model.redBelow = read.number("red_below", 0, 100, 40);
    model.greenFrom = read.number("green_from", 0, 100, 70);
    if (model.greenFrom < model.redBelow)
        read.fail(QStringLiteral("green_from"),
                  QCoreApplication::translate("Quadrant", "must not be below red_below"));
    model.keyEvents = read.textList("key_events");
    model.segmentBy = read.choice(
        "segment_by", {QString(), QStringLiteral("plan"), QStringLiteral("industry")}, QString());
    const QJsonValue segments = json.value(QStringLiteral("segment_weights"));
    if (segments.isObject()) {
        const QJsonObject object = segments.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QHash<QString, double> weights;
            const QJsonObject given = it.value().toObject();
            for (auto w = given.begin(); w != given.end(); ++w) {
                if (!w.value().isDouble() || w.value().toDouble() < 0) {
                    read.fail(QStringLiteral("segment_weights"),
                              QCoreApplication::translate("Quadrant",
                                                          "%1.%2: must be a weight of 0 or more")
                                  .arg(it.key(), w.key()));
                    break;
                }
                weights.insert(w.key(), w.value().toDouble());
            }
            model.segmentWeights.insert(it.key(), weights);
        }
    } else if (!segments.isUndefined() && !segments.isNull()) {
        read.fail(QStringLiteral("segment_weights"),
                  QCoreApplication::translate("Quadrant", "must be an object of segments"));
    }
    model.asOfDay = read.day("as_of");
    return read.finish(model, error);
}

} // namespace Quadrant

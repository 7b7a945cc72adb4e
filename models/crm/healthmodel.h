// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Quadrant {

// One measure of an account health model (ANALYSES.md, Account health score), 0..100:
//   seat_use       active persons in the last 30 days / seats (capped at 1)
//   usage_trend    events in the last 30 days against the 30 before: 50 flat, 100 doubled
//   key_features   share of the model's key events used in the last 30 days
//   nps            the account's NPS over 90 days, -100..100 mapped to 0..100
//   renewal        100 past 180 days before the renewal date, falling to 0 on it
//   event:NAME     events NAME in the last 30 days against `target` (target or more = 100)
//   property:KEY   the account property KEY between `low` (0) and `high` (100)
struct HealthMeasure
{
    QString id;
    double weight = 1;
    double target = 10;         // event:NAME
    double low = 0, high = 100; // property:KEY

    static QStringList builtInIds(); // seat_use, usage_trend, key_features, nps, renewal
    QString title() const;           // "Seat use", "Events: api_call", ...
    bool isEvent() const { return id.startsWith(QLatin1String("event:")); }
    bool isProperty() const { return id.startsWith(QLatin1String("property:")); }
    QString argument() const { return id.mid(id.indexOf(QLatin1Char(':')) + 1); }
};

// How accounts are scored: measures and weights, the bands' thresholds, the key events, and
// optionally other weights per segment (an account's plan or industry). Saved in the project as
// an analysis of kind "health", under the model's name.
struct HealthModel
{
    QVector<HealthMeasure> measures;
    double redBelow = 40, greenFrom = 70; // red < redBelow <= yellow < greenFrom <= green
    QStringList keyEvents;
    QString segmentBy;                                     // "", "plan" or "industry"
    QHash<QString, QHash<QString, double>> segmentWeights; // segment value -> measure -> weight
    std::optional<qint64> asOfDay;                         // 00:00 UTC of the "as of" day

    // The five measures of ANALYSES.md, weight 1 each, no key events.
    static HealthModel defaults();
    // The weight of `measure` for an account of `segment` (the segment's own, else the model's).
    double weight(int measure, const QString &segment) const;
    QString band(double score) const; // red, yellow or green

    static QJsonObject toJson(const HealthModel &model);
    static std::optional<HealthModel> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "abengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// An A/B comparison as saved in the project:
//   {"kind": "ab", "variantProperty": "pricing_test", "control": "A",
//    "metric": "conversion|session-duration|events-per-session|bounce|sum:PROP",
//    "conversion": "purchase", "split": [50, 50], "from": "...", "to": "..."}
class AbJson
{
public:
    static QJsonObject toJson(const AbQuery &query);
    static std::optional<AbQuery> fromJson(const QJsonObject &json, QString *error = nullptr);
    // The CLI's --metric spelling (a property name for a per-person sum), or "conversion".
    static QString metricText(const AbQuery &query);
    static void setMetric(const QString &text, AbQuery *query);
    static QString
    metricTitle(const AbQuery &query); // "Conversion to purchase", "Session duration (s)"
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "abengine.h"
#include "export/recordtable.h"

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

// The per-variant table of CLI.md: variant, persons, converters, rate|mean, stddev, lift, z|t,
// p_value, ci_low, ci_high, prob_best, srm_p_value. Control first.
class AbReport
{
public:
    static RecordTable table(const AbQuery &query, const AbResult &result);
    // The result in words: each variant's verdict against the control, then the warnings.
    static QString summary(const AbResult &result);
};

} // namespace Quadrant

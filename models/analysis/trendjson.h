// SPDX-License-Identifier: MIT
#pragma once

#include "trendengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// A trend as saved in the project:
//   {"kind": "trend", "event": "login", "measure": "total|persons|per-person|sum:PROP|avg:PROP",
//    "interval": "day|week|month", "breakdown": "source", "compare": true, "chart": "line|bar",
//    "from": "2026-01-01", "to": "2026-03-31"}
// "chart" is how the workbench draws it; the numbers do not depend on it.
class TrendJson
{
public:
    static QJsonObject toJson(const TrendQuery &query);
    static std::optional<TrendQuery> fromJson(const QJsonObject &json, QString *error = nullptr);
    // The --measure spelling of the CLI: total, persons, per-person, sum:PROP, avg:PROP.
    static QString measureText(const TrendQuery &query);
    static bool parseMeasure(const QString &text, TrendQuery *query);
};

} // namespace Quadrant

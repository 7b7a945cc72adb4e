// SPDX-License-Identifier: MIT
#pragma once

#include "heatmapengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// A heatmap as saved in the project:
//   {"kind": "heatmap", "heatmap": "activity|adoption", "measure": "events|persons",
//    "tz": "Europe/Berlin", "by": "account|industry|role", "events": ["export_csv", ...],
//    "sort": "total|name", "from": "...", "to": "..."}
// "sort" orders an adoption heatmap's rows; without it they come in the engine's order (the CLI).
class HeatmapJson
{
public:
    static QJsonObject toJson(const HeatmapQuery &query);
    static std::optional<HeatmapQuery> fromJson(const QJsonObject &json, QString *error = nullptr);
    static QString kindName(HeatmapQuery::Kind kind);
    static QString byName(HeatmapQuery::By by);
    static bool parseBy(const QString &text, HeatmapQuery::By *by);
    static std::optional<HeatmapQuery::Kind> parseKind(const QString &text);
};

} // namespace Quadrant

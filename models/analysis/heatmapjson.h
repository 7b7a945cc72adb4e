// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "heatmapengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// A heatmap as saved in the project:
//   {"kind": "heatmap", "heatmap": "activity|adoption", "measure": "events|persons",
//    "tz": "Europe/Berlin", "by": "account|industry|role", "events": ["export_csv", ...],
//    "sort": "total|name", "from": "...", "to": "..."}
// "sort" is how the workbench orders the rows; the CLI prints them in the engine's order.
class HeatmapJson
{
public:
    static QJsonObject toJson(const HeatmapQuery &query,
                              const QString &sort = QStringLiteral("total"));
    static std::optional<HeatmapQuery> fromJson(const QJsonObject &json, QString *error = nullptr);
    static QString kindName(HeatmapQuery::Kind kind);
    static QString byName(HeatmapQuery::By by);
    static bool parseBy(const QString &text, HeatmapQuery::By *by);
};

// The cells with the columns of CLI.md: row, column, value.
class HeatmapReport
{
public:
    static RecordTable table(const HeatmapResult &result);
};

} // namespace Quadrant

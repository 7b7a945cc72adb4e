// SPDX-License-Identifier: MIT
#pragma once

#include "funnelengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// A funnel definition as saved in the project (saved_analyses.definition) and read back by the
// workbench and `quadrant-cli render`:
//   {"kind": "funnel", "steps": ["signup", "purchase[plan=pro]"], "window_ms": 604800000,
//    "mode": "ordered|strict|any", "from": "2026-01-01", "to": "2026-01-31",
//    "breakdown": "person.plan", "hold": "account", "exclusions": [{"event": "...", "after_step":
//    1}]}
// "from" and "to" are inclusive UTC days, as on the command line.
class FunnelJson
{
public:
    static QJsonObject toJson(const FunnelQuery &query);
    static std::optional<FunnelQuery> fromJson(const QJsonObject &json, QString *error = nullptr);
    // What a cohort of the persons who dropped before `step` keeps as its definition:
    // {"kind": "funnel-drop-off", "funnel": {the funnel as above}, "step": step, "group": value}
    // ("group" only for one breakdown group's drop-off).
    static QJsonObject
    dropOffCohort(const FunnelQuery &query, int step, const QString &group = QString());
    static QString modeName(FunnelOrder order);
    static std::optional<FunnelOrder> parseMode(const QString &name);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "pathengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

class EventIndex;
class ProjectStore;

// A path analysis as saved in the project:
//   {"kind": "paths", "anchor": "signup", "direction": "after|before", "depth": 5,
//    "sessionGapMinutes": 30, "exclude": ["page_view"], "collapseRepeats": false,
//    "minWeight": 1, "cohort": "Dropped at activated", "from": "...", "to": "..."}
// "cohort" names a saved cohort whose persons alone are walked (a funnel's drop-off).
class PathJson
{
public:
    static QJsonObject toJson(const PathQuery &query, const QString &cohort = QString());
    static std::optional<PathQuery> fromJson(const QJsonObject &json, QString *error = nullptr);
    static QString cohort(const QJsonObject &json)
    {
        return json.value(QStringLiteral("cohort")).toString();
    }
    // Restricts the walk to the persons of a saved cohort.
    static std::optional<Failure> restrictToCohort(PathQuery *query,
                                                   const ProjectStore &store,
                                                   const EventIndex &index,
                                                   const QString &cohort);
};

} // namespace Quadrant

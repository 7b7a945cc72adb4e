// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "retentionengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// A retention definition as saved in the project:
//   {"kind": "retention", "start": "signup", "return": "*", "period": "week", "periods": 8,
//    "mode": "on|on-or-after", "recurring": false, "from": "2026-01-01", "to": "2026-03-31",
//    "breakdown": "person.plan"}
class RetentionJson
{
public:
    static QJsonObject toJson(const RetentionQuery &query);
    static std::optional<RetentionQuery> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
};

// A retention result with the columns of CLI.md: breakdown, cohort, cohort_size, period, persons,
// rate; with summary, the pooled rows (cohort "all") after each group's cohorts.
class RetentionReport
{
public:
    static RecordTable table(const RetentionResult &result, bool summary);
};

} // namespace Quadrant

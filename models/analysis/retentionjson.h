// SPDX-License-Identifier: MIT
#pragma once

#include "retentionengine.h"

#include <QJsonObject>

#include <optional>

namespace Quadrant {

// A retention definition as saved in the project:
//   {"kind": "retention", "start": "signup", "return": "*", "period": "week", "periods": 8,
//    "mode": "on|on-or-after", "recurring": false, "from": "2026-01-01", "to": "2026-03-31",
//    "breakdown": "person.plan", "summary": false}
// "summary": false leaves the pooled rows out of the table (quadrant-cli without --summary).
class RetentionJson
{
public:
    static QJsonObject toJson(const RetentionQuery &query);
    static std::optional<RetentionQuery> fromJson(const QJsonObject &json,
                                                  QString *error = nullptr);
    static QString modeName(RetentionQuery::Mode mode);
    static std::optional<RetentionQuery::Mode> parseMode(const QString &name);
};

} // namespace Quadrant

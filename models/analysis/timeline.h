// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "store/failure.h"

#include <optional>

namespace Quadrant {

class ProjectStore;

// Everything that happened to one person or one account, oldest first: their events, with the
// CRM records around them interleaved by time (leads, deals opened and closed, NPS answers).
// Columns: time (UTC, ISO 8601), kind (event, lead, deal, nps), person, what, source, details.
class Timeline
{
public:
    enum class Subject { Person, Account };
    struct Query
    {
        Subject subject = Subject::Person;
        QString id;        // user_id or account_id
        int limit = 20000; // the most recent rows kept
    };
    struct Result
    {
        RecordTable table;
        QStringList facts;      // who it is: account, plan, industry, properties
        bool truncated = false; // more rows than the limit: the oldest are left out
    };
    static std::optional<Failure>
    build(const ProjectStore &store, const Query &query, Result *result);
};

} // namespace Quadrant

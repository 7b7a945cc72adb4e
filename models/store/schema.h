// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QSqlDatabase>

#include <optional>

struct sqlite3;

namespace Quadrant {

// Knows the project file's layout: its identity, its version and how to get from any older
// version to the current one, one numbered migration at a time.
class Schema
{
public:
    // 'QUAD' in the SQLite header's application_id field.
    static constexpr quint32 applicationId = 0x51554144;
    static int currentVersion();

    // Applies migrations (current user_version, target], each in its own savepoint inside the
    // caller's transaction, and sets user_version. target defaults to currentVersion().
    static std::optional<Failure> migrate(QSqlDatabase &db, int targetVersion = -1);

    // The pragmas every read-write connection uses: a project is a single self-contained file.
    static std::optional<Failure> applyConnectionPragmas(QSqlDatabase &db);

    // Settings for every connection to a file that may come from anyone (an e-mail, a USB
    // stick): no triggers or views run, schema code is untrusted, defensive mode, cell sizes
    // checked as pages are read.
    static void applyDefensiveSettings(sqlite3 *db);

    // Checks that the file holds what a project of `version` holds: every table Quadrant made,
    // as a table, with at least its columns, and every index. Extra objects are tolerated (the
    // connection runs no triggers or views). A file SQLite cannot read is reported as damaged.
    static std::optional<Failure> verifyStructure(sqlite3 *db, int version);
};

} // namespace Quadrant

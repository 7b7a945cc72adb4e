// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Quadrant {

// What a failed system call or SQLite statement means, in a user's words: "the disk is full"
// rather than "Unknown error" or "database or disk is full (13)". Translated.
QString describeSystemError(int errnoValue);
// For SQLite's primary result codes that are about the disk or the file (SQLITE_FULL,
// SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_PERM); an empty string for the others,
// whose own text the caller keeps.
QString describeSqliteError(int resultCode);

} // namespace Quadrant

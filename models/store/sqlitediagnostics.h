// SPDX-License-Identifier: MIT
#pragma once

namespace Quadrant {

// SQLite reports every error it meets to one process-wide log, with its code. Quadrant listens
// for the codes that mean a damaged file (SQLITE_CORRUPT, SQLITE_NOTADB), so that a command that
// failed, or swallowed an error, because a page it read was damaged can say so in words, whatever
// query met the page first.
class SqliteDiagnostics
{
public:
    // Must run before the first SQLite connection of the process (it configures SQLite); false if
    // it came too late.
    static bool install();
    static bool damageSeen();
    static void reset();
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "sqlitediagnostics.h"

#include <atomic>
#include <sqlite3.h>

namespace Quadrant {

namespace {

std::atomic<bool> s_damageSeen{false};

void logCallback(void *, int code, const char *)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        s_damageSeen.store(true, std::memory_order_relaxed);
}

} // namespace

bool SqliteDiagnostics::install()
{
    return sqlite3_config(SQLITE_CONFIG_LOG, logCallback, nullptr) == SQLITE_OK;
}

bool SqliteDiagnostics::damageSeen()
{
    return s_damageSeen.load(std::memory_order_relaxed);
}

void SqliteDiagnostics::reset()
{
    s_damageSeen.store(false, std::memory_order_relaxed);
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

namespace Quadrant {

// A test hook for crash safety: with QUADRANT_CRASH_AT=NAME:N in the environment, the process
// kills itself with SIGKILL (no cleanup, no rollback, like a power cut to the process) the N-th
// time it passes crashPoint("NAME"). Without the variable, a call costs one relaxed load.
// QUADRANT_CRASH_AT=NAME:N:TERM (INT, HUP) sends that signal instead, so that a test sees what
// the process's handlers do at an exact moment. The points: import.batch, import.commit,
// events.block, copy.step, migrate.step, sample.step, demo.step.
// tests/models/store/tst_crashpoints.cpp runs each operation killed at each one.
void crashPoint(const char *name);

} // namespace Quadrant

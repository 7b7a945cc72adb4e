// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <optional>

namespace Quadrant {

class JobContext;

// A consistent copy of a project file, through SQLite's online backup: it may be taken while
// another connection (the workbench) writes, steps with progress and Cancel, and appears under
// the target name whole or not at all (written beside it, synced, then renamed over it). It never
// replaces the project itself or a file the project uses (ProtectedFiles).
class ProjectCopy
{
public:
    static std::optional<Failure>
    write(const QString &sourcePath, const QString &targetPath, JobContext &context);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace Quadrant::Cli {

enum ExitCode { Success = 0, BadInput = 1, InternalError = 2 };

// Runs `quadrant-cli ARGUMENTS...` (without the program name) and returns the exit status.
int run(const QStringList &arguments);

} // namespace Quadrant::Cli

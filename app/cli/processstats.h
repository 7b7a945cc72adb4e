// SPDX-License-Identifier: MIT
#pragma once

namespace Quadrant::Cli {

// Peak resident memory of this process in MB (VmHWM), for `--stats`.
double peakResidentMegabytes();

} // namespace Quadrant::Cli

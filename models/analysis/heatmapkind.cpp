// SPDX-License-Identifier: MIT
#include "heatmapkind.h"

namespace Quadrant {

namespace {

const KindRegistration<HeatmapKind> registration;

} // namespace

} // namespace Quadrant

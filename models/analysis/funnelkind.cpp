// SPDX-License-Identifier: MIT
#include "funnelkind.h"

namespace Quadrant {

namespace {

const KindRegistration<FunnelKind> registration;

} // namespace

} // namespace Quadrant

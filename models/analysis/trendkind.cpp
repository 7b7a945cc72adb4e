// SPDX-License-Identifier: MIT
#include "trendkind.h"

namespace Quadrant {

namespace {

const KindRegistration<TrendKind> registration;

} // namespace

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "retentionkind.h"

namespace Quadrant {

namespace {

const KindRegistration<RetentionKind> registration;

} // namespace

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "abkind.h"

namespace Quadrant {

namespace {

const KindRegistration<AbKind> registration;

} // namespace

} // namespace Quadrant

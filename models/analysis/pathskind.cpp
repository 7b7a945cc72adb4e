// SPDX-License-Identifier: MIT
#include "pathskind.h"

namespace Quadrant {

namespace {

const KindRegistration<PathsKind> registration;

} // namespace

} // namespace Quadrant

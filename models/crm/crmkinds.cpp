// SPDX-License-Identifier: MIT
// The customer-success and sales kinds (crmkinds.h), registered with the engine's kinds.
#include "crmkinds.h"

namespace Quadrant {

namespace {

const KindRegistration<AccountsKind> accounts;
const KindRegistration<HealthKind> health;
const KindRegistration<QuadrantKind> quadrant;
const KindRegistration<PipelineKind> pipeline;
const KindRegistration<RoiKind> roi;
const KindRegistration<LeadsKind> leads;

} // namespace

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace Quadrant::Icons {

// The application icon (resources/icons/quadrant.svg): window, About box, welcome page.
QIcon application();
// The icon of an analysis kind ("funnel", "retention", ...): menus, tabs, saved analyses;
// a null icon for a kind without one.
QIcon kind(const QString &id);

} // namespace Quadrant::Icons

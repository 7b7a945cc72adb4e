// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Quadrant {

// Text from files and projects made safe to show on one line of a terminal or a dialog:
// control characters (C0, DEL, C1) and the invisible reordering marks that can disguise text
// (bidi overrides and isolates) become visible escapes such as \x1b or \u202e, and text beyond
// `limit` characters is cut with a note of how much was left out.
QString printable(const QString &text, qsizetype limit = 1000);

} // namespace Quadrant

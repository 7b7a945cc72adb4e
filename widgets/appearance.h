// SPDX-License-Identifier: MIT
#pragma once

class QPalette;

namespace Quadrant {

// Light and dark looks on every platform: the Fusion style with a palette chosen here, so that
// tables, charts and heat maps keep their contrast whatever the desktop's theme.
class Appearance
{
public:
    static void apply(bool dark);
    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace Quadrant

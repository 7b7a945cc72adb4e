// SPDX-License-Identifier: MIT
#pragma once

namespace Quadrant::ThreadPriority {

// The calling thread's nice value (Linux keeps one per thread; elsewhere 0).
int current();
// Raises the calling thread's nice value to at least `nice` (never lowers it: that would need
// privileges). Work for the window runs at Background, so that on a two-core laptop the GUI
// thread is never starved by the analyses it started.
void atLeast(int nice);
constexpr int Background = 5;

} // namespace Quadrant::ThreadPriority

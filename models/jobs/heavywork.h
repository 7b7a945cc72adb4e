// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QThread;

namespace Quadrant {

// Work that grows with the project (reading every event, an import, a copy, an analysis) must
// never run on the GUI thread: the window would freeze for as long as it takes. Entry points
// of such work call heavyWork(); when a thread has been named with forbidHeavyWorkOn() (the
// GUI thread, in tests), each call made on it is recorded, so a test can assert that the window
// never did it, deterministically, instead of timing the event loop.
void heavyWork(const char *what);
void forbidHeavyWorkOn(QThread *thread); // nullptr: allowed everywhere again
QStringList heavyWorkOnForbiddenThread();
void clearHeavyWorkRecord();

} // namespace Quadrant

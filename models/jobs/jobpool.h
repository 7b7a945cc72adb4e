// SPDX-License-Identifier: MIT
#pragma once

class QThreadPool;

namespace Quadrant {

// The threads that run whole jobs (an analysis, an import, reading a project). Kept apart from
// QThreadPool::globalInstance(), on which the engine splits one job into parallel chunks: a job
// waiting for its chunks must never hold the very threads the chunks need (two funnels
// computing at once on two cores would otherwise wait for each other forever).
class JobPool
{
public:
    static QThreadPool *instance();
};

} // namespace Quadrant

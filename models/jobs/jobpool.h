// SPDX-License-Identifier: MIT
#pragma once

#include "threadpriority.h"

#include <QtConcurrent/QtConcurrentRun>

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

    // Runs a job for the window on the pool, below the GUI thread's priority (and the chunks it
    // splits into with it, see Parallel::mapChunks).
    template<typename Job>
    static auto run(Job job)
    {
        return QtConcurrent::run(instance(), [job = std::move(job)]() mutable {
            ThreadPriority::atLeast(ThreadPriority::Background);
            return job();
        });
    }
};

} // namespace Quadrant

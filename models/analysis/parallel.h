// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/jobcontext.h"
#include "jobs/threadpriority.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <atomic>
#include <vector>

namespace Quadrant::Parallel {

// Splits [0, count) into chunks run on the global thread pool; each chunk fills its own
// partial result (no sharing, no locks), which the caller then merges in order.
// With `progress`, each finished chunk moves the job's progress on under `stage`.
template<typename Partial, typename Work>
std::vector<Partial>
mapChunks(int count, Work work, JobContext *progress = nullptr, const QString &stage = QString())
{
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const int chunks = std::max(1, std::min(count, threads * 8));
    std::vector<Partial> partials(static_cast<size_t>(chunks));
    std::vector<int> indexes(static_cast<size_t>(chunks));
    for (int i = 0; i < chunks; ++i)
        indexes[size_t(i)] = i;
    // Helpers run at the caller's priority: a background job's chunks stay in the background.
    const int nice = ThreadPriority::current();
    // The hand-over to the pool's threads and back happens inside Qt, which is correct but
    // invisible to ThreadSanitizer (Debian's Qt is not instrumented): a release before the map
    // and an acquire in each chunk, then each chunk's release and an acquire after it, state
    // the same order in atomics that TSan sees. They cost one atomic per chunk.
    std::atomic<qint64> done{0};
    done.store(0, std::memory_order_release);
    QtConcurrent::blockingMap(indexes, [&](int chunk) {
        (void)done.load(std::memory_order_acquire);
        ThreadPriority::atLeast(nice);
        const int first = int(qint64(count) * chunk / chunks);
        const int last = int(qint64(count) * (chunk + 1) / chunks);
        work(first, last, partials[size_t(chunk)]);
        const qint64 finished
            = done.fetch_add(last - first, std::memory_order_acq_rel) + (last - first);
        if (progress)
            progress->setProgress(double(finished) / double(std::max(1, count)), stage);
    });
    (void)done.load(std::memory_order_acquire);
    return partials;
}

} // namespace Quadrant::Parallel

// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/threadpriority.h"

#include <QThreadPool>
#include <QtConcurrent>

#include <algorithm>
#include <vector>

namespace Quadrant::Parallel {

// Splits [0, count) into chunks run on the global thread pool; each chunk fills its own
// partial result (no sharing, no locks), which the caller then merges in order.
template<typename Partial, typename Work>
std::vector<Partial> mapChunks(int count, Work work)
{
    const int threads = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    const int chunks = std::max(1, std::min(count, threads * 8));
    std::vector<Partial> partials(static_cast<size_t>(chunks));
    std::vector<int> indexes(static_cast<size_t>(chunks));
    for (int i = 0; i < chunks; ++i)
        indexes[size_t(i)] = i;
    // Helpers run at the caller's priority: a background job's chunks stay in the background.
    const int nice = ThreadPriority::current();
    QtConcurrent::blockingMap(indexes, [&](int chunk) {
        ThreadPriority::atLeast(nice);
        const int first = int(qint64(count) * chunk / chunks);
        const int last = int(qint64(count) * (chunk + 1) / chunks);
        work(first, last, partials[size_t(chunk)]);
    });
    return partials;
}

} // namespace Quadrant::Parallel

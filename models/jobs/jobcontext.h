// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace Quadrant {

// Carries progress out of, and a cancel request into, a long-running engine job.
// Thread-safe: the GUI thread may cancel while a worker, or several parallel chunks of one,
// report progress. The callback may be called from any of those threads, one call per step.
class JobContext
{
public:
    using ProgressCallback = std::function<void(double fraction, const QString &stage)>;

    JobContext() = default;
    explicit JobContext(ProgressCallback callback)
        : m_callback(std::move(callback))
    {}

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    // fraction in [0, 1]; cheap enough to call often, the callback sees at most ~200 calls.
    void setProgress(double fraction, const QString &stage = QString());
    double progress() const { return m_progress.load(std::memory_order_relaxed); }

private:
    ProgressCallback m_callback;
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
    // The last 0.5 % step the callback saw: parallel chunks report at once, and exactly one of
    // them wins each step.
    std::atomic<int> m_lastReportedStep{-1};
};

} // namespace Quadrant

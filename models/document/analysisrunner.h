// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/jobcontext.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Quadrant {

// Runs an analysis off the GUI thread after its definition settles: each schedule() restarts a
// short debounce, a new job cancels the one still running, and only the newest job's result is
// delivered. A job returns a closure that hands its result to the view on the GUI thread.
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    using Deliver = std::function<void()>;
    using Job = std::function<Deliver(JobContext &)>;

    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void schedule(Job job);
    void runNow(Job job); // no debounce
    void cancel();
    bool isBusy() const { return m_pending || m_running; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // Blocks until the running job (if any) has finished and delivered: for tests and export.
    void waitForIdle();

signals:
    void busyChanged(bool busy);
    void progressChanged(int percent);

private:
    void start();
    void finished();

    QTimer m_debounce;
    Job m_pendingJob;
    bool m_pending = false;
    bool m_running = false; // until finished() has delivered, not just until the worker returns
    std::shared_ptr<JobContext> m_context;
    QFutureWatcher<Deliver> m_watcher;
};

} // namespace Quadrant

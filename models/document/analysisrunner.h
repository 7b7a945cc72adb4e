// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/job.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace Quadrant {

// Computes an analysis off the GUI thread after its definition settles: each schedule()
// restarts a short debounce, a newer computation cancels the one still running, and only the
// newest one's result is delivered (a Job underneath). Nothing here ever waits: what must
// happen once the result is shown (an export, a report page) goes to whenIdle().
class AnalysisRunner : public QObject
{
    Q_OBJECT
public:
    using Deliver = Job::Continuation;
    using Work = Job::Work;

    explicit AnalysisRunner(QObject *parent = nullptr);

    void schedule(Work work);
    void runNow(Work work); // no debounce
    void cancel();
    bool isBusy() const { return m_pending || m_job->isRunning(); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    // Runs `then` once nothing is pending or computing: now, or when the newest result is shown.
    // A pending debounce is started at once rather than waited for.
    void whenIdle(std::function<void()> then);

signals:
    void busyChanged(bool busy);
    void progressChanged(int percent);
    void idle();

private:
    void start();
    // Tells the world when busy changes (and idle() when it ends).
    void settle();

    QTimer m_debounce;
    Work m_pendingWork;
    bool m_pending = false;
    bool m_busyShown = false;
    Job *m_job;
};

} // namespace Quadrant

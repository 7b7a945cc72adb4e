// SPDX-License-Identifier: MIT
#pragma once

#include "jobcontext.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>

namespace Quadrant {

// A piece of work for the window, the one way it runs engine work: the work runs on the job
// pool with a JobContext of its own (progress, cancel), and what it returns (a continuation)
// runs on this object's thread when it is done, unless the job was canceled or restarted first.
//
// A Job is never waited for. Deleting it (or the object that owns it) cancels the work, which
// then finishes on its own and whose continuation is dropped: the work must hold what it reads
// by value or by shared pointer, never a pointer to a widget. The continuation may use the
// owner, since it runs only while this Job (a child of the owner) exists.
class Job : public QObject
{
    Q_OBJECT
public:
    using Continuation = std::function<void()>;
    using Work = std::function<Continuation(JobContext &)>;

    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    // Starts `work`; a job still running is canceled first (its continuation never runs).
    void start(Work work);
    // Typed work: `then` gets its value on this object's thread.
    template<typename T>
    void start(std::function<T(JobContext &)> work, std::function<void(const T &)> then)
    {
        start(
            [work = std::move(work), then = std::move(then)](JobContext &context) -> Continuation {
                auto value = std::make_shared<const T>(work(context));
                return [then, value] { then(*value); };
            });
    }
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressChanged(int percent, const QString &stage);
    // Running from start() until the continuation has run, or the work has seen a cancel.
    void runningChanged(bool running);
    void finished(); // after the continuation ran
    void canceled(); // a canceled job's work is over; no continuation ran

private:
    void workDone();

    std::shared_ptr<JobContext> m_context;
    QFutureWatcher<Continuation> m_watcher;
    bool m_running = false;
    quint64 m_generation = 0;
};

} // namespace Quadrant

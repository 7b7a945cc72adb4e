// SPDX-License-Identifier: MIT
#include "job.h"

#include "jobpool.h"

#include <QPointer>

namespace Quadrant {

Job::Job(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Continuation>::finished, this, &Job::workDone);
}

Job::~Job()
{
    // The work goes on until it sees the cancel; its continuation is dropped with the watcher.
    if (m_context)
        m_context->cancel();
}

void Job::start(Work work)
{
    if (m_context)
        m_context->cancel();
    QPointer<Job> self(this);
    const quint64 generation = ++m_generation;
    // The callback runs on the worker (or a chunk of it): a queued call carries it here, and
    // a restarted job's late progress is dropped.
    m_context
        = std::make_shared<JobContext>([self, generation](double fraction, const QString &stage) {
              QMetaObject::invokeMethod(
                  self,
                  [self, generation, fraction, stage] {
                      if (self && self->m_generation == generation)
                          emit self->progressChanged(int(fraction * 100), stage);
                  },
                  Qt::QueuedConnection);
          });
    // Pointing the watcher at the new future forgets the old one: a restarted job's
    // continuation never arrives.
    m_watcher.setFuture(
        JobPool::run([work = std::move(work), context = m_context]() -> Continuation {
            return work(*context);
        }));
    if (!m_running) {
        m_running = true;
        emit runningChanged(true);
    }
}

void Job::cancel()
{
    if (!m_context)
        return;
    m_context->cancel();
}

void Job::workDone()
{
    const std::shared_ptr<JobContext> context = std::move(m_context);
    const Continuation continuation = m_watcher.result();
    m_running = false;
    const bool wasCanceled = !context || context->isCanceled();
    if (!wasCanceled && continuation)
        continuation(); // it may start the next job right away
    if (!m_running)
        emit runningChanged(false);
    if (wasCanceled)
        emit canceled();
    else
        emit finished();
}

} // namespace Quadrant

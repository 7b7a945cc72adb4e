// SPDX-License-Identifier: MIT
#include "analysisrunner.h"

#include "jobs/jobpool.h"

#include <QCoreApplication>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace Quadrant {

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisRunner::start);
    connect(&m_watcher, &QFutureWatcher<Deliver>::finished, this, &AnalysisRunner::finished);
}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    m_watcher.waitForFinished();
}

void AnalysisRunner::schedule(Job job)
{
    const bool wasBusy = isBusy();
    m_pendingJob = std::move(job);
    m_pending = true;
    m_debounce.start();
    if (!wasBusy)
        emit busyChanged(true);
}

void AnalysisRunner::runNow(Job job)
{
    schedule(std::move(job));
    m_debounce.stop();
    start();
}

void AnalysisRunner::cancel()
{
    m_debounce.stop();
    const bool wasBusy = isBusy();
    m_pending = false;
    m_pendingJob = nullptr;
    if (m_context)
        m_context->cancel();
    if (wasBusy && !m_running)
        emit busyChanged(false);
}

void AnalysisRunner::start()
{
    if (!m_pending)
        return;
    if (m_running) {
        // The running job is stale: stop it; finished() starts the pending one.
        if (m_context)
            m_context->cancel();
        return;
    }
    m_pending = false;
    Job job = std::move(m_pendingJob);
    m_pendingJob = nullptr;
    QPointer<AnalysisRunner> self(this);
    m_context = std::make_shared<JobContext>([self](double fraction, const QString &) {
        QMetaObject::invokeMethod(
            self,
            [self, fraction] {
                if (self)
                    emit self->progressChanged(int(fraction * 100));
            },
            Qt::QueuedConnection);
    });
    auto context = m_context;
    m_running = true;
    m_watcher.setFuture(JobPool::run([job, context]() -> Deliver { return job(*context); }));
}

void AnalysisRunner::finished()
{
    m_running = false;
    const bool canceled = m_context && m_context->isCanceled();
    Deliver deliver = m_watcher.result();
    if (!canceled && !m_pending && deliver)
        deliver();
    if (m_pending) {
        if (!m_debounce.isActive())
            start();
        return;
    }
    emit busyChanged(false);
}

void AnalysisRunner::waitForIdle()
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        start();
    }
    while (isBusy()) {
        m_watcher.waitForFinished();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (m_debounce.isActive()) {
            m_debounce.stop();
            start();
        }
    }
}

} // namespace Quadrant

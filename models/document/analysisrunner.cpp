// SPDX-License-Identifier: MIT
#include "analysisrunner.h"

#include <QPointer>

namespace Quadrant {

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
    , m_job(new Job(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &AnalysisRunner::start);
    connect(
        m_job, &Job::progressChanged, this, [this](int percent) { emit progressChanged(percent); });
    connect(m_job, &Job::finished, this, &AnalysisRunner::settle);
    connect(m_job, &Job::canceled, this, &AnalysisRunner::settle);
}

void AnalysisRunner::schedule(Work work)
{
    m_pendingWork = std::move(work);
    m_pending = true;
    m_debounce.start();
    settle();
}

void AnalysisRunner::runNow(Work work)
{
    schedule(std::move(work));
    m_debounce.stop();
    start();
}

void AnalysisRunner::cancel()
{
    m_debounce.stop();
    m_pending = false;
    m_pendingWork = nullptr;
    if (m_job->isRunning())
        m_job->cancel(); // settle() follows when the work has seen it
    else
        settle();
}

void AnalysisRunner::start()
{
    if (!m_pending)
        return;
    m_pending = false;
    // A computation still running is stale: Job::start cancels it and drops its result.
    m_job->start(std::move(m_pendingWork));
    m_pendingWork = nullptr;
}

void AnalysisRunner::settle()
{
    const bool busy = isBusy();
    if (busy == m_busyShown)
        return;
    m_busyShown = busy;
    emit busyChanged(busy);
    if (!busy)
        emit idle();
}

void AnalysisRunner::whenIdle(std::function<void()> then)
{
    if (m_debounce.isActive()) {
        m_debounce.stop();
        start();
    }
    if (!isBusy()) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(this, &AnalysisRunner::idle, this, [connection, then = std::move(then)] {
        disconnect(*connection);
        then();
    });
}

} // namespace Quadrant

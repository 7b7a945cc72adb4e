// SPDX-License-Identifier: MIT
#include "backgroundtask.h"

#include "jobs/jobpool.h"

#include <QProgressDialog>
#include <QtConcurrent>

namespace Quadrant {

BackgroundTask::BackgroundTask(const QString &title, Job job, QWidget *parent)
    : QObject(parent)
    , m_job(std::move(job))
    , m_title(title)
{
    // The callback runs on the worker; the queued signal carries it to the GUI thread.
    m_context = std::make_shared<JobContext>([this](double fraction, const QString &stage) {
        emit progressChanged(int(fraction * 100), stage);
    });
    m_dialog = new QProgressDialog(title, tr("Cancel"), 0, 100, parent);
    m_dialog->setWindowTitle(title);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    connect(
        this,
        &BackgroundTask::progressChanged,
        m_dialog,
        [this](int percent, const QString &stage) {
            m_dialog->setValue(percent);
            if (!stage.isEmpty())
                m_dialog->setLabelText(stage);
        },
        Qt::QueuedConnection);
    connect(&m_watcher, &QFutureWatcher<std::optional<Failure>>::finished, this, [this] {
        m_dialog->hide();
        emit finished(m_watcher.result());
        deleteLater();
    });
}

BackgroundTask::~BackgroundTask()
{
    m_context->cancel();
    m_watcher.waitForFinished();
    delete m_dialog;
}

void BackgroundTask::start()
{
    auto context = m_context;
    Job job = m_job;
    m_watcher.setFuture(JobPool::run([job, context]() { return job(*context); }));
}

void BackgroundTask::cancel()
{
    m_context->cancel();
    m_dialog->setLabelText(tr("Canceling…"));
}

} // namespace Quadrant

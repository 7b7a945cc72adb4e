// SPDX-License-Identifier: MIT
#include "backgroundtask.h"

#include <QFontMetrics>
#include <QProgressDialog>

#include <algorithm>

namespace Quadrant {

BackgroundTask::BackgroundTask(const QString &title, Work work, QWidget *parent)
    : QObject(parent)
    , m_work(std::move(work))
    , m_job(new Job(this))
{
    m_dialog = new QProgressDialog(title, tr("Cancel"), 0, 100, parent);
    m_dialog->setWindowTitle(title);
    // Wide enough that the window manager shows the whole title, whatever the file's name.
    m_dialog->setMinimumWidth(std::min(
        900, std::max(420, QFontMetrics(m_dialog->font()).horizontalAdvance(title) + 180)));
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundTask::cancel);
    connect(m_job, &Job::progressChanged, m_dialog, [this](int percent, const QString &stage) {
        m_dialog->setValue(percent);
        if (!stage.isEmpty())
            m_dialog->setLabelText(stage);
    });
    connect(m_job, &Job::progressChanged, this, &BackgroundTask::progressChanged);
    // A canceled task still reports, as a failure, so that whoever waits for it can go on.
    connect(m_job, &Job::canceled, this, [this] {
        done(Failure(tr("canceled; nothing was changed")));
    });
}

BackgroundTask::~BackgroundTask()
{
    delete m_dialog;
}

void BackgroundTask::start()
{
    m_job->start<std::optional<Failure>>(
        m_work, [this](const std::optional<Failure> &failure) { done(failure); });
}

void BackgroundTask::cancel()
{
    m_job->cancel();
    m_dialog->setLabelText(tr("Canceling…"));
}

void BackgroundTask::done(const std::optional<Failure> &failure)
{
    m_dialog->hide();
    emit finished(failure);
    deleteLater();
}

} // namespace Quadrant

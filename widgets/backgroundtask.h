// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/job.h"
#include "store/failure.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace Quadrant {

// Runs one engine job (a Job) with a progress dialog and a Cancel button, and reports back on
// the GUI thread, once: finished() with nullopt, or with the failure (a cancel is one), then the
// task deletes itself. The work gets its own JobContext; it must open its own database
// connection (connections belong to the thread that made them) and hold nothing by pointer.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<std::optional<Failure>(JobContext &)>;

    BackgroundTask(const QString &title, Work work, QWidget *parent);
    ~BackgroundTask() override;
    void start();
    void cancel();

signals:
    void progressChanged(int percent, const QString &stage);
    void finished(const std::optional<Quadrant::Failure> &failure);

private:
    void done(const std::optional<Failure> &failure);

    Work m_work;
    Job *m_job;
    QProgressDialog *m_dialog = nullptr;
};

} // namespace Quadrant

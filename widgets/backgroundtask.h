// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/jobcontext.h"
#include "store/failure.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace Quadrant {

// Runs one engine job on a worker thread with a progress dialog and a Cancel button, and
// reports back on the GUI thread. The job gets its own JobContext; it must open its own
// database connection (connections belong to the thread that made them).
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<std::optional<Failure>(JobContext &)>;

    BackgroundTask(const QString &title, Job job, QWidget *parent);
    ~BackgroundTask() override;
    void start();
    void cancel();

signals:
    void progressChanged(int percent, const QString &stage);
    void finished(const std::optional<Quadrant::Failure> &failure);

private:
    Job m_job;
    QString m_title;
    std::shared_ptr<JobContext> m_context;
    QFutureWatcher<std::optional<Failure>> m_watcher;
    QProgressDialog *m_dialog = nullptr;
};

} // namespace Quadrant

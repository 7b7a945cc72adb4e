// SPDX-License-Identifier: MIT
#include "projectcontroller.h"

#include "appsettings.h"
#include "backgroundtask.h"
#include "document/projectsession.h"
#include "import/importlabels.h"
#include "remote/remoteevents.h"
#include "sample/samplegenerator.h"
#include "store/democopy.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QWidget>

namespace Quadrant {

ProjectController::ProjectController(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_session(new ProjectSession(this))
{
    connect(m_session, &ProjectSession::progressChanged, this, &ProjectController::loadProgress);
    connect(m_session, &ProjectSession::loaded, this, &ProjectController::loaded);
    connect(m_session, &ProjectSession::loadFailed, this, [this](const QString &message) {
        fail(tr("Cannot read the project"), Failure(message, m_store.path()));
        emit openFailed(message);
    });
}

ProjectController::~ProjectController() = default;

void ProjectController::fail(const QString &title, const Failure &failure)
{
    emit problem(title, failure);
}

void ProjectController::open(const QString &path, ProjectStore::Access access)
{
    if (!close())
        return;
    // quick_check reads the whole file: on a worker, with progress, so the window stays live.
    auto *task = new BackgroundTask(
        tr("Opening %1").arg(QFileInfo(path).fileName()),
        [path, access](JobContext &) -> std::optional<Failure> {
            if (access == ProjectStore::Access::ReadOnly)
                return std::nullopt;
            ProjectStore checker;
            return checker.verify(path);
        },
        m_window);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, path, access](const std::optional<Failure> &failure) {
                if (failure) {
                    fail(tr("Cannot open the project"), *failure);
                    emit stateChanged();
                    emit openFailed(failure->toString());
                    return;
                }
                finishOpening(path, access);
            });
    task->start();
}

void ProjectController::finishOpening(const QString &path, ProjectStore::Access access)
{
    std::optional<Failure> failure
        = m_store.open(path, access, ProjectStore::Verification::AlreadyVerified);
    if (failure && m_store.lastFailureKind() == ProjectStore::FailureKind::InUse) {
        const bool readOnly
            = !m_interactive
              || QMessageBox::question(
                     m_window,
                     tr("Project in use"),
                     tr("%1\n\nOpen a read-only view instead?").arg(failure->toString()))
                     == QMessageBox::Yes;
        if (readOnly)
            failure = m_store.open(path, ProjectStore::Access::ReadOnly);
    }
    if (failure) {
        fail(tr("Cannot open the project"), *failure);
        emit stateChanged();
        emit openFailed(failure->toString());
        return;
    }
    reload();
    emit opened(m_store.path());
}

void ProjectController::reload()
{
    emit stateChanged();
    emit loadStarted();
    m_session->load(m_store.path(),
                    m_store.isReadOnly() ? ProjectStore::Access::ReadOnly
                                         : ProjectStore::Access::ReadWrite);
}

bool ProjectController::close()
{
    if (!m_store.isOpen() && m_session->path().isEmpty())
        return true;
    if (m_closeGuard && !m_closeGuard())
        return false;
    emit aboutToClose();
    m_session->clear();
    m_store.close();
    emit stateChanged();
    return true;
}

void ProjectController::createEmpty(const QString &path)
{
    if (!close())
        return;
    if (QFileInfo::exists(path)) {
        if (!QFile::remove(path)) {
            fail(tr("Cannot create the project"),
                 Failure(tr("cannot replace the existing file"), path));
            return;
        }
    }
    if (auto failure = ProjectStore::create(path)) {
        fail(tr("Cannot create the project"), *failure);
        return;
    }
    open(path);
}

void ProjectController::createSample(const QString &path)
{
    if (!close())
        return;
    auto *task = new BackgroundTask(
        tr("Creating the sample project"),
        [path](JobContext &context) -> std::optional<Failure> {
            if (auto failure = ProjectStore::create(path))
                return failure;
            ProjectStore store; // this worker thread's own connection
            if (auto failure = store.open(path))
                return failure;
            return SampleGenerator().generate(store, context);
        },
        m_window);
    connect(
        task, &BackgroundTask::finished, this, [this, path](const std::optional<Failure> &failure) {
            if (failure) {
                QFile::remove(path);
                fail(tr("Cannot create the sample project"), *failure);
            } else {
                open(path);
            }
            emit sampleFinished();
        });
    task->start();
}

void ProjectController::openSample()
{
    const QString path = AppSettings::sampleProjectPath();
    if (QFileInfo::exists(path)) {
        // Reuse the sample made by this version. One that cannot be opened, or that an older
        // Quadrant made (without the analyses a demo starts from), is kept beside it under another
        // name, with whatever was done in it, and a fresh sample takes its place.
        ProjectStore probe;
        const bool current = !probe.open(path, ProjectStore::Access::ReadOnly)
                             && probe.metaValue(QStringLiteral("sample_version"))
                                    == QString::number(SampleGenerator::version);
        probe.close();
        if (current) {
            open(path);
            return;
        }
        const QString kept
            = QFileInfo(path).absolutePath()
              + QStringLiteral("/Sample-before-%1.quadrant")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(path, kept)) {
            fail(tr("Cannot create the sample project"),
                 Failure(tr("cannot move the older sample aside"), path));
            return;
        }
    }
    createSample(path);
}

void ProjectController::saveCopyAs(const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == m_store.path())
        return;
    // The copy reads the whole file: on a worker, with progress and Cancel.
    const QString source = m_store.path();
    auto *task = new BackgroundTask(
        tr("Saving %1").arg(QFileInfo(target).fileName()),
        [source, target](JobContext &context) {
            return ProjectStore::writeCopy(source, target, context);
        },
        m_window);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, target](const std::optional<Failure> &failure) {
                if (failure) {
                    fail(tr("Cannot save the project"), *failure);
                    emit saveFinished(failure->toString());
                    return;
                }
                const ProjectStore::Access access = m_store.isReadOnly()
                                                        ? ProjectStore::Access::ReadOnly
                                                        : ProjectStore::Access::ReadWrite;
                if (auto reopened
                    = m_store.open(target, access, ProjectStore::Verification::AlreadyVerified)) {
                    fail(tr("Cannot open the saved copy"), *reopened);
                    emit saveFinished(reopened->toString());
                    return;
                }
                reload(); // the workers read the new file from now on
                emit opened(m_store.path());
                emit saveFinished(QString());
            });
    task->start();
}

void ProjectController::saveDemoCopy(const QString &target)
{
    if (!m_store.isOpen())
        return;
    const QString source = m_store.path();
    auto report = std::make_shared<DemoCopy::Report>();
    auto *task = new BackgroundTask(
        tr("Writing the demo copy %1").arg(QFileInfo(target).fileName()),
        [source, target, report](JobContext &context) {
            return DemoCopy::write(source, target, context, report.get());
        },
        m_window);
    connect(
        task,
        &BackgroundTask::finished,
        this,
        [this, target, report](const std::optional<Failure> &failure) {
            if (failure) {
                fail(tr("Cannot write the demo copy"), *failure);
                emit demoCopyFinished(target, failure->toString(), QString());
                return;
            }
            const QLocale locale;
            QString summary
                = tr("Replaced %1 person ids, %2 accounts and %3 other values.")
                      .arg(locale.toString(qint64(report->persons)),
                           locale.toString(qint64(report->accounts)),
                           locale.toString(qint64(report->emails + report->comments
                                                  + report->freeTextValues + report->otherValues)));
            const int leftOut
                = report->leftOutObjects + report->leftOutColumns + report->leftOutSettings;
            if (leftOut > 0)
                summary += QLatin1Char(' ')
                           + tr("Left out %n table(s), column(s) or setting(s) Quadrant does not "
                                "know.",
                                nullptr,
                                leftOut);
            emit demoCopyFinished(target, QString(), summary);
        });
    task->start();
}

void ProjectController::connectClickHouse(const ClickHouseTarget &target)
{
    if (!m_store.isOpen())
        return;
    if (!m_store.isReadOnly()) {
        m_store.setMetaValue(QStringLiteral("clickhouse_url"), target.url());
        m_store.setMetaValue(QStringLiteral("clickhouse_database"), target.database);
    }
    m_session->setRemote(target);
    emit stateChanged();
    const QString path = m_store.path();
    auto missing = std::make_shared<QString>();
    auto *task = new BackgroundTask(
        tr("Checking the events on ClickHouse at %1").arg(target.display()),
        [path, target, missing](JobContext &context) -> std::optional<Failure> {
            ProjectStore store;
            if (auto failure = store.openAlongside(path, ProjectStore::Access::ReadOnly))
                return failure;
            if (auto stale = RemoteEvents(target).checkCurrent(store, &context))
                *missing = stale->message;
            return std::nullopt;
        },
        m_window);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, missing](const std::optional<Failure> &failure) {
                emit remoteChecked(failure ? failure->message : *missing);
            });
    task->start();
}

void ProjectController::disconnectClickHouse()
{
    m_session->setRemote(std::nullopt);
    emit stateChanged();
}

std::optional<ClickHouseTarget> ProjectController::savedClickHouse() const
{
    if (!m_store.isOpen())
        return std::nullopt;
    const QString url = m_store.metaValue(QStringLiteral("clickhouse_url"));
    QString error;
    return url.isEmpty() ? std::nullopt
                         : ClickHouseTarget::parse(
                             url, m_store.metaValue(QStringLiteral("clickhouse_database")), &error);
}

void ProjectController::pushToClickHouse()
{
    if (!m_store.isOpen() || !m_session->remote())
        return;
    const ClickHouseTarget target = *m_session->remote();
    const QString path = m_store.path();
    auto report = std::make_shared<RemoteEvents::PushReport>();
    auto *task = new BackgroundTask(
        tr("Pushing the events to ClickHouse at %1").arg(target.display()),
        [path, target, report](JobContext &context) -> std::optional<Failure> {
            ProjectStore store;
            if (auto failure = store.openAlongside(path, ProjectStore::Access::ReadOnly))
                return failure;
            return RemoteEvents(target).push(store, context, report.get());
        },
        m_window);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, report](const std::optional<Failure> &failure) {
                if (failure) {
                    emit pushFinished(failure->toString(), QString());
                    return;
                }
                const QLocale locale;
                emit pushFinished(QString(),
                                  report->alreadyCurrent
                                      ? tr("The server already held this project's %1 events.")
                                            .arg(locale.toString(report->eventsOnServer))
                                      : tr("Sent %1 events; the server holds %2.")
                                            .arg(locale.toString(report->eventsSent),
                                                 locale.toString(report->eventsOnServer)));
                // Views that found the server stale compute again.
                m_session->setRemote(m_session->remote());
                emit stateChanged();
            });
    task->start();
}

QString ProjectController::statusLine() const
{
    if (!m_store.isOpen())
        return QString();
    QString status = QLocale().formattedDataSize(m_store.fileSize());
    if (const auto last = m_store.lastImport())
        status += tr(" · last import: %1 from %2, %3")
                      .arg(ImportLabels::kind(last->kind),
                           ImportLabels::file(last->file),
                           QLocale().toString(QDateTime::fromMSecsSinceEpoch(last->finishedAtMs),
                                              QLocale::ShortFormat));
    if (m_store.isReadOnly())
        status += tr(" · read-only: changes to analyses are not saved");
    if (const auto &remote = m_session->remote())
        status += tr(" · events: ClickHouse %1:%2/%3")
                      .arg(remote->host)
                      .arg(remote->port)
                      .arg(remote->database);
    else if (const auto saved = savedClickHouse())
        status += tr(" · events: this file (ClickHouse %1:%2/%3 saved: File > Connect to "
                     "ClickHouse)")
                      .arg(saved->host)
                      .arg(saved->port)
                      .arg(saved->database);
    else
        status += tr(" · events: this file");
    return status;
}

} // namespace Quadrant

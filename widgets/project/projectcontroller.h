// SPDX-License-Identifier: MIT
#pragma once

#include "remote/clickhouseclient.h"
#include "store/failure.h"
#include "store/projectstore.h"

#include <QObject>

#include <functional>

class QWidget;

namespace Quadrant {

class ProjectSession;

// The life of the open project file in the window: opening it (checked on a worker first),
// reading its events (the session), closing it, making a new or a sample one, and saving a
// copy, each slow step off the GUI thread with progress. It owns the one read-write connection
// and the lock; the views read through the session.
class ProjectController : public QObject
{
    Q_OBJECT
public:
    // `window` hosts the progress dialogs and the questions.
    explicit ProjectController(QWidget *window);
    ~ProjectController() override;

    const ProjectStore &store() const { return m_store; }
    ProjectSession *session() const { return m_session; }
    bool isOpen() const { return m_store.isOpen(); }
    bool isWritable() const { return m_store.isOpen() && !m_store.isReadOnly(); }
    // Without questions (tests, scripts): a project in use opens read-only.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Starts opening: opened() or openFailed() follows, then loaded() when the events are read.
    void open(const QString &path, ProjectStore::Access access = ProjectStore::Access::ReadWrite);
    // Closes the project unless the close guard refuses (the user canceled saving changes):
    // false then, and the project stays open. open() and the create functions close first and
    // stop when it is refused.
    bool close();
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }
    // An empty project at path (replacing a file there), then opened.
    void createEmpty(const QString &path);
    // Fills path (replacing nothing) with the sample in the background, then opens it;
    // sampleFinished() follows either way.
    void createSample(const QString &path);
    // The sample file of this version: reused when current, else made anew (an older one is
    // kept beside it under another name).
    void openSample();
    // Copies the project on a worker, then goes on with the copy; saveFinished() follows.
    void saveCopyAs(const QString &target);
    // Writes a demo copy of the project (DemoCopy) on a worker and stays on the project;
    // demoCopyFinished() follows.
    void saveDemoCopy(const QString &target);
    // Reads the project's events again (after an import).
    void reload();
    // "25.2 MiB · last import: events from shop.csv, 1 Nov 2026 · read-only: …"
    QString statusLine() const;

    // Analyses read their events from this ClickHouse server from now on (kept in the project,
    // without the password, when it is writable). Checks on a worker that the server holds this
    // project's events; remoteChecked() follows with what is missing (empty when current).
    void connectClickHouse(const ClickHouseTarget &target);
    // Back to this file's events.
    void disconnectClickHouse();
    // The saved connection (password empty), or nullopt.
    std::optional<ClickHouseTarget> savedClickHouse() const;
    // Sends the project's events to the connected server on a worker, with progress and cancel;
    // pushFinished() follows.
    void pushToClickHouse();

signals:
    void aboutToClose(); // the views are closed before the connection they read goes
    void opened(const QString &path);
    void openFailed(const QString &message);
    void loadStarted();
    void loadProgress(int percent, const QString &stage);
    void loaded();
    void stateChanged(); // opened, closed, copied: titles, actions and panels follow
    void saveFinished(const QString &error);
    void sampleFinished();
    // error is empty on success; summary says what was replaced.
    void demoCopyFinished(const QString &target, const QString &error, const QString &summary);
    void problem(const QString &title, const Quadrant::Failure &failure);
    void remoteChecked(const QString &missing);
    void pushFinished(const QString &error, const QString &summary);

private:
    void finishOpening(const QString &path, ProjectStore::Access access);
    void fail(const QString &title, const Failure &failure);

    QWidget *m_window;
    std::function<bool()> m_closeGuard;
    ProjectStore m_store;
    ProjectSession *m_session;
    bool m_interactive = true;
};

} // namespace Quadrant

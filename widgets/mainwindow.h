// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"
#include "store/projectstore.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QStackedWidget;

namespace Quadrant {

class ProjectOverview;

// The workbench window: opens, creates and copies project files, starts imports and the sample
// project, and shows what the open project holds.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path);
    // Creates path (replacing nothing) and fills it with the sample in the background; the
    // project opens when done.
    void createSampleProject(const QString &path);
    void importFile(const QString &file, const QString &kind);
    // File > New Sample Project: opens the sample file, creating it the first time.
    void openSampleProject();

    ProjectOverview *overview() const { return m_overview; }
    const ProjectStore &store() const { return m_store; }
    // Tests turn dialogs off; errors then land in lastError().
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

signals:
    void projectOpened(const QString &path);
    void backgroundWorkFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    QWidget *buildWelcomePage();
    void refresh();
    void updateRecentMenu();
    void showError(const QString &title, const Failure &failure);
    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void importDialog();

    ProjectStore m_store;
    QStackedWidget *m_pages;
    ProjectOverview *m_overview;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_statusProject;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace Quadrant

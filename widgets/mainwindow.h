// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QUndoGroup;

namespace Quadrant {

class AnalysisTabs;
class PresentationMode;
class CatalogPanel;
class ElidedLabel;
class ExportActions;
class ImportWizard;
class ProjectController;
class ProjectOverview;
class SavedAnalysesPanel;

// The workbench window: puts its parts together and gives them menus, docks and a status bar.
// The parts do the work: ProjectController (the project file's life), AnalysisTabs (the open
// analyses, saved as edited), ExportActions (files and the clipboard), the catalog and the
// saved analyses. Everything slow runs off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ProjectController *project() const { return m_project; }
    PresentationMode *presentation() const { return m_presentation; }
    AnalysisTabs *analysisTabs() const { return m_tabs; }
    ExportActions *exports() const { return m_exports; }
    ProjectOverview *overview() const { return m_overview; }
    CatalogPanel *catalog() const { return m_catalog; }
    QListWidget *savedAnalysesList() const;
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // File > Import: the wizard (preview, mapping, progress, rejected rows), on file if given.
    ImportWizard *showImportWizard(const QString &file);
    // Tests turn dialogs off; errors then land in lastError().
    void setInteractive(bool interactive);
    QString lastError() const { return m_lastError; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // File > Connect to ClickHouse: the dialog, then the connection (and the push it asks for).
    void connectClickHouse();
    void buildMenus();
    void buildFileMenu();
    void buildEditMenu();
    void buildAnalysisMenu();
    void buildViewMenu();
    void buildDocks();
    void buildStatusBar();
    QWidget *buildWelcomePage();
    void refresh();
    void updateRecentMenu();
    void openRecent(const QString &path);
    void updateActions();
    void showError(const QString &title, const Failure &failure);
    QString askProjectPath(const QString &title, bool forSaving);
    void setDarkAppearance(bool dark);

    ProjectController *m_project;
    QUndoGroup *m_undoGroup;
    QStackedWidget *m_pages;
    AnalysisTabs *m_tabs;
    ExportActions *m_exports;
    ProjectOverview *m_overview;
    CatalogPanel *m_catalog;
    SavedAnalysesPanel *m_saved;
    QMenu *m_recentMenu = nullptr;
    PresentationMode *m_presentation = nullptr;
    QListWidget *m_recentList = nullptr; // on the welcome page
    QLabel *m_recentHeading = nullptr;
    QList<QAction *> m_projectActions;  // need an open project
    QList<QAction *> m_analysisActions; // need an analysis tab
    QAction *m_importAction = nullptr;
    QList<QAction *> m_remoteActions; // need a ClickHouse connection
    bool m_pushAfterConnecting = false;
    ElidedLabel *m_statusProject;
    QProgressBar *m_loadProgress;
    QToolButton *m_loadCancel;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace Quadrant

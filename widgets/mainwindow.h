// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"
#include "store/projectstore.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;
class QUndoGroup;

namespace Quadrant {

class AnalysisView;
class CatalogPanel;
class FunnelView;
class ImportWizard;
class ProjectOverview;
class ProjectSession;

// The workbench window: opens, creates and copies project files, imports, and holds the
// catalog, the saved analyses and one tab per open analysis. Everything slow (checking the
// file, reading the events, every analysis) runs off the GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts opening: the checks run on a worker; projectOpened or openFailed follows, then
    // projectLoaded when the events are read.
    void openProject(const QString &path,
                     ProjectStore::Access access = ProjectStore::Access::ReadWrite);
    void closeProject();
    // Creates path (replacing nothing) and fills it with the sample in the background; the
    // project opens when done.
    void createSampleProject(const QString &path);
    void importFile(const QString &file, const QString &kind);
    // File > Import: the wizard (preview, mapping, progress, rejected rows), on file if given.
    ImportWizard *showImportWizard(const QString &file);
    // File > New Sample Project: opens the sample file, creating it the first time.
    void openSampleProject();
    // File > Save As after the file is chosen: copies on a worker, then continues on the copy;
    // saveFinished follows (with an error message, or empty).
    void saveProjectTo(const QString &target);

    // Analyses: each in a tab, saved in the project as it is edited.
    AnalysisView *newFunnel();
    AnalysisView *newRetention();
    // A new analysis of a kind of AnalysisKind::all() ("trend", "paths", ...), opened in a tab.
    AnalysisView *newAnalysisOfKind(const QString &id);
    AnalysisView *openAnalysis(const QString &name);
    AnalysisView *currentAnalysis() const;
    bool renameAnalysis(const QString &from, const QString &to);
    bool deleteAnalysis(const QString &name);

    // Exports of the current analysis (what the menu items do after asking for a file).
    bool exportChart(const QString &path, QSize size = QSize(1200, 700), int dpi = 96);
    bool exportTable(const QString &path, bool byteOrderMark = false);
    // A printable PDF of every open analysis tab, in tab order (what File > Export Report writes).
    bool exportReport(const QString &path);

    ProjectOverview *overview() const { return m_overview; }
    CatalogPanel *catalog() const { return m_catalog; }
    QTabWidget *analysisTabs() const { return m_tabs; }
    QListWidget *savedAnalysesList() const { return m_savedList; }
    ProjectSession *session() const { return m_session; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    const ProjectStore &store() const { return m_store; }
    // Tests turn dialogs off; errors then land in lastError().
    void setInteractive(bool interactive) { m_interactive = interactive; }
    QString lastError() const { return m_lastError; }

signals:
    void projectOpened(const QString &path);
    void projectLoaded();
    void openFailed(const QString &message);
    void saveFinished(const QString &error);
    void backgroundWorkFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void buildDocks();
    QWidget *buildWelcomePage();
    void finishOpening(const QString &path, ProjectStore::Access access);
    // Shows the open file and reads its events, catalog and counts on a worker, with progress.
    void readProject();
    void refresh();
    void refreshSavedList();
    void updateRecentMenu();
    void updateActions();
    void showError(const QString &title, const Failure &failure);
    void newProject();
    void openProjectDialog();
    void saveProjectAs();
    void importDialog();
    // A file for exporting the current analysis, remembered folder and the filter's suffix.
    QString askExportPath(const QString &title,
                          const QString &defaultSuffix,
                          const QString &filters,
                          QString *selectedFilter);
    AnalysisView *newAnalysis(const QString &baseName, const QJsonObject &definition);
    void exportChartDialog();
    void exportTableDialog();
    void exportReportDialog();
    void copyChart();
    void copyTable();
    void renameCurrentAnalysis();
    void deleteCurrentAnalysis();
    AnalysisView *addAnalysisTab(const QString &name, const QJsonObject &definition);
    void saveAnalysis(AnalysisView *view);
    void closeAnalysisTab(int index);
    void setDarkAppearance(bool dark);

    ProjectStore m_store;
    ProjectSession *m_session;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    ProjectOverview *m_overview;
    CatalogPanel *m_catalog;
    QListWidget *m_savedList;
    QUndoGroup *m_undoGroup;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions;  // need an open project
    QList<QAction *> m_analysisActions; // need an analysis tab
    QAction *m_importAction = nullptr;
    QLabel *m_statusProject;
    QProgressBar *m_loadProgress;
    QToolButton *m_loadCancel;
    bool m_interactive = true;
    QString m_lastError;
};

} // namespace Quadrant

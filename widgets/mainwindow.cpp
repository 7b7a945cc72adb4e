// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "analysiskinds.h"
#include "analysistabs.h"
#include "analysisview.h"
#include "appearance.h"
#include "appsettings.h"
#include "catalogpanel.h"
#include "document/analysisdocument.h"
#include "document/projectsession.h"
#include "elidedlabel.h"
#include "export/exportactions.h"
#include "help/guidedialog.h"
#include "icons.h"
#include "import/importwizard.h"
#include "language.h"
#include "presentationmode.h"
#include "project/clickhousedialog.h"
#include "project/projectcontroller.h"
#include "projectoverview.h"
#include "savedanalysespanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace Quadrant {

namespace {
constexpr int s_autoOpenedAnalyses = 4;
constexpr int s_messageMs = 6000;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_project(new ProjectController(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_tabs(new AnalysisTabs(m_project, m_undoGroup, this))
    , m_exports(new ExportActions(m_project, m_tabs, this))
    , m_overview(new ProjectOverview(this))
    , m_catalog(new CatalogPanel(this))
    , m_saved(new SavedAnalysesPanel(m_project, m_tabs, this))
    , m_statusProject(new ElidedLabel(this))
    , m_loadProgress(new QProgressBar(this))
    , m_loadCancel(new QToolButton(this))
{
    setWindowTitle(tr("Quadrant"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    m_tabs->setHomeTab(m_overview, tr("Overview"));
    m_pages->addWidget(buildWelcomePage());
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    auto showProblem
        = [this](const QString &title, const Failure &failure) { showError(title, failure); };
    auto showMessage = [this](const QString &text) { statusBar()->showMessage(text, s_messageMs); };
    connect(m_project, &ProjectController::problem, this, showProblem);
    connect(m_tabs, &AnalysisTabs::problem, this, showProblem);
    connect(m_exports, &ExportActions::problem, this, showProblem);
    connect(m_tabs, &AnalysisTabs::message, this, showMessage);
    connect(m_exports, &ExportActions::message, this, showMessage);
    connect(m_project, &ProjectController::stateChanged, this, &MainWindow::refresh);
    connect(m_project, &ProjectController::opened, this, [this](const QString &path) {
        AppSettings::addRecentProject(path);
        updateRecentMenu();
        // The tabs open when it was last closed; a project never opened here: its first analyses.
        if (m_tabs->views().isEmpty() && !m_tabs->reopenRemembered(path))
            m_tabs->openFirstSaved(s_autoOpenedAnalyses);
    });
    // A demo copy is a new file next to the project: listed with the recent ones, one click
    // from being opened (File > Open Recent), while the window stays on the original.
    connect(m_project,
            &ProjectController::demoCopyFinished,
            this,
            [this](const QString &target, const QString &error, const QString &summary) {
                if (!error.isEmpty())
                    return; // showProblem has said why
                AppSettings::addRecentProject(target);
                updateRecentMenu();
                statusBar()->showMessage(
                    tr("Demo copy saved as %1. %2").arg(QFileInfo(target).fileName(), summary),
                    s_messageMs * 3);
            });
    // Unsaved analyses are asked about before the project closes (opening another included);
    // a canceled question keeps it open. The open tabs are remembered for the next time.
    m_project->setCloseGuard([this] {
        if (!m_tabs->maybeSaveAll())
            return false;
        m_tabs->rememberOpen(m_project->store().path());
        return true;
    });
    connect(m_project, &ProjectController::remoteChecked, this, [this](const QString &missing) {
        if (missing.isEmpty()) {
            statusBar()->showMessage(tr("The server holds this project's events: analyses read "
                                        "them there."),
                                     s_messageMs);
            return;
        }
        if (m_pushAfterConnecting || !m_interactive) {
            if (m_pushAfterConnecting)
                m_project->pushToClickHouse();
            else
                m_lastError = missing;
            m_pushAfterConnecting = false;
            return;
        }
        const auto answer = QMessageBox::question(
            this,
            tr("Push the events?"),
            tr("%1\n\nPush this project's events to the server now?").arg(missing),
            QMessageBox::Yes | QMessageBox::No,
            QMessageBox::Yes);
        if (answer == QMessageBox::Yes)
            m_project->pushToClickHouse();
    });
    connect(m_project,
            &ProjectController::pushFinished,
            this,
            [this](const QString &error, const QString &summary) {
                if (!error.isEmpty()) {
                    showError(tr("Cannot push the events to ClickHouse"), Failure(error));
                    return;
                }
                statusBar()->showMessage(summary, s_messageMs * 2);
            });
    connect(m_project, &ProjectController::aboutToClose, this, [this] {
        m_catalog->clear();
        m_overview->clear();
    });
    connect(m_project, &ProjectController::loaded, this, [this] {
        m_catalog->showContents(m_project->session()->contents());
        m_overview->showContents(m_project->session()->contents().tables,
                                 m_project->session()->contents().events);
    });
    connect(m_tabs, &AnalysisTabs::currentAnalysisChanged, this, &MainWindow::updateActions);

    buildDocks();
    m_presentation = new PresentationMode(this, m_tabs);
    buildMenus();
    buildStatusBar();
    resize(1280, 800);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    refresh();
}

MainWindow::~MainWindow() = default;

QListWidget *MainWindow::savedAnalysesList() const
{
    return m_saved->list();
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_project->setInteractive(interactive);
    m_tabs->setInteractive(interactive);
}

QWidget *MainWindow::buildWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    auto *logo = new QLabel(page);
    logo->setPixmap(Icons::application().pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("Welcome to Quadrant"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("Product and customer analytics on your own computer: funnels, retention, paths,\n"
           "account health and A/B tests from your event and CRM files. No server, no upload."),
        page);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    const struct
    {
        QString label;
        std::function<void()> action;
        QString name;
    } buttons[] = {
        {tr("Open the Sample Project"),
         [this] { m_project->openSample(); },
         QStringLiteral("sampleButton")},
        {tr("Open a Project…"),
         [this] {
             const QString path = askProjectPath(tr("Open Project"), false);
             if (!path.isEmpty())
                 m_project->open(path);
         },
         QStringLiteral("openButton")},
        {tr("New Empty Project…"),
         [this] {
             const QString path = askProjectPath(tr("New Project"), true);
             if (!path.isEmpty())
                 m_project->createEmpty(path);
         },
         QStringLiteral("newButton")},
    };
    for (const auto &entry : buttons) {
        auto *button = new QPushButton(entry.label, page);
        button->setObjectName(entry.name);
        button->setMinimumWidth(260);
        connect(button, &QPushButton::clicked, this, entry.action);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    // The projects opened last, one click away (updateRecentMenu fills it).
    layout->addSpacing(16);
    m_recentHeading = new QLabel(tr("<b>Recent projects</b>"), page);
    m_recentHeading->setAlignment(Qt::AlignCenter);
    m_recentList = new QListWidget(page);
    m_recentList->setObjectName(QStringLiteral("recentProjects"));
    m_recentList->setMinimumWidth(420);
    // Long folders are shortened in the middle (the tooltip has the whole path), so that the
    // list needs no sideways scroll bar eating its last row.
    m_recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recentList->setTextElideMode(Qt::ElideMiddle);
    m_recentList->setMaximumWidth(720);
    m_recentList->setToolTip(tr("Double-click or press Enter to open"));
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openRecent(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_recentHeading);
    layout->addWidget(m_recentList, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void MainWindow::buildDocks()
{
    auto *catalogDock = new QDockWidget(tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("catalogDock"));
    catalogDock->setWidget(m_catalog);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);
    auto *analysesDock = new QDockWidget(tr("Saved Analyses"), this);
    analysesDock->setObjectName(QStringLiteral("analysesDock"));
    analysesDock->setWidget(m_saved);
    addDockWidget(Qt::LeftDockWidgetArea, analysesDock);
    resizeDocks({catalogDock, analysesDock}, {520, 200}, Qt::Vertical);
    resizeDocks({catalogDock}, {300}, Qt::Horizontal);
}

void MainWindow::buildStatusBar()
{
    m_loadProgress->setMaximumWidth(140);
    m_loadProgress->setMaximumHeight(14);
    m_loadProgress->setTextVisible(false);
    m_loadProgress->hide();
    m_loadCancel->setText(tr("Cancel"));
    m_loadCancel->setToolTip(tr("Stop reading the project's events"));
    m_loadCancel->hide();
    statusBar()->addWidget(m_loadProgress);
    statusBar()->addWidget(m_loadCancel);
    statusBar()->addPermanentWidget(m_statusProject);
    // While a message shows, the project's line leaves it room (cut, whole in its tooltip).
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        m_statusProject->setShare(message.isEmpty() ? 100 : 55);
    });
    auto loadEnded = [this] {
        m_loadProgress->hide();
        m_loadCancel->hide();
        statusBar()->clearMessage();
    };
    connect(m_loadCancel, &QToolButton::clicked, this, [this, loadEnded] {
        m_project->session()->cancel();
        loadEnded();
        statusBar()->showMessage(
            tr("Reading the events was canceled; reopen the project to analyse it."), 8000);
    });
    connect(m_project, &ProjectController::loadStarted, this, [this] {
        m_loadProgress->setValue(0);
        m_loadProgress->show();
        m_loadCancel->show();
    });
    connect(m_project,
            &ProjectController::loadProgress,
            this,
            [this](int percent, const QString &stage) {
                m_loadProgress->setValue(percent);
                statusBar()->showMessage(tr("Reading the project: %1").arg(stage));
            });
    connect(m_project, &ProjectController::loaded, this, loadEnded);
    connect(m_project, &ProjectController::openFailed, this, loadEnded);
}

void MainWindow::buildMenus()
{
    buildFileMenu();
    buildEditMenu();
    buildAnalysisMenu();
    buildViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, [this] {
        GuideDialog::showPage(this, QStringLiteral("workbench.md"));
    });
    help->addAction(
        tr("&Keyboard Shortcuts"), QKeySequence(Qt::CTRL | Qt::Key_Slash), this, [this] {
            auto *shortcuts = new ShortcutsDialog(this);
            shortcuts->setAttribute(Qt::WA_DeleteOnClose);
            shortcuts->show();
        });
    help->addSeparator();
    help->addAction(tr("&About Quadrant"), this, [this] {
        QMessageBox::about(
            this,
            tr("About Quadrant"),
            tr("<b>Quadrant %1</b><p>Offline product and customer analytics.</p>"
               "<p>Built with Qt %2 (LGPL-3.0), SQLite %3 (public domain), QCustomPlot (GPL-3.0), "
               "QuaZip (LGPL-2.1), Boost.Math (Boost Software License 1.0) and zlib (zlib "
               "licence).</p>")
                .arg(QApplication::applicationVersion(),
                     QString::fromLatin1(qVersion()),
                     QString::fromLatin1(sqlite3_libversion())));
    });
}

void MainWindow::buildFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, [this] {
        const QString path = askProjectPath(tr("New Project"), true);
        if (!path.isEmpty())
            m_project->createEmpty(path);
    });
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QString path = askProjectPath(tr("Open Project"), false);
        if (!path.isEmpty())
            m_project->open(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("New &Sample Project"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                    this,
                    [this] { m_project->openSample(); });
    file->addSeparator();
    m_projectActions << file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] {
        const QString path = askProjectPath(tr("Save Project As"), true);
        if (path.isEmpty() || !m_tabs->maybeSaveAll())
            return;
        m_project->saveCopyAs(path);
    });
    m_projectActions << file->addAction(
        tr("Save &Demo Copy…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), this, [this] {
            const QString path = askProjectPath(tr("Save Demo Copy"), true);
            if (path.isEmpty() || !m_tabs->maybeSaveAll())
                return;
            m_project->saveDemoCopy(path);
        });
    m_importAction
        = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
              showImportWizard(QString());
          });
    file->addSeparator();
    m_projectActions << file->addAction(
        tr("Connect to &ClickHouse…"), this, [this] { connectClickHouse(); });
    m_remoteActions << file->addAction(
        tr("&Push Events to ClickHouse"), this, [this] { m_project->pushToClickHouse(); });
    m_remoteActions << file->addAction(tr("Dis&connect from ClickHouse"), this, [this] {
        m_project->disconnectClickHouse();
        statusBar()->showMessage(tr("Analyses read this file's events again."), s_messageMs);
    });
    file->addSeparator();
    m_analysisActions << file->addAction(tr("&Save Analysis"), QKeySequence::Save, this, [this] {
        if (AnalysisView *view = m_tabs->current())
            m_tabs->save(view);
    });
    m_analysisActions << file->addAction(tr("Save Analysis As &New…"),
                                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S),
                                         this,
                                         [this] { m_tabs->askSaveAsNew(m_tabs->current()); });
    file->addSeparator();
    m_analysisActions << file->addAction(tr("Export &Chart…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_E),
                                         m_exports,
                                         &ExportActions::exportChartDialog);
    m_analysisActions << file->addAction(tr("Export &Table…"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                         m_exports,
                                         &ExportActions::exportTableDialog);
    m_analysisActions << file->addAction(tr("Export &Report (PDF)…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_P),
                                         m_exports,
                                         &ExportActions::exportReportDialog);
    file->addSeparator();
    m_projectActions << file->addAction(tr("&Close Project"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                        m_project,
                                        &ProjectController::close);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    updateRecentMenu();
}

void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_analysisActions << edit->addAction(tr("Copy C&hart"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                         m_exports,
                                         &ExportActions::copyChart);
    m_analysisActions << edit->addAction(tr("Copy T&able"),
                                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                                         m_exports,
                                         &ExportActions::copyTable);
    edit->addSeparator();
    m_projectActions << edit->addAction(tr("&Find in Catalog"), QKeySequence::Find, this, [this] {
        m_catalog->search()->setFocus();
        m_catalog->search()->selectAll();
    });
}

void MainWindow::buildAnalysisMenu()
{
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    for (const AnalysisKind &kind : AnalysisKind::all()) {
        QAction *action = analysis->addAction(Icons::kind(kind.id),
                                              tr("New %1").arg(kind.title),
                                              kind.shortcut,
                                              this,
                                              [this, id = kind.id] { m_tabs->createOfKind(id); });
        action->setStatusTip(kind.description);
        m_projectActions << action;
    }
    analysis->addSeparator();
    auto onCurrent = [this](void (AnalysisTabs::*act)(const QString &)) {
        return [this, act] {
            if (AnalysisView *view = m_tabs->current())
                (m_tabs->*act)(view->document()->name());
        };
    };
    m_analysisActions << analysis->addAction(
        tr("&Rename…"), QKeySequence(Qt::Key_F2), this, onCurrent(&AnalysisTabs::askRename));
    m_analysisActions << analysis->addAction(tr("&Delete"),
                                             QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                             this,
                                             onCurrent(&AnalysisTabs::askRemove));
    m_analysisActions << analysis->addAction(tr("Re&compute"), QKeySequence::Refresh, this, [this] {
        if (AnalysisView *view = m_tabs->current())
            view->recompute();
    });
    m_analysisActions << analysis->addAction(tr("Close &Tab"), QKeySequence::Close, this, [this] {
        m_tabs->closeTabAt(m_tabs->currentIndex());
    });
}

void MainWindow::buildViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    // Presentation mode: the action also lives on the window, whose menu bar it hides.
    QAction *present = view->addAction(tr("&Presentation Mode"));
    present->setObjectName(QStringLiteral("presentationModeAction"));
    present->setShortcut(QKeySequence(Qt::Key_F11));
    present->setCheckable(true);
    addAction(present);
    connect(present, &QAction::triggered, m_presentation, &PresentationMode::toggle);
    connect(m_presentation, &PresentationMode::activeChanged, present, &QAction::setChecked);
    m_analysisActions << present;
    QAction *dark = view->addAction(tr("&Dark Appearance"));
    dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    dark->setCheckable(true);
    dark->setChecked(AppSettings::darkAppearance());
    connect(dark, &QAction::toggled, this, &MainWindow::setDarkAppearance);

    // Every text is taken when a widget is built, so another language needs a restart (as in
    // most desktop applications); the menu says so.
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const QString chosen = AppSettings::language();
    const auto addLanguage = [&](const QString &code, const QString &text) {
        QAction *action = language->addAction(text);
        action->setCheckable(true);
        action->setChecked(chosen == code);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            AppSettings::setLanguage(code);
            const QString next = Language::resolve(code);
            statusBar()->showMessage(
                next == Language::current()
                    ? tr("The language stays %1.").arg(Language::nativeName(next))
                    : tr("Quadrant will be in %1 when it is next started.")
                          .arg(Language::nativeName(next)),
                s_messageMs * 2);
        });
    };
    addLanguage(QString(),
                tr("As the System (%1)").arg(Language::nativeName(Language::resolve(QString()))));
    for (const QString &code : Language::available())
        addLanguage(code, Language::nativeName(code));
}

void MainWindow::setDarkAppearance(bool dark)
{
    AppSettings::setDarkAppearance(dark);
    Appearance::apply(dark);
    m_tabs->recomputeAll(); // charts take the palette when drawn
}

void MainWindow::updateRecentMenu()
{
    // A project moved or deleted since stays listed, marked, until the person removes it.
    const QStringList recent = AppSettings::recentProjects();
    m_recentMenu->clear();
    m_recentList->clear();
    for (const QString &path : recent) {
        const bool there = QFileInfo::exists(path);
        const QString name = QFileInfo(path).fileName();
        const QString label = there ? name : tr("%1 (moved or deleted)").arg(name);
        m_recentMenu->addAction(label, this, [this, path] { openRecent(path); })->setToolTip(path);
        auto *item = new QListWidgetItem(tr("%1    %2").arg(label, QFileInfo(path).absolutePath()),
                                         m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(there ? path : tr("%1 is no longer there").arg(path));
        if (!there)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    const int rows = int(std::min<qsizetype>(recent.size(), AppSettings::maxRecentProjects));
    m_recentList->setFixedHeight(rows * m_recentList->sizeHintForRow(0)
                                 + 2 * m_recentList->frameWidth() + 4);
    m_recentHeading->setVisible(!recent.isEmpty());
    m_recentList->setVisible(!recent.isEmpty());
}

void MainWindow::openRecent(const QString &path)
{
    if (QFileInfo::exists(path)) {
        m_project->open(path);
        return;
    }
    if (!m_interactive
        || QMessageBox::question(
               this,
               tr("Project Not Found"),
               tr("“%1” was moved or deleted. Remove it from the recent projects?").arg(path))
               == QMessageBox::Yes)
        AppSettings::removeRecentProject(path);
    updateRecentMenu();
}

void MainWindow::showError(const QString &title, const Failure &failure)
{
    m_lastError = failure.toString();
    if (m_interactive)
        QMessageBox::warning(this, title, failure.toString());
}

QString MainWindow::askProjectPath(const QString &title, bool forSaving)
{
    const QString projectFilter = tr("Quadrant projects (*.quadrant);;All files (*)");
    const QString path = forSaving ? QFileDialog::getSaveFileName(
                             this, title, AppSettings::lastDirectory(), projectFilter)
                                   : QFileDialog::getOpenFileName(
                                       this, title, AppSettings::lastDirectory(), projectFilter);
    if (path.isEmpty())
        return QString();
    const QString target = !forSaving || path.endsWith(QLatin1String(".quadrant"))
                               ? path
                               : path + QStringLiteral(".quadrant");
    AppSettings::setLastDirectory(QFileInfo(target).absolutePath());
    return target;
}

void MainWindow::refresh()
{
    const bool open = m_project->isOpen();
    m_pages->setCurrentIndex(open ? 1 : 0);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setEnabled(open);
    updateActions();
    if (!open) {
        setWindowTitle(tr("Quadrant"));
        m_statusProject->setFullText(QString());
        updateRecentMenu(); // the welcome page shows which recent projects are still there
        return;
    }
    m_overview->showProject(m_project->store());
    QString marks;
    if (!m_project->store().metaValue(QStringLiteral("demo_copy")).isEmpty())
        marks += tr(" (demo copy)");
    if (m_project->store().isReadOnly())
        marks += tr(" (read-only)");
    setWindowTitle(
        tr("%1 – Quadrant%2").arg(QFileInfo(m_project->store().path()).fileName(), marks));
    m_statusProject->setFullText(m_project->statusLine());
}

void MainWindow::updateActions()
{
    const bool open = m_project->isOpen();
    for (QAction *action : m_projectActions)
        action->setEnabled(open);
    m_importAction->setEnabled(m_project->isWritable());
    const bool remote = open && m_project->session()->remote().has_value();
    for (QAction *action : m_remoteActions)
        action->setEnabled(remote);
    const bool analysis = m_tabs->current() != nullptr;
    for (QAction *action : m_analysisActions)
        action->setEnabled(analysis);
}

void MainWindow::connectClickHouse()
{
    ClickHouseDialog dialog(m_project->savedClickHouse(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_pushAfterConnecting = dialog.pushNow();
    m_project->connectClickHouse(dialog.target());
}

ImportWizard *MainWindow::showImportWizard(const QString &file)
{
    if (!m_project->isWritable())
        return nullptr;
    auto *wizard = new ImportWizard(m_project->store().path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal); // nothing else writes while it imports
    if (!file.isEmpty()) {
        wizard->setFile(file);
        AppSettings::setLastDirectory(QFileInfo(file).absolutePath());
    }
    connect(wizard, &ImportWizard::importFinished, this, [this](bool imported) {
        if (imported)
            m_project->reload(); // new data: open analyses recompute when it is read
    });
    wizard->show();
    return wizard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_project->close()) { // unsaved analyses, and the user canceled
        event->ignore();
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    const QString path = urls.first().toLocalFile();
    if (path.endsWith(QLatin1String(".quadrant")))
        m_project->open(path);
    else if (m_project->isWritable())
        showImportWizard(path);
    event->acceptProposedAction();
}

} // namespace Quadrant

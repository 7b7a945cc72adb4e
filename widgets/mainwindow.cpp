// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "analysiskinds.h"
#include "analysisview.h"
#include "appearance.h"
#include "appsettings.h"
#include "backgroundtask.h"
#include "catalogpanel.h"
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "export/exporter.h"
#include "export/reportwriter.h"
#include "import/importjob.h"
#include "import/importwizard.h"
#include "projectoverview.h"
#include "sample/samplegenerator.h"
#include "store/savedanalysisstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
const QString s_projectFilter = QStringLiteral("Quadrant projects (*.quadrant);;All files (*)");
const QString s_importFilter = QStringLiteral(
    "Data files (*.csv *.tsv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)");
constexpr int s_autoOpenedAnalyses = 4;

// Asks for the size and resolution of a PNG export.
bool askImageSize(QWidget *parent, QSize *size, int *dpi)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QObject::tr("Image Size"));
    auto *width = new QSpinBox(&dialog), *height = new QSpinBox(&dialog),
         *resolution = new QSpinBox(&dialog);
    width->setRange(200, 8000);
    height->setRange(150, 8000);
    resolution->setRange(72, 600);
    width->setValue(size->width());
    height->setValue(size->height());
    resolution->setValue(*dpi);
    width->setSuffix(QObject::tr(" px"));
    height->setSuffix(QObject::tr(" px"));
    resolution->setSuffix(QObject::tr(" dpi"));
    auto *form = new QFormLayout(&dialog);
    form->addRow(QObject::tr("Width"), width);
    form->addRow(QObject::tr("Height"), height);
    form->addRow(QObject::tr("Resolution"), resolution);
    form->addRow(new QLabel(
        QObject::tr("Sizes are at 96 dpi; 192 dpi doubles the pixels for sharp slides."), &dialog));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *size = QSize(width->value(), height->value());
    *dpi = resolution->value();
    return true;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_pages(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new ProjectOverview(this))
    , m_catalog(new CatalogPanel(this))
    , m_savedList(new QListWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_statusProject(new QLabel(this))
    , m_loadProgress(new QProgressBar(this))
    , m_loadCancel(new QToolButton(this))
{
    setWindowTitle(tr("Quadrant"));
    setAcceptDrops(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_pages->addWidget(buildWelcomePage());
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

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
    connect(m_loadCancel, &QToolButton::clicked, m_session, &ProjectSession::cancel);
    connect(m_loadCancel, &QToolButton::clicked, this, [this] {
        m_loadProgress->hide();
        m_loadCancel->hide();
        statusBar()->showMessage(
            tr("Reading the events was canceled; reopen the project to analyse it."), 8000);
    });
    connect(m_session,
            &ProjectSession::progressChanged,
            this,
            [this](int percent, const QString &stage) {
                m_loadProgress->setValue(percent);
                statusBar()->showMessage(tr("Reading the project: %1").arg(stage));
            });
    connect(m_session, &ProjectSession::loaded, this, [this] {
        m_loadProgress->hide();
        m_loadCancel->hide();
        statusBar()->clearMessage();
        m_catalog->showContents(m_session->contents());
        m_overview->showContents(m_session->contents().tables, m_session->contents().events);
        emit projectLoaded();
    });
    connect(m_session, &ProjectSession::loadFailed, this, [this](const QString &message) {
        m_loadProgress->hide();
        m_loadCancel->hide();
        statusBar()->clearMessage();
        showError(tr("Cannot read the project"), Failure(message, m_store.path()));
        emit openFailed(message);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        AnalysisView *view = currentAnalysis();
        m_undoGroup->setActiveStack(view ? view->document()->undoStack() : nullptr);
        updateActions();
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeAnalysisTab);

    buildDocks();
    buildMenus();
    resize(1280, 800);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    refresh();
}

MainWindow::~MainWindow()
{
    // Views hold runners with workers; let them stop before the session they read goes.
    while (m_tabs->count() > 1)
        delete m_tabs->widget(1);
}

QWidget *MainWindow::buildWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
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
        void (MainWindow::*slot)();
        QString name;
    } buttons[] = {
        {tr("Open the Sample Project"),
         &MainWindow::openSampleProject,
         QStringLiteral("sampleButton")},
        {tr("Open a Project…"), &MainWindow::openProjectDialog, QStringLiteral("openButton")},
        {tr("New Empty Project…"), &MainWindow::newProject, QStringLiteral("newButton")},
    };
    for (const auto &entry : buttons) {
        auto *button = new QPushButton(entry.label, page);
        button->setObjectName(entry.name);
        button->setMinimumWidth(260);
        connect(button, &QPushButton::clicked, this, entry.slot);
        layout->addWidget(button, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
    return page;
}

void MainWindow::buildDocks()
{
    auto *catalogDock = new QDockWidget(tr("Catalog"), this);
    catalogDock->setObjectName(QStringLiteral("catalogDock"));
    catalogDock->setWidget(m_catalog);
    addDockWidget(Qt::LeftDockWidgetArea, catalogDock);

    auto *analysesPanel = new QWidget(this);
    auto *layout = new QVBoxLayout(analysesPanel);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *newButton = new QPushButton(tr("New Funnel"), analysesPanel);
    newButton->setObjectName(QStringLiteral("newFunnelButton"));
    newButton->setToolTip(tr("Start a funnel; drag events onto its steps (Ctrl+Shift+F)"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newFunnel);
    m_savedList->setObjectName(QStringLiteral("savedAnalyses"));
    m_savedList->setToolTip(tr("Analyses saved in this project: double-click to open"));
    m_savedList->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_savedList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        openAnalysis(item->data(Qt::UserRole).toString());
    });
    connect(m_savedList, &QListWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QListWidgetItem *item = m_savedList->itemAt(pos);
        if (!item)
            return;
        const QString name = item->data(Qt::UserRole).toString();
        QMenu menu(this);
        menu.addAction(tr("Open"), this, [this, name] { openAnalysis(name); });
        menu.addAction(tr("Rename…"), this, [this, name] {
            bool ok = false;
            const QString to = QInputDialog::getText(
                this, tr("Rename Analysis"), tr("New name:"), QLineEdit::Normal, name, &ok);
            if (ok)
                renameAnalysis(name, to);
        });
        menu.addAction(tr("Delete"), this, [this, name] {
            if (QMessageBox::question(this,
                                      tr("Delete Analysis"),
                                      tr("Delete the analysis “%1” from the project?").arg(name))
                == QMessageBox::Yes)
                deleteAnalysis(name);
        });
        menu.exec(m_savedList->viewport()->mapToGlobal(pos));
    });
    auto *moreButton = new QToolButton(analysesPanel);
    moreButton->setObjectName(QStringLiteral("newAnalysisButton"));
    moreButton->setText(tr("New…"));
    moreButton->setToolTip(tr("Start a retention grid, trend, paths, heatmap or A/B test"));
    moreButton->setPopupMode(QToolButton::InstantPopup);
    auto *newMenu = new QMenu(moreButton);
    for (const AnalysisKind &kind : AnalysisKind::all()) {
        if (kind.id == QLatin1String("funnel"))
            continue;
        QAction *action
            = newMenu->addAction(kind.title, this, [this, id = kind.id] { newAnalysisOfKind(id); });
        action->setToolTip(kind.description);
    }
    moreButton->setMenu(newMenu);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton, 1);
    buttons->addWidget(moreButton);
    layout->addLayout(buttons);
    layout->addWidget(m_savedList, 1);
    auto *analysesDock = new QDockWidget(tr("Saved Analyses"), this);
    analysesDock->setObjectName(QStringLiteral("analysesDock"));
    analysesDock->setWidget(analysesPanel);
    addDockWidget(Qt::LeftDockWidgetArea, analysesDock);
    resizeDocks({catalogDock, analysesDock}, {520, 200}, Qt::Vertical);
    resizeDocks({catalogDock}, {300}, Qt::Horizontal);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("New &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    m_projectActions << file->addAction(
        tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveProjectAs);
    m_importAction = file->addAction(
        tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importDialog);
    file->addSeparator();
    m_analysisActions << file->addAction(tr("Export &Chart…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_E),
                                         this,
                                         &MainWindow::exportChartDialog);
    m_analysisActions << file->addAction(tr("Export &Table…"),
                                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                         this,
                                         &MainWindow::exportTableDialog);
    m_analysisActions << file->addAction(tr("Export &Report (PDF)…"),
                                         QKeySequence(Qt::CTRL | Qt::Key_P),
                                         this,
                                         &MainWindow::exportReportDialog);
    file->addSeparator();
    m_projectActions << file->addAction(tr("&Close Project"),
                                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W),
                                        this,
                                        &MainWindow::closeProject);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

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
                                         this,
                                         &MainWindow::copyChart);
    m_analysisActions << edit->addAction(tr("Copy T&able"),
                                         QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C),
                                         this,
                                         &MainWindow::copyTable);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Catalog"), QKeySequence::Find, this, [this] {
        m_catalog->search()->setFocus();
        m_catalog->search()->selectAll();
    });
    m_projectActions << find;

    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    for (const AnalysisKind &kind : AnalysisKind::all()) {
        QAction *action = analysis->addAction(tr("New %1").arg(kind.title),
                                              kind.shortcut,
                                              this,
                                              [this, id = kind.id] { newAnalysisOfKind(id); });
        action->setStatusTip(kind.description);
        m_projectActions << action;
    }
    analysis->addSeparator();
    m_analysisActions << analysis->addAction(
        tr("&Rename…"), QKeySequence(Qt::Key_F2), this, &MainWindow::renameCurrentAnalysis);
    m_analysisActions << analysis->addAction(
        tr("&Delete"), this, &MainWindow::deleteCurrentAnalysis);
    m_analysisActions << analysis->addAction(tr("Re&compute"), QKeySequence::Refresh, this, [this] {
        if (AnalysisView *view = currentAnalysis())
            view->recompute();
    });
    m_analysisActions << analysis->addAction(tr("Close &Tab"), QKeySequence::Close, this, [this] {
        closeAnalysisTab(m_tabs->currentIndex());
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *dark = view->addAction(tr("&Dark Appearance"));
    dark->setCheckable(true);
    dark->setChecked(AppSettings::darkAppearance());
    connect(dark, &QAction::toggled, this, &MainWindow::setDarkAppearance);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quadrant"), this, [this] {
        QMessageBox::about(this,
                           tr("About Quadrant"),
                           tr("<b>Quadrant %1</b><p>Offline product and customer analytics.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    updateRecentMenu();
}

void MainWindow::setDarkAppearance(bool dark)
{
    AppSettings::setDarkAppearance(dark);
    Appearance::apply(dark);
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i)))
            view->recompute(); // charts take the palette when drawn
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString &path : recent)
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const Failure &failure)
{
    m_lastError = failure.toString();
    if (m_interactive)
        QMessageBox::warning(this, title, failure.toString());
}

void MainWindow::openProject(const QString &path, ProjectStore::Access access)
{
    closeProject();
    m_lastError.clear();
    // quick_check reads the whole file: on a worker, with progress, so the window stays live.
    auto *task = new BackgroundTask(
        tr("Opening %1").arg(QFileInfo(path).fileName()),
        [path, access](JobContext &) -> std::optional<Failure> {
            if (access == ProjectStore::Access::ReadOnly)
                return std::nullopt;
            ProjectStore checker;
            return checker.verify(path);
        },
        this);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, path, access](const std::optional<Failure> &failure) {
                if (failure) {
                    showError(tr("Cannot open the project"), *failure);
                    refresh();
                    emit openFailed(failure->toString());
                    return;
                }
                finishOpening(path, access);
            });
    task->start();
}

void MainWindow::finishOpening(const QString &path, ProjectStore::Access access)
{
    std::optional<Failure> failure
        = m_store.open(path, access, ProjectStore::Verification::AlreadyVerified);
    if (failure && m_store.lastFailureKind() == ProjectStore::FailureKind::InUse) {
        const bool readOnly
            = !m_interactive
              || QMessageBox::question(
                     this,
                     tr("Project in use"),
                     tr("%1\n\nOpen a read-only view instead?").arg(failure->toString()))
                     == QMessageBox::Yes;
        if (readOnly)
            failure = m_store.open(path, ProjectStore::Access::ReadOnly);
    }
    if (failure) {
        showError(tr("Cannot open the project"), *failure);
        refresh();
        emit openFailed(failure->toString());
        return;
    }
    AppSettings::addRecentProject(m_store.path());
    updateRecentMenu();
    readProject();
    // The first analyses made (a sample's are in the order a demo shows them) open as tabs.
    const QVector<SavedAnalysis> saved
        = SavedAnalysisStore::list(m_store, SavedAnalysisStore::Order::ByCreation);
    for (int i = 0; i < saved.size() && i < s_autoOpenedAnalyses; ++i)
        addAnalysisTab(saved[i].name, saved[i].definition);
    if (m_tabs->count() > 1)
        m_tabs->setCurrentIndex(1);
    emit projectOpened(m_store.path());
}

void MainWindow::readProject()
{
    m_overview->showProject(m_store);
    refresh();
    m_loadProgress->setValue(0);
    m_loadProgress->show();
    m_loadCancel->show();
    m_session->load(m_store.path(),
                    m_store.isReadOnly() ? ProjectStore::Access::ReadOnly
                                         : ProjectStore::Access::ReadWrite);
}

void MainWindow::closeProject()
{
    m_session->clear();
    while (m_tabs->count() > 1) {
        QWidget *tab = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete tab;
    }
    m_store.close();
    m_catalog->clear();
    m_overview->clear();
    refresh();
}

void MainWindow::refresh()
{
    const bool open = m_store.isOpen();
    m_pages->setCurrentIndex(open ? 1 : 0);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->setEnabled(open);
    refreshSavedList();
    updateActions();
    if (!open) {
        setWindowTitle(tr("Quadrant"));
        m_statusProject->clear();
        return;
    }
    setWindowTitle(tr("%1 – Quadrant%2")
                       .arg(QFileInfo(m_store.path()).fileName(),
                            m_store.isReadOnly() ? tr(" (read-only)") : QString()));
    QString status = QLocale().formattedDataSize(m_store.fileSize());
    QSqlQuery last(m_store.database());
    if (last.exec(QStringLiteral(
            "SELECT kind, file, finished_at FROM import_log ORDER BY id DESC LIMIT 1"))
        && last.next())
        status += tr(" · last import: %1 from %2, %3")
                      .arg(last.value(0).toString(),
                           QFileInfo(last.value(1).toString()).fileName(),
                           QLocale().toString(
                               QDateTime::fromMSecsSinceEpoch(last.value(2).toLongLong()),
                               QLocale::ShortFormat));
    if (m_store.isReadOnly())
        status += tr(" · read-only: changes to analyses are not saved");
    m_statusProject->setText(status);
}

void MainWindow::updateActions()
{
    const bool open = m_store.isOpen();
    for (QAction *action : m_projectActions)
        action->setEnabled(open);
    m_importAction->setEnabled(open && !m_store.isReadOnly());
    const bool analysis = currentAnalysis() != nullptr;
    for (QAction *action : m_analysisActions)
        action->setEnabled(analysis);
}

void MainWindow::refreshSavedList()
{
    m_savedList->clear();
    if (!m_store.isOpen())
        return;
    for (const SavedAnalysis &analysis : SavedAnalysisStore::list(m_store)) {
        auto *item = new QListWidgetItem(analysis.name, m_savedList);
        item->setData(Qt::UserRole, analysis.name);
        item->setToolTip(
            tr("%1 · changed %2")
                .arg(analysis.kind,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(analysis.modifiedAt),
                                        QLocale::ShortFormat)));
    }
    if (m_savedList->count() == 0) {
        auto *hint = new QListWidgetItem(
            tr("No saved analyses yet: start with New Funnel or New Retention."), m_savedList);
        hint->setFlags(Qt::NoItemFlags);
    }
}

AnalysisView *MainWindow::currentAnalysis() const
{
    return qobject_cast<AnalysisView *>(m_tabs->currentWidget());
}

AnalysisView *MainWindow::addAnalysisTab(const QString &name, const QJsonObject &definition)
{
    const AnalysisKind *kind
        = AnalysisKind::find(definition.value(QStringLiteral("kind")).toString());
    if (!kind) {
        statusBar()->showMessage(
            tr("“%1” is a %2 analysis, which this version of Quadrant cannot show")
                .arg(name, definition.value(QStringLiteral("kind")).toString()),
            8000);
        return nullptr;
    }
    auto *document = new AnalysisDocument(name, definition);
    AnalysisView *view = kind->createView(document, m_session, m_tabs);
    connect(
        view,
        &AnalysisView::openAnalysisRequested,
        this,
        [this](const QString &baseName, const QJsonObject &def) { newAnalysis(baseName, def); });
    document->setParent(view);
    m_undoGroup->addStack(document->undoStack());
    const int index = m_tabs->addTab(view, name);
    m_tabs->setTabToolTip(index, tr("%1 (%2)").arg(name, document->kind()));
    // Saved as it is edited: the project file is the document, there is no unsaved analysis.
    auto *autosave = new QTimer(view);
    autosave->setSingleShot(true);
    autosave->setInterval(400);
    connect(autosave, &QTimer::timeout, this, [this, view] { saveAnalysis(view); });
    connect(document, &AnalysisDocument::definitionChanged, autosave, qOverload<>(&QTimer::start));
    connect(document->undoStack(), &QUndoStack::cleanChanged, this, [this, view](bool clean) {
        const int i = m_tabs->indexOf(view);
        if (i >= 0)
            m_tabs->setTabText(
                i, view->document()->name() + (clean ? QString() : QStringLiteral(" •")));
    });
    return view;
}

void MainWindow::saveAnalysis(AnalysisView *view)
{
    if (!m_store.isOpen() || m_store.isReadOnly())
        return;
    if (auto failure = SavedAnalysisStore::save(
            m_store, view->document()->name(), view->document()->definition())) {
        showError(tr("Cannot save the analysis"), *failure);
        return;
    }
    view->document()->markSaved();
}

AnalysisView *MainWindow::newFunnel()
{
    return newAnalysisOfKind(QStringLiteral("funnel"));
}

AnalysisView *MainWindow::newRetention()
{
    return newAnalysisOfKind(QStringLiteral("retention"));
}

AnalysisView *MainWindow::newAnalysisOfKind(const QString &id)
{
    const AnalysisKind *kind = AnalysisKind::find(id);
    return kind ? newAnalysis(kind->title, kind->newDefinition()) : nullptr;
}

AnalysisView *MainWindow::newAnalysis(const QString &baseName, const QJsonObject &definition)
{
    if (!m_store.isOpen())
        return nullptr;
    const QString name = SavedAnalysisStore::unusedName(m_store, baseName);
    if (!m_store.isReadOnly())
        SavedAnalysisStore::save(m_store, name, definition);
    AnalysisView *view = addAnalysisTab(name, definition);
    refreshSavedList();
    m_tabs->setCurrentWidget(view);
    return view;
}

AnalysisView *MainWindow::openAnalysis(const QString &name)
{
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i));
        if (view && view->document()->name() == name) {
            m_tabs->setCurrentIndex(i);
            return view;
        }
    }
    const auto saved = SavedAnalysisStore::load(m_store, name);
    if (!saved)
        return nullptr;
    AnalysisView *view = addAnalysisTab(saved->name, saved->definition);
    if (view)
        m_tabs->setCurrentWidget(view);
    return view;
}

bool MainWindow::renameAnalysis(const QString &from, const QString &to)
{
    if (!m_store.isReadOnly()) {
        if (auto failure = SavedAnalysisStore::rename(m_store, from, to)) {
            showError(tr("Cannot rename the analysis"), *failure);
            return false;
        }
    }
    for (int i = 1; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i));
        if (view && view->document()->name() == from) {
            view->document()->setName(to.trimmed());
            m_tabs->setTabText(i, to.trimmed());
        }
    }
    refreshSavedList();
    return true;
}

bool MainWindow::deleteAnalysis(const QString &name)
{
    if (auto failure = SavedAnalysisStore::remove(m_store, name)) {
        showError(tr("Cannot delete the analysis"), *failure);
        return false;
    }
    for (int i = m_tabs->count() - 1; i >= 1; --i) {
        auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i));
        if (view && view->document()->name() == name) {
            m_tabs->removeTab(i);
            delete view;
        }
    }
    refreshSavedList();
    return true;
}

void MainWindow::renameCurrentAnalysis()
{
    AnalysisView *view = currentAnalysis();
    if (!view)
        return;
    bool ok = false;
    const QString name = view->document()->name();
    const QString to = QInputDialog::getText(
        this, tr("Rename Analysis"), tr("New name:"), QLineEdit::Normal, name, &ok);
    if (ok && to.trimmed() != name)
        renameAnalysis(name, to);
}

void MainWindow::deleteCurrentAnalysis()
{
    AnalysisView *view = currentAnalysis();
    if (view
        && QMessageBox::question(
               this,
               tr("Delete Analysis"),
               tr("Delete the analysis “%1” from the project?").arg(view->document()->name()))
               == QMessageBox::Yes)
        deleteAnalysis(view->document()->name());
}

void MainWindow::closeAnalysisTab(int index)
{
    auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(index));
    if (!view)
        return;
    saveAnalysis(view);
    m_tabs->removeTab(index);
    delete view;
}

bool MainWindow::exportChart(const QString &path, QSize size, int dpi)
{
    AnalysisView *view = currentAnalysis();
    if (!view)
        return false;
    view->runner()->waitForIdle();
    std::unique_ptr<QWidget> chart = view->createChartForExport();
    if (!chart) {
        showError(tr("Cannot export the chart"),
                  Failure(tr("there is no result to export yet"), path));
        return false;
    }
    chart->setWindowTitle(view->document()->name());
    if (auto failure = ChartExport::write(chart.get(), path, size, dpi)) {
        showError(tr("Cannot export the chart"), *failure);
        return false;
    }
    statusBar()->showMessage(tr("Chart saved to %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

bool MainWindow::exportTable(const QString &path, bool byteOrderMark)
{
    AnalysisView *view = currentAnalysis();
    if (!view)
        return false;
    view->runner()->waitForIdle();
    if (auto failure = TableExport::write(view->resultTable(), path, byteOrderMark)) {
        showError(tr("Cannot export the table"), *failure);
        return false;
    }
    statusBar()->showMessage(tr("Table saved to %1").arg(QDir::toNativeSeparators(path)), 6000);
    return true;
}

QString MainWindow::askExportPath(const QString &title,
                                  const QString &defaultSuffix,
                                  const QString &filters,
                                  QString *selectedFilter)
{
    AnalysisView *view = currentAnalysis();
    if (!view)
        return QString();
    const QString suggested
        = QDir(AppSettings::lastDirectory())
              .filePath(view->document()->name() + QLatin1Char('.') + defaultSuffix);
    QString path = QFileDialog::getSaveFileName(this, title, suggested, filters, selectedFilter);
    if (path.isEmpty())
        return QString();
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    // No suffix typed: the one of the chosen filter, "(*.svg)".
    if (QFileInfo(path).suffix().isEmpty()) {
        const qsizetype star = selectedFilter->indexOf(QLatin1String("(*."));
        path += QLatin1Char('.')
                + (star >= 0 ? selectedFilter->mid(star + 3).section(QLatin1Char(')'), 0, 0)
                             : defaultSuffix);
    }
    return path;
}

void MainWindow::exportChartDialog()
{
    QString selected;
    const QString path
        = askExportPath(tr("Export Chart"),
                        QStringLiteral("png"),
                        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                        &selected);
    if (path.isEmpty())
        return;
    const bool png = QFileInfo(path).suffix().toLower() == QLatin1String("png");
    QSize size(1200, 700);
    int dpi = 144;
    if (png && !askImageSize(this, &size, &dpi))
        return;
    exportChart(path, size, png ? dpi : 96);
}

void MainWindow::exportTableDialog()
{
    QString selected;
    const QString path = askExportPath(
        tr("Export Table"),
        QStringLiteral("xlsx"),
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for Excel on Windows (*.csv)"),
        &selected);
    if (!path.isEmpty())
        exportTable(path, selected.contains(QLatin1String("Windows")));
}

void MainWindow::exportReportDialog()
{
    QString selected;
    const QString path = askExportPath(
        tr("Export Report"), QStringLiteral("pdf"), tr("PDF report (*.pdf)"), &selected);
    if (!path.isEmpty())
        exportReport(path);
}

bool MainWindow::exportReport(const QString &path)
{
    std::vector<std::unique_ptr<QWidget>> charts;
    QVector<ReportWriter::Section> sections;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i));
        if (!view)
            continue;
        view->runner()->waitForIdle(); // a report shows results, not "Computing…"
        std::unique_ptr<QWidget> chart = view->createChartForExport();
        if (!chart)
            continue; // nothing computed yet (no event chosen): nothing to print
        charts.push_back(std::move(chart));
        const AnalysisKind *kind = AnalysisKind::find(view->document()->kind());
        sections << ReportWriter::Section{view->document()->name(),
                                          kind ? kind->subtitle() : QString(),
                                          view->resultSummary(),
                                          charts.back().get(),
                                          view->resultTable()};
    }
    if (auto failure
        = ReportWriter::writePdf(path, QFileInfo(m_store.path()).completeBaseName(), sections)) {
        showError(tr("Cannot write the report"), *failure);
        return false;
    }
    statusBar()->showMessage(tr("Report of %1 analyses saved to %2")
                                 .arg(sections.size())
                                 .arg(QDir::toNativeSeparators(path)),
                             6000);
    return true;
}

void MainWindow::copyChart()
{
    AnalysisView *view = currentAnalysis();
    if (!view)
        return;
    std::unique_ptr<QWidget> chart = view->createChartForExport();
    if (!chart)
        return;
    QApplication::clipboard()->setImage(ChartExport::image(chart.get(), QSize(1200, 700), 144));
    statusBar()->showMessage(tr("Chart copied"), 4000);
}

void MainWindow::copyTable()
{
    AnalysisView *view = currentAnalysis();
    if (!view)
        return;
    QApplication::clipboard()->setText(TableExport::tabSeparated(view->resultTable()));
    statusBar()->showMessage(tr("Table copied; paste it into a spreadsheet"), 4000);
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), AppSettings::lastDirectory(), s_projectFilter);
    if (path.isEmpty())
        return;
    const QString target
        = path.endsWith(QLatin1String(".quadrant")) ? path : path + QStringLiteral(".quadrant");
    AppSettings::setLastDirectory(QFileInfo(target).absolutePath());
    if (QFileInfo::exists(target)) {
        closeProject();
        if (!QFile::remove(target)) {
            showError(tr("Cannot create the project"),
                      Failure(tr("cannot replace the existing file"), target));
            return;
        }
    }
    if (auto failure = ProjectStore::create(target)) {
        showError(tr("Cannot create the project"), *failure);
        return;
    }
    openProject(target);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Project"), AppSettings::lastDirectory(), s_projectFilter);
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::saveProjectAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Project As"), AppSettings::lastDirectory(), s_projectFilter);
    if (path.isEmpty())
        return;
    const QString target
        = path.endsWith(QLatin1String(".quadrant")) ? path : path + QStringLiteral(".quadrant");
    saveProjectTo(target);
}

void MainWindow::saveProjectTo(const QString &target)
{
    if (QFileInfo(target).absoluteFilePath() == m_store.path())
        return;
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i)))
            saveAnalysis(view);
    // The copy reads the whole file: on a worker, with progress and Cancel.
    const QString source = m_store.path();
    auto *task = new BackgroundTask(
        tr("Saving %1").arg(QFileInfo(target).fileName()),
        [source, target](JobContext &context) {
            return ProjectStore::writeCopy(source, target, context);
        },
        this);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, target](const std::optional<Failure> &failure) {
                if (failure) {
                    showError(tr("Cannot save the project"), *failure);
                    emit saveFinished(failure->toString());
                    return;
                }
                const ProjectStore::Access access = m_store.isReadOnly()
                                                        ? ProjectStore::Access::ReadOnly
                                                        : ProjectStore::Access::ReadWrite;
                if (auto reopened
                    = m_store.open(target, access, ProjectStore::Verification::AlreadyVerified)) {
                    showError(tr("Cannot open the saved copy"), *reopened);
                    emit saveFinished(reopened->toString());
                    return;
                }
                AppSettings::addRecentProject(m_store.path());
                updateRecentMenu();
                readProject(); // the workers read the new file from now on
                emit saveFinished(QString());
            });
    task->start();
}

void MainWindow::openSampleProject()
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
            openProject(path);
            return;
        }
        const QString kept
            = QFileInfo(path).absolutePath()
              + QStringLiteral("/Sample-before-%1.quadrant")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(path, kept)) {
            showError(tr("Cannot create the sample project"),
                      Failure(tr("cannot move the older sample aside"), path));
            return;
        }
    }
    createSampleProject(path);
}

void MainWindow::createSampleProject(const QString &path)
{
    closeProject();
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
        this);
    connect(
        task, &BackgroundTask::finished, this, [this, path](const std::optional<Failure> &failure) {
            if (failure) {
                QFile::remove(path);
                showError(tr("Cannot create the sample project"), *failure);
            } else {
                openProject(path);
            }
            emit backgroundWorkFinished();
        });
    task->start();
}

void MainWindow::importDialog()
{
    showImportWizard(QString());
}

ImportWizard *MainWindow::showImportWizard(const QString &file)
{
    if (!m_store.isOpen() || m_store.isReadOnly())
        return nullptr;
    auto *wizard = new ImportWizard(m_store.path(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal); // nothing else writes while it imports
    if (!file.isEmpty()) {
        wizard->setFile(file);
        AppSettings::setLastDirectory(QFileInfo(file).absolutePath());
    }
    connect(wizard, &ImportWizard::importFinished, this, [this](bool imported) {
        if (!imported)
            return;
        readProject(); // new data: open analyses recompute when it is read
    });
    wizard->show();
    return wizard;
}

void MainWindow::importFile(const QString &file, const QString &kindName)
{
    ImportRequest request;
    request.file = file;
    if (!parseImportKind(kindName, &request.kind) || !m_store.isOpen())
        return;
    const QString projectPath = m_store.path();
    // The worker takes the project over for the import (it needs its own connection and the
    // lock); the window reopens it afterwards.
    closeProject();
    auto summary = std::make_shared<ImportSummary>();
    auto *task = new BackgroundTask(
        tr("Importing %1").arg(QFileInfo(file).fileName()),
        [projectPath, request, summary](JobContext &context) -> std::optional<Failure> {
            ProjectStore store;
            if (auto failure = store.open(projectPath))
                return failure;
            const ImportOutcome outcome = ImportJob::run(store, request, context);
            *summary = outcome.summary;
            return outcome.failure;
        },
        this);
    connect(task,
            &BackgroundTask::finished,
            this,
            [this, projectPath, summary](const std::optional<Failure> &failure) {
                openProject(projectPath);
                if (failure) {
                    showError(tr("Import failed"), *failure);
                } else if (m_interactive) {
                    QMessageBox::information(this,
                                             tr("Import finished"),
                                             tr("%1 rows imported, %2 rejected, from %3.")
                                                 .arg(QLocale().toString(summary->rowsImported),
                                                      QLocale().toString(summary->rowsRejected),
                                                      QFileInfo(summary->file).fileName()));
                }
                emit backgroundWorkFinished();
            });
    task->start();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(m_tabs->widget(i)))
            saveAnalysis(view);
    closeProject();
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
    if (path.endsWith(QLatin1String(".quadrant"))) {
        openProject(path);
    } else if (m_store.isOpen() && !m_store.isReadOnly()) {
        showImportWizard(path);
    }
    event->acceptProposedAction();
}

} // namespace Quadrant

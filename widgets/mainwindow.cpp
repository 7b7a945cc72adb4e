// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "appsettings.h"
#include "backgroundtask.h"
#include "import/importjob.h"
#include "projectoverview.h"
#include "sample/samplegenerator.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace Quadrant {

namespace {
const QString s_projectFilter = QStringLiteral("Quadrant projects (*.quadrant);;All files (*)");
const QString s_importFilter = QStringLiteral("Data files (*.csv *.tsv *.txt *.xlsx *.jsonl *.json *.ndjson);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_overview(new ProjectOverview(this))
    , m_statusProject(new QLabel(this))
{
    setWindowTitle(tr("Quadrant"));
    setAcceptDrops(true);
    m_pages->addWidget(buildWelcomePage());
    m_pages->addWidget(m_overview);
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_statusProject);
    buildMenus();
    resize(1100, 720);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    refresh();
}

MainWindow::~MainWindow() = default;

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
    auto *text = new QLabel(tr("Product and customer analytics on your own computer: funnels, retention, paths,\n"
                               "account health and A/B tests from your event and CRM files. No server, no upload."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(16);
    const struct {
        QString label;
        void (MainWindow::*slot)();
        QString name;
    } buttons[] = {
        {tr("Open the Sample Project"), &MainWindow::openSampleProject, QStringLiteral("sampleButton")},
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

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("New &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    m_saveAsAction = file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveProjectAs);
    m_importAction = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::importDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quadrant"), this, [this] {
        QMessageBox::about(this, tr("About Quadrant"),
                           tr("<b>Quadrant %1</b><p>Offline product and customer analytics.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openProject(path); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const Failure &failure)
{
    m_lastError = failure.toString();
    if (m_interactive)
        QMessageBox::warning(this, title, failure.toString());
}

bool MainWindow::openProject(const QString &path)
{
    std::optional<Failure> failure = m_store.open(path);
    if (failure && m_store.lastFailureKind() == ProjectStore::FailureKind::InUse) {
        const bool readOnly = !m_interactive
                              || QMessageBox::question(this, tr("Project in use"),
                                                       tr("%1\n\nOpen a read-only view instead?").arg(failure->toString()))
                                     == QMessageBox::Yes;
        if (readOnly)
            failure = m_store.open(path, ProjectStore::Access::ReadOnly);
    }
    if (failure) {
        showError(tr("Cannot open the project"), *failure);
        refresh();
        return false;
    }
    m_lastError.clear();
    AppSettings::addRecentProject(m_store.path());
    updateRecentMenu();
    refresh();
    emit projectOpened(m_store.path());
    return true;
}

void MainWindow::refresh()
{
    const bool open = m_store.isOpen();
    m_pages->setCurrentIndex(open ? 1 : 0);
    m_saveAsAction->setEnabled(open);
    m_importAction->setEnabled(open && !m_store.isReadOnly());
    if (!open) {
        setWindowTitle(tr("Quadrant"));
        m_statusProject->clear();
        m_overview->clear();
        return;
    }
    setWindowTitle(tr("%1 – Quadrant%2").arg(QFileInfo(m_store.path()).fileName(),
                                             m_store.isReadOnly() ? tr(" (read-only)") : QString()));
    m_overview->showProject(m_store);
    QString status = QLocale().formattedDataSize(m_store.fileSize());
    QSqlQuery last(m_store.database());
    if (last.exec(QStringLiteral("SELECT kind, file, finished_at FROM import_log ORDER BY id DESC LIMIT 1"))
        && last.next())
        status += tr(" · last import: %1 from %2, %3")
                      .arg(last.value(0).toString(), QFileInfo(last.value(1).toString()).fileName(),
                           QLocale().toString(QDateTime::fromMSecsSinceEpoch(last.value(2).toLongLong()),
                                              QLocale::ShortFormat));
    m_statusProject->setText(status);
    m_statusProject->setMinimumWidth(m_statusProject->sizeHint().width());
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Project"), AppSettings::lastDirectory(),
                                                      s_projectFilter);
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".quadrant")) ? path : path + QStringLiteral(".quadrant");
    AppSettings::setLastDirectory(QFileInfo(target).absolutePath());
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        showError(tr("Cannot create the project"), Failure(tr("cannot replace the existing file"), target));
        return;
    }
    if (auto failure = ProjectStore::create(target)) {
        showError(tr("Cannot create the project"), *failure);
        return;
    }
    openProject(target);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), AppSettings::lastDirectory(),
                                                      s_projectFilter);
    if (path.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(path).absolutePath());
    openProject(path);
}

void MainWindow::saveProjectAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Project As"), AppSettings::lastDirectory(),
                                                      s_projectFilter);
    if (path.isEmpty())
        return;
    const QString target = path.endsWith(QLatin1String(".quadrant")) ? path : path + QStringLiteral(".quadrant");
    if (auto failure = m_store.saveAs(target)) {
        showError(tr("Cannot save the project"), *failure);
        return;
    }
    AppSettings::addRecentProject(m_store.path());
    updateRecentMenu();
    refresh();
}

void MainWindow::openSampleProject()
{
    QString path = AppSettings::sampleProjectPath();
    if (QFileInfo::exists(path)) {
        // Reuse the existing sample unless it cannot be opened (damaged, or from elsewhere).
        if (openProject(path))
            return;
        path = QFileInfo(path).absolutePath() + QStringLiteral("/Sample-%1.quadrant")
                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    createSampleProject(path);
}

void MainWindow::createSampleProject(const QString &path)
{
    m_store.close();
    refresh();
    auto *task = new BackgroundTask(tr("Creating the sample project"), [path](JobContext &context) -> std::optional<Failure> {
        if (auto failure = ProjectStore::create(path))
            return failure;
        ProjectStore store; // this worker thread's own connection
        if (auto failure = store.open(path))
            return failure;
        return SampleGenerator().generate(store, context);
    }, this);
    connect(task, &BackgroundTask::finished, this, [this, path](const std::optional<Failure> &failure) {
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
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Data"), AppSettings::lastDirectory(),
                                                      s_importFilter);
    if (file.isEmpty())
        return;
    AppSettings::setLastDirectory(QFileInfo(file).absolutePath());
    bool ok = false;
    const QString kind = QInputDialog::getItem(this, tr("Import Data"), tr("What does %1 hold?").arg(QFileInfo(file).fileName()),
                                               importKindNames(), 0, false, &ok);
    if (ok)
        importFile(file, kind);
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
    m_store.close();
    auto summary = std::make_shared<ImportSummary>();
    auto *task = new BackgroundTask(tr("Importing %1").arg(QFileInfo(file).fileName()),
                                    [projectPath, request, summary](JobContext &context) -> std::optional<Failure> {
        ProjectStore store;
        if (auto failure = store.open(projectPath))
            return failure;
        const ImportOutcome outcome = ImportJob::run(store, request, context);
        *summary = outcome.summary;
        return outcome.failure;
    }, this);
    connect(task, &BackgroundTask::finished, this, [this, projectPath, summary](const std::optional<Failure> &failure) {
        openProject(projectPath);
        if (failure) {
            showError(tr("Import failed"), *failure);
        } else if (m_interactive) {
            QMessageBox::information(this, tr("Import finished"),
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
    m_store.close();
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
        bool ok = false;
        const QString kind = QInputDialog::getItem(this, tr("Import Data"),
                                                   tr("What does %1 hold?").arg(QFileInfo(path).fileName()),
                                                   importKindNames(), 0, false, &ok);
        if (ok)
            importFile(path, kind);
    }
    event->acceptProposedAction();
}

} // namespace Quadrant

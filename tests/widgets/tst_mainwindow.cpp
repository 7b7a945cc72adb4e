// SPDX-License-Identifier: MIT
// The first window as a person uses it: open the sample, read what the project holds, search
// the events, open a damaged file, import a file. Screenshots go to build/screenshots.
#include "appsettings.h"
#include "guisupport.h"
#include "help/guidedialog.h"
#include "item/eventcatalogmodel.h"
#include "item/tablecountsmodel.h"
#include "mainwindow.h"
#include "projectoverview.h"
#include "sample/samplegenerator.h"
#include "store/savedanalysisstore.h"
#include "testsupport.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

void screenshot(QWidget *widget, const QString &name)
{
    saveScreenshot(widget, name);
}

qint64 shownCount(const TableCountsModel *model, const QString &table)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(TableCountsModel::RawValueRole).toString() == table)
            return model->index(row, 1).data(TableCountsModel::RawValueRole).toLongLong();
    return -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void welcomePage();
    void sampleProjectShowsWhatItHolds();
    void searchNarrowsTheEvents();
    void recentProjectsOnTheWelcomePage();
    void helpOpensTheGuideAndTheShortcuts();
    void damagedFileIsReported();
    void importUpdatesTheOverview();
    void olderSampleIsKeptAsideAndReplaced();
    void demoCopyFromTheFileMenu();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->setInteractive(false);
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::welcomePage()
{
    auto *sample = m_window->findChild<QPushButton *>(QStringLiteral("sampleButton"));
    QVERIFY(sample);
    QVERIFY(sample->isVisible());
    screenshot(m_window.get(), QStringLiteral("01-welcome"));
}

void TestMainWindow::sampleProjectShowsWhatItHolds()
{
    const QString path = m_dir.filePath(QStringLiteral("Sample.quadrant"));
    QSignalSpy loaded(m_window->project(), &ProjectController::loaded);
    m_window->project()->createSample(path);
    QVERIFY2(waitForReload(m_window.get(), loaded), qPrintable(m_window->lastError()));
    QVERIFY2(m_window->project()->store().isOpen(), qPrintable(m_window->lastError()));
    m_window->analysisTabs()->setCurrentIndex(0); // the overview
    QVERIFY(m_window->windowTitle().startsWith(QLatin1String("Sample.quadrant")));

    const ProjectStore &store = m_window->project()->store();
    const TableCountsModel *tables = m_window->overview()->tableModel();
    QCOMPARE(shownCount(tables, QStringLiteral("events")),
             scalar(store, QStringLiteral("SELECT count(*) FROM events")).toLongLong());
    QCOMPARE(shownCount(tables, QStringLiteral("accounts")), 300);
    QCOMPARE(shownCount(tables, QStringLiteral("persons")), 3000);

    QTableView *events = m_window->overview()->eventsView();
    QVERIFY(events->isVisible());
    QCOMPARE(events->model()->rowCount(),
             scalar(store, QStringLiteral("SELECT count(*) FROM event_names")).toInt());
    // The most frequent event is listed first, with its count.
    const QString top = events->model()->index(0, EventCatalogModel::NameColumn).data().toString();
    const qint64 topCount = events->model()
                                ->index(0, EventCatalogModel::EventsColumn)
                                .data(EventCatalogModel::RawValueRole)
                                .toLongLong();
    QCOMPARE(topCount,
             scalar(store,
                    QStringLiteral(
                        "SELECT count(*) FROM events e JOIN event_names n ON n.id = e.event_id "
                        "WHERE n.name = '%1'")
                        .arg(top))
                 .toLongLong());
    QVERIFY(events->dragEnabled());
    screenshot(m_window.get(), QStringLiteral("02-sample-project"));
}

void TestMainWindow::searchNarrowsTheEvents()
{
    QLineEdit *search = m_window->overview()->eventSearch();
    QTableView *events = m_window->overview()->eventsView();
    search->clear();
    QTest::keyClicks(search, QStringLiteral("report"));
    QCOMPARE(events->model()->rowCount(), 2); // report_created, report_shared
    screenshot(m_window.get(), QStringLiteral("03-search"));
    search->clear();
    QVERIFY(events->model()->rowCount() > 10);
}

void TestMainWindow::recentProjectsOnTheWelcomePage()
{
    // Closed, the window welcomes with the projects opened last; Enter on one opens it again.
    const QString path = m_window->project()->store().path();
    m_window->project()->close();
    auto *recent = m_window->findChild<QListWidget *>(QStringLiteral("recentProjects"));
    QVERIFY(recent);
    QTRY_VERIFY(recent->isVisible());
    QVERIFY(recent->count() >= 1);
    QCOMPARE(QFileInfo(recent->item(0)->data(Qt::UserRole).toString()).canonicalFilePath(),
             QFileInfo(path).canonicalFilePath());
    screenshot(m_window.get(), QStringLiteral("01b-welcome-recent"));
    QSignalSpy loaded(m_window->project(), &ProjectController::loaded);
    recent->setCurrentRow(0);
    recent->setFocus();
    QTest::keyClick(recent, Qt::Key_Return);
    QVERIFY2(waitForReload(m_window.get(), loaded), qPrintable(m_window->lastError()));
    QVERIFY(m_window->project()->store().isOpen());

    // A project moved away stays listed, marked, until the person removes it.
    const QString moved = m_dir.filePath(QStringLiteral("Moved.quadrant"));
    QVERIFY(QFile::copy(path, moved));
    auto openAndWaitFor = [this](const QString &project) {
        QSignalSpy reloaded(m_window->project(), &ProjectController::loaded);
        m_window->project()->open(project);
        return waitForReload(m_window.get(), reloaded);
    };
    QVERIFY(openAndWaitFor(moved));
    m_window->project()->close();
    QVERIFY(QFile::remove(moved));
    QVERIFY(openAndWaitFor(path)); // the list is read again when the welcome page shows
    m_window->project()->close();
    int row = -1;
    for (int r = 0; r < recent->count(); ++r)
        if (recent->item(r)->data(Qt::UserRole).toString() == moved)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY2(recent->item(row)->text().contains(QStringLiteral("moved or deleted")),
             qPrintable(recent->item(row)->text()));
    screenshot(m_window.get(), QStringLiteral("01c-welcome-moved-project"));
    recent->setCurrentRow(row);
    QTest::keyClick(recent, Qt::Key_Return); // not interactive: removed without asking
    for (int r = 0; r < recent->count(); ++r)
        QVERIFY(recent->item(r)->data(Qt::UserRole).toString() != moved);
    QVERIFY(!m_window->project()->isOpen());
    QVERIFY(openAndWaitFor(path));
}

void TestMainWindow::helpOpensTheGuideAndTheShortcuts()
{
    // Help > User Guide: the docs pages, offline, with a list of pages beside the one shown.
    triggerMenuAction(m_window.get(), QStringLiteral("&User Guide"));
    GuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = m_window->findChild<GuideDialog *>()) != nullptr);
    QTRY_VERIFY(guide->isVisible());
    QVERIFY2(guide->browser()->toPlainText().startsWith(QStringLiteral("The workbench")),
             qPrintable(guide->browser()->toPlainText().left(80)));
    auto *pages = guide->findChild<QListWidget *>(QStringLiteral("guidePages"));
    QVERIFY(pages->count() >= 5);
    // Choosing a page in the list shows it; a section can be opened by its anchor.
    for (int row = 0; row < pages->count(); ++row)
        if (pages->item(row)->data(Qt::UserRole).toString() == QLatin1String("analyses.md"))
            pages->setCurrentRow(row);
    QCOMPARE(guide->currentPage(), QStringLiteral("analyses.md"));
    QVERIFY(guide->browser()->toPlainText().contains(QStringLiteral("Sample ratio check")));
    QVERIFY(GuideDialog::openLink(m_window.get(),
                                  QStringLiteral("guide:analyses.md#sample-ratio-check")));
    QVERIFY(guide->browser()->verticalScrollBar()->value() > 0);
    // The screenshots the pages show are built in too.
    guide->showPage(QStringLiteral("workbench.md"));
    QVERIFY(!guide->browser()
                 ->document()
                 ->resource(QTextDocument::ImageResource,
                            QUrl(QStringLiteral("screenshots/workbench.png")))
                 .isNull());
    screenshot(guide, QStringLiteral("05b-user-guide"));
    guide->close();

    // Help > Keyboard Shortcuts lists the menus' commands with their keys.
    triggerMenuAction(m_window.get(), QStringLiteral("&Keyboard Shortcuts"));
    ShortcutsDialog *shortcuts = nullptr;
    QTRY_VERIFY((shortcuts = m_window->findChild<ShortcutsDialog *>()) != nullptr);
    auto *table = shortcuts->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    bool save = false;
    for (int row = 0; row < table->rowCount(); ++row)
        save = save
               || (table->item(row, 1)->text() == QLatin1String("Save Analysis")
                   && table->item(row, 2)->text()
                          == QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    QVERIFY(save);
    screenshot(shortcuts, QStringLiteral("05c-keyboard-shortcuts"));
    shortcuts->close();
}

void TestMainWindow::damagedFileIsReported()
{
    const QString bad = m_dir.filePath(QStringLiteral("damaged.quadrant"));
    writeFile(bad, "this is not a project");
    const QByteArray before = fileHash(bad);
    QVERIFY(!openAndWait(m_window.get(), bad));
    QVERIFY(m_window->lastError().contains(QLatin1String("not a Quadrant project")));
    QCOMPARE(fileHash(bad), before);
}

void TestMainWindow::importUpdatesTheOverview()
{
    const QString path = newProject(m_dir, QStringLiteral("Imported.quadrant"));
    QVERIFY(openAndWait(m_window.get(), path));
    auto *emptyHint = m_window->overview()->findChild<QStackedWidget *>();
    QVERIFY(emptyHint);
    QCOMPARE(emptyHint->currentIndex(), 1); // "No events yet" tells what to do next
    screenshot(m_window.get(), QStringLiteral("04-empty-project"));

    QVERIFY2(importThroughWizard(m_window.get(), dataPath(QStringLiteral("events_gb18030.csv"))),
             qPrintable(m_window->lastError()));
    QVERIFY2(m_window->project()->store().isOpen(), qPrintable(m_window->lastError()));
    QCOMPARE(shownCount(m_window->overview()->tableModel(), QStringLiteral("events")), 3);
    QCOMPARE(shownCount(m_window->overview()->tableModel(), QStringLiteral("import_rejects")), 2);
    QCOMPARE(m_window->overview()->eventsView()->model()->rowCount(), 3);
    QCOMPARE(emptyHint->currentIndex(), 0);
    screenshot(m_window.get(), QStringLiteral("05-after-import"));
}

void TestMainWindow::olderSampleIsKeptAsideAndReplaced()
{
    // A sample file from an older Quadrant (here: an empty project) is not shown as the sample:
    // it is kept under another name and a current sample, with its saved analyses, replaces it.
    const QString path = AppSettings::sampleProjectPath();
    QDir folder = QFileInfo(path).dir();
    for (const QString &old : folder.entryList({QStringLiteral("Sample*.quadrant")}))
        QVERIFY(folder.remove(old));
    QVERIFY(!ProjectStore::create(path));
    const QByteArray before = fileHash(path);
    QSignalSpy loaded(m_window->project(), &ProjectController::loaded);
    m_window->project()->openSample();
    QVERIFY2(waitForReload(m_window.get(), loaded), qPrintable(m_window->lastError()));
    QCOMPARE(m_window->project()->store().path(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(m_window->project()->store().metaValue(QStringLiteral("sample_version")),
             QString::number(SampleGenerator::version));
    QVERIFY(m_window->analysisTabs()->count() > 1);
    const QStringList kept = folder.entryList({QStringLiteral("Sample-before-*.quadrant")});
    QCOMPARE(kept.size(), 1);
    QCOMPARE(fileHash(folder.filePath(kept.first())), before);

    // The current sample is reused as it is the next time.
    QSignalSpy again(m_window->project(), &ProjectController::loaded);
    m_window->project()->openSample();
    QVERIFY(waitForReload(m_window.get(), again));
    QCOMPARE(folder.entryList({QStringLiteral("Sample-before-*.quadrant")}).size(), 1);
}

void TestMainWindow::demoCopyFromTheFileMenu()
{
    // A consultant saves a demo copy through File > Save Demo Copy: the file dialog is answered
    // as a person would, the copy is written on a worker, and the window stays on the original.
    const QString original = m_window->project()->store().path();
    const QString target = m_dir.filePath(QStringLiteral("For the client.quadrant"));
    m_window->analysisTabs()->setUnsavedAnswer(AnalysisTabs::Unsaved::Discard);
    QSignalSpy finished(m_window->project(), &ProjectController::demoCopyFinished);
    QTimer answer;
    answer.setInterval(50);
    connect(&answer, &QTimer::timeout, this, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<QFileDialog *>(widget); dialog && dialog->isVisible()) {
                answer.stop();
                QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(name);
                name->setText(target);
                QTest::keyClick(name, Qt::Key_Return);
            }
    });
    answer.start();
    triggerMenuAction(m_window.get(), QStringLiteral("Save &Demo Copy…"));
    QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 120000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("person ids")));
    QVERIFY(QFileInfo::exists(target));
    QCOMPARE(m_window->project()->store().path(), original);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("For the client")));
    screenshot(m_window.get(), QStringLiteral("demo-copy-saved"));

    // It is the first recent project, and opens as a demo copy with the same analyses.
    QCOMPARE(AppSettings::recentProjects().value(0), QFileInfo(target).absoluteFilePath());
    const int analyses = SavedAnalysisStore::list(m_window->project()->store()).size();
    QSignalSpy loaded(m_window->project(), &ProjectController::loaded);
    QAction *recent = nullptr;
    for (QMenu *menu : m_window->findChildren<QMenu *>())
        if (menu->title() == QStringLiteral("Open &Recent"))
            for (QAction *action : menu->actions())
                if (action->toolTip() == QFileInfo(target).absoluteFilePath())
                    recent = action;
    QVERIFY(recent);
    recent->trigger();
    QVERIFY2(waitForReload(m_window.get(), loaded), qPrintable(m_window->lastError()));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("(demo copy)")));
    QCOMPARE(SavedAnalysisStore::list(m_window->project()->store()).size(), analyses);
    screenshot(m_window.get(), QStringLiteral("demo-copy-open"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

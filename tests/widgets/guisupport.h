// SPDX-License-Identifier: MIT
// Helpers for driving the workbench from Qt Test as a person would.
#pragma once

#include "analysistabs.h"
#include "analysisview.h"
#include "appearance.h"
#include "catalogpanel.h"
#include "document/analysisrunner.h"
#include "export/exportactions.h"
#include "import/importwizard.h"
#include "item/eventcatalogmodel.h"
#include "item/propertycatalogmodel.h"
#include "mainwindow.h"
#include "project/projectcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace Quadrant::Test {

inline void saveScreenshot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(QUADRANT_SCREENSHOT_DIR));
    // Show and lay out what changed since the last event loop turn (a widget added to a visible
    // layout is shown by a queued call), as the screen would show it.
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(QStringLiteral(QUADRANT_SCREENSHOT_DIR "/%1.png").arg(name)));
}

// Opens path and waits until its events are read (true) or opening failed (false).
inline bool openAndWait(MainWindow *window, const QString &path)
{
    QSignalSpy loaded(window->project(), &ProjectController::loaded);
    QSignalSpy failed(window->project(), &ProjectController::openFailed);
    window->project()->open(path);
    (void)QTest::qWaitFor([&] { return loaded.count() > 0 || failed.count() > 0; }, 120000);
    return loaded.count() > 0;
}

// Waits for a background job started just before (sample, import) and the reopening after it.
inline bool waitForReload(MainWindow *window, QSignalSpy &loaded)
{
    QSignalSpy failed(window->project(), &ProjectController::openFailed);
    (void)QTest::qWaitFor([&] { return loaded.count() > 0 || failed.count() > 0; }, 180000);
    return loaded.count() > 0;
}

// Drops mime data on a widget at pos through the same events a real drag sends: enter, move,
// drop. Returns whether the target accepted the drop.
inline bool
dropOn(QWidget *target, QMimeData *mime, QPoint pos, Qt::DropAction action = Qt::CopyAction)
{
    QDragEnterEvent enter(pos, action | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, action | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), action | Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    drop.setDropAction(action);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// A shown 1280 x 800 window, light appearance, on a new sample project at `path`; false (with
// the window's last error) when the sample could not be made and opened.
inline bool showWindow(std::unique_ptr<MainWindow> &window)
{
    QStandardPaths::setTestModeEnabled(true);
    Appearance::apply(false); // as the application and quadrant-cli render do
    window = std::make_unique<MainWindow>();
    window->setInteractive(false);
    window->resize(1280, 800);
    window->show();
    return QTest::qWaitForWindowExposed(window.get());
}

inline bool openSampleWindow(std::unique_ptr<MainWindow> &window, const QString &path)
{
    if (!showWindow(window))
        return false;
    QSignalSpy loaded((window.get())->project(), &ProjectController::loaded);
    window->project()->createSample(path);
    return waitForReload(window.get(), loaded);
}

// A shown window (as above) on a copy of the project `original`, at `path`: each test of a
// suite starts from the same state, whatever the tests before it changed.
inline bool
openCopyInWindow(std::unique_ptr<MainWindow> &window, const QString &original, const QString &path)
{
    QFile::remove(path);
    if (!QFile::copy(original, path) || !showWindow(window))
        return false;
    return openAndWait(window.get(), path);
}

// Empty when the view's table and the CLI's output hold the same cells (numbers to 1e-9
// relative), else where they first differ.
inline QString tableDifference(const RecordTable &shown, const QList<QStringList> &printed)
{
    if (printed.isEmpty())
        return QStringLiteral("the CLI printed nothing");
    if (shown.columns != printed.first())
        return QStringLiteral("columns %1 vs %2")
            .arg(shown.columns.join(QLatin1Char(',')), printed.first().join(QLatin1Char(',')));
    if (shown.rows.size() != printed.size() - 1)
        return QStringLiteral("%1 rows shown, %2 printed")
            .arg(shown.rows.size())
            .arg(printed.size() - 1);
    for (int r = 0; r < shown.rows.size(); ++r)
        for (int c = 0; c < shown.columns.size(); ++c) {
            const QVariant cell = shown.rows[r].value(c);
            const QString text = printed[r + 1].value(c);
            bool numeric = false;
            const double expected = text.toDouble(&numeric);
            const bool shownNumeric = cell.typeId() == QMetaType::Double
                                      || cell.typeId() == QMetaType::LongLong
                                      || cell.typeId() == QMetaType::Int;
            bool same = false;
            if (numeric && shownNumeric)
                same = std::abs(cell.toDouble() - expected)
                       <= 1e-9 * std::max(1.0, std::abs(expected));
            else
                same = (cell.isNull() ? QString() : cell.toString()) == text;
            if (!same)
                return QStringLiteral("row %1 column %2: shown '%3', printed '%4'")
                    .arg(r)
                    .arg(shown.columns[c], cell.toString(), text);
        }
    return QString();
}

// Picks the item whose data is `data`, as a person picks from a list.
inline void choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0,
             qPrintable(QStringLiteral("no choice '%1' in %2").arg(data, combo->objectName())));
    combo->setCurrentIndex(index);
}

// Chooses a menu command of the window by its text (with its & mnemonic), as a person would
// from the menu bar; fails the test when there is no such enabled command.
inline void triggerMenuAction(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == text && action->isEnabled()) {
            action->trigger();
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no enabled menu command '%1'").arg(text)));
}

// quadrant-cli's TSV output as rows of cells (header first).
inline QList<QStringList> cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(QUADRANT_CLI_PATH), arguments);
    process.waitForFinished(120000);
    QList<QStringList> rows;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            rows << QString::fromUtf8(line).split(QLatin1Char('\t'));
    return rows;
}

// What dragging an event out of the catalog carries.
inline QMimeData *eventDrag(const CatalogPanel *catalog, const QString &event)
{
    const EventCatalogModel *model = catalog->eventModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, EventCatalogModel::NameColumn).data().toString() == event)
            return model->mimeData({model->index(row, EventCatalogModel::NameColumn)});
    return nullptr;
}

// What dragging a property ("person.plan", "event.amount") out of the catalog carries.
inline QMimeData *propertyDrag(const CatalogPanel *catalog, const QString &qualified)
{
    const PropertyCatalogModel *model = catalog->propertyModel();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(PropertyCatalogModel::QualifiedNameRole).toString()
            == qualified)
            return model->mimeData({model->index(row, 0)});
    return nullptr;
}

// The widget named `name` inside `root` (views name their controls); the test fails when there
// is none.
template<typename T>
T *child(const QObject *root, const char *name)
{
    T *found = root ? root->findChild<T *>(QString::fromLatin1(name)) : nullptr;
    if (!found)
        QTest::qFail(qPrintable(QStringLiteral("no %1 named %2")
                                    .arg(QString::fromLatin1(T::staticMetaObject.className()),
                                         QString::fromLatin1(name))),
                     __FILE__,
                     __LINE__);
    return found;
}

// Waits (running the event loop, as a person waits) until the runner has nothing pending or
// computing and its newest result is shown.
inline void waitForIdle(AnalysisRunner *runner)
{
    QVERIFY(QTest::qWaitFor([runner] { return !runner->isBusy(); }, 120000));
}

// Waits until the view's result is computed and shown.
inline void waitForResult(AnalysisView *view)
{
    waitForIdle(view->runner());
}

// The window's exports finish once the result is shown: these wait for that, and say whether
// the file was written.
inline bool waitForExport(const std::function<void(ExportActions::Done)> &start)
{
    bool called = false, written = false;
    start([&](bool ok) {
        called = true;
        written = ok;
    });
    return QTest::qWaitFor([&] { return called; }, 120000) && written;
}

inline bool
exportChart(MainWindow *window, const QString &path, QSize size = QSize(1200, 700), int dpi = 96)
{
    return waitForExport(
        [&](ExportActions::Done done) { window->exports()->exportChart(path, size, dpi, done); });
}

inline bool exportTable(MainWindow *window, const QString &path, bool byteOrderMark = false)
{
    return waitForExport([&](ExportActions::Done done) {
        window->exports()->exportTable(path, byteOrderMark, done);
    });
}

inline bool exportReport(MainWindow *window, const QString &path)
{
    return waitForExport(
        [&](ExportActions::Done done) { window->exports()->exportReport(path, done); });
}

// Imports a file through File ▸ Import as a person would (the wizard's pages with what it
// detected), and waits until the project is read again; false if anything failed.
inline bool importThroughWizard(MainWindow *window, const QString &file)
{
    ImportWizard *wizard = window->showImportWizard(file);
    if (!wizard)
        return false;
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    QSignalSpy loaded(window->project(), &ProjectController::loaded);
    // Next through the file, preview and mapping pages; the run page moves on by itself when
    // the import is done (QWizard::next() would skip it: it does not ask isComplete()).
    while (wizard->currentId() != ImportWizard::RunPage
           && wizard->currentId() != ImportWizard::SummaryPage) {
        const int page = wizard->currentId();
        wizard->next();
        if (wizard->currentId() == page)
            return false; // the page refused: a mapping is missing
    }
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 120000)
        || !finished.first().first().toBool())
        return false;
    wizard->close();
    return waitForReload(window, loaded);
}

} // namespace Quadrant::Test

// SPDX-License-Identifier: MIT
// The window never does work that grows with the project on its own thread: opening, reading
// the events, every kind of analysis, editing a funnel, Save As and an import all run on
// workers. The engine's entry points report when they run on the thread a test names
// (jobs/heavywork.h), so this holds exactly, on any machine, without timing anything; the
// longest stall itself is measured by bench/gui_responsiveness, which prints it.
#include "analysiskinds.h"
#include "analysisview.h"
#include "document/analysisrunner.h"
#include "funnel/funnelview.h"
#include "guisupport.h"
#include "item/funnelstepsmodel.h"
#include "jobs/heavywork.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QTabWidget>
#include <QThread>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

bool analysesIdle(const MainWindow *window)
{
    for (int i = 1; i < window->analysisTabs()->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(window->analysisTabs()->widget(i));
            view && view->runner()->isBusy())
            return false;
    return true;
}

} // namespace

class TestGuiThread : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theEngineNeverRunsOnTheGuiThread();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiThread::initTestCase()
{
    forbidHeavyWorkOn(QThread::currentThread());
    clearHeavyWorkRecord();
}

void TestGuiThread::cleanupTestCase()
{
    forbidHeavyWorkOn(nullptr);
}

void TestGuiThread::theEngineNeverRunsOnTheGuiThread()
{
    // The check must be able to fail: heavy work called here, on the GUI thread, is recorded.
    heavyWork("a probe of the check itself");
    QCOMPARE(heavyWorkOnForbiddenThread(),
             QStringList{QStringLiteral("a probe of the check itself")});
    clearHeavyWorkRecord();

    QVERIFY2(openSampleWindow(m_window, m_dir.filePath(QStringLiteral("sample.quadrant"))),
             qPrintable(m_window->lastError()));
    MainWindow &window = *m_window;
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));

    // Every kind of analysis, computed.
    for (const AnalysisKind &kind : AnalysisKind::all()) {
        QVERIFY2(window.analysisTabs()->createOfKind(kind.id), qPrintable(kind.id));
        QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));
    }

    // A funnel edited: a step dropped in, then moved; each edit computed again.
    auto *funnel
        = qobject_cast<FunnelView *>(window.analysisTabs()->createOfKind(QStringLiteral("funnel")));
    QVERIFY(funnel);
    funnel->stepsModel()->insertSteps(0, {QStringLiteral("signup"), QStringLiteral("purchase")});
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));
    funnel->stepsModel()->insertSteps(1, {QStringLiteral("pricing_viewed")});
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));
    funnel->stepsModel()->moveStep(1, 2);
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));

    // Save As: the copy is read and written on a worker; the window goes on with the copy.
    QSignalSpy loaded(window.project(), &ProjectController::loaded);
    QSignalSpy saved(window.project(), &ProjectController::saveFinished);
    const QString copy = m_dir.filePath(QStringLiteral("copy.quadrant"));
    window.project()->saveCopyAs(copy);
    QVERIFY(QTest::qWaitFor([&] { return saved.count() > 0; }, 120000));
    QCOMPARE(saved.first().first().toString(), QString());
    QVERIFY(waitForReload(&window, loaded));
    QCOMPARE(window.project()->store().path(), QFileInfo(copy).absoluteFilePath());

    // An import, and the project read again after it.
    const QString events = m_dir.filePath(QStringLiteral("more.csv"));
    QFile file(events);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("user_id,event,time\nu00001,login,2026-09-01T10:00:00Z\nu00002,login,2026-09-02T11:"
               "00:00Z\n");
    file.close();
    QVERIFY2(importThroughWizard(&window, events), qPrintable(window.lastError()));
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));

    QCOMPARE(heavyWorkOnForbiddenThread(), QStringList{});
}

QTEST_MAIN(TestGuiThread)
#include "tst_guithread.moc"

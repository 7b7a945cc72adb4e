// SPDX-License-Identifier: MIT
// The GUI thread is never blocked for more than 50 ms while a project of a million events is
// opened (file check, event index, catalog) and its funnels are computed and redrawn: a
// watchdog timer on the GUI thread measures the longest gap between its ticks.
#include "analysisview.h"
#include "document/analysisrunner.h"
#include "funnel/funnelview.h"
#include "guisupport.h"
#include "item/funnelstepsmodel.h"
#include "jobs/jobcontext.h"
#include "mainwindow.h"
#include "sample/samplegenerator.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QListView>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// Ticks every 5 ms on the thread it lives on and remembers the longest wait between ticks.
class Watchdog : public QObject
{
public:
    Watchdog()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_longest = std::max(m_longest, m_clock.restart());
            ++m_ticks;
        });
    }
    void start()
    {
        m_longest = 0;
        m_ticks = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    qint64 longestGapMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

bool analysesIdle(const MainWindow *window)
{
    for (int i = 1; i < window->analysisTabs()->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(window->analysisTabs()->widget(i)); view && view->runner()->isBusy())
            return false;
    return true;
}

} // namespace

class TestResponsiveness : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openingAndAnalysingAMillionEventsKeepsTheWindowLive();

private:
    QTemporaryDir m_dir;
    QString m_project;
};

void TestResponsiveness::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_project = m_dir.filePath(QStringLiteral("million.quadrant"));
    QVERIFY(!ProjectStore::create(m_project));
    ProjectStore store;
    QVERIFY(!store.open(m_project));
    SampleOptions options;
    options.persons = 10000; // about 1.07 million events
    JobContext context;
    QVERIFY(!SampleGenerator(options).generate(store, context));
    QVERIFY(scalar(store, QStringLiteral("SELECT count(*) FROM events")).toLongLong() > 1000000);
}

void TestResponsiveness::openingAndAnalysingAMillionEventsKeepsTheWindowLive()
{
    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    Watchdog watchdog;
    watchdog.start();
    QVERIFY2(openAndWait(&window, m_project), qPrintable(window.lastError()));
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));
    const qint64 opening = watchdog.longestGapMs();

    // Edit the open funnel: drop a step, reorder; each result computed and drawn again.
    watchdog.start();
    auto *funnel = qobject_cast<FunnelView *>(window.currentAnalysis());
    QVERIFY(funnel);
    funnel->stepsModel()->insertSteps(1, {QStringLiteral("pricing_viewed")});
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));
    funnel->stepsModel()->moveStep(1, 3);
    QVERIFY(QTest::qWaitFor([&] { return analysesIdle(&window); }, 120000));
    funnel->resultTabs()->setCurrentIndex(2);
    QTest::qWait(50);
    const qint64 analysing = watchdog.longestGapMs();
    watchdog.stop();
    QVERIFY(funnel->result());

    qInfo("longest GUI-thread gap: %lld ms while opening, %lld ms while analysing (%d ticks)", opening, analysing,
          watchdog.ticks());
    QVERIFY2(opening <= 50, qPrintable(QStringLiteral("the GUI thread was blocked %1 ms while opening").arg(opening)));
    QVERIFY2(analysing <= 50, qPrintable(QStringLiteral("the GUI thread was blocked %1 ms while analysing").arg(analysing)));
}

QTEST_MAIN(TestResponsiveness)
#include "tst_responsiveness.moc"

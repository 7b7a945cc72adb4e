// SPDX-License-Identifier: MIT
// How long the GUI thread is stalled, at most, while a project of about a million events is
// opened (file check, event index, catalog) and a funnel is edited and computed again. A watchdog
// timer on the GUI thread measures the longest gap between its 5 ms ticks. This prints figures;
// it is a benchmark, never a test (a bound would measure the machine's load, not Quadrant):
// tests/widgets/tst_guithread asserts, exactly, that no engine work runs on the GUI thread.
//
//   build/bench/gui-responsiveness [PERSONS]      (default 10000 persons, about 1.07M events)
#include "analysistabs.h"
#include "analysisview.h"
#include "document/analysisrunner.h"
#include "funnel/funnelview.h"
#include "item/funnelstepsmodel.h"
#include "jobs/jobcontext.h"
#include "mainwindow.h"
#include "project/projectcontroller.h"
#include "sample/samplegenerator.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace Quadrant;

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
    qint64 longestGapMs() const { return m_longest; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
    int m_ticks = 0;
};

bool analysesIdle(const MainWindow &window)
{
    for (int i = 1; i < window.analysisTabs()->count(); ++i)
        if (auto *view = qobject_cast<AnalysisView *>(window.analysisTabs()->widget(i));
            view && view->runner()->isBusy())
            return false;
    return true;
}

// Runs the event loop until done() holds (true) or the time is up (false).
template<typename Done>
bool spinUntil(Done done, int timeoutMs = 300000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    SampleOptions options;
    options.persons = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bench.quadrant"));
    {
        ProjectStore store;
        JobContext context;
        if (ProjectStore::create(project) || store.open(project)
            || SampleGenerator(options).generate(store, context)) {
            std::fprintf(stderr, "gui-responsiveness: cannot make the project\n");
            return 2;
        }
    }

    MainWindow window;
    window.setInteractive(false);
    window.resize(1280, 800);
    window.show();

    Watchdog watchdog;
    bool loaded = false;
    QObject::connect(window.project(), &ProjectController::loaded, [&] { loaded = true; });
    watchdog.start();
    window.project()->open(project);
    if (!spinUntil([&] { return loaded && analysesIdle(window); })) {
        std::fprintf(stderr,
                     "gui-responsiveness: the project did not open: %s\n",
                     qPrintable(window.lastError()));
        return 2;
    }
    const qint64 opening = watchdog.longestGapMs();

    watchdog.start();
    auto *funnel = qobject_cast<FunnelView *>(window.analysisTabs()->current());
    if (!funnel) {
        std::fprintf(stderr, "gui-responsiveness: no funnel open\n");
        return 2;
    }
    funnel->stepsModel()->insertSteps(1, {QStringLiteral("pricing_viewed")});
    spinUntil([&] { return analysesIdle(window); });
    funnel->stepsModel()->moveStep(1, 3);
    spinUntil([&] { return analysesIdle(window); });
    funnel->findChild<QTabWidget *>(QStringLiteral("funnelResultTabs"))->setCurrentIndex(2);
    spinUntil([] { return false; }, 50);
    const qint64 analysing = watchdog.longestGapMs();

    std::printf("persons %d\n", options.persons);
    std::printf("stat gui_longest_gap_opening_ms %lld\n", static_cast<long long>(opening));
    std::printf("stat gui_longest_gap_analysing_ms %lld\n", static_cast<long long>(analysing));
    std::printf("stat watchdog_ticks %d\n", watchdog.ticks());
    return 0;
}

// SPDX-License-Identifier: MIT
// The document layer under the views: an analysis's undoable edits, the Job every background
// computation runs as, the runner that debounces, restarts and cancels a view's computation,
// and the session that loads a project's contents off the GUI thread.
#include "document/analysisdocument.h"
#include "document/analysisrunner.h"
#include "document/projectsession.h"
#include "sample/samplegenerator.h"
#include "testsupport.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

QJsonObject definition(int depth)
{
    return {{QStringLiteral("kind"), QStringLiteral("paths")}, {QStringLiteral("depth"), depth}};
}

int depthOf(const AnalysisDocument &document)
{
    return document.definition().value(QStringLiteral("depth")).toInt();
}

// Work that runs until it is canceled, so that a test decides when it ends.
Job::Work untilCanceled(std::shared_ptr<QSemaphore> started, std::shared_ptr<bool> delivered)
{
    return [started, delivered](JobContext &context) -> Job::Continuation {
        started->release();
        while (!context.isCanceled())
            QThread::msleep(1);
        return [delivered] { *delivered = true; };
    };
}

} // namespace

class TestDocument : public QObject
{
    Q_OBJECT
private slots:
    void everyEditIsOneUndoStep();
    void consecutiveEditsOfOneRunMerge();
    void savedStateFollowsTheStack();
    void jobDeliversOnItsOwnThread();
    void restartedJobDropsTheOlderResult();
    void deletedJobNeverDelivers();
    void jobReportsProgress();
    void runnerDebouncesToTheNewestWork();
    void runnerRestartsAndCancels();
    void whenIdleWaitsForTheShownResult();
    void sessionLoadsAProject();
    void sessionReportsAFailedLoad();
};

void TestDocument::everyEditIsOneUndoStep()
{
    AnalysisDocument document(QStringLiteral("Paths"), definition(5));
    QSignalSpy changed(&document, &AnalysisDocument::definitionChanged);
    document.edit(definition(6), QStringLiteral("Depth 6"));
    document.edit(definition(6), QStringLiteral("Same again")); // no change: no step
    document.edit(definition(7), QStringLiteral("Depth 7"));
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(changed.count(), 2);
    document.undoStack()->undo();
    QCOMPARE(depthOf(document), 6);
    document.undoStack()->undo();
    QCOMPARE(depthOf(document), 5);
    QCOMPARE(changed.count(), 4);
    document.undoStack()->redo();
    QCOMPARE(depthOf(document), 6);

    QSignalSpy renamed(&document, &AnalysisDocument::nameChanged);
    document.setName(QStringLiteral("Paths"));
    document.setName(QStringLiteral("After signup"));
    QCOMPARE(renamed.count(), 1);
    QCOMPARE(document.name(), QStringLiteral("After signup"));
}

void TestDocument::consecutiveEditsOfOneRunMerge()
{
    AnalysisDocument document(QStringLiteral("Paths"), definition(1));
    // A slider dragged through values: one step, undone at once.
    for (int depth = 2; depth <= 9; ++depth)
        document.edit(definition(depth), QStringLiteral("Depth"), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    // Released, then dragged again: a second step.
    document.endEditRun();
    document.edit(definition(12), QStringLiteral("Depth"), 1);
    document.edit(definition(14), QStringLiteral("Depth"), 1);
    QCOMPARE(document.undoStack()->count(), 2);
    // Another control in the same run does not merge into the slider's step, nor does an edit
    // without a merge key.
    document.edit(definition(15), QStringLiteral("Other"), 2);
    document.edit(definition(16), QStringLiteral("Plain"));
    document.edit(definition(17), QStringLiteral("Plain"));
    QCOMPARE(document.undoStack()->count(), 5);

    for (int i = 0; i < 3; ++i)
        document.undoStack()->undo();
    QCOMPARE(depthOf(document), 14);
    document.undoStack()->undo();
    QCOMPARE(depthOf(document), 9);
    document.undoStack()->undo();
    QCOMPARE(depthOf(document), 1);
}

void TestDocument::savedStateFollowsTheStack()
{
    AnalysisDocument document(QStringLiteral("Paths"), definition(1));
    QVERIFY(!document.isModified());
    document.edit(definition(2), QStringLiteral("Depth"));
    QVERIFY(document.isModified());
    document.markSaved();
    QVERIFY(!document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.isModified()); // the project holds depth 2
    document.undoStack()->redo();
    QVERIFY(!document.isModified());
}

void TestDocument::jobDeliversOnItsOwnThread()
{
    Job job;
    QThread *workThread = nullptr;
    QThread *deliveredOn = nullptr;
    int value = 0;
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy running(&job, &Job::runningChanged);
    job.start<int>(
        [&workThread](JobContext &) {
            workThread = QThread::currentThread();
            return 42;
        },
        [&](const int &result) {
            deliveredOn = QThread::currentThread();
            value = result;
        });
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(30000));
    QCOMPARE(value, 42);
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(workThread != QThread::currentThread());
    QVERIFY(!job.isRunning());
    QCOMPARE(running.count(), 2); // true, then false
}

void TestDocument::restartedJobDropsTheOlderResult()
{
    Job job;
    auto started = std::make_shared<QSemaphore>();
    auto firstDelivered = std::make_shared<bool>(false);
    job.start(untilCanceled(started, firstDelivered));
    QVERIFY(started->tryAcquire(1, 30000));
    bool secondDelivered = false;
    QSignalSpy finished(&job, &Job::finished);
    QSignalSpy running(&job, &Job::runningChanged);
    job.start([&secondDelivered](JobContext &) -> Job::Continuation {
        return [&secondDelivered] { secondDelivered = true; };
    });
    QVERIFY(finished.wait(30000));
    QVERIFY(secondDelivered);
    QVERIFY(!*firstDelivered);
    QCOMPARE(running.count(), 1); // it stayed running across the restart, then stopped once
    QTest::qWait(20);
    QCOMPARE(finished.count(), 1);
}

void TestDocument::deletedJobNeverDelivers()
{
    auto started = std::make_shared<QSemaphore>();
    auto delivered = std::make_shared<bool>(false);
    auto job = std::make_unique<Job>();
    job->start(untilCanceled(started, delivered));
    QVERIFY(started->tryAcquire(1, 30000));
    job.reset(); // never waits; the work sees the cancel and ends on its own
    QTest::qWait(50);
    QVERIFY(!*delivered);

    Job canceled;
    QSignalSpy spy(&canceled, &Job::canceled);
    canceled.start(untilCanceled(started, delivered));
    QVERIFY(started->tryAcquire(1, 30000));
    canceled.cancel();
    QVERIFY(spy.wait(30000));
    QVERIFY(!*delivered);
    QVERIFY(!canceled.isRunning());
}

void TestDocument::jobReportsProgress()
{
    Job job;
    QSignalSpy progress(&job, &Job::progressChanged);
    QSignalSpy finished(&job, &Job::finished);
    job.start([](JobContext &context) -> Job::Continuation {
        context.setProgress(0.5, QStringLiteral("Halfway"));
        return nullptr;
    });
    QVERIFY(finished.wait(30000));
    QTRY_VERIFY(progress.count() >= 1);
    QCOMPARE(progress.first().at(0).toInt(), 50);
    QCOMPARE(progress.first().at(1).toString(), QStringLiteral("Halfway"));
}

void TestDocument::runnerDebouncesToTheNewestWork()
{
    AnalysisRunner runner;
    runner.setDebounceMs(30);
    std::atomic<int> runs{0};
    QStringList delivered;
    QSignalSpy idle(&runner, &AnalysisRunner::idle);
    for (const QString &name : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        runner.schedule([&runs, &delivered, name](JobContext &) -> Job::Continuation {
            ++runs;
            return [&delivered, name] { delivered << name; };
        });
    QVERIFY(runner.isBusy()); // pending counts as busy: an export must wait for it
    QVERIFY(idle.wait(30000));
    QCOMPARE(runs.load(), 1);
    QCOMPARE(delivered, QStringList{QStringLiteral("c")});
    QVERIFY(!runner.isBusy());
}

void TestDocument::runnerRestartsAndCancels()
{
    AnalysisRunner runner;
    auto started = std::make_shared<QSemaphore>();
    auto firstDelivered = std::make_shared<bool>(false);
    QSignalSpy busy(&runner, &AnalysisRunner::busyChanged);
    QSignalSpy idle(&runner, &AnalysisRunner::idle);
    runner.runNow(untilCanceled(started, firstDelivered));
    QVERIFY(started->tryAcquire(1, 30000));
    bool secondDelivered = false;
    runner.runNow([&secondDelivered](JobContext &) -> Job::Continuation {
        return [&secondDelivered] { secondDelivered = true; };
    });
    QVERIFY(idle.wait(30000));
    QVERIFY(secondDelivered);
    QVERIFY(!*firstDelivered);
    QCOMPARE(busy.count(), 2); // busy once, idle once, across the restart

    // Canceled while computing: nothing is delivered and the runner goes idle.
    runner.runNow(untilCanceled(started, firstDelivered));
    QVERIFY(started->tryAcquire(1, 30000));
    runner.cancel();
    QVERIFY(idle.wait(30000));
    QVERIFY(!*firstDelivered);
    // Canceled while still waiting out the debounce: the work never starts.
    std::atomic<int> runs{0};
    runner.schedule([&runs](JobContext &) -> Job::Continuation {
        ++runs;
        return nullptr;
    });
    runner.cancel();
    QVERIFY(!runner.isBusy());
    QTest::qWait(300);
    QCOMPARE(runs.load(), 0);
}

void TestDocument::whenIdleWaitsForTheShownResult()
{
    AnalysisRunner runner;
    QStringList order;
    runner.whenIdle([&order] { order << QStringLiteral("at once"); });
    QCOMPARE(order, QStringList{QStringLiteral("at once")});

    // A pending debounce is not waited out: the work starts, and `then` follows its result.
    runner.setDebounceMs(60000);
    runner.schedule([](JobContext &) -> Job::Continuation {
        QThread::msleep(20);
        return [] {};
    });
    runner.schedule([&order](JobContext &) -> Job::Continuation {
        return [&order] { order << QStringLiteral("result shown"); };
    });
    runner.whenIdle([&order] { order << QStringLiteral("export"); });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 3, 30000);
    QCOMPARE(order.at(1), QStringLiteral("result shown"));
    QCOMPARE(order.at(2), QStringLiteral("export"));
}

void TestDocument::sessionLoadsAProject()
{
    QTemporaryDir dir;
    const QString path = newProject(dir);
    ProjectStore owner; // the session reads alongside the connection that holds the lock
    QVERIFY(!owner.open(path));
    SampleOptions options;
    options.persons = 40;
    JobContext context;
    QVERIFY(!SampleGenerator(options).generate(owner, context));

    ProjectSession session;
    QSignalSpy loaded(&session, &ProjectSession::loaded);
    session.load(path, ProjectStore::Access::ReadWrite);
    QVERIFY(session.isLoading());
    QVERIFY(loaded.wait(60000));
    QVERIFY(!session.isLoading());
    QVERIFY(session.index());
    QVERIFY(!session.contents().events.isEmpty());
    QVERIFY(!session.contents().properties.isEmpty());
    QVERIFY(!session.contents().tables.isEmpty());

    session.load(path, ProjectStore::Access::ReadWrite);
    QVERIFY(loaded.wait(60000));
    QVERIFY(session.index());
    session.clear();
    QVERIFY(!session.index());
}

void TestDocument::sessionReportsAFailedLoad()
{
    QTemporaryDir dir;
    ProjectSession session;
    QSignalSpy failed(&session, &ProjectSession::loadFailed);
    QSignalSpy loaded(&session, &ProjectSession::loaded);
    session.load(dir.filePath(QStringLiteral("missing.quadrant")), ProjectStore::Access::ReadOnly);
    QVERIFY(failed.wait(60000));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(loaded.count(), 0);
    QVERIFY(!session.index());
}

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"

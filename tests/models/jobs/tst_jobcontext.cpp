// SPDX-License-Identifier: MIT
// JobContext under parallel chunks (the engine reports progress from every chunk at once), the
// thread priority of job threads, and the GUI-thread record of heavy work.
#include "analysis/parallel.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "jobs/jobpool.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace Quadrant;

class TestJobContext : public QObject
{
    Q_OBJECT
private slots:
    void progressFromParallelChunksIsThrottledAndComplete();
    void cancelReachesEveryChunk();
    void heavyWorkIsRecordedOnlyOnTheNamedThread();
    void jobPoolRunsJobsOffTheCallingThread();
};

void TestJobContext::progressFromParallelChunksIsThrottledAndComplete()
{
    std::atomic<int> calls{0};
    std::atomic<bool> sawEnd{false};
    JobContext context([&](double fraction, const QString &) {
        ++calls;
        if (fraction >= 1.0)
            sawEnd = true;
    });
    // 100,000 items in chunks on every core, each reporting as it finishes.
    const auto partials = Parallel::mapChunks<qint64>(
        100000,
        [](int first, int last, qint64 &sum) {
            for (int i = first; i < last; ++i)
                sum += i;
        },
        &context,
        QStringLiteral("Summing"));
    qint64 total = 0;
    for (qint64 partial : partials)
        total += partial;
    QCOMPARE(total, qint64(100000) * 99999 / 2);
    QCOMPARE(context.progress(), 1.0);
    QVERIFY(sawEnd);
    QVERIFY2(calls <= 201 + int(partials.size()), qPrintable(QString::number(calls)));
}

void TestJobContext::cancelReachesEveryChunk()
{
    JobContext context;
    std::atomic<int> chunksThatSawCancel{0};
    context.cancel();
    (void)Parallel::mapChunks<int>(1000, [&](int, int, int &) {
        if (context.isCanceled())
            ++chunksThatSawCancel;
    });
    QVERIFY(chunksThatSawCancel > 0);
}

void TestJobContext::heavyWorkIsRecordedOnlyOnTheNamedThread()
{
    clearHeavyWorkRecord();
    forbidHeavyWorkOn(QThread::currentThread());
    heavyWork("here");
    auto future = JobPool::run([] { heavyWork("on a job thread"); });
    QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 10000));
    QCOMPARE(heavyWorkOnForbiddenThread(), QStringList{QStringLiteral("here")});
    forbidHeavyWorkOn(nullptr);
    heavyWork("allowed again");
    QCOMPARE(heavyWorkOnForbiddenThread(), QStringList{QStringLiteral("here")});
    clearHeavyWorkRecord();
}

void TestJobContext::jobPoolRunsJobsOffTheCallingThread()
{
    // Polled, not waited for: QFuture::waitForFinished() may take a job that has not started
    // yet and run it on the waiting thread, which is why no GUI code may ever wait on one.
    QThread *caller = QThread::currentThread();
    auto future = JobPool::run([caller] { return QThread::currentThread() != caller; });
    QVERIFY(QTest::qWaitFor([&] { return future.isFinished(); }, 10000));
    QVERIFY(future.result());
}

QTEST_GUILESS_MAIN(TestJobContext)
#include "tst_jobcontext.moc"

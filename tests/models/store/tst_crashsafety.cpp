// SPDX-License-Identifier: MIT
// An import killed with SIGKILL at random moments must leave a project that opens, passes
// integrity_check, and holds each import completely or not at all.
#include "store/projectstore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Quadrant;
using namespace Quadrant::Test;

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void killedImportsLeaveWholeImports();

private:
    bool runImport(const QString &project, int killAfterMs, qint64 *elapsedMs);

    QTemporaryDir m_dir;
    QString m_file;
    static constexpr int s_rows = 150000;
};

void TestCrashSafety::initTestCase()
{
    m_file = m_dir.filePath(QStringLiteral("events.csv"));
    QFile out(m_file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("user_id,event,time,plan\n");
    for (int i = 0; i < s_rows; ++i)
        out.write("u" + QByteArray::number(i % 9973) + ",e" + QByteArray::number(i % 11) + ','
                  + QByteArray::number(1709287200000LL + i) + ",pro\n");
}

bool TestCrashSafety::runImport(const QString &project, int killAfterMs, qint64 *elapsedMs)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(QUADRANT_CLI_PATH),
                  {QStringLiteral("import"), project, QStringLiteral("--kind"), QStringLiteral("events"),
                   QStringLiteral("--file"), m_file});
    if (!process.waitForStarted())
        return false;
    bool finished = killAfterMs < 0 ? process.waitForFinished(120000) : process.waitForFinished(killAfterMs);
    if (!finished) {
        process.kill(); // SIGKILL: no cleanup, no rollback by the process itself
        process.waitForFinished();
    }
    *elapsedMs = timer.elapsed();
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void TestCrashSafety::killedImportsLeaveWholeImports()
{
    // How long one complete import takes here, to aim the kills inside it.
    const QString timing = newProject(m_dir, QStringLiteral("timing.quadrant"));
    qint64 fullMs = 0;
    QVERIFY(runImport(timing, -1, &fullMs));

    const QString project = newProject(m_dir, QStringLiteral("victim.quadrant"));
    QRandomGenerator random(20261124);
    qint64 expectedEvents = 0;
    int killedMidway = 0;
    for (int round = 0; round < 8; ++round) {
        const int delay = 20 + int(random.bounded(qint64(std::max<qint64>(40, fullMs))));
        qint64 elapsed = 0;
        const bool completed = runImport(project, delay, &elapsed);
        if (completed)
            expectedEvents += s_rows;
        else
            ++killedMidway;

        ProjectStore store;
        const auto failure = store.open(project);
        QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
        QVERIFY(!store.isReadOnly()); // the dead process's lock was taken over
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        const qint64 events = scalar(store, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
        // The kill may land after the commit but before the process exits: then it is whole.
        if (!completed && events == expectedEvents + s_rows)
            expectedEvents += s_rows;
        QCOMPARE(events, expectedEvents);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM import_log")).toLongLong(), expectedEvents / s_rows);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'events_by_identity_time'")).toInt(), 1);
    }
    QVERIFY2(killedMidway >= 3, "too few kills landed inside an import to prove anything");
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

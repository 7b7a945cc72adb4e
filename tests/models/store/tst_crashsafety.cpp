// SPDX-License-Identifier: MIT
// kill -9 at every point where a writer can die: each batch of an import, just before its
// commit, each block of events written before it, each step of Save As and each
// step of a migration. The process kills itself there (QUADRANT_CRASH_AT, common/crashpoint.h),
// so every point is hit on every machine, whatever its speed. After each kill the project opens
// for reading and for writing, passes integrity_check, and holds the operation completely or not
// at all, and the read-only commands report it as it is.
#include "store/projectstore.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

constexpr int s_rows = 45000; // 22 batches of 2,048 rows
constexpr int s_killsPerOperation = 20;

qint64 eventsInfo(const QString &project, QString *error)
{
    const CliRun run = runCli({QStringLiteral("info"), project});
    if (run.exitCode != 0) {
        *error = QString::fromUtf8(run.err);
        return -1;
    }
    for (const QByteArray &line : run.out.split('\n'))
        if (line.startsWith("events\t"))
            return line.mid(7).toLongLong();
    *error = QStringLiteral("no events row in: ") + QString::fromUtf8(run.out);
    return -1;
}

QStringList importOf(const QString &project, const QString &file)
{
    return {QStringLiteral("import"),
            project,
            QStringLiteral("--kind"),
            QStringLiteral("events"),
            QStringLiteral("--file"),
            file};
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importKilledAtEachBatch();
    void importKilledJustBeforeItsCommit();
    void importKilledAtEachBlock();
    void saveAsKilledAtEachStep();
    void migrationKilledAtEachStep_data();
    void migrationKilledAtEachStep();

private:
    // A small sample project (persons, CRM tables, analyses, events).
    QString freshSample(const QString &name);
    // Opens for reading (quadrant-cli info) and for writing; integrity_check; the events count.
    void verifyWhole(const QString &project, qint64 *events);

    QTemporaryDir m_dir;
    QString m_events;
    QString m_sample;
};

void TestCrashSafety::initTestCase()
{
    m_events = m_dir.filePath(QStringLiteral("events.csv"));
    QFile out(m_events);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("user_id,event,time,plan\n");
    for (int i = 0; i < s_rows; ++i)
        out.write("u" + QByteArray::number(i % 9973) + ",e" + QByteArray::number(i % 11) + ','
                  + QByteArray::number(1709287200000LL + i) + ",pro\n");
    out.close();
    m_sample = m_dir.filePath(QStringLiteral("template.quadrant"));
    makeSampleProject(m_sample, 800);
}

QString TestCrashSafety::freshSample(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_sample, path);
    return path;
}

void TestCrashSafety::verifyWhole(const QString &project, qint64 *events)
{
    QString error;
    const qint64 reported = eventsInfo(project, &error); // read-only first: it must recover alone
    QVERIFY2(reported >= 0, qPrintable(error));
    ProjectStore store;
    const auto failure = store.open(project);
    QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
    QVERIFY(!store.isReadOnly()); // the dead process's lock was taken over
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    *events = scalar(store, QStringLiteral("SELECT count(*) FROM events")).toLongLong();
    QCOMPARE(reported, *events);
    // No journal SQLite would play back is left (one whose header never reached the disk may
    // stay until the next write; SQLite ignores it).
    QFile journal(project + QStringLiteral("-journal"));
    QVERIFY(!journal.open(QIODevice::ReadOnly) || journal.read(4) == QByteArray(4, '\0'));
}

void TestCrashSafety::importKilledAtEachBatch()
{
    const QString project = freshSample(QStringLiteral("batches.quadrant"));
    qint64 before = 0;
    verifyWhole(project, &before);
    for (int k = 1; k <= s_killsPerOperation; ++k) {
        const CliRun run = runCli(importOf(project, m_events),
                                  {QStringLiteral("QUADRANT_CRASH_AT=import.batch:%1").arg(k)});
        QVERIFY2(run.crashed,
                 qPrintable(QStringLiteral("batch %1 was not reached: %2")
                                .arg(k)
                                .arg(QString::fromUtf8(run.err))));
        qint64 events = 0;
        verifyWhole(project, &events);
        QCOMPARE(events, before); // nothing of the killed import
    }
    // And the import still goes through afterwards.
    const CliRun whole = runCli(importOf(project, m_events));
    QCOMPARE(whole.exitCode, 0);
    qint64 after = 0;
    verifyWhole(project, &after);
    QCOMPARE(after, before + s_rows);
}

void TestCrashSafety::importKilledJustBeforeItsCommit()
{
    // Enough rows (and persons: events are compressed, persons are rows) that SQLite's 64 MB page
    // cache spills into the file before the commit: the file grows and the journal beside it is
    // hot (the case that once read as an empty project).
    const QString big = m_dir.filePath(QStringLiteral("big.csv"));
    {
        QFile out(big);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("user_id,event,time\n");
        for (int i = 0; i < 800000; ++i)
            out.write("u" + QByteArray::number(i) + ",e" + QByteArray::number(i % 11) + ','
                      + QByteArray::number(1709287200000LL + i) + '\n');
    }
    const QString project = freshSample(QStringLiteral("commit.quadrant"));
    qint64 before = 0;
    verifyWhole(project, &before);
    const qint64 sizeBefore = QFileInfo(project).size();
    const CliRun run
        = runCli(importOf(project, big), {QStringLiteral("QUADRANT_CRASH_AT=import.commit:1")});
    QVERIFY(run.crashed);
    QVERIFY(QFileInfo(project).size() > sizeBefore);
    QFile journal(project + QStringLiteral("-journal"));
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QCOMPARE(journal.read(4).toHex(), QByteArray("d9d505f9")); // hot: SQLite's journal magic
    journal.close();
    // The read-only commands must see the project as it was, never an empty one.
    const CliRun analyses = runCli({QStringLiteral("analyses"), project});
    QCOMPARE(analyses.exitCode, 0);
    QVERIFY(analyses.out.count('\n') > 3);
    qint64 events = 0;
    verifyWhole(project, &events);
    QCOMPARE(events, before);
    QCOMPARE(QFileInfo(project).size(), sizeBefore);
}

void TestCrashSafety::importKilledAtEachBlock()
{
    // The events go to blocks of 64k when the import's runs are sorted, just before the commit:
    // 200k rows make four blocks. Each kill leaves the project as it was, and analyses work.
    const QString file = m_dir.filePath(QStringLiteral("blocks.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("user_id,event,time,plan\n");
        for (int i = 0; i < 200000; ++i)
            out.write("u" + QByteArray::number(i % 9973) + ",e" + QByteArray::number(i % 11) + ','
                      + QByteArray::number(1709287200000LL + i) + ",pro\n");
    }
    for (int block = 1; block <= 4; ++block) {
        const QString project = freshSample(QStringLiteral("blocks.quadrant"));
        qint64 before = 0;
        verifyWhole(project, &before);
        const CliRun run = runCli(importOf(project, file),
                                  {QStringLiteral("QUADRANT_CRASH_AT=events.block:%1").arg(block)});
        QVERIFY2(run.crashed, qPrintable(QStringLiteral("block %1 was not reached").arg(block)));
        qint64 events = 0;
        verifyWhole(project, &events);
        QCOMPARE(events, before);
        const CliRun funnel = runCli({QStringLiteral("funnel"),
                                      project,
                                      QStringLiteral("--steps"),
                                      QStringLiteral("signup,purchase")});
        QVERIFY2(funnel.exitCode == 0, funnel.err.constData());
        QCOMPARE(funnel.out.count('\n'), 3);
    }
}

void TestCrashSafety::saveAsKilledAtEachStep()
{
    // Large enough for many copy steps of 64 pages (events are compressed; persons are not).
    const QString source = m_dir.filePath(QStringLiteral("source.quadrant"));
    makeSampleProject(source, 8000);
    const QByteArray sourceHash = fileHash(source);
    qint64 events = 0;
    verifyWhole(source, &events);
    const QString target = m_dir.filePath(QStringLiteral("copy.quadrant"));
    int interrupted = 0;
    for (int k = 1; k <= s_killsPerOperation; ++k) {
        QFile::remove(target);
        const CliRun run
            = runCli({QStringLiteral("save-as"), source, QStringLiteral("--out"), target},
                     {QStringLiteral("QUADRANT_CRASH_AT=copy.step:%1").arg(k)});
        if (!run.crashed) {
            QCOMPARE(run.exitCode, 0); // fewer steps than k: the copy finished
        } else {
            ++interrupted;
            // Killed mid-copy: no copy under the chosen name, never half of one.
            QVERIFY2(!QFileInfo::exists(target), qPrintable(QStringLiteral("step %1").arg(k)));
        }
        if (QFileInfo::exists(target)) {
            qint64 copied = 0;
            verifyWhole(target, &copied);
            QCOMPARE(copied, events);
        }
        QCOMPARE(fileHash(source), sourceHash);
    }
    QVERIFY2(interrupted >= 10, "too few kills landed inside the copy to prove anything");
}

void TestCrashSafety::migrationKilledAtEachStep_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<int>("step");
    for (int v = 0; v < Schema::currentVersion(); ++v)
        for (int step = 1; step <= Schema::currentVersion() - v; ++step)
            QTest::addRow("from %d, killed after step %d", v, step) << v << step;
}

void TestCrashSafety::migrationKilledAtEachStep()
{
    QFETCH(int, version);
    QFETCH(int, step);
    const QString path
        = m_dir.filePath(QStringLiteral("old-v%1-%2.quadrant").arg(version).arg(step));
    QFile::remove(path);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        db.transaction();
        QVERIFY(!Schema::migrate(db, version));
        QSqlQuery(db).exec(
            QStringLiteral("PRAGMA application_id = %1").arg(qint32(Schema::applicationId)));
        if (version >= 1) {
            QSqlQuery insert(db);
            QVERIFY(insert.exec(QStringLiteral("INSERT INTO event_names(name) VALUES ('legacy')")));
            QVERIFY(
                insert.exec(QStringLiteral("INSERT INTO persons(user_id) VALUES ('old-user')")));
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO identities(raw_id, person_id) VALUES ('old-user', 1)")));
            QVERIFY(insert.exec(
                QStringLiteral("INSERT INTO events(identity_id, event_id, ts, import_id) VALUES "
                               "(1, 1, 1709287200000, 0)")));
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));

    // Any command that opens for writing migrates first; kill it after `step` migrations.
    const CliRun run = runCli(importOf(path, m_events),
                              {QStringLiteral("QUADRANT_CRASH_AT=migrate.step:%1").arg(step)});
    QVERIFY(run.crashed);
    // All migrations run in one transaction: the file is still the old version.
    ProjectStore reader;
    QVERIFY(!reader.open(path, ProjectStore::Access::ReadOnly));
    QCOMPARE(reader.schemaVersion(), version);
    reader.close();
    qint64 events = 0;
    verifyWhole(path, &events); // opening for writing migrates it now, whole
    QCOMPARE(events, version >= 1 ? 1 : 0);
    ProjectStore store;
    QVERIFY(!store.open(path, ProjectStore::Access::ReadOnly));
    QCOMPARE(store.schemaVersion(), Schema::currentVersion());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"

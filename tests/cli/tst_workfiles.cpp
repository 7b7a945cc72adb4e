// SPDX-License-Identifier: MIT
// What a command writes beside its output (issue #23, faults 1-4 and 11): work files are files
// of the process's own, never an input named like one; an interrupted demo copy leaves nothing
// of the client's data anywhere; a demo copy holds only what Quadrant knows; one account's report
// never lands in another's file; a full disk is said as such. Each test failed on the build
// before its fix (QUADRANT_CLI_UNDER_TEST=/path/to/older/quadrant-cli runs them against it).
#include "store/eventblocks.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <csignal>
#include <sys/mount.h>
#include <unistd.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

// Every file under `folder`, hidden ones too, by name.
QStringList filesIn(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder,
                    QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names << QDir(folder).relativeFilePath(it.next());
    names.sort();
    return names;
}

bool sql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
    return ok;
}

QStringList column(const QString &path, const QString &select)
{
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("y"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(select);
            while (query.next())
                values << query.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("y"));
    return values;
}

// A small tmpfs of `kilobytes`, for a real ENOSPC; empty when this machine will not mount one
// (not root): the caller skips.
QString mountSmallDisk(const QString &folder, int kilobytes)
{
    QDir().mkpath(folder);
    const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData())
        != 0)
        return QString();
    return folder;
}

} // namespace

class TestWorkFiles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void inputsNamedLikeWorkFilesAreKept_data();
    void inputsNamedLikeWorkFilesAreKept();
    void writersLeaveOnlyTheirOutput_data();
    void writersLeaveOnlyTheirOutput();
    void writersStoppedAtAnyMomentLeaveNoWorkFile_data();
    void writersStoppedAtAnyMomentLeaveNoWorkFile();
    void interruptedDemoCopyLeavesNoOriginalValue_data();
    void interruptedDemoCopyLeavesNoOriginalValue();
    void demoCopyStoppedBySignalsAtAnyMoment();
    void demoCopyKeepsOnlyWhatQuadrantKnows();
    void demoCopyOfAnOlderFileAndOfANewerOne();
    void eachAccountReportIsItsOwnFile();
    void fullDiskIsSaidInWords();
    void migrationOnAFullDiskIsSaidInWords();

private:
    // A folder with a copy of the sample, an events file and decoys named as work files once
    // were, for one command that writes.
    struct WriterScene
    {
        QString folder, project, output;
        QStringList arguments, before;
        QHash<QString, QByteArray> decoys;
    };
    WriterScene writerScene(const QString &name, QStringList arguments, const QString &output);
    QString copyOfSample(const QString &folder, const QString &name);
    QString schema4CopyOfSample(const QString &folder, const QString &name);
    // Values of the sample that a demo copy must never hold.
    QList<QByteArray> originals() const;
    void expectNoOriginalIn(const QString &folder, const QStringList &except = {});

    QTemporaryDir m_dir;
    QString m_sample;
    QList<QByteArray> m_originals;
};

void TestWorkFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = m_dir.filePath(QStringLiteral("sample.quadrant"));
    makeSampleProject(m_sample, 300);
    for (const QString &select :
         {QStringLiteral("SELECT user_id FROM persons ORDER BY id LIMIT 40"),
          QStringLiteral("SELECT name FROM accounts"),
          QStringLiteral("SELECT owner FROM accounts WHERE owner <> ''"),
          QStringLiteral("SELECT comment FROM nps WHERE comment <> '' LIMIT 10")})
        for (const QString &value : column(m_sample, select))
            m_originals << value.toUtf8();
    QVERIFY(m_originals.size() > 50);
}

QString TestWorkFiles::copyOfSample(const QString &folder, const QString &name)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_sample, path))
        qWarning() << "cannot copy the sample to" << path;
    return path;
}

// The sample as Quadrant 0.4 wrote it (schema 4: events as rows), for the migrations; empty when
// it could not be made.
QString TestWorkFiles::schema4CopyOfSample(const QString &folder, const QString &name)
{
    const QString old = copyOfSample(folder, name);
    return rewriteAsSchema4(old).isEmpty() ? old : QString();
}

QList<QByteArray> TestWorkFiles::originals() const
{
    return m_originals;
}

void TestWorkFiles::expectNoOriginalIn(const QString &folder, const QStringList &except)
{
    for (const QString &name : filesIn(folder)) {
        if (except.contains(name))
            continue;
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray &value : m_originals)
            QVERIFY2(!bytes.contains(value),
                     qPrintable(QStringLiteral("%1 holds the original value '%2'")
                                    .arg(name, QString::fromUtf8(value))));
    }
}

// Fault 1: save-as, demo-copy and new deleted OUT.saving, OUT.demo-work(-journal) and
// OUT.creating before any check, even when that file was the input.
void TestWorkFiles::inputsNamedLikeWorkFilesAreKept_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("output");
    QTest::newRow("save-as from OUT.saving") << "rescue.quadrant.saving"
                                             << "save-as"
                                             << "rescue.quadrant";
    QTest::newRow("demo-copy from OUT.demo-work") << "work.demo-work"
                                                  << "demo-copy"
                                                  << "work";
    QTest::newRow("demo-copy from OUT.demo-work-journal") << "work.demo-work-journal"
                                                          << "demo-copy"
                                                          << "work";
    QTest::newRow("demo-copy from OUT.saving") << "demo.quadrant.saving"
                                               << "demo-copy"
                                               << "demo.quadrant";
    QTest::newRow("new beside OUT.creating") << "p.quadrant.creating"
                                             << "new"
                                             << "p.quadrant";
}

void TestWorkFiles::inputsNamedLikeWorkFilesAreKept()
{
    QFETCH(QString, input);
    QFETCH(QString, command);
    QFETCH(QString, output);
    const QString folder = m_dir.filePath(QStringLiteral("named-%1").arg(QTest::currentDataTag()));
    const QString in = copyOfSample(folder, input);
    const QByteArray before = fileHash(in);
    const QString out = QDir(folder).filePath(output);
    const QStringList arguments = command == QLatin1String("new")
                                      ? QStringList{command, out}
                                      : QStringList{command, in, QStringLiteral("--out"), out};
    const CliRun run = runCli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(QFileInfo::exists(in), "the input was deleted");
    QCOMPARE(fileHash(in), before);
    QVERIFY(QFileInfo::exists(out));
    QStringList expected{input, output};
    expected.sort();
    QCOMPARE(filesIn(folder), expected);
    const CliRun info = runCli({QStringLiteral("info"), out});
    QVERIFY2(info.exitCode == 0, info.err.constData());
}

// Every command that writes: the files that were there stay as they were, whatever they are
// called, and only the output is added.
void TestWorkFiles::writersLeaveOnlyTheirOutput_data()
{
    QTest::addColumn<QStringList>("arguments"); // PROJECT and OUT are replaced
    QTest::addColumn<QString>("output");
    QTest::newRow("save-as") << QStringList{"save-as", "PROJECT", "--out", "OUT"} << "out.quadrant";
    QTest::newRow("demo-copy") << QStringList{"demo-copy", "PROJECT", "--out", "OUT"}
                               << "out.quadrant";
    QTest::newRow("new") << QStringList{"new", "OUT"} << "out.quadrant";
    QTest::newRow("sample") << QStringList{"sample", "OUT", "--persons", "20"} << "out.quadrant";
    QTest::newRow("export-events")
        << QStringList{"export-events", "PROJECT", "--out", "OUT"} << "out.csv";
    QTest::newRow("report") << QStringList{"report", "PROJECT", "--out", "OUT"} << "out.pdf";
    QTest::newRow("account report")
        << QStringList{"report", "PROJECT", "--account", "acc-0001", "--out", "OUT"} << "out.pdf";
    QTest::newRow("render png")
        << QStringList{"render", "PROJECT", "--analysis", "Onboarding funnel", "--out", "OUT"}
        << "out.png";
    QTest::newRow("render csv")
        << QStringList{"render", "PROJECT", "--analysis", "Onboarding funnel", "--out", "OUT"}
        << "out.csv";
    QTest::newRow("import rejects") << QStringList{"import",
                                                   "PROJECT",
                                                   "--kind",
                                                   "events",
                                                   "--file",
                                                   "EVENTS",
                                                   "--rejects",
                                                   "OUT"}
                                    << "out.csv";
}

TestWorkFiles::WriterScene
TestWorkFiles::writerScene(const QString &name, QStringList arguments, const QString &output)
{
    WriterScene scene;
    scene.folder = m_dir.filePath(
        name + QLatin1Char('-')
        + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    scene.project = copyOfSample(scene.folder, QStringLiteral("project.quadrant"));
    const QString events = QDir(scene.folder).filePath(QStringLiteral("events.csv"));
    writeFile(events, "user_id,event,time\nu1,login,2026-09-01T10:00:00Z\nu2,login,not a time\n");
    scene.output = output;
    const QString out = QDir(scene.folder).filePath(output);
    // Files named as work files once were, and as QSaveFile names them.
    for (const char *suffix :
         {".saving", ".creating", ".demo-work", ".demo-work-journal", ".demo-work.lock", ".tmp"}) {
        const QString decoy = out + QLatin1String(suffix);
        QFile::copy(m_sample, decoy);
        scene.decoys.insert(decoy, fileHash(decoy));
    }
    scene.before = filesIn(scene.folder);
    for (QString &argument : arguments)
        argument = argument == QLatin1String("PROJECT")  ? scene.project
                   : argument == QLatin1String("OUT")    ? out
                   : argument == QLatin1String("EVENTS") ? events
                                                         : argument;
    scene.arguments = arguments;
    return scene;
}

void TestWorkFiles::writersLeaveOnlyTheirOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const WriterScene scene = writerScene(QStringLiteral("writers"), arguments, output);
    QStringList expected = scene.before;
    expected << output;
    expected.sort();
    const CliRun run = runCli(scene.arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (auto it = scene.decoys.cbegin(); it != scene.decoys.cend(); ++it)
        QVERIFY2(fileHash(it.key()) == it.value(), qPrintable(it.key()));
    QCOMPARE(filesIn(scene.folder), expected);
}

void TestWorkFiles::writersStoppedAtAnyMomentLeaveNoWorkFile_data()
{
    writersLeaveOnlyTheirOutput_data();
}

// The kill suite over every command that writes: SIGTERM, SIGINT and SIGHUP at six moments of
// each run leave the folder as it was (or with the whole output, renamed into place just before
// the signal), SIGKILL at most a hidden work file of this run's own or a stale lock; no decoy
// named like an old work file is touched, and the project still opens. Before the signal
// handler knew the lock and a new project being filled, SIGTERM left NAME.quadrant.lock beside
// an import's project and a half-filled sample with its journal.
void TestWorkFiles::writersStoppedAtAnyMomentLeaveNoWorkFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const WriterScene scene = writerScene(QStringLiteral("stopped"), arguments, output);
    QElapsedTimer clock;
    clock.start();
    const CliRun whole = runCli(scene.arguments);
    QVERIFY2(whole.exitCode == 0, whole.err.constData());
    const qint64 duration = std::max<qint64>(clock.elapsed(), 20);
    const QString out = QDir(scene.folder).filePath(output);
    int stopped = 0;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP, SIGKILL})
        for (int moment = 0; moment < 6; ++moment) {
            QFile::remove(out);
            QProcess process;
            process.start(cliProgram(), scene.arguments);
            QVERIFY(process.waitForStarted());
            QThread::msleep(ulong(duration * moment / 6));
            ::kill(pid_t(process.processId()), signalNumber);
            QVERIFY(process.waitForFinished(60000));
            if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
                ++stopped;
            for (auto it = scene.decoys.cbegin(); it != scene.decoys.cend(); ++it)
                QVERIFY2(fileHash(it.key()) == it.value(), qPrintable(it.key()));
            const CliRun info = runCli({QStringLiteral("info"), scene.project});
            QVERIFY2(info.exitCode == 0, info.err.constData());
            QStringList left = filesIn(scene.folder);
            left.removeAll(output);
            // A journal an ended write left hot beside the project is the project's own: the
            // next open rolls it back (info above did).
            left.removeAll(QStringLiteral("project.quadrant-journal"));
            for (const QString &name : std::as_const(left)) {
                if (scene.before.contains(name))
                    continue;
                // Only a kill -9 leaves anything: its work file, or its lock (which the next
                // writer takes over, as its process is gone) and the new project's journal.
                const bool workFile = name.startsWith(QLatin1Char('.'))
                                      && name.contains(QLatin1String(".quadrant-work"));
                const bool lockOrJournal = name.endsWith(QLatin1String(".quadrant.lock"))
                                           || name.endsWith(QLatin1String(".quadrant-journal"));
                QVERIFY2(signalNumber == SIGKILL && (workFile || lockOrJournal),
                         qPrintable(QStringLiteral("%1 after signal %2 at moment %3")
                                        .arg(name)
                                        .arg(signalNumber)
                                        .arg(moment)));
                QFile::remove(QDir(scene.folder).filePath(name));
            }
        }
    QVERIFY2(stopped > 0, "no run was stopped before it finished");
}

// Fault 2: `demo-copy & kill -TERM` left OUT.demo-work (+ journal, lock), a complete copy of the
// client's project, beside the file meant to be shown. Each signal at each moment a crash point
// marks: after SIGTERM, SIGINT or SIGHUP nothing at all is left; after SIGKILL at most a work
// file of pseudonyms; and the private database SQLite keeps in TMPDIR is gone too.
void TestWorkFiles::interruptedDemoCopyLeavesNoOriginalValue_data()
{
    QTest::addColumn<QString>("signal");
    for (const char *signal : {"TERM", "INT", "HUP", "KILL"})
        QTest::newRow(signal) << QString::fromLatin1(signal);
}

void TestWorkFiles::interruptedDemoCopyLeavesNoOriginalValue()
{
    QFETCH(QString, signal);
    const QString folder = m_dir.filePath(QStringLiteral("interrupted-") + signal);
    const QString temporary = m_dir.filePath(QStringLiteral("tmp-") + signal);
    QDir().mkpath(temporary);
    const QString source = copyOfSample(folder, QStringLiteral("client.quadrant"));
    const QString target = QDir(folder).filePath(QStringLiteral("demo.quadrant"));
    int interrupted = 0;
    for (int pass = 1; pass < 200; ++pass) {
        const CliRun run
            = runCli({QStringLiteral("demo-copy"), source, QStringLiteral("--out"), target},
                     {QStringLiteral("QUADRANT_CRASH_AT=demo.step:%1:%2").arg(pass).arg(signal),
                      QStringLiteral("TMPDIR=") + temporary,
                      QStringLiteral("SQLITE_TMPDIR=") + temporary});
        if (!run.crashed) {
            QVERIFY2(run.exitCode == 0, run.err.constData());
            break; // past the last point: the copy was written
        }
        ++interrupted;
        QVERIFY2(!QFileInfo::exists(target), "a copy appeared although it was interrupted");
        QVERIFY2(filesIn(temporary).isEmpty(), qPrintable(filesIn(temporary).join(' ')));
        const QStringList left = filesIn(folder);
        if (signal != QLatin1String("KILL"))
            QVERIFY2(left == QStringList{QStringLiteral("client.quadrant")},
                     qPrintable(QStringLiteral("pass %1 left %2").arg(pass).arg(left.join(' '))));
        expectNoOriginalIn(folder, {QStringLiteral("client.quadrant")});
        for (const QString &name : left)
            if (name != QLatin1String("client.quadrant"))
                QFile::remove(QDir(folder).filePath(name));
    }
    QVERIFY2(interrupted >= 15, qPrintable(QString::number(interrupted)));
    QVERIFY(QFileInfo::exists(target));
    expectNoOriginalIn(folder, {QStringLiteral("client.quadrant")});
}

// The same with real signals from outside, at moments spread over a larger copy.
void TestWorkFiles::demoCopyStoppedBySignalsAtAnyMoment()
{
    const QString folder = m_dir.filePath(QStringLiteral("signals"));
    const QString temporary = m_dir.filePath(QStringLiteral("tmp-signals"));
    QDir().mkpath(temporary);
    const QString source = copyOfSample(folder, QStringLiteral("client.quadrant"));
    const QString target = QDir(folder).filePath(QStringLiteral("demo.quadrant"));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TMPDIR"), temporary);
    environment.insert(QStringLiteral("SQLITE_TMPDIR"), temporary);
    QElapsedTimer clock;
    clock.start();
    {
        QProcess whole;
        whole.setProcessEnvironment(environment);
        whole.start(cliProgram(),
                    {QStringLiteral("demo-copy"), source, QStringLiteral("--out"), target});
        QVERIFY(whole.waitForFinished(60000));
        QCOMPARE(whole.exitCode(), 0);
    }
    const qint64 duration = std::max<qint64>(clock.elapsed(), 20);
    QFile::remove(target);
    int stopped = 0;
    for (const int signalNumber : {SIGTERM, SIGINT, SIGHUP, SIGKILL})
        for (int moment = 0; moment < 6; ++moment) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.start(cliProgram(),
                          {QStringLiteral("demo-copy"), source, QStringLiteral("--out"), target});
            QVERIFY(process.waitForStarted());
            QThread::msleep(ulong(duration * moment / 6));
            ::kill(pid_t(process.processId()), signalNumber);
            QVERIFY(process.waitForFinished(60000));
            const bool finished
                = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
            if (!finished)
                ++stopped;
            // SQLite names its temporary databases etilqs_* and unlinks each right after it
            // opens it; a signal between the two can leave that one, still empty. Nothing else.
            for (const QString &name : filesIn(temporary)) {
                const QFileInfo left(QDir(temporary).filePath(name));
                QVERIFY2(name.startsWith(QLatin1String("etilqs_")) && left.size() == 0,
                         qPrintable(name));
                QFile::remove(left.filePath());
            }
            expectNoOriginalIn(folder, {QStringLiteral("client.quadrant")});
            // A signal that lands after the copy was renamed into place, but before the process
            // ended, stops a run whose output is already whole: it must then be a valid copy.
            const bool committed = QFile::exists(target);
            if (committed) {
                const CliRun info = runCli({QStringLiteral("info"), target});
                QVERIFY2(info.exitCode == 0, info.err.constData());
            }
            QVERIFY2(committed || !finished, "a finished run left no copy");
            QStringList allowed{QStringLiteral("client.quadrant")};
            if (committed)
                allowed << QStringLiteral("demo.quadrant");
            if (signalNumber != SIGKILL)
                QVERIFY2(filesIn(folder) == allowed, qPrintable(filesIn(folder).join(' ')));
            for (const QString &name : filesIn(folder))
                if (name != QLatin1String("client.quadrant"))
                    QFile::remove(QDir(folder).filePath(name));
        }
    QVERIFY2(stopped > 0, "no run was stopped before it finished");
}

// Fault 3: extra tables, columns, a leftover events table and every project_meta key (a saved
// ClickHouse URL with a user and an internal host) were copied verbatim.
void TestWorkFiles::demoCopyKeepsOnlyWhatQuadrantKnows()
{
    const QString folder = m_dir.filePath(QStringLiteral("allow-list"));
    const QString source = copyOfSample(folder, QStringLiteral("client.quadrant"));
    QVERIFY(sql(
        source,
        {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
         QStringLiteral("INSERT INTO notes(text) VALUES ('call ceo.secret@client-corp.example')"),
         QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, payload TEXT)"),
         QStringLiteral("INSERT INTO events(payload) VALUES ('leftover-row-store-secret')"),
         QStringLiteral("ALTER TABLE persons ADD COLUMN private_note TEXT"),
         QStringLiteral("UPDATE persons SET private_note = 'extra-column-secret'"),
         QStringLiteral("CREATE VIEW client_view AS SELECT 'view-secret' AS x"),
         QStringLiteral("INSERT INTO project_meta(key, value) VALUES "
                        "('clickhouse_url', 'http://alice@ch-internal.client-corp.example:8123'),"
                        "('clickhouse_database', 'client_corp_prod'),"
                        "('internal_note', 'meta-secret')")}));
    const QString target = QDir(folder).filePath(QStringLiteral("demo.quadrant"));
    const CliRun run = runCli({QStringLiteral("demo-copy"),
                               source,
                               QStringLiteral("--out"),
                               target,
                               QStringLiteral("--format"),
                               QStringLiteral("json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    // notes, events, client_view; private_note; three settings.
    QVERIFY2(run.out.contains("\"left_out\": 7,"), run.out.constData());
    QFile copy(target);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QByteArray bytes = copy.readAll();
    for (const char *secret : {"ceo.secret",
                               "leftover-row-store-secret",
                               "extra-column-secret",
                               "view-secret",
                               "alice",
                               "ch-internal",
                               "client_corp_prod",
                               "meta-secret",
                               "internal_note",
                               "private_note",
                               "notes"})
        QVERIFY2(!bytes.contains(secret), secret);
    expectNoOriginalIn(folder, {QStringLiteral("client.quadrant")});
    // Every saved analysis keeps its numbers.
    for (const QString &analysis :
         column(source, QStringLiteral("SELECT name FROM saved_analyses"))) {
        const CliRun before = runCli({QStringLiteral("render"),
                                      source,
                                      QStringLiteral("--analysis"),
                                      analysis,
                                      QStringLiteral("--out"),
                                      QDir(folder).filePath(QStringLiteral("a.csv"))});
        const CliRun after = runCli({QStringLiteral("render"),
                                     target,
                                     QStringLiteral("--analysis"),
                                     analysis,
                                     QStringLiteral("--out"),
                                     QDir(folder).filePath(QStringLiteral("b.csv"))});
        QCOMPARE(after.exitCode, before.exitCode);
        if (before.exitCode != 0)
            continue;
        QFile a(QDir(folder).filePath(QStringLiteral("a.csv"))),
            b(QDir(folder).filePath(QStringLiteral("b.csv")));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray left = a.readAll(), right = b.readAll();
        // Tables that name persons, accounts or owners show pseudonyms; the others are the same
        // bytes.
        const bool names
            = std::any_of(m_originals.cbegin(),
                          m_originals.cend(),
                          [&left](const QByteArray &value) { return left.contains(value); })
              || left.contains("u0") || left.contains("acc-");
        if (!names)
            QVERIFY2(left == right, qPrintable(analysis));
    }
}

// A demo copy of a file from an older Quadrant is upgraded privately (the file stays as it
// was); one from a newer Quadrant is one line, not a warning and an error (fault 11).
void TestWorkFiles::demoCopyOfAnOlderFileAndOfANewerOne()
{
    const QString folder = m_dir.filePath(QStringLiteral("versions"));
    const QString old = schema4CopyOfSample(folder, QStringLiteral("schema4.quadrant"));
    const QByteArray before = fileHash(old);
    const QString target = QDir(folder).filePath(QStringLiteral("demo.quadrant"));
    const CliRun run = runCli({QStringLiteral("demo-copy"), old, QStringLiteral("--out"), target});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(fileHash(old), before);
    const CliRun funnelOld = runCli({QStringLiteral("render"),
                                     m_sample,
                                     QStringLiteral("--analysis"),
                                     QStringLiteral("Onboarding funnel"),
                                     QStringLiteral("--out"),
                                     QDir(folder).filePath(QStringLiteral("a.csv"))});
    const CliRun funnelCopy = runCli({QStringLiteral("render"),
                                      target,
                                      QStringLiteral("--analysis"),
                                      QStringLiteral("Onboarding funnel"),
                                      QStringLiteral("--out"),
                                      QDir(folder).filePath(QStringLiteral("b.csv"))});
    QVERIFY2(funnelOld.exitCode == 0 && funnelCopy.exitCode == 0, funnelCopy.err.constData());
    QCOMPARE(fileHash(QDir(folder).filePath(QStringLiteral("a.csv"))),
             fileHash(QDir(folder).filePath(QStringLiteral("b.csv"))));
    expectNoOriginalIn(folder, {QStringLiteral("schema4.quadrant")});

    const QString newer = copyOfSample(folder, QStringLiteral("schema6.quadrant"));
    QVERIFY(sql(newer, {QStringLiteral("PRAGMA user_version = 6")}));
    expectOneLineError(runCli({QStringLiteral("demo-copy"),
                               newer,
                               QStringLiteral("--out"),
                               QDir(folder).filePath(QStringLiteral("demo6.quadrant"))}),
                       "made by a newer version of Quadrant");
    QVERIFY(!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("demo6.quadrant"))));
}

// Fault 4: three accounts sharing a 150-character name produced one file holding the third
// account's report, and the printed table mapped all three to it.
void TestWorkFiles::eachAccountReportIsItsOwnFile()
{
    const QString folder = m_dir.filePath(QStringLiteral("each-account"));
    const QString project = copyOfSample(folder, QStringLiteral("p.quadrant"));
    const QString longName = QString(150, QLatin1Char('N'));
    QVERIFY(sql(project,
                {QStringLiteral("UPDATE accounts SET name = '%1' WHERE account_id IN "
                                "('acc-0001', 'acc-0002', 'acc-0003')")
                     .arg(longName),
                 // Ids that a careless escape would make one: a/b and a_b.
                 QStringLiteral("UPDATE accounts SET account_id = 'acc/0004' WHERE account_id = "
                                "'acc-0004'"),
                 QStringLiteral("UPDATE persons SET account_id = 'acc/0004' WHERE account_id = "
                                "'acc-0004'"),
                 QStringLiteral("UPDATE accounts SET account_id = 'acc_0004' WHERE account_id = "
                                "'acc-0005'"),
                 QStringLiteral("UPDATE persons SET account_id = 'acc_0004' WHERE account_id = "
                                "'acc-0005'")}));
    const QString reports = QDir(folder).filePath(QStringLiteral("reports"));
    const CliRun run = runCli({QStringLiteral("report"),
                               project,
                               QStringLiteral("--each-account"),
                               QStringLiteral("--out-dir"),
                               reports});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst(); // header
    QSet<QString> files, accounts;
    for (const QString &line : lines) {
        accounts.insert(line.section(QLatin1Char('\t'), 0, 0));
        files.insert(line.section(QLatin1Char('\t'), 1));
    }
    QVERIFY(lines.size() >= 5);
    QCOMPARE(files.size(), lines.size());
    QCOMPARE(accounts.size(), lines.size());
    QCOMPARE(QDir(reports).entryList({QStringLiteral("*.pdf")}).size(), lines.size());
    for (const QString &file : files) {
        QVERIFY2(QFileInfo(file).fileName().toUtf8().size() <= 255, qPrintable(file));
        QVERIFY(QFileInfo(file).size() > 1000);
    }
}

// Fault 11: `report` on a full disk said "cannot write: Unknown error", and --each-account
// stopped after some reports with the same words.
void TestWorkFiles::fullDiskIsSaidInWords()
{
    const QString disk = mountSmallDisk(m_dir.filePath(QStringLiteral("small-disk")), 96);
    if (disk.isEmpty())
        QSKIP("cannot mount a small tmpfs here (needs root)");
    const auto unmount
        = qScopeGuard([&disk] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    const CliRun report = runCli({QStringLiteral("report"),
                                  m_sample,
                                  QStringLiteral("--out"),
                                  QDir(disk).filePath(QStringLiteral("report.pdf"))});
    expectOneLineError(report, "the disk is full");
    QVERIFY2(filesIn(disk).isEmpty(), qPrintable(filesIn(disk).join(' ')));
    const CliRun each = runCli({QStringLiteral("report"),
                                m_sample,
                                QStringLiteral("--each-account"),
                                QStringLiteral("--out-dir"),
                                disk});
    expectOneLineError(each, "the disk is full");
    QVERIFY2(each.err.contains("reports were written"), each.err.constData());
    for (const QString &name : filesIn(disk))
        QVERIFY2(name.endsWith(QLatin1String(".pdf")) && !name.startsWith(QLatin1Char('.')),
                 qPrintable(name));
    const CliRun copy = runCli({QStringLiteral("save-as"),
                                m_sample,
                                QStringLiteral("--out"),
                                QDir(disk).filePath(QStringLiteral("copy.quadrant"))});
    expectOneLineError(copy, "the disk is full");
    const CliRun demo = runCli({QStringLiteral("demo-copy"),
                                m_sample,
                                QStringLiteral("--out"),
                                QDir(disk).filePath(QStringLiteral("demo.quadrant"))});
    expectOneLineError(demo, "the disk is full");
    const CliRun events = runCli({QStringLiteral("export-events"),
                                  m_sample,
                                  QStringLiteral("--out"),
                                  QDir(disk).filePath(QStringLiteral("events.csv"))});
    expectOneLineError(events, "the disk is full");
    for (const QString &name : filesIn(disk))
        QVERIFY2(name.endsWith(QLatin1String(".pdf")) && !name.startsWith(QLatin1Char('.')),
                 qPrintable(name));
}

// Fault 11: a migration that met a full disk showed raw Qt and SQLite text. The old file fits
// on the disk with a few pages to spare, too few for the migration's journal and blocks.
void TestWorkFiles::migrationOnAFullDiskIsSaidInWords()
{
    const QString old = schema4CopyOfSample(m_dir.filePath(QStringLiteral("old")),
                                            QStringLiteral("old.quadrant"));
    QVERIFY(!old.isEmpty());
    const int kilobytes = int((QFileInfo(old).size() + 4095) / 4096 * 4) + 16;
    const QString disk = mountSmallDisk(m_dir.filePath(QStringLiteral("tight-disk")), kilobytes);
    if (disk.isEmpty())
        QSKIP("cannot mount a small tmpfs here (needs root)");
    const auto unmount
        = qScopeGuard([&disk] { ::umount2(QFile::encodeName(disk).constData(), MNT_DETACH); });
    const QString project = QDir(disk).filePath(QStringLiteral("old.quadrant"));
    QVERIFY(QFile::copy(old, project));
    const QByteArray before = fileHash(project);
    const QString events = m_dir.filePath(QStringLiteral("few-events.csv"));
    writeFile(events, "user_id,event,time\nu1,login,2026-09-01T10:00:00Z\n");
    const CliRun run = runCli({QStringLiteral("import"),
                               project,
                               QStringLiteral("--kind"),
                               QStringLiteral("events"),
                               QStringLiteral("--file"),
                               events});
    expectOneLineError(run, "the disk is full");
    QVERIFY2(!run.err.contains("SQL") && !run.err.contains("Unable"), run.err.constData());
    QCOMPARE(fileHash(project), before);
    QCOMPARE(filesIn(disk), QStringList{QStringLiteral("old.quadrant")});

    const CliRun render = runCli({QStringLiteral("render"),
                                  old,
                                  QStringLiteral("--analysis"),
                                  QStringLiteral("Onboarding funnel"),
                                  QStringLiteral("--out"),
                                  QDir(disk).filePath(QStringLiteral("funnel.png"))});
    expectOneLineError(render, "the disk is full");
    QCOMPARE(filesIn(disk), QStringList{QStringLiteral("old.quadrant")});
}

QTEST_GUILESS_MAIN(TestWorkFiles)
#include "tst_workfiles.moc"

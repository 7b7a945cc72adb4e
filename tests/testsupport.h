// SPDX-License-Identifier: MIT
#pragma once

#include "analysis/analysiskind.h"
#include "analysis/eventindex.h"
#include "jobs/jobcontext.h"
#include "store/eventblocks.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <sys/resource.h>

// Small helpers shared by the tests: fixture paths, fresh projects, file hashes, SQL scalars.
namespace Quadrant::Test {

inline QString dataPath(const QString &name)
{
    return QStringLiteral(QUADRANT_TEST_DATA) + QLatin1Char('/') + name;
}

inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

inline QString newProject(const QTemporaryDir &dir,
                          const QString &name = QStringLiteral("test.quadrant"))
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    const auto failure = ProjectStore::create(path);
    if (failure)
        qWarning() << failure->toString();
    return path;
}

// Events are stored as compressed blocks (schema 5); a check that reads them with SQL gets them
// decoded into temp.events, shaped like the old row store (id = storage position + 1).
inline void decodeEventsForSql(const ProjectStore &store, const QString &sql)
{
    static const QRegularExpression eventsTable(QStringLiteral("\\bevents\\b"));
    if (!EventBlockReader::usesRowStore(store) && sql.contains(eventsTable))
        if (auto failure = EventBlockReader::copyToTemporaryTable(store, "events"))
            qWarning() << failure->toString();
}

// What a saved analysis's definition computes to on this index (empty for an unknown kind).
inline RecordTable
computeAnalysis(const ProjectStore &store, const EventIndex &index, const QJsonObject &definition)
{
    const AnalysisKindEngine *kind = AnalysisKinds::of(definition);
    if (!kind)
        return {};
    JobContext context;
    const AnalysisOutcome outcome = kind->compute(definition, index, store, context);
    if (outcome.failure)
        qWarning() << outcome.failure->toString();
    return outcome.table;
}

inline QVariant scalar(const ProjectStore &store, const QString &sql)
{
    decodeEventsForSql(store, sql);
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return QVariant();
    return query.value(0);
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// One run of quadrant-cli, without a display (the CLI must need none).
struct CliRun
{
    int exitCode = -1;    // -1 when the process did not exit normally
    bool crashed = false; // killed by a signal (a crash, or a crash point's SIGKILL)
    QByteArray out, err;
};

// The quadrant-cli under test. QUADRANT_CLI_UNDER_TEST runs the same checks against another
// build (an older one, to see a regression test fail without its fix).
inline QString cliProgram()
{
    return qEnvironmentVariable("QUADRANT_CLI_UNDER_TEST", QStringLiteral(QUADRANT_CLI_PATH));
}

// AddressSanitizer reserves terabytes of address space for its shadow memory at start-up, so a
// sanitized quadrant-cli cannot run under a limit on its address space at all (tests/sanitize.sh
// builds the tests and the CLI with the same flags). There a limited run goes unlimited: it
// still shows that what it checks is refused in words, and ASan reports a failed allocation.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool addressSpaceCanBeLimited = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool addressSpaceCanBeLimited = false;
#else
constexpr bool addressSpaceCanBeLimited = true;
#endif
#else
constexpr bool addressSpaceCanBeLimited = true;
#endif

// quadrant-cli with `environment` added; with addressSpaceBytes, its address space limited (as
// `prlimit --as` does), so that a run that tries to allocate more fails instead of taking the
// machine's memory.
inline CliRun runCli(const QStringList &arguments,
                     const QStringList &environment = {},
                     int timeoutMs = 120000,
                     rlim_t addressSpaceBytes = 0)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0),
                   assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    if (addressSpaceBytes > 0 && addressSpaceCanBeLimited)
        process.setChildProcessModifier([addressSpaceBytes] {
            const rlimit limit{addressSpaceBytes, addressSpaceBytes};
            setrlimit(RLIMIT_AS, &limit);
        });
    process.start(cliProgram(), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, true, process.readAllStandardOutput(), "timed out"};
    }
    const bool normal = process.exitStatus() == QProcess::NormalExit;
    return {normal ? process.exitCode() : -1,
            !normal,
            process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// A run refused as every bad input is: exit 1, no signal, one line naming the problem.
inline void expectOneLineError(const CliRun &run, const QByteArray &contains)
{
    QVERIFY2(!run.crashed, run.err.constData());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("quadrant-cli: error: "), run.err.constData());
    QCOMPARE(run.err.count('\n'), 1);
    QVERIFY2(run.err.contains(contains), run.err.constData());
}

// Rewrites a project of this version as schema 4 kept its events (rows in `events`, the
// identity-time index, an empty snapshot table), with schema 4's own statements: the file a
// migration starts from. Empty when done, else the statement that failed.
inline QString rewriteAsSchema4(const QString &path)
{
    ProjectStore store;
    if (auto failure = store.open(path))
        return failure->toString();
    if (auto failure = EventBlockReader::copyToTemporaryTable(store, "decoded"))
        return failure->toString();
    for (const char *statement :
         {"CREATE TABLE events (id INTEGER PRIMARY KEY, identity_id INTEGER NOT NULL, "
          "event_id INTEGER NOT NULL, ts INTEGER NOT NULL, source_id INTEGER, import_id "
          "INTEGER NOT NULL, properties TEXT)",
          "INSERT INTO events SELECT * FROM temp.decoded ORDER BY id",
          "CREATE INDEX events_by_identity_time ON events(identity_id, ts)",
          "CREATE TABLE event_index_snapshot (id INTEGER PRIMARY KEY, part TEXT NOT NULL, "
          "chunk INTEGER NOT NULL, data BLOB NOT NULL, UNIQUE (part, chunk))",
          "DROP TABLE event_blocks",
          "PRAGMA user_version = 4"}) {
        QSqlQuery query(store.database());
        if (!query.exec(QString::fromLatin1(statement)))
            return QString::fromLatin1(statement);
    }
    return QString();
}

// The built-in sample with `persons` persons, made by quadrant-cli (as a user would); the test
// fails when it cannot be made.
inline void makeSampleProject(const QString &path, int persons)
{
    const CliRun run = runCli(
        {QStringLiteral("sample"), path, QStringLiteral("--persons"), QString::number(persons)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

// A throwaway clickhouse-server (tests/clickhouse/server.sh) with its data in `folder`:
// its HTTP port, or 0 when clickhouse-server is not installed (the caller skips, saying so);
// the test fails when it is installed but does not start. stopClickHouse() ends it.
inline QString clickHouseScript()
{
    return QStringLiteral(QUADRANT_TEST_DATA "/../clickhouse/server.sh");
}

inline void startClickHouse(const QString &folder, quint16 *port)
{
    *port = 0;
    QProcess start;
    start.start(QStringLiteral("bash"), {clickHouseScript(), QStringLiteral("start"), folder});
    QVERIFY(start.waitForFinished(120000));
    if (start.exitCode() == 77)
        return;
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
    *port = quint16(start.readAllStandardOutput().trimmed().toUInt());
    QVERIFY(*port > 0);
}

inline void stopClickHouse(const QString &folder)
{
    QProcess::execute(QStringLiteral("bash"), {clickHouseScript(), QStringLiteral("stop"), folder});
}

// CTest's "skipped" (SKIP_RETURN_CODE in cmake/QuadrantTest.cmake). A test whose whole subject
// is missing on this machine (no clickhouse-server) calls skipWholeTest() in initTestCase and
// ends through skippableMain(), so that ctest reports it as skipped, never as passed.
constexpr int skippedExitCode = 77;

inline bool &wholeTestSkipped()
{
    static bool skipped = false;
    return skipped;
}

inline void skipWholeTest(const char *why, const char *file, int line)
{
    wholeTestSkipped() = true;
    QTest::qSkip(why, file, line);
}

// QTEST_MAIN / QTEST_GUILESS_MAIN with the exit status above when the whole test was skipped.
template<typename Application, typename TestObject>
int skippableMain(int argc, char **argv)
{
    Application application(argc, argv);
    QCoreApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestObject test;
    const int failures = QTest::qExec(&test, argc, argv);
    return failures == 0 && wholeTestSkipped() ? skippedExitCode : failures;
}

} // namespace Quadrant::Test

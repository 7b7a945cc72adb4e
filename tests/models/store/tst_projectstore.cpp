// SPDX-License-Identifier: MIT
#include "jobs/jobcontext.h"
#include "store/projectfileprobe.h"
#include "store/projectstore.h"
#include "store/schema.h"
#include "testsupport.h"

#include <QDateTime>
#include <QLockFile>
#include <QSqlError>
#include <QSysInfo>
#include <QTest>

#include <sqlite3.h>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

void runSql(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error);
    sqlite3_close(db);
}

// The 1-based number of the last leaf page of `table` (SQLite's dbstat).
qint64 lastLeafPage(const QString &path, const char *table)
{
    sqlite3 *db = nullptr;
    qint64 page = 0;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr)
        == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT max(pageno), count(*) FROM dbstat WHERE name = ?1 AND pagetype "
                           "= 'leaf'",
                           -1,
                           &statement,
                           nullptr);
        sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_int(statement, 1) >= 2)
            page = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return page;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen();
    void createRefusesToOverwrite();
    void foreignOrDamagedFilesStayUnchanged_data();
    void foreignOrDamagedFilesStayUnchanged();
    void swappedTablePagesAreFoundOnEveryOpen();
    void newerSchemaOpensReadOnly();
    void migratesFromEveryOlderVersion_data();
    void migratesFromEveryOlderVersion();
    void secondWriterIsToldWhoHoldsTheLock();
    void staleLockIsTakenOver();
    void unreadableLocks_data();
    void unreadableLocks();
    void lockFromAnotherComputerSaysHowToTakeOver();
    void saveAsCopiesAndMovesOn();
    void missingFile();

private:
    QTemporaryDir m_dir;
};

void TestProjectStore::createAndReopen()
{
    const QString path = newProject(m_dir, QStringLiteral("roundtrip.quadrant"));
    {
        ProjectStore store;
        QVERIFY(!store.open(path));
        QVERIFY(!store.isReadOnly());
        QCOMPARE(store.schemaVersion(), Schema::currentVersion());
        QVERIFY(!store.setMetaValue(QStringLiteral("note"), QStringLiteral("héllo")));
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("delete"));
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    const ProjectFileProbe probe = ProjectFileProbe::inspect(path);
    QCOMPARE(int(probe.verdict), int(ProjectFileProbe::Verdict::Project));
    QCOMPARE(probe.applicationId, Schema::applicationId);
    QCOMPARE(probe.userVersion, Schema::currentVersion());
    ProjectStore again;
    QVERIFY(!again.open(path));
    QCOMPARE(again.metaValue(QStringLiteral("note")), QStringLiteral("héllo"));
    QVERIFY(!again.metaValue(QStringLiteral("created_at")).isEmpty());
    // No side files are left next to a closed project.
    again.close();
    QDir dir(m_dir.path());
    QCOMPARE(dir.entryList({QStringLiteral("roundtrip*")}, QDir::Files),
             QStringList{QStringLiteral("roundtrip.quadrant")});
}

void TestProjectStore::createRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("precious.csv"));
    writeFile(path, "keep me");
    const auto failure = ProjectStore::create(path);
    QVERIFY(failure);
    QVERIFY(failure->toString().contains(QLatin1String("already exists")));
    QCOMPARE(fileHash(path),
             QCryptographicHash::hash("keep me", QCryptographicHash::Sha256).toHex());
}

void TestProjectStore::foreignOrDamagedFilesStayUnchanged_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    writeFile(m_dir.filePath(QStringLiteral("notes.quadrant")), "just some text\n");
    QByteArray noise(9000, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919) % 251);
    writeFile(m_dir.filePath(QStringLiteral("noise.quadrant")), noise);
    writeFile(m_dir.filePath(QStringLiteral("empty.quadrant")), QByteArray());
    runSql(m_dir.filePath(QStringLiteral("foreign.quadrant")),
           "CREATE TABLE t(x); INSERT INTO t VALUES (1);");

    // A real project cut short, and one with a page overwritten by garbage.
    const QString full = newProject(m_dir, QStringLiteral("full.quadrant"));
    {
        ProjectStore store;
        QVERIFY(!store.open(full));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO event_names(name) VALUES ('a'), ('b')")));
    }
    QFile source(full);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    writeFile(m_dir.filePath(QStringLiteral("truncated.quadrant")), bytes.left(8192));
    QByteArray damaged = bytes;
    for (qsizetype i = 8192 * 2; i < 8192 * 3 && i < damaged.size(); ++i)
        damaged[i] = char(0xA5);
    writeFile(m_dir.filePath(QStringLiteral("damaged.quadrant")), damaged);
    QByteArray badHeader = bytes;
    badHeader[0] = 'X';
    writeFile(m_dir.filePath(QStringLiteral("badheader.quadrant")), badHeader);

    QTest::addRow("text file") << "notes.quadrant"
                               << "not a Quadrant project";
    QTest::addRow("random bytes") << "noise.quadrant"
                                  << "not a Quadrant project";
    QTest::addRow("empty file") << "empty.quadrant"
                                << "empty";
    QTest::addRow("another program's SQLite") << "foreign.quadrant"
                                              << "not a Quadrant project";
    QTest::addRow("truncated project") << "truncated.quadrant"
                                       << "damaged";
    QTest::addRow("overwritten page") << "damaged.quadrant"
                                      << "damaged";
    QTest::addRow("damaged header") << "badheader.quadrant"
                                    << "not a Quadrant project";
}

void TestProjectStore::foreignOrDamagedFilesStayUnchanged()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    const QByteArray before = fileHash(path);
    const QDateTime modified = QFileInfo(path).lastModified();
    ProjectStore store;
    const auto failure = store.open(path);
    QVERIFY(failure);
    QVERIFY2(failure->toString().contains(message), qPrintable(failure->toString()));
    QVERIFY(failure->toString().contains(name));
    QVERIFY(!store.isOpen());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QFileInfo(path).lastModified(), modified);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

// A page of persons swapped with a page of spend reads without any SQLite error, so only a check
// of the tables finds it; a write checked the whole file, a read-only open nothing, and funnels
// counted the wrong persons with exit 0 (issue #23, fault 6).
void TestProjectStore::swappedTablePagesAreFoundOnEveryOpen()
{
    const QString path = newProject(m_dir, QStringLiteral("swapped.quadrant"));
    runSql(path,
           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
           "INSERT INTO persons(user_id, properties) SELECT printf('person-%05d', i), "
           "'{\"plan\":\"team\"}' FROM n; "
           "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600) "
           "INSERT INTO spend(day, channel, amount, properties) SELECT 20000 + i, 'ads', i * 1.5, "
           "'{\"campaign_note\":\"spring launch, second wave\"}' FROM n;");
    const qint64 personsPage = lastLeafPage(path, "persons");
    const qint64 spendPage = lastLeafPage(path, "spend");
    QVERIFY(personsPage > 0 && spendPage > 0);
    {
        ProjectStore store;
        QVERIFY(!store.open(path, ProjectStore::Access::ReadOnly));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qint64 pageSize = 8192;
    const QByteArray persons = bytes.mid((personsPage - 1) * pageSize, pageSize);
    bytes.replace(
        (personsPage - 1) * pageSize, pageSize, bytes.mid((spendPage - 1) * pageSize, pageSize));
    bytes.replace((spendPage - 1) * pageSize, pageSize, persons);
    file.seek(0);
    file.write(bytes);
    file.close();
    const QByteArray before = fileHash(path);

    for (const auto access : {ProjectStore::Access::ReadOnly, ProjectStore::Access::ReadWrite}) {
        ProjectStore store;
        const auto failure = store.open(path, access);
        QVERIFY(failure);
        QCOMPARE(int(store.lastFailureKind()), int(ProjectStore::FailureKind::Corrupt));
        QVERIFY2(failure->toString().contains(QLatin1String("damaged")),
                 qPrintable(failure->toString()));
        QVERIFY(!store.isOpen());
    }
    // The window checks with verify() on a worker thread before it opens, whatever the access.
    ProjectStore checker;
    QVERIFY(checker.verify(path));
    QCOMPARE(fileHash(path), before);
}

void TestProjectStore::newerSchemaOpensReadOnly()
{
    const QString path = newProject(m_dir, QStringLiteral("future.quadrant"));
    runSql(path, "PRAGMA user_version = 99");
    const QByteArray before = fileHash(path);
    ProjectStore store;
    QVERIFY(!store.open(path));
    QVERIFY(store.isReadOnly());
    QVERIFY(store.readOnlyReason().contains(QLatin1String("newer version")));
    QCOMPARE(store.schemaVersion(), 99);
    QSqlQuery query(store.database());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO event_names(name) VALUES ('x')")));
    store.close();
    QCOMPARE(fileHash(path), before);
}

void TestProjectStore::migratesFromEveryOlderVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 0; v < Schema::currentVersion(); ++v)
        QTest::addRow("from version %d", v) << v;
}

void TestProjectStore::migratesFromEveryOlderVersion()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("v%1.quadrant").arg(version));
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
            QVERIFY(insert.exec(QStringLiteral(
                "INSERT INTO events(identity_id, event_id, ts, import_id) VALUES (1, 1, 5, 0)")));
        }
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    QCOMPARE(ProjectFileProbe::inspect(path).userVersion, version);

    ProjectStore store;
    const auto failure = store.open(path);
    QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
    QCOMPARE(store.schemaVersion(), Schema::currentVersion());
    QCOMPARE(ProjectFileProbe::inspect(path).userVersion, Schema::currentVersion());
    // Every table `info` reports is there; events as blocks since schema 5.
    for (const QString &table : ProjectStore::reportedTables())
        QVERIFY2(scalar(store,
                        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'")
                            .arg(table == QLatin1String("events") ? QStringLiteral("event_blocks")
                                                                  : table))
                         .toInt()
                     == 1,
                 qPrintable(table));
    if (version >= 1)
        QCOMPARE(scalar(store,
                        QStringLiteral("SELECT n.name || '@' || e.ts FROM events e JOIN "
                                       "event_names n ON n.id = e.event_id"))
                     .toString(),
                 QStringLiteral("legacy@5"));
    QCOMPARE(scalar(store, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
}

void TestProjectStore::secondWriterIsToldWhoHoldsTheLock()
{
    const QString path = newProject(m_dir, QStringLiteral("shared.quadrant"));
    ProjectStore first;
    QVERIFY(!first.open(path));
    ProjectStore second;
    const auto failure = second.open(path);
    QVERIFY(failure);
    QCOMPARE(int(second.lastFailureKind()), int(ProjectStore::FailureKind::InUse));
    QVERIFY2(failure->message.contains(QStringLiteral("in use by %1/%2")
                                           .arg(QSysInfo::machineHostName())
                                           .arg(QCoreApplication::applicationPid())),
             qPrintable(failure->message));
    // A read-only look is still possible, and the first writer keeps working.
    QVERIFY(!second.open(path, ProjectStore::Access::ReadOnly));
    QVERIFY(second.isReadOnly());
    QVERIFY(!first.setMetaValue(QStringLiteral("k"), QStringLiteral("v")));
    first.close();
    QVERIFY(!second.open(path));
    QVERIFY(!second.isReadOnly());
}

void TestProjectStore::staleLockIsTakenOver()
{
    const QString path = newProject(m_dir, QStringLiteral("crashed.quadrant"));
    const QString lockPath = path + QStringLiteral(".lock");
    QByteArray contents;
    {
        QLockFile lock(lockPath);
        QVERIFY(lock.tryLock(0));
        QFile file(lockPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        contents = file.readAll();
        lock.unlock();
    }
    // The same lock, but owned by a process that no longer exists (as after a crash).
    QList<QByteArray> lines = contents.split('\n');
    lines[0] = "2147483000";
    writeFile(lockPath, lines.join('\n'));
    ProjectStore store;
    const auto failure = store.open(path);
    QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
    QVERIFY(!store.isReadOnly());
}

void TestProjectStore::unreadableLocks_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<int>("ageSeconds");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("message");
    // Empty (a crash between creating and writing it) or garbage: stale once older than
    // ProjectLock::unreadableStaleSeconds; younger, another program may be writing it now.
    QTest::newRow("empty, old") << QByteArray() << 60 << true << QString();
    QTest::newRow("garbage, old") << QByteArray("\x01\x02 not a lock\n") << 3600 << true
                                  << QString();
    QTest::newRow("empty, just made")
        << QByteArray() << 0 << false << QStringLiteral("try again in a few seconds");
}

void TestProjectStore::unreadableLocks()
{
    QFETCH(QByteArray, contents);
    QFETCH(int, ageSeconds);
    QFETCH(bool, opens);
    QFETCH(QString, message);
    const QString path = newProject(m_dir,
                                    QStringLiteral("lock-%1.quadrant")
                                        .arg(QTest::currentDataTag())
                                        .replace(QLatin1Char(' '), QLatin1Char('_'))
                                        .remove(QLatin1Char(',')));
    const QString lockPath = path + QStringLiteral(".lock");
    writeFile(lockPath, contents);
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-ageSeconds),
                             QFileDevice::FileModificationTime));
    lock.close();
    ProjectStore store;
    const auto failure = store.open(path);
    if (opens) {
        QVERIFY2(!failure, qPrintable(failure ? failure->toString() : QString()));
        QVERIFY(!store.isReadOnly());
    } else {
        QVERIFY(failure);
        QCOMPARE(int(store.lastFailureKind()), int(ProjectStore::FailureKind::InUse));
        QVERIFY2(failure->message.contains(message), qPrintable(failure->message));
    }
}

void TestProjectStore::lockFromAnotherComputerSaysHowToTakeOver()
{
    const QString path = newProject(m_dir, QStringLiteral("elsewhere.quadrant"));
    const QString lockPath = path + QStringLiteral(".lock");
    // A folder where the lock should be: named, never taken for a lock held "by 0".
    QVERIFY(QDir().mkdir(lockPath));
    ProjectStore store;
    auto failure = store.open(path);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(QStringLiteral("is a folder"))
                 && failure->message.contains(QStringLiteral("remove it")),
             qPrintable(failure->message));
    QVERIFY(QDir().rmdir(lockPath));
    // A live-looking lock of another computer: who holds it, and how to take it over.
    writeFile(lockPath, "4242\nquadrant\nlaptop-of-someone-else\n");
    failure = store.open(path);
    QVERIFY(failure);
    QVERIFY2(failure->message.contains(QStringLiteral("in use by laptop-of-someone-else/4242"))
                 && failure->message.contains(QStringLiteral("delete")),
             qPrintable(failure->message));
}

void TestProjectStore::saveAsCopiesAndMovesOn()
{
    const QString path = newProject(m_dir, QStringLiteral("original.quadrant"));
    const QString copy = m_dir.filePath(QStringLiteral("copy.quadrant"));
    ProjectStore store;
    QVERIFY(!store.open(path));
    QSqlQuery(store.database())
        .exec(QStringLiteral("INSERT INTO event_names(name) VALUES ('kept')"));
    JobContext context;
    QVERIFY(!store.saveAs(copy, context));
    QCOMPARE(store.path(), QFileInfo(copy).absoluteFilePath());
    QCOMPARE(scalar(store, QStringLiteral("SELECT name FROM event_names")).toString(),
             QStringLiteral("kept"));
    QSqlQuery(store.database())
        .exec(QStringLiteral("INSERT INTO event_names(name) VALUES ('only in copy')"));
    // The original is released and unchanged by later edits.
    ProjectStore original;
    QVERIFY(!original.open(path));
    QCOMPARE(scalar(original, QStringLiteral("SELECT count(*) FROM event_names")).toInt(), 1);
    QCOMPARE(ProjectFileProbe::inspect(copy).applicationId, Schema::applicationId);
}

void TestProjectStore::missingFile()
{
    ProjectStore store;
    const auto failure = store.open(m_dir.filePath(QStringLiteral("nowhere.quadrant")));
    QVERIFY(failure);
    QCOMPARE(int(store.lastFailureKind()), int(ProjectStore::FailureKind::NotFound));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere.quadrant"))));
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"

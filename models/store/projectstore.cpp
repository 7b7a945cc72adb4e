// SPDX-License-Identifier: MIT
#include "projectstore.h"

#include "common/systemerror.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "projectcopy.h"
#include "projectfileprobe.h"
#include "projectlock.h"
#include "schema.h"
#include "workfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <sqlite3.h>
#include <unistd.h>

namespace Quadrant {

namespace {

QString uniqueConnectionName()
{
    return QStringLiteral("quadrant-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString recoveryNeedsAWritableFolder()
{
    return QStringLiteral("was left half-written by a crash and needs recovery, but its folder is "
                          "not writable; copy it together with the files beside it named like it "
                          "(-journal, -wal) to a writable folder and open it there");
}

// A rollback journal SQLite would play back: one that starts with its magic number. A journal
// whose header was never written (a crash before its first sync) is ignored by SQLite and
// overwritten by the next writer.
bool hasHotJournal(const QString &path)
{
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    static const char magic[] = {char(0xd9),
                                 char(0xd5),
                                 char(0x05),
                                 char(0xf9),
                                 char(0x20),
                                 char(0xa1),
                                 char(0x63),
                                 char(0xd7)};
    return journal.read(8) == QByteArray(magic, sizeof(magic));
}

} // namespace

ProjectStore::ProjectStore()
    : m_connectionName(uniqueConnectionName())
{}

ProjectStore::~ProjectStore()
{
    close();
}

QStringList ProjectStore::reportedTables()
{
    return {QStringLiteral("events"),
            QStringLiteral("event_names"),
            QStringLiteral("persons"),
            QStringLiteral("identities"),
            QStringLiteral("accounts"),
            QStringLiteral("leads"),
            QStringLiteral("deals"),
            QStringLiteral("spend"),
            QStringLiteral("nps"),
            QStringLiteral("saved_analyses"),
            QStringLiteral("cohorts"),
            QStringLiteral("import_log"),
            QStringLiteral("import_rejects")};
}

std::optional<Failure> ProjectStore::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Failure(
            QCoreApplication::translate("Quadrant", "file already exists; choose another name"),
            displayName(path));
    if (auto refused = ProtectedFiles::checkOutput(path))
        return refused;
    // Build the file under a work file of this process's own and rename it into place, so that a
    // crash never leaves a half-made project behind under the name the user chose (and no file
    // that happens to be called like a derived name is touched).
    WorkFile work;
    if (auto failure = WorkFile::createBeside(path, &work))
        return failure;
    const QString temporary = work.path();
    {
        const QString name = uniqueConnectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(temporary);
        std::optional<Failure> failure;
        if (!db.open()) {
            failure = Failure(QCoreApplication::translate("Quadrant", "cannot create: %1")
                                  .arg(db.lastError().text()),
                              displayName(path));
        } else {
            QSqlQuery(db).exec(QStringLiteral("PRAGMA page_size = 8192"));
            failure = Schema::applyConnectionPragmas(db);
            if (!failure) {
                db.transaction();
                failure = Schema::migrate(db);
                QSqlQuery meta(db);
                meta.prepare(QStringLiteral("INSERT INTO project_meta(key, value) VALUES (?, ?)"));
                meta.addBindValue(QStringLiteral("created_at"));
                meta.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
                if (!failure && !meta.exec())
                    failure = Failure(QCoreApplication::translate("Quadrant", "cannot create: %1")
                                          .arg(meta.lastError().text()));
                // Which project this is wherever its copies travel (a ClickHouse database
                // holding its events is marked with it, docs/clickhouse.md).
                meta.bindValue(0, QStringLiteral("project_id"));
                meta.bindValue(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
                if (!failure && !meta.exec())
                    failure = Failure(QCoreApplication::translate("Quadrant", "cannot create: %1")
                                          .arg(meta.lastError().text()));
                if (failure)
                    db.rollback();
                else if (!db.commit()) // a full disk shows here
                    failure = Failure(QCoreApplication::translate("Quadrant", "cannot create: %1")
                                          .arg(db.lastError().text()));
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (failure) {
            failure->file = displayName(path);
            return failure;
        }
    }
    // Not over a file that appeared meanwhile: link(2) fails where rename(2) would replace. A
    // USB stick's FAT has no links; there the name is checked just before the rename.
    const QByteArray from = QFile::encodeName(temporary), to = QFile::encodeName(path);
    int linked = ::link(from.constData(), to.constData());
    if (linked != 0 && (errno == EPERM || errno == EOPNOTSUPP || errno == ENOSYS)) {
        errno = EEXIST;
        linked = QFileInfo::exists(path) ? -1 : ::rename(from.constData(), to.constData());
    }
    if (linked != 0)
        return Failure(QCoreApplication::translate("Quadrant", "cannot create the file: %1")
                           .arg(errno == EEXIST ? QCoreApplication::translate(
                                    "Quadrant", "a file of that name appeared meanwhile")
                                                : describeSystemError(errno)),
                       displayName(path));
    return std::nullopt;
}

std::optional<Failure> ProjectStore::fail(FailureKind kind, const QString &message)
{
    m_lastFailureKind = kind;
    return Failure(message, displayName(m_path.isEmpty() ? QString() : m_path));
}

std::optional<Failure>
ProjectStore::openConnection(const QString &path, bool readOnly, bool immutable)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    QString options = readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
    if (immutable) {
        // A WAL project without its -wal file, read without creating -shm or -wal beside it.
        m_db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                             + QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    } else {
        m_db.setDatabaseName(path);
    }
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return fail(FailureKind::Io,
                    QCoreApplication::translate("Quadrant", "cannot open: %1")
                        .arg(m_db.lastError().text()));
    Schema::applyDefensiveSettings(handle());
    m_protection = ProtectedFiles::protect(path, ProtectedFiles::Role::Project);
    return std::nullopt;
}

std::optional<Failure> ProjectStore::checkReadOnly(const QString &path, int *version)
{
    // A separate read-only connection: nothing in the checks below can write to the file.
    const QString name = uniqueConnectionName();
    std::optional<Failure> failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failure = fail(FailureKind::Io,
                           QCoreApplication::translate("Quadrant", "cannot open: %1")
                               .arg(db.lastError().text()));
        } else {
            Schema::applyDefensiveSettings(handleOf(db));
            failure = checkWholeFile(db);
            QSqlQuery pragma(db);
            if (!failure && pragma.exec(QStringLiteral("PRAGMA user_version")) && pragma.next())
                *version = pragma.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

std::optional<Failure> ProjectStore::probeFile(ProjectFileProbe *probe)
{
    *probe = ProjectFileProbe::inspect(m_path);
    switch (probe->verdict) {
    case ProjectFileProbe::Verdict::Missing:
        return fail(FailureKind::NotFound, QCoreApplication::translate("Quadrant", "no such file"));
    case ProjectFileProbe::Verdict::Folder:
        return fail(FailureKind::NotAProject,
                    QCoreApplication::translate("Quadrant", "is a folder, not a Quadrant project"));
    case ProjectFileProbe::Verdict::Unreadable:
        return fail(
            FailureKind::Blocked,
            QCoreApplication::translate("Quadrant", "cannot read: %1").arg(probe->errorText));
    case ProjectFileProbe::Verdict::Empty:
        return fail(
            FailureKind::NotAProject,
            QCoreApplication::translate("Quadrant", "the file is empty, not a Quadrant project"));
    case ProjectFileProbe::Verdict::NotSqlite:
        return fail(
            FailureKind::NotAProject,
            QCoreApplication::translate(
                "Quadrant",
                "not a Quadrant project (not an SQLite database, or its header is damaged); "
                "the file was left unchanged"));
    case ProjectFileProbe::Verdict::ForeignSqlite:
        return fail(FailureKind::NotAProject,
                    QCoreApplication::translate(
                        "Quadrant",
                        "an SQLite database, but not a Quadrant project (application id 0x%1); "
                        "the file was left unchanged")
                        .arg(probe->applicationId, 8, 16, QLatin1Char('0')));
    case ProjectFileProbe::Verdict::Project:
        break;
    }
    if (probe->userVersion < 0)
        return fail(
            FailureKind::Corrupt,
            QCoreApplication::translate(
                "Quadrant",
                "the project file is damaged (its schema version is %1); it was left unchanged")
                .arg(probe->userVersion));
    return std::nullopt;
}

std::optional<Failure> ProjectStore::verify(const QString &path)
{
    heavyWork("ProjectStore::verify (quick_check)");
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastFailureKind = FailureKind::None;
    ProjectFileProbe probe;
    if (auto failure = probeFile(&probe))
        return failure;
    if (needsRecovery(m_path, probe))
        return std::nullopt; // only the read-write open can roll the journal back and check
    int version = probe.userVersion;
    return checkReadOnly(m_path, &version);
}

bool ProjectStore::needsRecovery(const QString &path, const ProjectFileProbe &probe)
{
    return hasHotJournal(path)
           || (probe.walMode && QFileInfo(path + QStringLiteral("-wal")).size() > 0);
}

std::optional<Failure> ProjectStore::lockForWriting(bool recovering, bool *readOnly)
{
    m_lock = std::make_unique<ProjectLock>();
    switch (m_lock->acquire(m_path)) {
    case ProjectLock::Outcome::Locked:
        return std::nullopt;
    case ProjectLock::Outcome::InUse:
    case ProjectLock::Outcome::Blocked: {
        const QString message = m_lock->message();
        m_lock.reset();
        return fail(FailureKind::InUse, message);
    }
    case ProjectLock::Outcome::NotWritable:
        break;
    }
    m_lock.reset();
    if (recovering)
        return fail(FailureKind::Blocked, recoveryNeedsAWritableFolder());
    *readOnly = true;
    m_readOnlyReason
        = QCoreApplication::translate("Quadrant", "its folder is not writable; opened read-only");
    return std::nullopt;
}

// SQLite's quick_check of the whole file: every b-tree's pages, their order and overflow chains,
// and the free list. Writes run it before they change anything, and read-only opens too: a page
// of one table swapped with another's (a damaged copy, a remapped sector) reads without any
// SQLite error and gives wrong counts. It costs 0.36 s at 10M events (docs/reliability.md).
std::optional<Failure> ProjectStore::checkWholeFile(QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(FailureKind::Corrupt,
                    QCoreApplication::translate(
                        "Quadrant",
                        "the project file is damaged and cannot be read (%1); it was left "
                        "unchanged")
                        .arg(check.lastError().databaseText()));
    QStringList problems;
    while (check.next())
        problems << check.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    problems.removeAll(QStringLiteral("*** in database main ***"));
    if (problems == QStringList{QStringLiteral("ok")})
        return std::nullopt;
    return fail(FailureKind::Corrupt,
                QCoreApplication::translate("Quadrant",
                                            "the project file is damaged (%1%2); it was left "
                                            "unchanged, open a copy made before the damage")
                    .arg(problems.value(0),
                         problems.size() > 1
                             ? QStringLiteral(", and %1 more problems").arg(problems.size() - 1)
                             : QString()));
}

std::optional<Failure> ProjectStore::recoverForReading()
{
    // A crash mid-write left a hot journal (or WAL frames) beside the file: a read-only
    // connection cannot use the file until a writer rolls the journal back. Do what the next
    // writer would, under the project's lock, so that readers see the project as it was.
    ProjectLock lock;
    switch (lock.acquire(m_path)) {
    case ProjectLock::Outcome::Locked:
        break;
    case ProjectLock::Outcome::InUse:
        // A live writer: its journal is not hot, and SQLite's locks order this read after it.
        return std::nullopt;
    case ProjectLock::Outcome::Blocked:
        return fail(FailureKind::InUse, lock.message());
    case ProjectLock::Outcome::NotWritable:
        return fail(FailureKind::Blocked, recoveryNeedsAWritableFolder());
    }
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        Schema::applyDefensiveSettings(db);
        sqlite3_busy_timeout(db, 2000);
        // The first read rolls a hot journal back; journal_mode = DELETE checkpoints a WAL and
        // removes its side files.
        rc = sqlite3_exec(db,
                          "SELECT count(*) FROM sqlite_master; PRAGMA journal_mode = DELETE",
                          nullptr,
                          nullptr,
                          nullptr);
    }
    const QString error = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    sqlite3_close(db);
    if (rc != SQLITE_OK)
        return fail(FailureKind::Corrupt,
                    QCoreApplication::translate(
                        "Quadrant", "was left half-written by a crash and cannot be recovered (%1)")
                        .arg(error));
    return std::nullopt;
}

std::optional<Failure>
ProjectStore::open(const QString &path, Access access, Verification verification)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastFailureKind = FailureKind::None;
    ProjectFileProbe probe;
    if (auto failure = probeFile(&probe))
        return failure;

    // A hot journal means a writer died mid-transaction: only a read-write connection can roll
    // it back, so the read-only checks run after recovery in that case.
    // Before anything may be written, a read-only connection runs quick_check (it reads the
    // whole file). A read-only open skips it: nothing can be damaged by reading, and a damaged
    // page surfaces as an error on the query that meets it.
    const bool recovering = needsRecovery(m_path, probe);
    int version = probe.userVersion;
    if (!recovering && access == Access::ReadWrite && verification == Verification::Check) {
        if (auto failure = checkReadOnly(m_path, &version))
            return failure;
    }

    bool readOnly = access == Access::ReadOnly;
    if (version > Schema::currentVersion()) {
        readOnly = true;
        m_readOnlyReason = QCoreApplication::translate(
                               "Quadrant",
                               "made by a newer version of Quadrant (schema %1, this version "
                               "knows %2); opened read-only")
                               .arg(version)
                               .arg(Schema::currentVersion());
    }

    bool immutable = false;
    if (readOnly && recovering) {
        if (auto failure = recoverForReading())
            return failure;
        probe = ProjectFileProbe::inspect(m_path);
    }
    if (readOnly && probe.walMode) {
        // Switched to WAL by another tool, and closed cleanly (no -wal file): read it as it is,
        // without creating -wal and -shm beside it.
        immutable = !QFileInfo::exists(m_path + QStringLiteral("-wal"));
    }
    if (!readOnly) {
        if (auto failure = lockForWriting(recovering, &readOnly))
            return failure;
    }

    if (auto failure = openConnection(m_path, readOnly, immutable)) {
        close();
        return failure;
    }
    m_readOnly = readOnly;

    if (readOnly) {
        // Memory-mapped reads: large scans (the event blocks) skip a read() per page.
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size = 4294967296"));
    }
    if (!readOnly) {
        if (auto failure = Schema::applyConnectionPragmas(m_db)) {
            close();
            return fail(FailureKind::Io, failure->message);
        }
        if (recovering) {
            // The first read rolled the hot journal back; now check what we have.
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
                || check.value(0).toString() != QLatin1String("ok")) {
                close();
                return fail(FailureKind::Corrupt,
                            QCoreApplication::translate(
                                "Quadrant", "the project file is damaged; it was left unchanged"));
            }
        }
    }
    if (auto failure = Schema::verifyStructure(handle(), version)) {
        close();
        return fail(FailureKind::Corrupt, failure->message);
    }
    if (readOnly && verification == Verification::Check) {
        if (auto failure = checkWholeFile(m_db)) {
            close();
            return failure;
        }
    }
    if (!readOnly && version < Schema::currentVersion()) {
        m_db.transaction();
        if (auto failure = Schema::migrate(m_db)) {
            m_db.rollback();
            close();
            return fail(
                FailureKind::Corrupt,
                QCoreApplication::translate(
                    "Quadrant",
                    "cannot upgrade the project file from schema %1 (%2); it was left unchanged")
                    .arg(version)
                    .arg(failure->message));
        }
        if (!m_db.commit()) {
            const QString disk = describeSqliteError(m_db.lastError().nativeErrorCode().toInt());
            const QString error = disk.isEmpty() ? m_db.lastError().text() : disk;
            close();
            return fail(
                FailureKind::Io,
                QCoreApplication::translate("Quadrant", "cannot upgrade the project file: %1")
                    .arg(error));
        }
        // Schema 5 stores events once, as blocks: the pages the rows, their index and the
        // snapshot held go back to the file system (VACUUM is its own transaction; a crash in it
        // leaves the migrated file).
        if (version < 5)
            QSqlQuery(m_db).exec(QStringLiteral("VACUUM"));
        version = Schema::currentVersion();
    }
    m_schemaVersion = version;
    return std::nullopt;
}

std::optional<Failure> ProjectStore::openAlongside(const QString &path, Access access)
{
    close();
    m_path = path;
    if (auto failure = openConnection(m_path, access == Access::ReadOnly, false)) {
        close();
        return failure;
    }
    m_readOnly = access == Access::ReadOnly;
    m_schemaVersion = Schema::currentVersion();
    if (m_readOnly)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA mmap_size = 4294967296"));
    else if (auto failure = Schema::applyConnectionPragmas(m_db)) {
        close();
        return fail(FailureKind::Io, failure->message);
    }
    // SQLite's own locking orders this connection's transactions with the owner's.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
    return std::nullopt;
}

void ProjectStore::close()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_lock.reset();
    m_protection.release();
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_schemaVersion = 0;
}

std::optional<Failure> ProjectStore::damageReport(const QString &path)
{
    ProjectStore checker;
    return checker.verify(path);
}

sqlite3 *ProjectStore::handle() const
{
    return handleOf(m_db);
}

std::optional<Failure>
ProjectStore::writeCopy(const QString &sourcePath, const QString &targetPath, JobContext &context)
{
    return ProjectCopy::write(sourcePath, targetPath, context);
}

std::optional<Failure> ProjectStore::saveAs(const QString &newPath, JobContext &context)
{
    if (!isOpen())
        return Failure(QCoreApplication::translate("Quadrant", "no project is open"));
    const QString target = QFileInfo(newPath).absoluteFilePath();
    if (target == m_path)
        return std::nullopt;
    if (auto failure = writeCopy(m_path, target, context))
        return failure;
    const Access access = m_readOnly ? Access::ReadOnly : Access::ReadWrite;
    return open(target, access);
}

QVector<TableCount> ProjectStore::tableCounts(std::optional<Failure> *failure) const
{
    QVector<TableCount> counts;
    QSqlQuery existing(m_db);
    QStringList tables;
    if (existing.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (existing.next())
            tables << existing.value(0).toString();
    } else if (failure) {
        *failure = Failure(QCoreApplication::translate("Quadrant", "cannot read the tables: %1")
                               .arg(existing.lastError().databaseText()),
                           displayName(m_path));
    }
    for (const QString &table : reportedTables()) {
        QSqlQuery query(m_db);
        TableCount count{table, 0};
        // Events are counted from their blocks (schema 5), or rows in an older file.
        const bool blocks
            = table == QLatin1String("events") && tables.contains(QLatin1String("event_blocks"));
        if (!tables.contains(table) && !blocks) {
            // A project from an older version, opened read-only: the table is not there yet.
        } else if (query.exec(
                       blocks ? QStringLiteral("SELECT coalesce(sum(events), 0) FROM event_blocks")
                              : QStringLiteral("SELECT count(*) FROM ") + table)
                   && query.next())
            count.rows = query.value(0).toLongLong();
        else if (failure && !*failure)
            *failure
                = Failure(QCoreApplication::translate("Quadrant", "cannot count the rows of %1: %2")
                              .arg(table, query.lastError().databaseText()),
                          displayName(m_path));
        counts.append(count);
    }
    return counts;
}

qint64 ProjectStore::fileSize() const
{
    return QFileInfo(m_path).size();
}

qint64 ProjectStore::dataVersion() const
{
    return metaValue(QStringLiteral("data_version")).toLongLong();
}

bool ProjectStore::bumpDataVersion(sqlite3 *db)
{
    return sqlite3_exec(
               db,
               "INSERT INTO project_meta(key, value) VALUES ('data_version', '1') ON CONFLICT(key) "
               "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
               nullptr,
               nullptr,
               nullptr)
           == SQLITE_OK;
}

std::optional<ProjectStore::ImportRecord> ProjectStore::lastImport() const
{
    QSqlQuery last(m_db);
    if (!last.exec(QStringLiteral(
            "SELECT kind, file, finished_at FROM import_log ORDER BY id DESC LIMIT 1"))
        || !last.next())
        return std::nullopt;
    return ImportRecord{
        last.value(0).toString(), last.value(1).toString(), last.value(2).toLongLong()};
}

QString ProjectStore::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM project_meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

std::optional<Failure> ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO project_meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Failure(query.lastError().text(), displayName(m_path));
    return std::nullopt;
}

} // namespace Quadrant

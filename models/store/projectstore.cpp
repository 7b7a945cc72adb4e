// SPDX-License-Identifier: MIT
#include "projectstore.h"

#include "projectfileprobe.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <sqlite3.h>

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

bool hasHotJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
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
        return Failure(QStringLiteral("file already exists; choose another name"), displayName(path));
    // Build the file under a temporary name and rename it into place, so that a crash never
    // leaves a half-made project behind under the name the user chose.
    const QString temporary = path + QStringLiteral(".creating");
    QFile::remove(temporary);
    {
        const QString name = uniqueConnectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(temporary);
        std::optional<Failure> failure;
        if (!db.open()) {
            failure = Failure(QStringLiteral("cannot create: %1").arg(db.lastError().text()),
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
                meta.exec();
                if (failure)
                    db.rollback();
                else
                    db.commit();
            }
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (failure) {
            QFile::remove(temporary);
            failure->file = displayName(path);
            return failure;
        }
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Failure(QStringLiteral("cannot create the file (is the folder writable?)"),
                       displayName(path));
    }
    return std::nullopt;
}

std::optional<Failure> ProjectStore::fail(FailureKind kind, const QString &message)
{
    m_lastFailureKind = kind;
    return Failure(message, displayName(m_path.isEmpty() ? QString() : m_path));
}

std::optional<Failure> ProjectStore::openConnection(const QString &path, bool readOnly)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!m_db.open())
        return fail(FailureKind::Io, QStringLiteral("cannot open: %1").arg(m_db.lastError().text()));
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
            failure = fail(FailureKind::Io, QStringLiteral("cannot open: %1").arg(db.lastError().text()));
        } else {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
                failure = fail(FailureKind::Corrupt,
                               QStringLiteral("the project file is damaged (%1); it was left unchanged")
                                   .arg(check.lastError().text()));
            } else {
                QStringList problems;
                while (check.next())
                    problems << check.value(0).toString();
                if (problems != QStringList{QStringLiteral("ok")})
                    failure = fail(FailureKind::Corrupt,
                                   QStringLiteral("the project file is damaged (%1); it was left unchanged")
                                       .arg(problems.mid(0, 3).join(QStringLiteral("; "))));
            }
            QSqlQuery pragma(db);
            if (!failure && pragma.exec(QStringLiteral("PRAGMA user_version")) && pragma.next())
                *version = pragma.value(0).toInt();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

std::optional<Failure> ProjectStore::probeFile(int *userVersion)
{
    const ProjectFileProbe probe = ProjectFileProbe::inspect(m_path);
    switch (probe.verdict) {
    case ProjectFileProbe::Verdict::Missing:
        return fail(FailureKind::NotFound, QStringLiteral("no such file"));
    case ProjectFileProbe::Verdict::Unreadable:
        return fail(FailureKind::Io, QStringLiteral("cannot read: %1").arg(probe.errorText));
    case ProjectFileProbe::Verdict::Empty:
        return fail(FailureKind::NotAProject, QStringLiteral("the file is empty, not a Quadrant project"));
    case ProjectFileProbe::Verdict::NotSqlite:
        return fail(FailureKind::NotAProject,
                    QStringLiteral("not a Quadrant project (not an SQLite database, or its header is damaged); "
                                   "the file was left unchanged"));
    case ProjectFileProbe::Verdict::ForeignSqlite:
        return fail(FailureKind::NotAProject,
                    QStringLiteral("an SQLite database, but not a Quadrant project (application id 0x%1); "
                                   "the file was left unchanged")
                        .arg(probe.applicationId, 8, 16, QLatin1Char('0')));
    case ProjectFileProbe::Verdict::Project:
        break;
    }

    *userVersion = probe.userVersion;
    return std::nullopt;
}

std::optional<Failure> ProjectStore::verify(const QString &path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastFailureKind = FailureKind::None;
    int version = 0;
    if (auto failure = probeFile(&version))
        return failure;
    if (hasHotJournal(m_path))
        return std::nullopt; // only the read-write open can roll the journal back and check
    return checkReadOnly(m_path, &version);
}

std::optional<Failure> ProjectStore::open(const QString &path, Access access, Verification verification)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_lastFailureKind = FailureKind::None;
    int probedVersion = 0;
    if (auto failure = probeFile(&probedVersion))
        return failure;

    // A hot journal means a writer died mid-transaction: only a read-write connection can roll
    // it back, so the read-only checks run after recovery in that case.
    // Before anything may be written, a read-only connection runs quick_check (it reads the
    // whole file). A read-only open skips it: nothing can be damaged by reading, and a damaged
    // page surfaces as an error on the query that meets it.
    const bool recovering = hasHotJournal(m_path);
    int version = probedVersion;
    if (!recovering && access == Access::ReadWrite && verification == Verification::Check) {
        if (auto failure = checkReadOnly(m_path, &version))
            return failure;
    }

    bool readOnly = access == Access::ReadOnly;
    if (version > Schema::currentVersion()) {
        readOnly = true;
        m_readOnlyReason = QStringLiteral("made by a newer version of Quadrant (schema %1, this version "
                                          "knows %2); opened read-only")
                               .arg(version)
                               .arg(Schema::currentVersion());
    }

    if (!readOnly) {
        m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
        // A lock whose process is gone (crash, power loss) is taken over at once; a live one
        // is never broken, however old.
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            const QLockFile::LockError error = m_lock->error();
            if (error == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, application;
                m_lock->getLockInfo(&pid, &host, &application);
                m_lock.reset();
                return fail(FailureKind::InUse,
                            QStringLiteral("in use by %1/%2; open it read-only or close it there first")
                                .arg(host.isEmpty() ? QStringLiteral("another computer") : host)
                                .arg(pid));
            }
            m_lock.reset();
            if (recovering)
                return fail(FailureKind::Io,
                            QStringLiteral("needs recovery after a crash, but its folder is not writable"));
            readOnly = true;
            m_readOnlyReason = QStringLiteral("its folder is not writable; opened read-only");
        }
    }

    if (auto failure = openConnection(m_path, readOnly)) {
        close();
        return failure;
    }
    m_readOnly = readOnly;

    if (readOnly) {
        // Memory-mapped reads: large scans (the event index, its snapshot) skip a read() per page.
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
                return fail(FailureKind::Corrupt, QStringLiteral("the project file is damaged"));
            }
        }
        if (version < Schema::currentVersion()) {
            m_db.transaction();
            if (auto failure = Schema::migrate(m_db)) {
                m_db.rollback();
                close();
                return fail(FailureKind::Io, failure->message);
            }
            if (!m_db.commit()) {
                close();
                return fail(FailureKind::Io, m_db.lastError().text());
            }
            version = Schema::currentVersion();
        }
    }
    m_schemaVersion = version;
    return std::nullopt;
}

std::optional<Failure> ProjectStore::openAlongside(const QString &path, Access access)
{
    close();
    m_path = path;
    if (auto failure = openConnection(m_path, access == Access::ReadOnly)) {
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
    m_readOnly = false;
    m_readOnlyReason.clear();
    m_schemaVersion = 0;
}

sqlite3 *ProjectStore::handle() const
{
    return handleOf(m_db);
}

std::optional<Failure> ProjectStore::saveAs(const QString &newPath)
{
    if (!isOpen())
        return Failure(QStringLiteral("no project is open"));
    const QString target = QFileInfo(newPath).absoluteFilePath();
    if (target == m_path)
        return std::nullopt;
    const QString temporary = target + QStringLiteral(".saving");
    QFile::remove(temporary);

    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(),
                             &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", handle(), "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    const QString error = destination ? QString::fromUtf8(sqlite3_errmsg(destination)) : QString();
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        return Failure(QStringLiteral("cannot save a copy: %1").arg(error), displayName(target));
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(temporary);
        return Failure(QStringLiteral("cannot replace the existing file"), displayName(target));
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Failure(QStringLiteral("cannot write the file (is the folder writable?)"),
                       displayName(target));
    }
    const Access access = m_readOnly ? Access::ReadOnly : Access::ReadWrite;
    return open(target, access);
}

QVector<TableCount> ProjectStore::tableCounts() const
{
    QVector<TableCount> counts;
    for (const QString &table : reportedTables()) {
        QSqlQuery query(m_db);
        TableCount count{table, 0};
        if (query.exec(QStringLiteral("SELECT count(*) FROM ") + table) && query.next())
            count.rows = query.value(0).toLongLong();
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
    return sqlite3_exec(db,
                        "INSERT INTO project_meta(key, value) VALUES ('data_version', '1') ON CONFLICT(key) "
                        "DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
                        nullptr, nullptr, nullptr)
           == SQLITE_OK;
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

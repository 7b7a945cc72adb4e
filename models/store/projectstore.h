// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"
#include "protectedfiles.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

struct sqlite3;
namespace Quadrant {

class JobContext;
class ProjectLock;
struct ProjectFileProbe;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

struct EventNameCount
{
    QString name;
    qint64 events = 0;
    qint64 persons = 0;
};

// Owns one open project file: checks it before touching it, holds the lock that keeps a second
// writer out, migrates old schemas, and copies it elsewhere (Save As). One instance = one
// connection, used from the thread that opened it.
class ProjectStore
{
public:
    enum class Access { ReadWrite, ReadOnly };
    // Blocked: the project needs something a person must do first (recovery on a read-only
    // folder). Io: an unexpected system error.
    enum class FailureKind { None, NotFound, NotAProject, Corrupt, InUse, Blocked, Io };

    ProjectStore();
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    // Creates an empty project at path; refuses to overwrite an existing file.
    static std::optional<Failure> create(const QString &path);

    // Check: a read-write open first runs quick_check on a read-only connection. AlreadyVerified
    // skips that because verify() has just run it (on a worker thread, so that the workbench
    // stays responsive while a large file is read).
    enum class Verification { Check, AlreadyVerified };
    std::optional<Failure> open(const QString &path,
                                Access access = Access::ReadWrite,
                                Verification verification = Verification::Check);
    // The checks of open() without opening: header, application id, quick_check.
    std::optional<Failure> verify(const QString &path);
    // A second connection to a project this process already has open (and checked, and
    // locked), for a worker thread: no checks and no second lock. Valid while the owning
    // ProjectStore stays open; call it on the thread that will use it.
    std::optional<Failure> openAlongside(const QString &path, Access access);
    void close();
    // The checks of verify() on a fresh read-only connection: after a command failed, tells a
    // damaged file (nullopt when it reads as whole) from other errors.
    static std::optional<Failure> damageReport(const QString &path);
    bool isOpen() const { return m_db.isOpen(); }
    FailureKind lastFailureKind() const { return m_lastFailureKind; }

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why a project asked for read-write was opened read-only (newer schema, read-only folder).
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }

    QSqlDatabase database() const { return m_db; }
    sqlite3 *handle() const;

    // Writes a consistent copy of the project at sourcePath to targetPath with SQLite's backup
    // API, on its own connection (so a worker thread can run it), atomically: a temporary file
    // renamed into place. Refuses a target that is a protected file (ProtectedFiles).
    static std::optional<Failure>
    writeCopy(const QString &sourcePath, const QString &targetPath, JobContext &context);
    // writeCopy() of this project, then continues working on the copy.
    std::optional<Failure> saveAs(const QString &newPath, JobContext &context);

    // On a read error, *failure says why (when given); that table counts 0.
    QVector<TableCount> tableCounts(std::optional<Failure> *failure = nullptr) const;
    qint64 fileSize() const;

    // The newest import, for a status line; nullopt before the first.
    struct ImportRecord
    {
        QString kind, file;
        qint64 finishedAtMs = 0;
    };
    std::optional<ImportRecord> lastImport() const;

    QString metaValue(const QString &key) const;
    std::optional<Failure> setMetaValue(const QString &key, const QString &value);

    // A number that changes with every change to the project's data (imports, the sample), for
    // caches of what was read from it. bumpDataVersion runs inside the caller's
    // transaction.
    qint64 dataVersion() const;
    static bool bumpDataVersion(sqlite3 *db);

    // The tables `info` reports, in the order it reports them.
    static QStringList reportedTables();

private:
    std::optional<Failure> fail(FailureKind kind, const QString &message);
    std::optional<Failure> openConnection(const QString &path, bool readOnly, bool immutable);
    std::optional<Failure> checkReadOnly(const QString &path, int *version);
    std::optional<Failure> checkWholeFile(QSqlDatabase &db);
    std::optional<Failure> probeFile(ProjectFileProbe *probe);
    std::optional<Failure> lockForWriting(bool recovering, bool *readOnly);
    std::optional<Failure> recoverForReading();
    static bool needsRecovery(const QString &path, const ProjectFileProbe &probe);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    FailureKind m_lastFailureKind = FailureKind::None;
    std::unique_ptr<ProjectLock> m_lock;
    ProtectedFiles::Hold m_protection;
};

} // namespace Quadrant

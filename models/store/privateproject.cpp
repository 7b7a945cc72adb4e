// SPDX-License-Identifier: MIT
#include "privateproject.h"

#include "common/crashpoint.h"
#include "common/systemerror.h"
#include "jobs/jobcontext.h"
#include "schema.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace Quadrant {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString canceledText()
{
    return QCoreApplication::translate("Quadrant", "canceled; nothing was written");
}

QString sqliteText(sqlite3 *db, int rc)
{
    const QString words = describeSqliteError(rc);
    return words.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(db)) : words;
}

// A private temporary database on its own connection.
std::optional<Failure> openPrivate(const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(QString()); // SQLite's private, self-deleting temporary database
    if (!db.open())
        return Failure(QCoreApplication::translate("Quadrant", "cannot make a private copy: %1")
                           .arg(db.lastError().text()));
    Schema::applyDefensiveSettings(handleOf(db));
    return std::nullopt;
}

void closePrivate(QString *connection)
{
    if (connection->isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(*connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(*connection);
    connection->clear();
}

// Copies schema `fromSchema` of `from` into `toSchema` of `to`, page by page, with progress and
// cancel; a consistent snapshot even while the source is written to.
std::optional<Failure> backup(sqlite3 *from,
                              sqlite3 *to,
                              const char *toSchema,
                              JobContext &context,
                              double progressFrom,
                              double progressTo)
{
    sqlite3_backup *copy = sqlite3_backup_init(to, toSchema, from, "main");
    if (!copy)
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the project: %1")
                           .arg(sqliteText(to, sqlite3_errcode(to))));
    int rc;
    bool canceled = false;
    do {
        rc = sqlite3_backup_step(copy, 256);
        crashPoint("demo.step");
        const int total = sqlite3_backup_pagecount(copy);
        if (total > 0)
            context.setProgress(progressFrom
                                    + (progressTo - progressFrom)
                                          * double(total - sqlite3_backup_remaining(copy))
                                          / double(total),
                                QCoreApplication::translate("Quadrant", "Reading the project"));
        canceled = context.isCanceled();
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (!canceled && (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED));
    sqlite3_backup_finish(copy);
    if (canceled)
        return Failure(canceledText());
    if (rc != SQLITE_DONE)
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the project: %1")
                           .arg(sqliteText(from, rc)));
    return std::nullopt;
}

int pragmaInt(sqlite3 *db, const char *pragma)
{
    SqliteStatement statement;
    if (statement.prepare(db, pragma) || statement.step() != SQLITE_ROW)
        return -1;
    return int(statement.columnInt64(0));
}

QStringList columnsOf(sqlite3 *db, const char *schema, const QString &table)
{
    SqliteStatement statement;
    QStringList columns;
    if (statement.prepare(db, "SELECT name FROM pragma_table_info(?1, ?2)"))
        return columns;
    const QByteArray name = table.toUtf8();
    statement.bindText(1, name);
    statement.bindText(2, QByteArrayView(schema));
    while (statement.step() == SQLITE_ROW)
        columns << statement.columnString(0);
    return columns;
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

std::optional<Failure> run(sqlite3 *db, const QString &sql)
{
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    QString text = QString::fromUtf8(error ? error : "");
    sqlite3_free(error);
    if (rc == SQLITE_OK)
        return std::nullopt;
    if (rc == SQLITE_INTERRUPT)
        return Failure(canceledText());
    const QString words = describeSqliteError(rc);
    return Failure(QCoreApplication::translate("Quadrant", "cannot make a private copy: %1")
                       .arg(words.isEmpty() ? text : words));
}

} // namespace

PrivateProject::PrivateProject() = default;

PrivateProject::~PrivateProject()
{
    closePrivate(&m_snapshotName);
    closePrivate(&m_cleanName);
}

QStringList PrivateProject::knownSettings()
{
    return {QStringLiteral("created_at"),
            QStringLiteral("data_version"),
            QStringLiteral("project_id"),
            QStringLiteral("sample_seed"),
            QStringLiteral("sample_version"),
            QStringLiteral("stage_states"),
            QStringLiteral("demo_copy")};
}

sqlite3 *PrivateProject::handle() const
{
    return handleOf(QSqlDatabase::database(m_cleanName, false));
}

std::optional<Failure> PrivateProject::copyKnownContent(const QString &sourcePath,
                                                        JobContext &context,
                                                        double progressShare)
{
    m_progressShare = progressShare;
    closePrivate(&m_cleanName);
    m_leftOut = LeftOut();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_cleanName = QStringLiteral("quadrant-private-clean-") + id;
    if (auto failure = openPrivate(m_cleanName))
        return failure;
    {
        // The current schema, empty: the allow-list of tables and columns.
        QSqlDatabase clean = QSqlDatabase::database(m_cleanName, false);
        QSqlQuery(clean).exec(QStringLiteral("PRAGMA page_size = 8192"));
        if (auto failure = Schema::applyConnectionPragmas(clean))
            return failure;
        clean.transaction();
        if (auto failure = Schema::migrate(clean)) {
            clean.rollback();
            return failure;
        }
        if (!clean.commit())
            return Failure(QCoreApplication::translate("Quadrant", "cannot make a private copy: %1")
                               .arg(clean.lastError().text()));
    }
    if (auto failure = run(handle(), QStringLiteral("ATTACH DATABASE '' AS original")))
        return failure;
    if (auto failure = snapshotInto(sourcePath, context))
        return failure;
    return copyTables(context);
}

// The project as it is now into the clean database's attached schema "original", upgraded to
// the current schema on the way when the file is older.
std::optional<Failure> PrivateProject::snapshotInto(const QString &sourcePath, JobContext &context)
{
    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(sourcePath).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    const auto closeSource = qScopeGuard([&source] { sqlite3_close(source); });
    if (rc != SQLITE_OK)
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the project: %1")
                           .arg(sqliteText(source, rc)),
                       QDir::toNativeSeparators(sourcePath));
    Schema::applyDefensiveSettings(source);
    sqlite3_busy_timeout(source, 10000);
    const int version = pragmaInt(source, "PRAGMA user_version");
    if (version > Schema::currentVersion())
        return Failure(QCoreApplication::translate(
                           "Quadrant",
                           "the project was made by a newer Quadrant (file version %1; this one "
                           "reads up to %2); open it with that version")
                           .arg(version)
                           .arg(Schema::currentVersion()),
                       QDir::toNativeSeparators(sourcePath));
    if (auto failure = Schema::verifyStructure(source, version)) {
        failure->file = QDir::toNativeSeparators(sourcePath);
        return failure;
    }
    if (version == Schema::currentVersion())
        return backup(source, handle(), "original", context, 0.0, 0.8 * m_progressShare);

    // Older: upgraded in a private database of its own first (migrations work on "main").
    m_snapshotName = QStringLiteral("quadrant-private-snapshot-")
                     + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (auto failure = openPrivate(m_snapshotName))
        return failure;
    QSqlDatabase snapshot = QSqlDatabase::database(m_snapshotName, false);
    sqlite3 *snapshotHandle = handleOf(snapshot);
    if (auto failure = backup(source, snapshotHandle, "main", context, 0.0, 0.4 * m_progressShare))
        return failure;
    snapshot.transaction();
    if (auto failure = Schema::migrate(snapshot)) {
        snapshot.rollback();
        return failure;
    }
    if (!snapshot.commit())
        return Failure(QCoreApplication::translate("Quadrant", "cannot make a private copy: %1")
                           .arg(snapshot.lastError().text()));
    auto failure = backup(snapshotHandle,
                          handle(),
                          "original",
                          context,
                          0.4 * m_progressShare,
                          0.8 * m_progressShare);
    snapshot = QSqlDatabase();
    closePrivate(&m_snapshotName);
    return failure;
}

std::optional<Failure> PrivateProject::copyTables(JobContext &context)
{
    sqlite3 *db = handle();
    QStringList tables;
    QSet<QString> known;
    {
        SqliteStatement statement;
        if (auto failure = statement.prepare(
                db,
                "SELECT type, name FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                "ESCAPE '\\'"))
            return failure;
        while (statement.step() == SQLITE_ROW) {
            known.insert(statement.columnString(1));
            if (statement.columnString(0) == QLatin1String("table"))
                tables << statement.columnString(1);
        }
    }
    {
        SqliteStatement statement;
        if (auto failure = statement.prepare(
                db,
                "SELECT name FROM original.sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' "
                "ESCAPE '\\'"))
            return failure;
        while (statement.step() == SQLITE_ROW)
            if (!known.contains(statement.columnString(0)))
                ++m_leftOut.objects;
    }
    // Cancel reaches a long INSERT ... SELECT through SQLite's progress handler.
    sqlite3_progress_handler(
        db,
        10000,
        [](void *canceled) -> int { return static_cast<JobContext *>(canceled)->isCanceled(); },
        &context);
    const auto noHandler = qScopeGuard([db] { sqlite3_progress_handler(db, 0, nullptr, nullptr); });
    if (auto failure = run(db, QStringLiteral("BEGIN")))
        return failure;
    QStringList settings;
    for (const QString &setting : knownSettings())
        settings << QLatin1Char('\'') + setting + QLatin1Char('\'');
    const QString knownKeys = settings.join(QLatin1Char(','));
    for (int i = 0; i < tables.size(); ++i) {
        const QString &table = tables[i];
        const QStringList columns = columnsOf(db, "main", table);
        const QStringList original = columnsOf(db, "original", table);
        QStringList shared;
        for (const QString &column : columns)
            if (original.contains(column))
                shared << quoted(column);
        for (const QString &column : original)
            if (!columns.contains(column))
                ++m_leftOut.columns;
        const QString list = shared.join(QLatin1Char(','));
        QString sql
            = QStringLiteral("INSERT OR REPLACE INTO main.%1(%2) SELECT %2 FROM original.%1")
                  .arg(quoted(table), list);
        if (table == QLatin1String("project_meta"))
            sql += QStringLiteral(" WHERE key IN (%1)").arg(knownKeys);
        if (!shared.isEmpty())
            if (auto failure = run(db, sql)) {
                run(db, QStringLiteral("ROLLBACK"));
                return failure;
            }
        crashPoint("demo.step");
        context.setProgress((0.8 + 0.2 * double(i + 1) / double(tables.size())) * m_progressShare,
                            QCoreApplication::translate("Quadrant", "Reading the project"));
    }
    {
        SqliteStatement statement;
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM original.project_meta WHERE "
                                              "key NOT IN (%1)")
                                   .arg(knownKeys)
                                   .toUtf8();
        if (!statement.prepare(db, sql.constData()) && statement.step() == SQLITE_ROW)
            m_leftOut.settings = int(statement.columnInt64(0));
    }
    if (auto failure = run(db, QStringLiteral("COMMIT")))
        return failure;
    return run(db, QStringLiteral("DETACH DATABASE original"));
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "schema.h"

#include "common/crashpoint.h"
#include "common/systemerror.h"
#include "eventblocks.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>
#include <QVariant>
#include <QVector>

#include <functional>
#include <sqlite3.h>

namespace Quadrant {

namespace {

// Each entry moves the file from version (index) to version (index + 1).
// Never edit a migration that has shipped: add a new one.
const char *const s_migrations[] = {
    // 1: the event store. Event names and sources are dictionaries; every raw id seen gets an
    // identity, and identities point at the person they belong to (One-ID), so events never need
    // rewriting when aliases arrive.
    R"SQL(
CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE import_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    file TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    rows_read INTEGER NOT NULL,
    rows_imported INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    settings TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE import_rejects (
    import_id INTEGER NOT NULL REFERENCES import_log(id) ON DELETE CASCADE,
    line INTEGER NOT NULL,
    column_number INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    error_kind TEXT NOT NULL,
    message TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE INDEX import_rejects_by_import ON import_rejects(import_id, line);
CREATE TABLE event_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL UNIQUE,
    account_id TEXT,
    properties TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE identities (
    id INTEGER PRIMARY KEY,
    raw_id TEXT NOT NULL UNIQUE,
    person_id INTEGER NOT NULL REFERENCES persons(id)
);
CREATE INDEX identities_by_person ON identities(person_id);
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    identity_id INTEGER NOT NULL,
    event_id INTEGER NOT NULL,
    ts INTEGER NOT NULL,
    source_id INTEGER,
    import_id INTEGER NOT NULL,
    properties TEXT
);
CREATE INDEX events_by_identity_time ON events(identity_id, ts);
)SQL",
    // 2: CRM records and saved analyses.
    R"SQL(
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    account_id TEXT NOT NULL UNIQUE,
    name TEXT, industry TEXT, plan TEXT, arr REAL,
    contract_start INTEGER, renewal_date INTEGER, owner TEXT,
    properties TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE leads (
    id INTEGER PRIMARY KEY,
    lead_id TEXT NOT NULL UNIQUE,
    user_id TEXT, account_id TEXT, channel TEXT, status TEXT,
    created_at INTEGER,
    properties TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    deal_id TEXT NOT NULL UNIQUE,
    account_id TEXT, lead_id TEXT, channel TEXT, stage TEXT, amount REAL,
    created_at INTEGER, closed_at INTEGER,
    properties TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE spend (
    id INTEGER PRIMARY KEY,
    day INTEGER NOT NULL,
    channel TEXT NOT NULL,
    campaign TEXT NOT NULL DEFAULT '',
    amount REAL NOT NULL,
    properties TEXT NOT NULL DEFAULT '{}',
    UNIQUE (day, channel, campaign)
);
CREATE TABLE nps (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL DEFAULT '',
    account_id TEXT NOT NULL DEFAULT '',
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    ts INTEGER NOT NULL,
    comment TEXT,
    properties TEXT NOT NULL DEFAULT '{}',
    UNIQUE (user_id, account_id, ts)
);
CREATE TABLE saved_analyses (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    definition TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    modified_at INTEGER NOT NULL
);
)SQL",
    // 3: a columnar copy of the event index, so that opening a large project does not re-sort
    // every event; valid while project_meta.data_version is the one it was built from.
    R"SQL(
CREATE TABLE event_index_snapshot (
    id INTEGER PRIMARY KEY,
    part TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (part, chunk)
);
INSERT INTO project_meta(key, value) VALUES ('data_version', '1') ON CONFLICT(key) DO NOTHING;
)SQL",
    // 4: cohorts: named sets of persons (for example those who dropped out of a funnel step).
    R"SQL(
CREATE TABLE cohorts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    definition TEXT NOT NULL DEFAULT '{}',
    created_at INTEGER NOT NULL
);
CREATE TABLE cohort_members (
    cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, person_id)
) WITHOUT ROWID;
)SQL",
    // 5: events stored once, as compressed blocks of columns (docs/project-file.md, "Event
    // storage, version 2"); the row store, its index and the columnar snapshot go. The rows
    // are converted in C++ between this script and the next (s_convert below).
    R"SQL(
CREATE TABLE event_blocks (
    id INTEGER PRIMARY KEY,
    import_id INTEGER NOT NULL,
    first_identity INTEGER NOT NULL,
    last_identity INTEGER NOT NULL,
    events INTEGER NOT NULL,
    data BLOB NOT NULL
);
)SQL",
};

// Work a migration needs beyond SQL, run after its script, then the script that finishes it.
struct MigrationStep
{
    int toVersion;
    std::optional<Failure> (*run)(sqlite3 *db);
    const char *finish;
};
const MigrationStep s_steps[] = {
    {5,
     &convertRowStoreToBlocks,
     R"SQL(
DROP INDEX events_by_identity_time;
DROP TABLE events;
DROP TABLE event_index_snapshot;
)SQL"},
};

constexpr int s_migrationCount = int(sizeof(s_migrations) / sizeof(s_migrations[0]));

std::optional<Failure> execScript(QSqlDatabase &db, const QString &script)
{
    // QSqlQuery runs one statement at a time; split on ';' at line ends (the scripts above
    // hold no ';' inside literals).
    const QStringList statements = script.split(QLatin1String(";\n"), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        const QString sql = statement.trimmed();
        if (sql.isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            const QString disk = describeSqliteError(query.lastError().nativeErrorCode().toInt());
            if (!disk.isEmpty())
                return Failure(disk);
            return Failure(
                QCoreApplication::translate("Quadrant", "schema statement failed: %1 (%2)")
                    .arg(query.lastError().text(), sql.left(80)));
        }
    }
    return std::nullopt;
}

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    return handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
}

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

} // namespace

int Schema::currentVersion()
{
    return s_migrationCount;
}

std::optional<Failure> Schema::migrate(QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = currentVersion();
    const int from = userVersion(db);
    if (from < 0)
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the schema version"));
    if (from > targetVersion)
        return Failure(QCoreApplication::translate("Quadrant", "schema version %1 is newer than %2")
                           .arg(from)
                           .arg(targetVersion));
    for (int version = from; version < targetVersion; ++version) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SAVEPOINT migrate"));
        auto failure = execScript(db, QString::fromUtf8(s_migrations[version]));
        for (const MigrationStep &step : s_steps) {
            if (failure || step.toVersion != version + 1)
                continue;
            failure = step.run(handleOf(db));
            if (!failure)
                failure = execScript(db, QString::fromUtf8(step.finish));
        }
        if (failure) {
            // A full disk or an I/O error is said as such, not as the statement that met it.
            const QString disk = describeSqliteError(sqlite3_errcode(handleOf(db)));
            if (!disk.isEmpty())
                failure->message = disk;
            query.exec(QStringLiteral("ROLLBACK TO migrate"));
            query.exec(QStringLiteral("RELEASE migrate"));
            failure->message
                = QCoreApplication::translate("Quadrant", "migration to version %1: %2")
                      .arg(version + 1)
                      .arg(failure->message);
            return failure;
        }
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        query.exec(QStringLiteral("RELEASE migrate"));
        crashPoint("migrate.step");
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA application_id = %1").arg(qint32(applicationId)));
    return std::nullopt;
}

std::optional<Failure> Schema::applyConnectionPragmas(QSqlDatabase &db)
{
    // DELETE journal, not WAL: WAL breaks on network drives and leaves -wal/-shm side files
    // that get lost when a user copies "the project" to a USB stick.
    const char *const pragmas[] = {
        "PRAGMA journal_mode = DELETE",
        "PRAGMA synchronous = FULL",
        "PRAGMA foreign_keys = ON",
        "PRAGMA cache_size = -65536",
        "PRAGMA temp_store = MEMORY",
    };
    for (const char *pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            return Failure(QCoreApplication::translate("Quadrant", "%1 failed: %2")
                               .arg(QString::fromLatin1(pragma), query.lastError().text()));
    }
    return std::nullopt;
}

namespace {

struct TableShape
{
    QString name;
    QStringList columns;
};

struct StructureOf
{
    QVector<TableShape> tables;
    QStringList indexes;
};

// Runs a query on a raw handle; false with the error in *error.
bool forEachRow(sqlite3 *db,
                const QByteArray &sql,
                const std::function<void(sqlite3_stmt *)> &row,
                QString *error)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            row(statement);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE && rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    return true;
}

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
}

bool readStructure(sqlite3 *db,
                   StructureOf *structure,
                   QHash<QString, QString> *types,
                   QString *error)
{
    QStringList tables;
    if (!forEachRow(
            db,
            "SELECT type, name FROM sqlite_master",
            [&](sqlite3_stmt *row) {
                const QString type = columnText(row, 0), name = columnText(row, 1);
                types->insert(name, type);
                if (type == QLatin1String("table"))
                    tables << name;
                else if (type == QLatin1String("index")
                         && !name.startsWith(QLatin1String("sqlite_")))
                    structure->indexes << name;
            },
            error))
        return false;
    for (const QString &table : std::as_const(tables)) {
        TableShape shape{table, {}};
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!forEachRow(
                db,
                "PRAGMA table_info(\"" + quoted.toUtf8() + "\")",
                [&](sqlite3_stmt *row) { shape.columns << columnText(row, 1); },
                error))
            return false;
        structure->tables << shape;
    }
    return true;
}

// The structure a fresh project of `version` has, made once per version in memory.
std::optional<StructureOf> referenceStructure(int version)
{
    static QMutex mutex;
    static QHash<int, StructureOf> cache;
    QMutexLocker locker(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend())
        return *it;
    const QString name = QStringLiteral("quadrant-reference-")
                         + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<StructureOf> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && !Schema::migrate(db, version)) {
            const QVariant handle = db.driver()->handle();
            sqlite3 *raw = *static_cast<sqlite3 *const *>(handle.constData());
            StructureOf structure;
            QHash<QString, QString> types;
            QString error;
            if (readStructure(raw, &structure, &types, &error))
                result = structure;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result)
        cache.insert(version, *result);
    return result;
}

} // namespace

void Schema::applyDefensiveSettings(sqlite3 *db)
{
    if (!db)
        return;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_exec(db, "PRAGMA cell_size_check = ON", nullptr, nullptr, nullptr);
}

std::optional<Failure> Schema::verifyStructure(sqlite3 *db, int version)
{
    StructureOf actual;
    QHash<QString, QString> types;
    QString error;
    if (!readStructure(db, &actual, &types, &error))
        return Failure(
            QCoreApplication::translate(
                "Quadrant",
                "the project file is damaged and cannot be read (%1); it was left unchanged")
                .arg(error));
    const std::optional<StructureOf> expected
        = referenceStructure(std::min(version, currentVersion()));
    if (!expected)
        return Failure(QCoreApplication::translate(
                           "Quadrant", "cannot build the reference schema of version %1")
                           .arg(version));
    auto damaged = [](const QString &what) {
        return Failure(
            QCoreApplication::translate(
                "Quadrant",
                "the project file is damaged or was changed by another program (%1); it was "
                "left unchanged")
                .arg(what));
    };
    for (const TableShape &table : expected->tables) {
        const QString type = types.value(table.name);
        if (type.isEmpty())
            return damaged(
                QCoreApplication::translate("Quadrant", "table '%1' is missing").arg(table.name));
        if (type != QLatin1String("table"))
            return damaged(QCoreApplication::translate("Quadrant", "'%1' is a %2, not a table")
                               .arg(table.name, type));
        const auto found
            = std::find_if(actual.tables.cbegin(),
                           actual.tables.cend(),
                           [&](const TableShape &shape) { return shape.name == table.name; });
        for (const QString &column : table.columns) {
            if (found == actual.tables.cend() || !found->columns.contains(column))
                return damaged(
                    QCoreApplication::translate("Quadrant", "table '%1' has no column '%2'")
                        .arg(table.name, column));
        }
    }
    for (const QString &index : expected->indexes) {
        if (types.value(index) != QLatin1String("index"))
            return damaged(
                QCoreApplication::translate("Quadrant", "index '%1' is missing").arg(index));
    }
    return std::nullopt;
}

} // namespace Quadrant

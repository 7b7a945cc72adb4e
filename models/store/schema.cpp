// SPDX-License-Identifier: MIT
#include "schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

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
        if (!query.exec(sql))
            return Failure(QStringLiteral("schema statement failed: %1 (%2)")
                               .arg(query.lastError().text(), sql.left(80)));
    }
    return std::nullopt;
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
        return Failure(QStringLiteral("cannot read the schema version"));
    if (from > targetVersion)
        return Failure(QStringLiteral("schema version %1 is newer than %2").arg(from).arg(targetVersion));
    for (int version = from; version < targetVersion; ++version) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SAVEPOINT migrate"));
        if (auto failure = execScript(db, QString::fromUtf8(s_migrations[version]))) {
            query.exec(QStringLiteral("ROLLBACK TO migrate"));
            query.exec(QStringLiteral("RELEASE migrate"));
            failure->message = QStringLiteral("migration to version %1: %2")
                                   .arg(version + 1)
                                   .arg(failure->message);
            return failure;
        }
        query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1));
        query.exec(QStringLiteral("RELEASE migrate"));
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
            return Failure(QStringLiteral("%1 failed: %2")
                               .arg(QString::fromLatin1(pragma), query.lastError().text()));
    }
    return std::nullopt;
}

} // namespace Quadrant

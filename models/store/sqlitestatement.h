// SPDX-License-Identifier: MIT
#pragma once

#include "failure.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>
#include <sqlite3.h>

namespace Quadrant {

// A prepared statement on a raw SQLite handle, for the bulk paths where QSqlQuery's per-row
// QVariant traffic would dominate. Bind, step, reset; finalised on destruction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    std::optional<Failure> prepare(sqlite3 *db, const char *sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_db = db;
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
            != SQLITE_OK)
            return Failure(QCoreApplication::translate("Quadrant", "cannot prepare statement: %1")
                               .arg(errorText()));
        return std::nullopt;
    }

    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value) { sqlite3_bind_double(m_statement, index, value); }
    // The text must stay alive until step() returns.
    void bindText(int index, QByteArrayView text)
    {
        sqlite3_bind_text(
            m_statement, index, text.data() ? text.data() : "", int(text.size()), SQLITE_STATIC);
    }

    void bindBlob(int index, QByteArrayView bytes)
    {
        sqlite3_bind_blob(
            m_statement, index, bytes.data() ? bytes.data() : "", int(bytes.size()), SQLITE_STATIC);
    }

    // Runs the statement; returns SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    // Runs a statement that returns no rows and resets it; false on error.
    bool execute()
    {
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        return rc == SQLITE_DONE || rc == SQLITE_ROW;
    }
    void reset() { sqlite3_reset(m_statement); }
    int columnCount() const { return sqlite3_column_count(m_statement); }
    qint64 columnInt64(int column) const { return sqlite3_column_int64(m_statement, column); }
    double columnDouble(int column) const { return sqlite3_column_double(m_statement, column); }
    bool columnIsNull(int column) const
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QString columnString(int column) const
    {
        const QByteArrayView text = columnText(column);
        return QString::fromUtf8(text.data(), text.size());
    }
    QByteArrayView columnBlob(int column) const
    {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArrayView(bytes, sqlite3_column_bytes(m_statement, column));
    }
    QByteArrayView columnText(int column) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
    }
    QString errorText() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// "WHAT: SQLite's message" for the last failure on a raw handle.
inline Failure storeFailure(sqlite3 *db, const QString &what)
{
    return Failure(QCoreApplication::translate("Quadrant", "%1: %2")
                       .arg(what, QString::fromUtf8(sqlite3_errmsg(db))));
}

// Runs SQL without results on a raw handle.
inline std::optional<Failure> execSql(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        Failure failure(QString::fromUtf8(message ? message : "SQLite error"));
        sqlite3_free(message);
        return failure;
    }
    return std::nullopt;
}

} // namespace Quadrant

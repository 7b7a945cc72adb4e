// SPDX-License-Identifier: MIT
#include "rejectlog.h"

#include "export/csvwriter.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Quadrant {

namespace {
constexpr int s_rawLimit = 4096;
}

RejectLog::RejectLog() = default;
RejectLog::~RejectLog() = default;

QStringList RejectLog::csvHeader()
{
    return {QStringLiteral("file"),
            QStringLiteral("line"),
            QStringLiteral("column"),
            QStringLiteral("column_name"),
            QStringLiteral("error"),
            QStringLiteral("message"),
            QStringLiteral("raw")};
}

std::optional<Failure>
RejectLog::begin(sqlite3 *db, qint64 importId, const QString &file, const QString &csvPath)
{
    m_file = file;
    if (auto failure
        = m_insert.prepare(db,
                           "INSERT INTO import_rejects(import_id, line, column_number, column_name,"
                           " error_kind, message, raw) VALUES (?,?,?,?,?,?,?)"))
        return failure;
    m_insert.bind(1, importId);
    if (!csvPath.isEmpty()) {
        m_csv = std::make_unique<CsvWriter>(csvPath);
        if (auto failure = m_csv->open())
            return failure;
        m_csv->writeRow(csvHeader());
    }
    return std::nullopt;
}

bool RejectLog::add(const RowReject &reject, const QByteArray &raw)
{
    ++m_count;
    if (m_first.size() < keptInMemory)
        m_first.append(reject);
    const QByteArray rawText = raw.left(s_rawLimit);
    const QByteArray columnName = reject.columnName.toUtf8();
    m_insert.bind(2, reject.line);
    m_insert.bind(3, qint64(reject.column));
    m_insert.bindText(4, columnName);
    m_insert.bindText(5, reject.kind);
    m_insert.bindText(6, reject.message);
    m_insert.bindText(7, rawText);
    if (!m_insert.execute()) {
        m_error = m_insert.errorText();
        return false;
    }
    if (m_csv)
        m_csv->writeRow({m_file,
                         QString::number(reject.line),
                         QString::number(reject.column),
                         reject.columnName,
                         QString::fromUtf8(reject.kind),
                         QString::fromUtf8(reject.message),
                         QString::fromUtf8(rawText)});
    return true;
}

std::optional<Failure> RejectLog::finishCsv()
{
    if (!m_csv)
        return std::nullopt;
    auto failure = m_csv->commit();
    m_csv.reset();
    return failure;
}

RecordTable RejectLog::storedRows(const ProjectStore &store, qint64 importId, int limit)
{
    RecordTable rows{{QStringLiteral("line"),
                      QStringLiteral("column"),
                      QStringLiteral("column_name"),
                      QStringLiteral("reason"),
                      QStringLiteral("message"),
                      QStringLiteral("raw")},
                     {}};
    SqliteStatement query;
    if (query.prepare(store.handle(),
                      "SELECT line, column_number, column_name, error_kind, message, raw FROM "
                      "import_rejects WHERE import_id = ? ORDER BY line, column_number LIMIT ?"))
        return rows;
    query.bind(1, importId);
    query.bind(2, qint64(limit));
    while (query.step() == SQLITE_ROW)
        rows.rows.append({query.columnInt64(0),
                          query.columnInt64(1),
                          QString::fromUtf8(query.columnText(2)),
                          QString::fromUtf8(query.columnText(3)),
                          QString::fromUtf8(query.columnText(4)),
                          QString::fromUtf8(query.columnText(5))});
    return rows;
}

std::optional<Failure>
RejectLog::exportFromProject(const ProjectStore &store, qint64 importId, const QString &path)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT l.file, r.line, r.column_number, r.column_name, r.error_kind, r.message, r.raw"
        " FROM import_rejects r JOIN import_log l ON l.id = r.import_id"
        " WHERE r.import_id = ? ORDER BY r.rowid"));
    query.addBindValue(importId);
    if (!query.exec())
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the rejected rows"),
                       store.path());
    CsvWriter csv(path);
    if (auto failure = csv.open())
        return failure;
    csv.writeRow(csvHeader());
    while (query.next()) {
        QStringList row;
        for (int c = 0; c < 7; ++c)
            row << query.value(c).toString();
        csv.writeRow(row);
    }
    return csv.commit();
}

} // namespace Quadrant

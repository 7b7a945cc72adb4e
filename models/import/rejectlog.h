// SPDX-License-Identifier: MIT
#pragma once

#include "export/recordtable.h"
#include "rowconverter.h"
#include "store/sqlitestatement.h"

#include <QVector>

#include <memory>

namespace Quadrant {

class CsvWriter;
class ProjectStore;

// Records every rejected row of an import in the project (import_rejects), optionally streams
// them to a CSV file as well, and keeps the first few in memory for a summary.
class RejectLog
{
public:
    static constexpr int keptInMemory = 200;

    RejectLog();
    ~RejectLog();

    std::optional<Failure>
    begin(sqlite3 *db, qint64 importId, const QString &file, const QString &csvPath);
    bool add(const RowReject &reject, const QByteArray &raw);
    std::optional<Failure> finishCsv();

    qint64 count() const { return m_count; }
    const QVector<RowReject> &first() const { return m_first; }
    QString lastError() const { return m_error; }

    static QStringList csvHeader();
    // The first `limit` rejected rows of one import, as stored in the project: line, column,
    // column_name, reason, message, raw.
    static RecordTable storedRows(const ProjectStore &store, qint64 importId, int limit);
    // Writes the rejected rows of one import, as stored in the project, to a CSV file.
    static std::optional<Failure>
    exportFromProject(const ProjectStore &store, qint64 importId, const QString &path);

private:
    SqliteStatement m_insert;
    std::unique_ptr<CsvWriter> m_csv;
    QString m_file;
    qint64 m_count = 0;
    QVector<RowReject> m_first;
    QString m_error;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "eventexport.h"

#include "common/jsontext.h"
#include "csvwriter.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Quadrant {

std::optional<Failure> EventExport::writeCsv(const ProjectStore &store,
                                             const QString &path,
                                             JobContext &context,
                                             Summary *summary)
{
    heavyWork("exporting events");
    sqlite3 *db = store.handle();
    const auto readError = [&](const SqliteStatement &statement) {
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the events: %1")
                           .arg(statement.errorText()),
                       store.path());
    };

    // The property keys, for the header (one pass; the values are read below).
    QStringList keys;
    {
        SqliteStatement statement;
        if (auto failure = statement.prepare(
                db,
                "SELECT DISTINCT j.key FROM events e, json_each(e.properties) j WHERE "
                "e.properties IS NOT NULL AND json_valid(e.properties) ORDER BY j.key"))
            return failure;
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW)
            keys << statement.columnString(0);
        if (rc != SQLITE_DONE)
            return readError(statement);
    }
    static const QStringList fixed{QStringLiteral("user_id"),
                                   QStringLiteral("identity"),
                                   QStringLiteral("event"),
                                   QStringLiteral("time"),
                                   QStringLiteral("source")};
    // A property named like a fixed column keeps its name with a prefix.
    QStringList header = fixed;
    QHash<QString, int> columnOfKey;
    for (const QString &key : std::as_const(keys)) {
        columnOfKey.insert(key, int(header.size()));
        header << (fixed.contains(key) ? QStringLiteral("property.") + key : key);
    }

    qint64 total = 0;
    {
        SqliteStatement count;
        if (auto failure = count.prepare(db, "SELECT count(*) FROM events"))
            return failure;
        if (count.step() == SQLITE_ROW)
            total = count.columnInt64(0);
    }

    CsvWriter::Options options;
    options.neutralizeFormulas = false; // a data file: values exactly as stored
    CsvWriter csv(path, options);
    if (auto failure = csv.open())
        return failure;
    csv.writeRow(header);

    SqliteStatement rows;
    if (auto failure = rows.prepare(
            db,
            "SELECT p.user_id, i.raw_id, n.name, e.ts, COALESCE(s.name, ''), e.properties"
            " FROM events e JOIN identities i ON i.id = e.identity_id"
            " JOIN persons p ON p.id = i.person_id JOIN event_names n ON n.id = e.event_id"
            " LEFT JOIN sources s ON s.id = e.source_id ORDER BY e.id"))
        return failure;
    QStringList cells;
    qint64 written = 0;
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        cells.fill(QString(), header.size());
        cells[0] = rows.columnString(0);
        cells[1] = rows.columnString(1);
        cells[2] = rows.columnString(2);
        cells[3] = QDateTime::fromMSecsSinceEpoch(rows.columnInt64(3), Qt::UTC)
                       .toString(Qt::ISODateWithMs);
        cells[4] = rows.columnString(4);
        if (!rows.columnIsNull(5)) {
            const QByteArrayView text = rows.columnText(5);
            const QJsonObject properties
                = QJsonDocument::fromJson(QByteArray::fromRawData(text.data(), text.size()))
                      .object();
            for (auto it = properties.begin(); it != properties.end(); ++it)
                if (const auto column = columnOfKey.constFind(it.key());
                    column != columnOfKey.constEnd())
                    cells[*column] = jsonValueText(it.value());
        }
        csv.writeRow(cells);
        if (++written % 8192 == 0) {
            if (context.isCanceled())
                return Failure(
                    QCoreApplication::translate("Quadrant", "canceled; nothing was written"), path);
            if (total > 0)
                context.setProgress(double(written) / double(total),
                                    QCoreApplication::translate("Quadrant", "Exporting events"));
        }
    }
    if (rc != SQLITE_DONE)
        return readError(rows);
    if (auto failure = csv.commit())
        return failure;
    if (summary) {
        summary->events = written;
        summary->propertyColumns = int(keys.size());
    }
    return std::nullopt;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "eventexport.h"

#include "common/jsontext.h"
#include "csvwriter.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/eventblocks.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Quadrant {

std::optional<Failure> EventExport::writeCsv(const ProjectStore &store,
                                             const QString &path,
                                             JobContext &context,
                                             Summary *summary,
                                             bool rawValues)
{
    heavyWork("exporting events");
    sqlite3 *db = store.handle();

    // A properties text as (column, cell) pairs, for the header pass and for the rows.
    const auto eachProperty = [](const QByteArray &text, const auto &visit) {
        const QJsonObject properties = QJsonDocument::fromJson(text).object();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            visit(it.key(), it.value());
    };
    EventBlockReader::Options withProperties;
    withProperties.withProperties = true;

    // The property keys, for the header (one pass over each block's distinct texts).
    QSet<QString> keySet;
    if (auto failure
        = EventBlockReader::forEach(store, withProperties, [&](const EventBlock &block) {
              for (const QByteArray &text : block.values)
                  eachProperty(text,
                               [&](const QString &key, const QJsonValue &) { keySet.insert(key); });
              return !context.isCanceled();
          }))
        return failure;
    QStringList keys(keySet.cbegin(), keySet.cend());
    std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) {
        return a.toUtf8() < b.toUtf8(); // as SQLite's ORDER BY did
    });
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

    // Dictionaries: names and sources whole; identities one query per run of a person's events.
    QHash<qint64, QString> names, sources;
    for (auto [dictionary, sql] : {std::pair{&names, "SELECT id, name FROM event_names"},
                                   std::pair{&sources, "SELECT id, name FROM sources"}}) {
        SqliteStatement all;
        if (auto failure = all.prepare(db, sql))
            return failure;
        while (all.step() == SQLITE_ROW)
            dictionary->insert(all.columnInt64(0), all.columnString(1));
    }
    SqliteStatement identity;
    if (auto failure = identity.prepare(db,
                                        "SELECT p.user_id, i.raw_id FROM identities i JOIN "
                                        "persons p ON p.id = i.person_id WHERE i.id = ?1"))
        return failure;
    qint64 lastIdentity = -1;
    QString userId, rawId;

    const qint64 total = EventBlockReader::count(store);
    CsvWriter::Options options;
    options.neutralizeFormulas = !rawValues;
    CsvWriter csv(path, options);
    if (auto failure = csv.open())
        return failure;
    csv.writeRow(header);

    QStringList cells;
    qint64 written = 0;
    bool canceled = false;
    std::vector<std::vector<std::pair<int, QString>>> blockCells;
    auto read = EventBlockReader::forEach(store, withProperties, [&](const EventBlock &block) {
        blockCells.assign(block.values.size() + 1, {});
        for (size_t v = 0; v < block.values.size(); ++v)
            eachProperty(block.values[v], [&](const QString &key, const QJsonValue &value) {
                if (const auto column = columnOfKey.constFind(key);
                    column != columnOfKey.constEnd())
                    blockCells[v + 1].push_back({*column, jsonValueText(value)});
            });
        for (size_t e = 0; e < block.size(); ++e) {
            if (block.identities[e] != lastIdentity) {
                lastIdentity = block.identities[e];
                identity.bind(1, lastIdentity);
                const bool found = identity.step() == SQLITE_ROW;
                userId = found ? identity.columnString(0) : QString();
                rawId = found ? identity.columnString(1) : QString();
                identity.reset();
            }
            // An event whose identity or name the file does not hold is not an event of anyone
            // (the index leaves it out too).
            const auto name = names.constFind(block.names[e]);
            if (userId.isEmpty() || name == names.cend())
                continue;
            cells.fill(QString(), header.size());
            cells[0] = userId;
            cells[1] = rawId;
            cells[2] = *name;
            cells[3] = QDateTime::fromMSecsSinceEpoch(block.times[e], Qt::UTC)
                           .toString(Qt::ISODateWithMs);
            cells[4] = sources.value(block.sources[e]);
            for (const auto &[column, text] : blockCells[block.properties[e]])
                cells[column] = text;
            csv.writeRow(cells);
            ++written;
        }
        if (context.isCanceled()) {
            canceled = true;
            return false;
        }
        if (total > 0)
            context.setProgress(double(written) / double(total),
                                QCoreApplication::translate("Quadrant", "Exporting events"));
        return true;
    });
    if (read)
        return read;
    if (canceled)
        return Failure(QCoreApplication::translate("Quadrant", "canceled; nothing was written"),
                       path);
    if (auto failure = csv.commit())
        return failure;
    if (summary) {
        summary->events = written;
        summary->propertyColumns = int(keys.size());
    }
    return std::nullopt;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
// EventBlockReader: the project's events, block by block (eventblocks.h).
#include "common/crashpoint.h"
#include "eventblocks.h"
#include "projectstore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <memory>

namespace Quadrant {

namespace {
// The whole query, or the one for an identity range (?1, ?2) when the options ask for one.
std::optional<Failure> prepareReading(SqliteStatement &statement,
                                      sqlite3 *db,
                                      const EventBlockReader::Options &options,
                                      const char *all,
                                      const char *inRange)
{
    if (auto failure = statement.prepare(db, options.identityRange ? inRange : all))
        return failure;
    if (options.identityRange) {
        statement.bind(1, options.identityRange->first);
        statement.bind(2, options.identityRange->second);
    }
    return std::nullopt;
}
} // namespace

bool EventBlockReader::usesRowStore(const ProjectStore &store)
{
    // By what the file holds rather than by the version it claims (an edited user_version).
    SqliteStatement blocks;
    return store.schemaVersion() < 5
           && (blocks.prepare(store.handle(),
                              "SELECT 1 FROM sqlite_master WHERE name = 'event_blocks'")
               || blocks.step() != SQLITE_ROW);
}

std::optional<Failure>
EventBlockReader::forEach(const ProjectStore &store,
                          const Options &options,
                          const std::function<bool(const EventBlock &)> &visit)
{
    auto failure = forEach(store.handle(), usesRowStore(store), options, visit);
    if (failure && failure->file.isEmpty())
        failure->file = store.path();
    return failure;
}

std::optional<Failure>
EventBlockReader::forEach(sqlite3 *db,
                          bool rowStore,
                          const Options &options,
                          const std::function<bool(const EventBlock &)> &visit)
{
    EventBlock block;
    const auto readFailure = [db] {
        return storeFailure(db, QCoreApplication::translate("Quadrant", "cannot read the events"));
    };
    if (rowStore) {
        SqliteStatement rows;
        if (auto failure = prepareReading(
                rows,
                db,
                options,
                "SELECT identity_id, event_id, ts, COALESCE(source_id, 0), import_id, properties "
                "FROM events ORDER BY id",
                "SELECT identity_id, event_id, ts, COALESCE(source_id, 0), import_id, properties "
                "FROM events WHERE identity_id BETWEEN ?1 AND ?2 ORDER BY id"))
            return failure;
        QHash<QByteArray, quint32> codes;
        int rc;
        while ((rc = rows.step()) == SQLITE_ROW) {
            const qint64 importId = rows.columnInt64(4);
            if (block.size() >= EventBlockWriter::blockEvents
                || (block.size() > 0 && importId != block.importId)) {
                if (!visit(block))
                    return std::nullopt;
                block.clear();
                codes.clear();
            }
            block.importId = importId;
            block.identities.push_back(rows.columnInt64(0));
            block.names.push_back(rows.columnInt64(1));
            block.times.push_back(rows.columnInt64(2));
            block.sources.push_back(rows.columnInt64(3));
            quint32 code = 0;
            if (options.withProperties && !rows.columnIsNull(5)) {
                const QByteArrayView text = rows.columnText(5);
                const QByteArray value(text.data(), text.size());
                auto it = codes.constFind(value);
                if (it == codes.cend()) {
                    block.values.push_back(value);
                    it = codes.insert(value, quint32(block.values.size()));
                }
                code = it.value();
            }
            block.properties.push_back(code);
        }
        if (rc != SQLITE_DONE)
            return readFailure();
        if (block.size() > 0)
            visit(block);
        return std::nullopt;
    }

    SqliteStatement blocks;
    if (auto failure
        = prepareReading(blocks,
                         db,
                         options,
                         "SELECT import_id, events, data, id FROM event_blocks ORDER BY id",
                         "SELECT import_id, events, data, id FROM event_blocks WHERE "
                         "last_identity >= ?1 AND first_identity <= ?2 ORDER BY id"))
        return failure;
    int rc;
    while ((rc = blocks.step()) == SQLITE_ROW) {
        // The row's count is checked before the block is decoded, and the block's own claim
        // against it before anything is sized by it.
        if (!EventBlockCodec::decode(
                blocks.columnBlob(2), options.withProperties, &block, blocks.columnInt64(1)))
            return damagedBlockFailure(blocks.columnInt64(3));
        block.importId = blocks.columnInt64(0);
        if (!options.withProperties)
            block.properties.assign(block.size(), 0);
        if (!visit(block))
            return std::nullopt;
    }
    if (rc != SQLITE_DONE)
        return readFailure();
    return std::nullopt;
}

qint64 EventBlockReader::count(const ProjectStore &store)
{
    SqliteStatement count;
    if (count.prepare(store.handle(),
                      usesRowStore(store) ? "SELECT count(*) FROM events"
                                          : "SELECT coalesce(sum(events), 0) FROM event_blocks")
        || count.step() != SQLITE_ROW)
        return 0;
    return count.columnInt64(0);
}

std::optional<Failure> EventBlockReader::countChecked(const ProjectStore &store, qint64 *events)
{
    *events = 0;
    if (usesRowStore(store)) {
        *events = count(store);
        return std::nullopt;
    }
    qint64 total = 0;
    if (auto failure = forEach(store, {}, [&total](const EventBlock &block) {
            total += qint64(block.size());
            return true;
        }))
        return failure;
    *events = total;
    return std::nullopt;
}

std::optional<Failure> EventBlockReader::copyToTemporaryTable(const ProjectStore &store,
                                                              const char *table,
                                                              const QSet<qint64> *identities)
{
    sqlite3 *db = store.handle();
    const QByteArray name = QByteArray("temp.\"") + table + '"';
    if (auto failure = execSql(db, QByteArray("DROP TABLE IF EXISTS " + name).constData()))
        return failure;
    if (auto failure = execSql(db,
                               QByteArray("CREATE TABLE " + name
                                          + " (id INTEGER PRIMARY KEY, identity_id INTEGER, "
                                            "event_id INTEGER, ts INTEGER, source_id INTEGER, "
                                            "import_id INTEGER, properties TEXT)")
                                   .constData()))
        return failure;
    Options options;
    options.withProperties = true;
    if (identities) {
        if (identities->isEmpty())
            return std::nullopt;
        options.identityRange = {*std::min_element(identities->cbegin(), identities->cend()),
                                 *std::max_element(identities->cbegin(), identities->cend())};
    }
    SqliteStatement insert;
    if (auto failure = insert.prepare(
            db,
            QByteArray("INSERT INTO " + name + " VALUES (?1, ?2, ?3, ?4, nullif(?5, 0), ?6, ?7)")
                .constData()))
        return failure;
    // Positions count the events read, in storage order: with a filter only the blocks (or
    // rows) that may hold the identities are read, so positions then only order those (ties in
    // a timeline).
    qint64 position = 0;
    std::optional<Failure> failure;
    auto read = forEach(store, options, [&](const EventBlock &block) {
        for (size_t e = 0; e < block.size(); ++e) {
            ++position;
            if (identities && !identities->contains(block.identities[e]))
                continue;
            insert.bind(1, position);
            insert.bind(2, block.identities[e]);
            insert.bind(3, block.names[e]);
            insert.bind(4, block.times[e]);
            insert.bind(5, block.sources[e]);
            insert.bind(6, block.importId);
            if (block.properties[e] == 0)
                insert.bindNull(7);
            else
                insert.bindText(7, block.propertiesOf(e));
            if (!insert.execute()) {
                failure = Failure(insert.errorText(), store.path());
                return false;
            }
        }
        return true;
    });
    return read ? read : failure;
}

} // namespace Quadrant

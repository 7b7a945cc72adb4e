// SPDX-License-Identifier: MIT
// Schema 4's row store of events converted to blocks (eventblocks.h), as opening an older project
// does beside the rest of schema.cpp's migrations.
#include "eventblocks.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

namespace Quadrant {

std::optional<Failure> convertRowStoreToBlocks(sqlite3 *db)
{
    // The person each identity belongs to now orders the runs.
    QHash<qint64, qint64> personOf;
    {
        SqliteStatement identities;
        if (auto failure = identities.prepare(db, "SELECT id, person_id FROM identities"))
            return failure;
        while (identities.step() == SQLITE_ROW)
            personOf.insert(identities.columnInt64(0), identities.columnInt64(1));
    }
    EventBlockWriter writer;
    std::optional<qint64> importId;
    std::optional<Failure> failure;
    EventBlockReader::Options options;
    options.withProperties = true;
    auto read = EventBlockReader::forEach(db, true, options, [&](const EventBlock &block) {
        if (importId != block.importId) {
            if ((failure = writer.finish()))
                return false;
            writer.begin(db, block.importId);
            importId = block.importId;
        }
        for (size_t i = 0; i < block.size(); ++i) {
            if ((failure = writer.add(block.identities[i],
                                      personOf.value(block.identities[i], -1),
                                      block.names[i],
                                      block.times[i],
                                      block.sources[i],
                                      block.propertiesOf(i))))
                return false;
            if (writer.runFull() && (failure = writer.flushRun()))
                return false;
        }
        return true;
    });
    if (read)
        return read;
    if (failure)
        return failure;
    return writer.finish();
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "identityresolver.h"
#include "rowwriter.h"
#include "store/eventblocks.h"
#include "stringinterner.h"

namespace Quadrant {

// Appends events: raw ids become identities, names and sources dictionary ids, and the events
// go to compressed blocks (EventBlockWriter) inside the import's transaction.
class EventWriter : public RowWriter
{
public:
    std::optional<Failure> begin(sqlite3 *db, qint64 importId, qint64 expectedRows) override;
    Outcome write(const MappedRow &row, RowReject &reject) override;
    std::optional<Failure> finish() override;

private:
    qint64 dictionaryId(StringInterner &dictionary, SqliteStatement &insert, QByteArrayView name);
    // New persons and identities written (in id text order) and their ids made final in the run.
    std::optional<Failure> resolvePending();

    sqlite3 *m_db = nullptr;
    qint64 m_importId = 0;
    IdentityResolver m_identities;
    StringInterner m_eventNames, m_sources;
    SqliteStatement m_insertName, m_insertSource;
    EventBlockWriter m_blocks;
};

} // namespace Quadrant

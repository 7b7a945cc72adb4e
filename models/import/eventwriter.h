// SPDX-License-Identifier: MIT
#pragma once

#include "identityresolver.h"
#include "rowwriter.h"
#include "stringinterner.h"

namespace Quadrant {

// Appends events: raw ids become identities, names and sources dictionary ids. For a bulk load
// the per-person time index is dropped and rebuilt once at the end (sorting beats a million
// random B-tree inserts), inside the same transaction.
class EventWriter : public RowWriter
{
public:
    std::optional<Failure> begin(sqlite3 *db, qint64 importId, qint64 expectedRows) override;
    Outcome write(const MappedRow &row, RowReject &reject) override;
    std::optional<Failure> finish() override;

private:
    qint64 dictionaryId(StringInterner &dictionary, SqliteStatement &insert, QByteArrayView name);

    sqlite3 *m_db = nullptr;
    qint64 m_importId = 0;
    bool m_rebuildIndex = false;
    IdentityResolver m_identities;
    StringInterner m_eventNames, m_sources;
    SqliteStatement m_insertEvent, m_insertName, m_insertSource;
};

} // namespace Quadrant

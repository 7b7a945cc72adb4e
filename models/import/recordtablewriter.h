// SPDX-License-Identifier: MIT
#pragma once

#include "rowwriter.h"
#include "store/sqlitestatement.h"

namespace Quadrant {

// Upserts CRM records (accounts, leads, deals, spend, NPS) keyed by their natural key: a
// re-import updates rows in place, and an empty cell never erases a stored value.
class RecordTableWriter : public RowWriter
{
public:
    explicit RecordTableWriter(const KindSpec &spec)
        : m_spec(spec)
    {}
    std::optional<Failure> begin(sqlite3 *db, qint64 importId, qint64 expectedRows) override;
    Outcome write(const MappedRow &row, RowReject &reject) override;
    std::optional<Failure> finish() override { return std::nullopt; }

    static QByteArray upsertSql(const KindSpec &spec);

private:
    const KindSpec &m_spec;
    SqliteStatement m_upsert;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "identityresolver.h"
#include "rowwriter.h"

namespace Quadrant {

// Adds or updates person records: the raw id resolves through One-ID to its person, whose
// account and properties are merged with what the file says.
class PersonWriter : public RowWriter
{
public:
    std::optional<Failure> begin(sqlite3 *db, qint64 importId, qint64 expectedRows) override;
    Outcome write(const MappedRow &row, RowReject &reject) override;
    std::optional<Failure> finish() override { return std::nullopt; }

private:
    IdentityResolver m_identities;
    SqliteStatement m_update;
};

// Declares raw ids to be the same person as a canonical user id; events already imported
// follow, because they point at identities, not persons.
class AliasWriter : public RowWriter
{
public:
    std::optional<Failure> begin(sqlite3 *db, qint64 importId, qint64 expectedRows) override;
    Outcome write(const MappedRow &row, RowReject &reject) override;
    std::optional<Failure> finish() override { return std::nullopt; }

private:
    IdentityResolver m_identities;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "importkind.h"
#include "rowconverter.h"
#include "store/failure.h"

#include <memory>
#include <optional>

struct sqlite3;

namespace Quadrant {

// Stores converted rows of one kind inside the import's transaction.
class RowWriter
{
public:
    enum class Outcome { Written, Rejected, Failed };

    virtual ~RowWriter() = default;
    // expectedRows is an estimate from the file size, used to choose bulk strategies.
    virtual std::optional<Failure> begin(sqlite3 *db, qint64 importId, qint64 expectedRows) = 0;
    // Rejected = the row's data cannot be stored (reject filled in); Failed = database error.
    virtual Outcome write(const MappedRow &row, RowReject &reject) = 0;
    virtual std::optional<Failure> finish() = 0;
    QString lastError() const { return m_error; }

    static std::unique_ptr<RowWriter> create(ImportKind kind);

protected:
    QString m_error;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "importkind.h"
#include "store/failure.h"

#include <QHash>
#include <QStringList>

#include <optional>

namespace Quadrant {

// Which input column feeds which field of a kind; every other column becomes a property.
class ColumnMapping
{
public:
    // For each field, the first column whose normalised name matches one of its synonyms, in
    // synonym order (so "user_id" beats "email" when both are present).
    static ColumnMapping suggest(const KindSpec &spec, const QStringList &header);

    // The kind a file most likely holds, from its column names: of the kinds whose required
    // fields all have a column, the one with the most required fields found, then the most
    // fields found (events on a tie). `found` receives the fields that decided it. Events when
    // no kind fits (the mapping then asks for the missing columns).
    static ImportKind likelyKind(const QStringList &header, QStringList *found = nullptr);

    // "FIELD=COLUMN" overrides; the column may be a name or a 1-based number.
    std::optional<Failure>
    applyOverride(const KindSpec &spec, const QStringList &header, const QString &assignment);

    int column(int fieldIndex) const { return m_columns.value(fieldIndex, -1); }
    void setColumn(int fieldIndex, int column) { m_columns[fieldIndex] = column; }
    bool isMapped(int column) const;
    QStringList missingRequired(const KindSpec &spec) const;

private:
    QHash<int, int> m_columns; // field index -> column
};

} // namespace Quadrant

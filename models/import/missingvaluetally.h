// SPDX-License-Identifier: MIT
#pragma once

#include "rowconverter.h"

#include <QString>
#include <QVector>

#include <vector>

namespace Quadrant {

// Counts the rows an import leaves out because a required value (a user id, an event name...)
// is empty or not on the line, per field with its first lines, for the import's summary.
class MissingValueTally
{
public:
    static constexpr int linesKept = 3;

    // Counts the reject if it is one of a missing required value.
    void add(const RowReject &reject);
    qint64 count() const { return m_count; }
    // "5 events left out: 3 with no user_id (lines 3, 5, 7), 2 with no event (lines 4, 6)"; empty
    // when no row was left out for a missing value. `events` names rows of the events kind.
    QString sentence(bool events) const;

private:
    struct Field
    {
        QString name;
        qint64 count = 0;
        QVector<qint64> lines;
    };
    std::vector<Field> m_fields; // in the order first met
    qint64 m_count = 0;
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "personwriter.h"

namespace Quadrant {

std::optional<Failure> PersonWriter::begin(sqlite3 *db, qint64, qint64)
{
    if (auto failure = m_identities.begin(db))
        return failure;
    return m_update.prepare(db,
                            "UPDATE persons SET account_id = COALESCE(?1, account_id),"
                            " properties = json_patch(properties, ?2) WHERE id = ?3");
}

RowWriter::Outcome PersonWriter::write(const MappedRow &row, RowReject &)
{
    const qint64 identity = m_identities.identityFor(row.values[0].text);
    const qint64 person = identity < 0 ? -1 : m_identities.personOf(identity);
    if (person < 0) {
        m_error = m_identities.lastError();
        return Outcome::Failed;
    }
    if (row.values[1].type == FieldValue::Type::Text)
        m_update.bindText(1, row.values[1].text);
    else
        m_update.bindNull(1);
    m_update.bindText(2, row.properties.isEmpty() ? QByteArrayView("{}") : row.properties);
    m_update.bind(3, person);
    if (!m_update.execute()) {
        m_error = m_update.errorText();
        return Outcome::Failed;
    }
    return Outcome::Written;
}

std::optional<Failure> AliasWriter::begin(sqlite3 *db, qint64, qint64)
{
    return m_identities.begin(db);
}

RowWriter::Outcome AliasWriter::write(const MappedRow &row, RowReject &)
{
    const qint64 alias = m_identities.identityFor(row.values[0].text);
    const qint64 canonical = m_identities.identityFor(row.values[1].text);
    if (alias < 0 || canonical < 0) {
        m_error = m_identities.lastError();
        return Outcome::Failed;
    }
    if (!m_identities.mergePersons(m_identities.personOf(alias),
                                   m_identities.personOf(canonical))) {
        m_error = m_identities.lastError();
        return Outcome::Failed;
    }
    return Outcome::Written;
}

} // namespace Quadrant

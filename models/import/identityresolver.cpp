// SPDX-License-Identifier: MIT
#include "identityresolver.h"

namespace Quadrant {

std::optional<Failure> IdentityResolver::begin(sqlite3 *db)
{
    m_db = db;
    SqliteStatement all;
    if (auto failure = all.prepare(db, "SELECT raw_id, id, person_id FROM identities"))
        return failure;
    m_personOfIdentity.clear();
    while (all.step() == SQLITE_ROW) {
        const qint64 identity = all.columnInt64(1);
        m_identities.insert(all.columnText(0), identity);
        remember(identity, all.columnInt64(2));
    }
    const struct
    {
        SqliteStatement *statement;
        const char *sql;
    } statements[] = {
        {&m_insertPerson, "INSERT INTO persons(user_id) VALUES (?)"},
        {&m_insertIdentity, "INSERT INTO identities(raw_id, person_id) VALUES (?, ?)"},
        {&m_selectPerson, "SELECT person_id FROM identities WHERE id = ?"},
        {&m_mergeProperties,
         "UPDATE persons SET properties = json_patch((SELECT properties FROM persons WHERE id = "
         "?1), properties),"
         " account_id = COALESCE(account_id, (SELECT account_id FROM persons WHERE id = ?1)) WHERE "
         "id = ?2"},
        {&m_moveIdentities, "UPDATE identities SET person_id = ?2 WHERE person_id = ?1"},
        {&m_deletePerson, "DELETE FROM persons WHERE id = ?1"},
    };
    for (const auto &entry : statements)
        if (auto failure = entry.statement->prepare(db, entry.sql))
            return failure;
    return std::nullopt;
}

qint64 IdentityResolver::identityFor(QByteArrayView rawId)
{
    const qint64 known = m_identities.find(rawId);
    if (known >= 0)
        return known;
    m_insertPerson.bindText(1, rawId);
    if (!m_insertPerson.execute()) {
        m_error = m_insertPerson.errorText();
        return -1;
    }
    const qint64 person = sqlite3_last_insert_rowid(m_db);
    m_insertIdentity.bindText(1, rawId);
    m_insertIdentity.bind(2, person);
    if (!m_insertIdentity.execute()) {
        m_error = m_insertIdentity.errorText();
        return -1;
    }
    const qint64 identity = sqlite3_last_insert_rowid(m_db);
    m_identities.insert(rawId, identity);
    remember(identity, person);
    return identity;
}

void IdentityResolver::remember(qint64 identity, qint64 person)
{
    // Ids Quadrant makes are dense; others (an edited file) are asked for when needed.
    if (identity < 0 || identity > qint64(m_identities.size()) * 4 + (1 << 20))
        return;
    if (size_t(identity) >= m_personOfIdentity.size())
        m_personOfIdentity.resize(std::max(size_t(identity) + 1, m_personOfIdentity.size() * 2),
                                  -1);
    m_personOfIdentity[size_t(identity)] = person;
}

qint64 IdentityResolver::cachedPersonOf(qint64 identity)
{
    if (identity >= 0 && size_t(identity) < m_personOfIdentity.size()
        && m_personOfIdentity[size_t(identity)] >= 0)
        return m_personOfIdentity[size_t(identity)];
    return personOf(identity);
}

qint64 IdentityResolver::personOf(qint64 identity)
{
    m_selectPerson.bind(1, identity);
    qint64 person = -1;
    if (m_selectPerson.step() == SQLITE_ROW)
        person = m_selectPerson.columnInt64(0);
    m_selectPerson.reset();
    return person;
}

bool IdentityResolver::mergePersons(qint64 from, qint64 to)
{
    if (from == to)
        return true;
    m_personOfIdentity.clear();
    for (SqliteStatement *statement : {&m_mergeProperties, &m_moveIdentities, &m_deletePerson}) {
        statement->bind(1, from);
        if (statement != &m_deletePerson)
            statement->bind(2, to);
        if (!statement->execute()) {
            m_error = statement->errorText();
            return false;
        }
    }
    return true;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "identityresolver.h"

#include <algorithm>
#include <numeric>

namespace Quadrant {

std::optional<Failure> IdentityResolver::begin(sqlite3 *db, bool deferInserts)
{
    m_db = db;
    m_defer = deferInserts;
    m_pending.clear();
    m_pendingText.clear();
    if (m_defer) {
        SqliteStatement next;
        if (auto failure = next.prepare(db,
                                        "SELECT (SELECT coalesce(max(id), 0) + 1 FROM persons), "
                                        "(SELECT coalesce(max(id), 0) + 1 FROM identities)"))
            return failure;
        if (next.step() != SQLITE_ROW)
            return Failure(QString::fromUtf8(sqlite3_errmsg(db)));
        m_nextPerson = next.columnInt64(0);
        m_nextIdentity = next.columnInt64(1);
    }
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
    if (known != -1) // a stored id, or a provisional one (< -1)
        return known;
    if (m_defer) {
        // -1 is the interner's "not found".
        const qint64 provisional = -qint64(m_pending.size()) - 2;
        m_pending.push_back({quint32(m_pendingText.size()), quint32(rawId.size())});
        m_pendingText.append(rawId.data(), rawId.size());
        m_identities.insert(rawId, provisional);
        return provisional;
    }
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

bool IdentityResolver::flushPending(std::vector<std::pair<qint64, qint64>> *finals)
{
    finals->assign(m_pending.size(), {-1, -1});
    if (m_pending.empty())
        return true;
    const auto textOf = [this](quint32 k) {
        return QByteArrayView(m_pendingText.constData() + m_pending[k].offset, m_pending[k].length);
    };
    std::vector<quint32> order(m_pending.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return textOf(a).compare(textOf(b)) < 0;
    });
    SqliteStatement persons, identities;
    if (persons.prepare(m_db, "INSERT INTO persons(id, user_id) VALUES (?, ?)")
        || identities.prepare(m_db,
                              "INSERT INTO identities(id, raw_id, person_id) VALUES (?, ?, ?)")) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    for (quint32 k : order) {
        const std::pair<qint64, qint64> ids{m_nextIdentity++, m_nextPerson++};
        (*finals)[k] = ids;
        persons.bind(1, ids.second);
        persons.bindText(2, textOf(k));
        if (!persons.execute()) {
            m_error = persons.errorText();
            return false;
        }
    }
    for (quint32 k : order) {
        identities.bind(1, (*finals)[k].first);
        identities.bindText(2, textOf(k));
        identities.bind(3, (*finals)[k].second);
        if (!identities.execute()) {
            m_error = identities.errorText();
            return false;
        }
        m_identities.insert(textOf(k), (*finals)[k].first);
        remember((*finals)[k].first, (*finals)[k].second);
    }
    m_pending.clear();
    m_pendingText.clear();
    return true;
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
    if (identity < 0) // provisional: its person has the same provisional number
        return identity;
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

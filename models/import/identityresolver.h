// SPDX-License-Identifier: MIT
#pragma once

#include "store/sqlitestatement.h"
#include "stringinterner.h"

#include <vector>

namespace Quadrant {

// One-ID: turns raw ids (device, login, CRM contact ids) into identity ids, creating an identity
// and its own person the first time an id is seen, and merges persons when an alias arrives.
class IdentityResolver
{
public:
    // With deferInserts, a new raw id gets a provisional identity (and person) id, -(k + 2) for
    // the k-th since the last flush, and its rows are written by flushPending, sorted by id text
    // and numbered in that order: a bulk load of a million new ids then appends to the tables
    // and their UNIQUE indexes instead of inserting at random places. Merges need the rows, so
    // only a resolver that never merges defers.
    std::optional<Failure> begin(sqlite3 *db, bool deferInserts = false);
    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    // Writes the deferred rows; finals[k] = {identity, person} for provisional k. False with
    // lastError() on a database error.
    bool flushPending(std::vector<std::pair<qint64, qint64>> *finals);

    // The identity for rawId, created with a new person if unknown; -1 on a database error.
    qint64 identityFor(QByteArrayView rawId);
    qint64 personOf(qint64 identity);
    // personOf without a query for the identities this resolver has seen (they cannot have
    // moved: merges go through a resolver of their own).
    qint64 cachedPersonOf(qint64 identity);
    // Moves every identity of person `from` to person `to`; `to` keeps its properties where both
    // have one.
    bool mergePersons(qint64 from, qint64 to);
    QString lastError() const { return m_error; }

private:
    void remember(qint64 identity, qint64 person);

    struct Pending
    {
        quint32 offset, length; // in m_pendingText
    };

    sqlite3 *m_db = nullptr;
    bool m_defer = false;
    qint64 m_nextIdentity = 1, m_nextPerson = 1; // the next final ids
    QByteArray m_pendingText;
    std::vector<Pending> m_pending;
    StringInterner m_identities;
    std::vector<qint64> m_personOfIdentity; // by identity id, -1 = unknown
    SqliteStatement m_insertPerson, m_insertIdentity, m_selectPerson;
    SqliteStatement m_mergeProperties, m_moveIdentities, m_deletePerson;
    QString m_error;
};

} // namespace Quadrant

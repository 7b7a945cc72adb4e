// SPDX-License-Identifier: MIT
#include "cohortstore.h"

#include "projectstore.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Quadrant {

std::optional<Failure> CohortStore::save(const ProjectStore &store,
                                         const QString &name,
                                         const QString &definitionJson,
                                         const std::vector<qint64> &personIds)
{
    if (store.isReadOnly())
        return Failure(QCoreApplication::translate(
                           "Quadrant", "the project is open read-only; the cohort cannot be saved"),
                       store.path());
    if (name.trimmed().isEmpty())
        return Failure(QCoreApplication::translate("Quadrant", "a cohort needs a name"));
    sqlite3 *db = store.handle();
    if (auto failure = execSql(db, "BEGIN IMMEDIATE"))
        return failure;
    auto rollback = [&](const QString &message) {
        execSql(db, "ROLLBACK");
        return std::optional<Failure>(Failure(message, store.path()));
    };
    SqliteStatement remove, insert, member;
    if (remove.prepare(db, "DELETE FROM cohorts WHERE name = ?")
        || insert.prepare(db, "INSERT INTO cohorts(name, definition, created_at) VALUES (?, ?, ?)")
        || member.prepare(
            db, "INSERT OR IGNORE INTO cohort_members(cohort_id, person_id) VALUES (?, ?)"))
        return rollback(QCoreApplication::translate(
            "Quadrant", "cannot save the cohort (is the project from an older Quadrant?)"));
    const QByteArray nameBytes = name.trimmed().toUtf8(), definition = definitionJson.toUtf8();
    remove.bindText(1, nameBytes);
    insert.bindText(1, nameBytes);
    insert.bindText(2, definition);
    insert.bind(3, QDateTime::currentMSecsSinceEpoch());
    if (!remove.execute() || !insert.execute())
        return rollback(insert.errorText());
    const qint64 cohort = sqlite3_last_insert_rowid(db);
    for (qint64 person : personIds) {
        member.bind(1, cohort);
        member.bind(2, person);
        if (!member.execute())
            return rollback(member.errorText());
    }
    if (auto failure = execSql(db, "COMMIT"))
        return rollback(failure->message);
    return std::nullopt;
}

std::optional<std::vector<qint64>> CohortStore::members(const ProjectStore &store,
                                                        const QString &name)
{
    SqliteStatement exists, query;
    if (exists.prepare(store.handle(), "SELECT id FROM cohorts WHERE name = ?"))
        return std::nullopt;
    const QByteArray nameBytes = name.toUtf8();
    exists.bindText(1, nameBytes);
    if (exists.step() != SQLITE_ROW)
        return std::nullopt;
    const qint64 id = exists.columnInt64(0);
    std::vector<qint64> persons;
    if (query.prepare(
            store.handle(),
            "SELECT person_id FROM cohort_members WHERE cohort_id = ? ORDER BY person_id"))
        return std::nullopt;
    query.bind(1, id);
    while (query.step() == SQLITE_ROW)
        persons.push_back(query.columnInt64(0));
    return persons;
}

QVector<CohortInfo> CohortStore::list(const ProjectStore &store)
{
    QVector<CohortInfo> cohorts;
    SqliteStatement query;
    if (query.prepare(
            store.handle(),
            "SELECT c.name, count(m.person_id), c.created_at FROM cohorts c "
            "LEFT JOIN cohort_members m ON m.cohort_id = c.id GROUP BY c.id ORDER BY c.name"))
        return cohorts;
    while (query.step() == SQLITE_ROW)
        cohorts.append(
            {QString::fromUtf8(query.columnText(0)), query.columnInt64(1), query.columnInt64(2)});
    return cohorts;
}

} // namespace Quadrant

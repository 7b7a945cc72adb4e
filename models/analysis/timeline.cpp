// SPDX-License-Identifier: MIT
#include "timeline.h"

#include "calendar.h"
#include "jobs/heavywork.h"
#include "store/eventblocks.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Quadrant {

namespace {
QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// An event's properties as people read them: "plan=pro, page=/pricing".
QString propertiesText(const QString &json)
{
    if (!json.startsWith(QLatin1Char('{')))
        return json;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
    return parts.join(QStringLiteral(", "));
}

// Persons of the subject, as a SQL condition on a persons alias `p`.
QString personCondition(Timeline::Subject subject)
{
    return subject == Timeline::Subject::Person ? QStringLiteral("p.user_id = :id")
                                                : QStringLiteral("p.account_id = :id");
}

// The events of the subject's identities, decoded from the blocks that may hold them into a
// temporary table that the timeline's query reads like any other (the position in storage order
// breaks ties between equal times as the import order did).
std::optional<Failure> loadSubjectEvents(const ProjectStore &store, const Timeline::Query &query)
{
    QSet<qint64> identities;
    SqliteStatement select;
    const char *sql = query.subject == Timeline::Subject::Person
                          ? "SELECT i.id FROM identities i JOIN persons p ON p.id = i.person_id "
                            "WHERE p.user_id = ?1"
                          : "SELECT i.id FROM identities i JOIN persons p ON p.id = i.person_id "
                            "WHERE p.account_id = ?1";
    if (auto failure = select.prepare(store.handle(), sql))
        return failure;
    const QByteArray id = query.id.toUtf8();
    select.bindText(1, id);
    while (select.step() == SQLITE_ROW)
        identities.insert(select.columnInt64(0));
    return EventBlockReader::copyToTemporaryTable(store, "timeline_events", &identities);
}

std::optional<Failure> readFacts(const ProjectStore &store,
                                 const Timeline::Query &query,
                                 QStringList *facts,
                                 QString *accountId)
{
    QSqlQuery sql(store.database());
    if (query.subject == Timeline::Subject::Person) {
        sql.prepare(
            QStringLiteral("SELECT account_id, properties FROM persons WHERE user_id = :id"));
        sql.bindValue(QStringLiteral(":id"), query.id);
        if (!sql.exec())
            return Failure(sql.lastError().text(), store.path());
        if (!sql.next())
            return Failure(QCoreApplication::translate("Quadrant", "no person '%1' in this project")
                               .arg(query.id),
                           store.path());
        *accountId = sql.value(0).toString();
        *facts << QCoreApplication::translate("Quadrant", "person %1").arg(query.id);
        if (!accountId->isEmpty())
            *facts << QCoreApplication::translate("Quadrant", "account %1").arg(*accountId);
        const QJsonObject properties
            = QJsonDocument::fromJson(sql.value(1).toString().toUtf8()).object();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            *facts << QCoreApplication::translate("Quadrant", "%1 %2")
                          .arg(it.key(), it.value().toVariant().toString());
        return std::nullopt;
    }
    *accountId = query.id;
    sql.prepare(QStringLiteral("SELECT name, industry, plan, arr, renewal_date, owner FROM "
                               "accounts WHERE account_id = :id"));
    sql.bindValue(QStringLiteral(":id"), query.id);
    if (!sql.exec())
        return Failure(sql.lastError().text(), store.path());
    if (sql.next()) {
        *facts << QCoreApplication::translate("Quadrant", "account %1").arg(query.id);
        const QStringList labels{QStringLiteral("name"),
                                 QStringLiteral("industry"),
                                 QStringLiteral("plan"),
                                 QStringLiteral("ARR"),
                                 QStringLiteral("renewal"),
                                 QStringLiteral("owner")};
        for (int i = 0; i < labels.size(); ++i) {
            if (sql.value(i).isNull())
                continue;
            const QString value
                = i == 4 ? Calendar::dateText(sql.value(i).toLongLong())
                         : (i == 3 ? QLocale().toString(sql.value(i).toDouble(), 'f', 0)
                                   : sql.value(i).toString());
            *facts << QCoreApplication::translate("Quadrant", "%1 %2").arg(labels[i], value);
        }
        return std::nullopt;
    }
    QSqlQuery anyone(store.database());
    anyone.prepare(QStringLiteral("SELECT 1 FROM persons WHERE account_id = :id LIMIT 1"));
    anyone.bindValue(QStringLiteral(":id"), query.id);
    if (!anyone.exec() || !anyone.next())
        return Failure(QCoreApplication::translate("Quadrant", "no account '%1' in this project")
                           .arg(query.id),
                       store.path());
    *facts << QCoreApplication::translate("Quadrant", "account %1 (no CRM record)").arg(query.id);
    return std::nullopt;
}
} // namespace

std::optional<Failure>
Timeline::build(const ProjectStore &store, const Query &query, Result *result)
{
    heavyWork("Timeline::build");
    *result = Result();
    QString accountId;
    if (auto failure = readFacts(store, query, &result->facts, &accountId))
        return failure;
    const bool person = query.subject == Subject::Person;
    if (auto failure = loadSubjectEvents(store, query))
        return failure;
    // One query, newest first so that LIMIT keeps the most recent; reversed below.
    const QString sqlText
        = QStringLiteral(
              // a and b are the parts of "what": an event's name; an NPS score; a lead's id and
              // status; a deal's id and (closed) stage. The words around them are put in C++,
              // in the window's language.
              "SELECT ts, kind, person, a, b, source, details FROM ("
              " SELECT e.ts AS ts, 'event' AS kind, p.user_id AS person, n.name AS a, '' AS b, "
              "COALESCE(s.name, '') AS source,"
              "        COALESCE(e.properties, '') AS details, e.id AS tiebreak"
              " FROM persons p JOIN identities i ON i.person_id = p.id JOIN temp.timeline_events e"
              " ON e.identity_id = i.id"
              " JOIN event_names n ON n.id = e.event_id LEFT JOIN sources s ON s.id = e.source_id "
              "WHERE %1"
              " UNION ALL"
              " SELECT ts, 'nps', user_id, score, '', '', COALESCE(comment, ''), id FROM nps"
              " WHERE %2"
              " UNION ALL"
              " SELECT created_at, 'lead', COALESCE(user_id, ''), lead_id, COALESCE(status, ''),"
              "        COALESCE(channel, ''), '', id FROM leads WHERE created_at IS NOT NULL AND %3"
              " UNION ALL"
              " SELECT created_at, 'deal', '', deal_id, NULL, COALESCE(channel, ''),"
              "        COALESCE(amount, 0), id FROM deals WHERE created_at "
              "IS NOT NULL AND account_id = :account"
              " UNION ALL"
              " SELECT closed_at, 'deal', '', deal_id, COALESCE(stage, 'closed'), "
              "COALESCE(channel, ''),"
              "        COALESCE(amount, 0), id FROM deals WHERE closed_at "
              "IS NOT NULL AND account_id = :account"
              ") ORDER BY ts DESC, kind DESC, tiebreak DESC LIMIT :limit")
              .arg(personCondition(query.subject),
                   person ? QStringLiteral("user_id = :id")
                          : QStringLiteral("(account_id = :id OR user_id IN (SELECT user_id FROM "
                                           "persons WHERE account_id = :id))"),
                   person ? QStringLiteral("user_id = :id") : QStringLiteral("account_id = :id"));
    QSqlQuery sql(store.database());
    sql.setForwardOnly(true);
    if (!sql.prepare(sqlText))
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the timeline: %1")
                           .arg(sql.lastError().text()),
                       store.path());
    sql.bindValue(QStringLiteral(":id"), query.id);
    sql.bindValue(QStringLiteral(":account"),
                  accountId.isEmpty() ? QStringLiteral("\x01") : accountId);
    sql.bindValue(QStringLiteral(":limit"), query.limit + 1);
    if (!sql.exec())
        return Failure(QCoreApplication::translate("Quadrant", "cannot read the timeline: %1")
                           .arg(sql.lastError().text()),
                       store.path());
    result->table.columns = {QStringLiteral("time"),
                             QStringLiteral("kind"),
                             QStringLiteral("person"),
                             QStringLiteral("what"),
                             QStringLiteral("source"),
                             QStringLiteral("details")};
    while (sql.next()) {
        if (result->table.rows.size() == query.limit) {
            result->truncated = true;
            break;
        }
        const QString kind = sql.value(1).toString(), a = sql.value(3).toString();
        QString what = a, details = sql.value(6).toString();
        if (kind == QLatin1String("nps")) {
            what = QCoreApplication::translate("Quadrant", "NPS %1").arg(a);
        } else if (kind == QLatin1String("lead")) {
            what = QCoreApplication::translate("Quadrant", "Lead %1 (%2)")
                       .arg(a, sql.value(4).toString());
        } else if (kind == QLatin1String("deal")) {
            what = sql.value(4).isNull()
                       ? QCoreApplication::translate("Quadrant", "Deal %1 opened").arg(a)
                       : QCoreApplication::translate("Quadrant", "Deal %1 %2")
                             .arg(a, sql.value(4).toString());
            details = QCoreApplication::translate("Quadrant", "amount %1")
                          .arg(QString::number(sql.value(6).toDouble(), 'f', 0));
        } else {
            details = propertiesText(details);
        }
        result->table.rows.append({timeText(sql.value(0).toLongLong()),
                                   kind,
                                   sql.value(2).toString(),
                                   what,
                                   sql.value(5).toString(),
                                   details});
    }
    std::reverse(result->table.rows.begin(), result->table.rows.end());
    return std::nullopt;
}

} // namespace Quadrant

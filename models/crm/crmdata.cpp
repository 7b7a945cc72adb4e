// SPDX-License-Identifier: MIT
#include "crmdata.h"

#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "store/projectstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace Quadrant {

namespace {

QJsonObject propertiesOf(const SqliteStatement &row, int column)
{
    const QByteArrayView text = row.columnText(column);
    if (text.isEmpty() || text == "{}")
        return QJsonObject();
    return QJsonDocument::fromJson(text.toByteArray()).object();
}

std::optional<qint64> optionalInt(const SqliteStatement &row, int column)
{
    return row.columnIsNull(column) ? std::nullopt : std::optional<qint64>(row.columnInt64(column));
}

std::optional<double> optionalReal(const SqliteStatement &row, int column)
{
    return row.columnIsNull(column) ? std::nullopt
                                    : std::optional<double>(row.columnDouble(column));
}

QString propertyText(const QJsonObject &properties, const QString &name)
{
    const QJsonValue value = properties.value(name);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

// Reads every row of `sql`; false (with the failure) when the statement cannot run.
template<typename Read>
bool readRows(sqlite3 *db, const char *sql, std::optional<Failure> *failure, Read read)
{
    SqliteStatement statement;
    if (auto prepared = statement.prepare(db, sql)) {
        if (failure)
            *failure = prepared;
        return false;
    }
    int rc = SQLITE_ROW;
    while ((rc = statement.step()) == SQLITE_ROW)
        read(statement);
    if (rc != SQLITE_DONE) {
        if (failure)
            *failure
                = Failure(QCoreApplication::translate("Quadrant", "cannot read the CRM records: %1")
                              .arg(statement.errorText()));
        return false;
    }
    return true;
}

} // namespace

QString CrmAccount::field(const QString &name) const
{
    if (name == QLatin1String("account_id") || name == QLatin1String("account"))
        return id;
    if (name == QLatin1String("name"))
        return this->name;
    if (name == QLatin1String("industry"))
        return industry;
    if (name == QLatin1String("plan"))
        return plan;
    if (name == QLatin1String("owner"))
        return owner;
    return propertyText(properties, name);
}

std::optional<double> CrmAccount::seats() const
{
    for (const char *key : {"seats", "licenses"}) {
        const QJsonValue value = properties.value(QLatin1String(key));
        bool ok = value.isDouble();
        const double number = ok ? value.toDouble() : value.toString().toDouble(&ok);
        if (ok && number > 0)
            return number;
    }
    return std::nullopt;
}

QString CrmDeal::field(const QString &name) const
{
    if (name == QLatin1String("stage"))
        return stage;
    if (name == QLatin1String("channel"))
        return channel;
    if (name == QLatin1String("account_id") || name == QLatin1String("account"))
        return accountId;
    if (name == QLatin1String("lead_id"))
        return leadId;
    if (name == QLatin1String("deal_id"))
        return id;
    return propertyText(properties, name);
}

QString StageStates::normalised(const QString &stage)
{
    return stage.simplified().toLower();
}

StageStates::State StageStates::of(const QString &stage) const
{
    const QString key = normalised(stage);
    const auto mapped = m_mapped.constFind(key);
    if (mapped != m_mapped.cend())
        return *mapped;
    QString spaced = key;
    spaced.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    spaced = spaced.simplified();
    if (spaced == QLatin1String("won") || spaced == QLatin1String("closed won"))
        return State::Won;
    if (spaced == QLatin1String("lost") || spaced == QLatin1String("closed lost"))
        return State::Lost;
    return State::Open;
}

QString StageStates::name(State state)
{
    switch (state) {
    case State::Won:
        return QStringLiteral("won");
    case State::Lost:
        return QStringLiteral("lost");
    case State::Open:
        break;
    }
    return QStringLiteral("open");
}

std::optional<StageStates::State> StageStates::parse(const QString &name)
{
    for (State state : {State::Open, State::Won, State::Lost})
        if (name == StageStates::name(state))
            return state;
    return std::nullopt;
}

QJsonObject StageStates::toJson(const QHash<QString, State> &mapped)
{
    QJsonObject json;
    for (auto it = mapped.cbegin(); it != mapped.cend(); ++it)
        json[it.key()] = name(it.value());
    return json;
}

QHash<QString, StageStates::State> StageStates::fromJson(const QJsonObject &json)
{
    QHash<QString, State> mapped;
    for (auto it = json.begin(); it != json.end(); ++it)
        if (const auto state = parse(it.value().toString()))
            mapped.insert(normalised(it.key()), *state);
    return mapped;
}

StageStates StageStates::load(const ProjectStore &store)
{
    StageStates states;
    const QString text = store.metaValue(QStringLiteral("stage_states"));
    if (!text.isEmpty())
        states.m_mapped = fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
    return states;
}

std::optional<Failure> StageStates::save(ProjectStore &store, const QHash<QString, State> &mapped)
{
    return store.setMetaValue(
        QStringLiteral("stage_states"),
        QString::fromUtf8(QJsonDocument(toJson(mapped)).toJson(QJsonDocument::Compact)));
}

std::shared_ptr<const CrmData> CrmData::load(const ProjectStore &store,
                                             std::optional<Failure> *failure)
{
    sqlite3 *db = store.handle();
    if (!db) {
        if (failure)
            *failure = Failure(QCoreApplication::translate("Quadrant", "no project is open"));
        return nullptr;
    }
    auto data = std::make_shared<CrmData>();
    const bool read
        = readRows(db,
                   "SELECT account_id, name, industry, plan, owner, arr, contract_start, "
                   "renewal_date, properties FROM accounts ORDER BY account_id",
                   failure,
                   [&](const SqliteStatement &row) {
                       CrmAccount account;
                       account.id = row.columnString(0);
                       account.name = row.columnString(1);
                       account.industry = row.columnString(2);
                       account.plan = row.columnString(3);
                       account.owner = row.columnString(4);
                       account.arr = optionalReal(row, 5);
                       account.contractStartMs = optionalInt(row, 6);
                       account.renewalMs = optionalInt(row, 7);
                       account.properties = propertiesOf(row, 8);
                       data->accounts.append(account);
                   })
          && readRows(db,
                      "SELECT user_id, account_id, properties FROM persons ORDER BY id",
                      failure,
                      [&](const SqliteStatement &row) {
                          data->persons.append(
                              {row.columnString(0), row.columnString(1), propertiesOf(row, 2)});
                      })
          && readRows(db,
                      "SELECT deal_id, account_id, lead_id, channel, stage, amount, created_at, "
                      "closed_at, properties FROM deals ORDER BY deal_id",
                      failure,
                      [&](const SqliteStatement &row) {
                          CrmDeal deal;
                          deal.id = row.columnString(0);
                          deal.accountId = row.columnString(1);
                          deal.leadId = row.columnString(2);
                          deal.channel = row.columnString(3);
                          deal.stage = row.columnString(4);
                          deal.amount = optionalReal(row, 5);
                          deal.createdMs = optionalInt(row, 6);
                          deal.closedMs = optionalInt(row, 7);
                          deal.properties = propertiesOf(row, 8);
                          data->deals.append(deal);
                      })
          && readRows(db,
                      "SELECT lead_id, user_id, account_id, channel, status, created_at, "
                      "properties FROM leads ORDER BY lead_id",
                      failure,
                      [&](const SqliteStatement &row) {
                          CrmLead lead;
                          lead.id = row.columnString(0);
                          lead.userId = row.columnString(1);
                          lead.accountId = row.columnString(2);
                          lead.channel = row.columnString(3);
                          lead.status = row.columnString(4);
                          lead.createdMs = optionalInt(row, 5);
                          lead.properties = propertiesOf(row, 6);
                          data->leads.append(lead);
                      })
          && readRows(db,
                      "SELECT day, channel, campaign, amount FROM spend ORDER BY day, channel",
                      failure,
                      [&](const SqliteStatement &row) {
                          data->spend.append({row.columnInt64(0),
                                              row.columnString(1),
                                              row.columnString(2),
                                              row.columnDouble(3)});
                      })
          && readRows(db,
                      "SELECT user_id, account_id, score, ts, comment FROM nps ORDER BY ts, id",
                      failure,
                      [&](const SqliteStatement &row) {
                          data->nps.append({row.columnString(0),
                                            row.columnString(1),
                                            int(row.columnInt64(2)),
                                            row.columnInt64(3),
                                            row.columnString(4)});
                      });
    if (!read)
        return nullptr;
    for (int i = 0; i < data->accounts.size(); ++i)
        data->m_accountIndex.insert(data->accounts[i].id, i);
    data->m_personsByAccount.resize(data->accounts.size());
    for (int i = 0; i < data->persons.size(); ++i) {
        data->m_personIndex.insert(data->persons[i].userId, i);
        if (data->persons[i].accountId.isEmpty())
            continue;
        data->m_personAccount.insert(data->persons[i].userId, data->persons[i].accountId);
        const int account = data->accountIndex(data->persons[i].accountId);
        if (account >= 0)
            data->m_personsByAccount[account].append(i);
    }
    data->stages = StageStates::load(store);
    return data;
}

std::optional<qint64> CrmData::lastActiveDay(const EventIndex *index) const
{
    std::optional<qint64> last;
    auto consider = [&last](std::optional<qint64> ms) {
        if (ms && (!last || *ms > *last))
            last = ms;
    };
    if (index && index->eventCount() > 0)
        consider(index->lastEventTime());
    for (const CrmDeal &deal : deals) {
        consider(deal.createdMs);
        consider(deal.closedMs);
    }
    for (const NpsAnswer &answer : nps)
        consider(answer.timeMs);
    if (!last)
        return std::nullopt;
    return Calendar::dayOf(*last) * Calendar::msPerDay;
}

qint64 asOfEnd(std::optional<qint64> asOfDay, const CrmData &crm, const EventIndex *index)
{
    if (!asOfDay)
        asOfDay = crm.lastActiveDay(index);
    if (!asOfDay)
        asOfDay = Calendar::dayOf(QDateTime::currentMSecsSinceEpoch()) * Calendar::msPerDay;
    return *asOfDay + Calendar::msPerDay;
}

} // namespace Quadrant

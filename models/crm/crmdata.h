// SPDX-License-Identifier: MIT
#pragma once

#include "store/failure.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVariant>
#include <QVector>

#include <memory>
#include <optional>

namespace Quadrant {

// A result table's cell for a figure that may not exist (a rate with nothing to divide by):
// an empty cell then, never 0.
inline QVariant tableCell(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

class EventIndex;
class ProjectStore;

struct CrmAccount
{
    QString id, name, industry, plan, owner;
    std::optional<double> arr;
    std::optional<qint64> contractStartMs, renewalMs;
    QJsonObject properties;
    // A column or property by name (industry, plan, owner, a key of properties), as text.
    QString field(const QString &name) const;
    std::optional<double> seats() const; // the property `seats` (or `licenses`), when a number
};

struct CrmPerson
{
    QString userId, accountId;
    QJsonObject properties;
};

struct CrmDeal
{
    QString id, accountId, leadId, channel, stage;
    std::optional<double> amount;
    std::optional<qint64> createdMs, closedMs;
    QJsonObject properties;
    QString field(const QString &name) const; // stage, channel, account_id, lead_id, a property
};

struct CrmLead
{
    QString id, userId, accountId, channel, status;
    std::optional<qint64> createdMs;
    QJsonObject properties;
};

struct SpendRow
{
    qint64 dayMs = 0;
    QString channel, campaign;
    double amount = 0;
};

struct NpsAnswer
{
    QString userId, accountId;
    int score = 0;
    qint64 timeMs = 0;
    QString comment;
};

// What a deal's stage means for the pipeline (ANALYSES.md): won for "won" and "closed won", lost
// for "lost" and "closed lost" (any case, surrounding spaces ignored), otherwise open; a project
// may map its own stage names (project_meta "stage_states", {"Signed": "won", ...}).
class StageStates
{
public:
    enum class State { Open, Won, Lost };
    static StageStates load(const ProjectStore &store);
    State of(const QString &stage) const;
    const QHash<QString, State> &mapped() const { return m_mapped; }
    static QString name(State state);
    static std::optional<State> parse(const QString &name);
    // The project's mapping as saved in project_meta; keys are normalised stage names.
    static QJsonObject toJson(const QHash<QString, State> &mapped);
    static QHash<QString, State> fromJson(const QJsonObject &json);
    static QString normalised(const QString &stage);
    static std::optional<Failure> save(ProjectStore &store, const QHash<QString, State> &mapped);

private:
    QHash<QString, State> m_mapped; // normalised stage -> state
};

// The project's CRM records (accounts, persons, deals, leads, spend, NPS answers) in memory,
// read once per computation: thousands of rows, where the events are millions.
class CrmData
{
public:
    static std::shared_ptr<const CrmData> load(const ProjectStore &store,
                                               std::optional<Failure> *failure = nullptr);

    QVector<CrmAccount> accounts; // ordered by account_id
    QVector<CrmPerson> persons;
    QVector<CrmDeal> deals;
    QVector<CrmLead> leads;
    QVector<SpendRow> spend;
    QVector<NpsAnswer> nps;
    StageStates stages;

    // Index into accounts, or -1.
    int accountIndex(const QString &accountId) const { return m_accountIndex.value(accountId, -1); }
    // The account a person belongs to (persons.account_id), or empty.
    QString accountOfPerson(const QString &userId) const { return m_personAccount.value(userId); }
    int personIndex(const QString &userId) const { return m_personIndex.value(userId, -1); }
    // The persons (indexes into persons) of an account (index into accounts).
    const QVector<int> &personsOf(int account) const { return m_personsByAccount[account]; }
    // The last day with an event, a deal created or closed, or an NPS answer (ms at 00:00 UTC),
    // the default "as of" day of ANALYSES.md; none in an empty project.
    std::optional<qint64> lastActiveDay(const EventIndex *index) const;

private:
    QHash<QString, int> m_accountIndex, m_personIndex;
    QHash<QString, QString> m_personAccount;
    QVector<QVector<int>> m_personsByAccount;
};

// The end of the "as of" day (exclusive): measures use data up to and including that day.
// `asOfDay` (00:00 UTC of the day) when given, else CrmData::lastActiveDay(), else now.
qint64 asOfEnd(std::optional<qint64> asOfDay, const CrmData &crm, const EventIndex *index);

} // namespace Quadrant

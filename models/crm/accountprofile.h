// SPDX-License-Identifier: MIT
#pragma once

#include "healthengine.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace Quadrant {

// Everything an account's page and its health report show, as of the health result's moment:
// the account, its score and measures, its weekly usage, its row of the feature-adoption matrix,
// its people, deals and NPS answers.
struct AccountProfile
{
    struct Person
    {
        QString userId, role;
        std::optional<qint64> lastActivityMs; // none = no event up to the "as of" moment
        qint64 eventsLast30Days = 0;
    };
    struct Adoption
    {
        QString event;
        double share = 0; // of the account's persons who did it in the last 90 days
        qint64 persons = 0;
    };

    CrmAccount account;
    HealthModel model;
    QVector<HealthMeasure> measures;
    AccountHealth health;
    qint64 asOfEndMs = 0;
    QVector<qint64> weekStartsMs; // the 13 weeks (ISO, Monday) up to the "as of" moment
    QVector<qint64> weeklyEvents;
    QVector<qint64> weeklyActivePersons;
    QVector<Adoption> adoption; // most adopted first
    QVector<Person> people;     // most recently active first
    QVector<CrmDeal> deals;     // newest first
    QVector<NpsAnswer> nps;     // newest first, with the person's or the account's answers

    // The profile of `accountId` in `health` (computed with the project's index), or
    // none with `error` when there is no such account.
    static std::optional<AccountProfile> build(const QString &accountId,
                                               const HealthResult &health,
                                               const EventIndex &index,
                                               QString *error);
};

} // namespace Quadrant

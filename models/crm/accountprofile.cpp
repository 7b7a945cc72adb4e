// SPDX-License-Identifier: MIT
#include "accountprofile.h"

#include "analysis/calendar.h"
#include "analysis/eventindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Quadrant {

namespace {
constexpr qint64 s_day = Calendar::msPerDay;
constexpr int s_weeks = 13;
} // namespace

std::optional<AccountProfile> AccountProfile::build(const QString &accountId,
                                                    const HealthResult &health,
                                                    const EventIndex &index,
                                                    QString *error)
{
    if (!health.crm) {
        if (error)
            *error = QCoreApplication::translate("Quadrant", "no health result");
        return std::nullopt;
    }
    const CrmData &crm = *health.crm;
    const int row = crm.accountIndex(accountId);
    if (row < 0) {
        if (error)
            *error = QCoreApplication::translate("Quadrant", "no account '%1' in the project")
                         .arg(accountId);
        return std::nullopt;
    }
    AccountProfile profile;
    profile.account = crm.accounts[row];
    profile.model = health.model;
    profile.measures = health.model.measures;
    for (const AccountHealth &scored : health.accounts)
        if (scored.account == row)
            profile.health = scored;
    profile.asOfEndMs = health.asOfEndMs;
    const qint64 end = health.asOfEndMs;

    // Weeks: ISO weeks (Monday) ending with the one holding the last day counted.
    const qint64 lastDay = Calendar::dayOf(end - 1);
    const qint64 lastMonday = lastDay - ((lastDay + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday
    for (int w = s_weeks - 1; w >= 0; --w)
        profile.weekStartsMs << (lastMonday - 7 * w) * s_day;
    profile.weeklyEvents.fill(0, s_weeks);
    profile.weeklyActivePersons.fill(0, s_weeks);
    const qint64 firstWeek = profile.weekStartsMs.front();

    // The account's persons, found through persons.account_id.
    QHash<QString, int> members; // user_id -> index into people
    for (int i : crm.personsOf(row)) {
        const CrmPerson &person = crm.persons[i];
        members.insert(person.userId, int(profile.people.size()));
        profile.people.append({person.userId,
                               person.properties.value(QStringLiteral("role")).toString(),
                               std::nullopt,
                               0});
    }
    QHash<int, qint64> adoptedBy; // event id -> persons
    const std::vector<qint64> &times = index.times();
    const std::vector<quint32> &names = index.names();
    static const std::vector<int> none;
    const std::vector<int> &dense
        = size_t(row) < health.eventPersons.size() ? health.eventPersons[size_t(row)] : none;
    for (int p : dense) {
        const auto member = members.constFind(index.personId(p));
        if (member == members.cend())
            continue;
        Person &person = profile.people[*member];
        const auto first = times.begin() + index.begin(p);
        const auto last = times.begin() + index.end(p);
        const auto untilEnd = std::lower_bound(first, last, end);
        if (untilEnd != first)
            person.lastActivityMs = *(untilEnd - 1);
        person.eventsLast30Days
            = untilEnd - std::lower_bound(first, untilEnd, end - HealthEngine::windowMs);
        std::vector<bool> activeInWeek(s_weeks, false);
        for (auto at = std::lower_bound(first, untilEnd, firstWeek); at != untilEnd; ++at) {
            const int week = int((*at - firstWeek) / (7 * s_day));
            if (week >= 0 && week < s_weeks) {
                ++profile.weeklyEvents[week];
                activeInWeek[size_t(week)] = true;
            }
        }
        for (int w = 0; w < s_weeks; ++w)
            profile.weeklyActivePersons[w] += activeInWeek[size_t(w)] ? 1 : 0;
        QSet<int> did;
        for (auto at = std::lower_bound(first, untilEnd, end - 90 * s_day); at != untilEnd; ++at)
            did.insert(int(names[size_t(at - times.begin())]));
        for (int event : std::as_const(did))
            ++adoptedBy[event];
    }
    for (auto it = adoptedBy.cbegin(); it != adoptedBy.cend(); ++it)
        profile.adoption.append(
            {index.eventNames()[it.key()],
             double(it.value()) / double(std::max<qsizetype>(1, members.size())),
             it.value()});
    std::sort(
        profile.adoption.begin(), profile.adoption.end(), [](const Adoption &a, const Adoption &b) {
            return a.persons != b.persons ? a.persons > b.persons : a.event < b.event;
        });
    std::stable_sort(
        profile.people.begin(), profile.people.end(), [](const Person &a, const Person &b) {
            return a.lastActivityMs.value_or(-1) > b.lastActivityMs.value_or(-1);
        });
    for (const CrmDeal &deal : crm.deals)
        if (deal.accountId == accountId)
            profile.deals.append(deal);
    std::stable_sort(
        profile.deals.begin(), profile.deals.end(), [](const CrmDeal &a, const CrmDeal &b) {
            return a.createdMs.value_or(0) > b.createdMs.value_or(0);
        });
    for (const NpsAnswer &answer : crm.nps) {
        const QString owner
            = answer.accountId.isEmpty() ? crm.accountOfPerson(answer.userId) : answer.accountId;
        if (owner == accountId && answer.timeMs < end)
            profile.nps.prepend(answer);
    }
    return profile;
}

} // namespace Quadrant

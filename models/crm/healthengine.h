// SPDX-License-Identifier: MIT
#pragma once

#include "crmdata.h"
#include "export/recordtable.h"
#include "healthmodel.h"

#include <memory>
#include <optional>
#include <vector>

namespace Quadrant {

class EventIndex;
class JobContext;

// What one account shows as of one moment, before any weighting.
struct AccountActivity
{
    qint64 persons = 0;                  // persons of the account (persons.account_id)
    qint64 activePersons = 0;            // with an event in the last 30 days
    qint64 events = 0, eventsBefore = 0; // the last 30 days, the 30 before
    std::optional<double> nps;           // -100..100 over the last 90 days
    qint64 npsAnswers = 0;
};

struct AccountHealth
{
    int account = -1; // index into CrmData::accounts
    AccountActivity activity;
    std::vector<std::optional<double>> measures; // per model measure, 0..100; none = no data
    std::optional<double> score;                 // none when no weighted measure has data
    std::optional<double> previousScore;         // as of 30 days before
    std::optional<double> seatUse, usageTrend;   // whatever the model weighs, for expansion
    QString band;                                // red, yellow, green; empty without a score

    std::optional<double> trend() const
    {
        return score && previousScore ? std::optional<double>(*score - *previousScore)
                                      : std::nullopt;
    }
};

struct HealthResult
{
    HealthModel model;
    qint64 asOfEndMs = 0; // data up to (not including) this moment counts
    std::shared_ptr<const CrmData> crm;
    QVector<AccountHealth> accounts; // in CrmData::accounts order
    // Per account, its persons as the event index numbers them (those with events).
    std::vector<std::vector<int>> eventPersons;
};

// Scores every account with a health model (ANALYSES.md, Account health score), as of the end of
// the model's "as of" day (default: the last day with any event, deal or NPS answer), and 30
// days before that for the trend. One pass over the last 90 days of each person's events.
class HealthEngine
{
public:
    static constexpr qint64 windowMs = 30 * 86400000LL;

    static std::optional<Failure> prepare(std::shared_ptr<const CrmData> *crm,
                                          const ProjectStore &store);
    static HealthResult run(const HealthModel &model,
                            std::shared_ptr<const CrmData> crm,
                            const EventIndex &index,
                            const ProjectStore &store,
                            JobContext &context);
    // account, score, band, trend, then one column per measure of the model (CLI.md)
    static RecordTable table(const HealthResult &result);
    // account, name, industry, plan, arr, seats, active_persons, health, band, trend,
    // renewal_date, nps (CLI.md, accounts)
    static RecordTable accountsTable(const HealthResult &result);
    // A saved health model by name; the built-in defaults for an empty name.
    static std::optional<Failure>
    loadModel(const ProjectStore &store, const QString &name, HealthModel *model);
};

} // namespace Quadrant

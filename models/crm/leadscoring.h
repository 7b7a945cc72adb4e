// SPDX-License-Identifier: MIT
#pragma once

#include "crmdata.h"
#include "export/recordtable.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace Quadrant {

class EventIndex;
class JobContext;

// Points for what a lead's person did: `weight` per event named `event` ("*" = any event) in
// the last `days` days, at most `cap` in all.
struct BehaviourRule
{
    QString event;
    double weight = 1, cap = 10;
};

// Points for who the lead is: `field` (person.KEY or account.FIELD) equal to `value`.
struct FitRule
{
    QString field, value;
    double weight = 1;
};

// How leads are scored (ANALYSES.md, Lead score): behaviour 0..100 (the rules' capped points
// over the total of the caps) plus fit 0..100 (the matched weights over the largest weight of
// each field), so 0..200. Saved in the project as an analysis of kind "leads".
struct LeadModel
{
    int days = 30;
    int top = 0; // 0 = every lead
    QVector<BehaviourRule> behaviour;
    QVector<FitRule> fit;
    std::optional<qint64> asOfDay;
    std::shared_ptr<const CrmData> crm; // filled by LeadScoring::prepare, never saved

    // Any event, 1 point each up to 30; fit on role (admin, executive, manager) and plan.
    static LeadModel defaults();
};

struct LeadScore
{
    int lead = -1; // index into CrmData::leads
    QString accountId;
    double behaviour = 0, fit = 0;
    bool reactivated = false;
    qint64 events = 0;
    QStringList reasons; // the three largest contributions, largest first
    double score() const { return behaviour + fit; }
};

struct LeadResult
{
    qint64 asOfEndMs = 0;
    int days = 30;
    std::shared_ptr<const CrmData> crm;
    QVector<LeadScore> leads; // best first, then by lead id
};

class LeadScoring
{
public:
    static std::optional<Failure> prepare(LeadModel &model, const ProjectStore &store);
    static LeadResult run(const LeadModel &model, const EventIndex &index, JobContext &context);
    // lead, user_id, account, score, behaviour, fit, reactivated, reasons (CLI.md)
    static RecordTable table(const LeadResult &result);
    static QJsonObject toJson(const LeadModel &model);
    static std::optional<LeadModel> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quadrant

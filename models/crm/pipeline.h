// SPDX-License-Identifier: MIT
#pragma once

#include "crmdata.h"
#include "export/recordtable.h"

#include <QJsonObject>

#include <memory>
#include <optional>
#include <vector>

namespace Quadrant {

// Deals by state, grouped (ANALYSES.md, Pipeline).
struct PipelineQuery
{
    // A deal column (stage, channel, account_id, lead_id) or property (sales_agent, product), or
    // account.FIELD for the deal's account; empty = one group, "all".
    QString by;
    std::optional<qint64> fromMs, toMs; // deals created in [from, to)
    std::shared_ptr<const CrmData> crm; // filled by PipelineEngine::prepare, never saved
};

struct PipelineGroup
{
    QString group;
    qint64 deals = 0, open = 0, won = 0, lost = 0;
    double wonRevenue = 0;
    std::vector<double> wonCycleDays; // closed - created of won deals with both dates
    double closedCycleDaysSum = 0;    // over won and lost deals with both dates
    qint64 closedWithDates = 0;

    std::optional<double> winRate() const;
    std::optional<double> averageWon() const;
    std::optional<double> meanWonCycle() const;
    std::optional<double> medianWonCycle() const;
    std::optional<double> meanClosedCycle() const;
};

struct PipelineStage
{
    QString stage;
    StageStates::State state = StageStates::State::Open;
    qint64 deals = 0;
    double amount = 0;
};

struct PipelineResult
{
    QVector<PipelineGroup> groups; // most deals first, then by name
    QVector<PipelineStage> stages; // open stages (most deals first), then won, then lost
};

class PipelineEngine
{
public:
    static const char *groupNone() { return "(none)"; }
    // Reads the project's CRM records into the query; fails when there are no deals or `by`
    // names a field no deal (or account) has.
    static std::optional<Failure> prepare(PipelineQuery &query, const ProjectStore &store);
    static PipelineResult run(const PipelineQuery &query);
    // group, deals, open, won, lost, win_rate, won_revenue, avg_won, cycle_days_mean_won,
    // cycle_days_median_won, cycle_days_mean_closed (CLI.md)
    static RecordTable table(const PipelineResult &result);
    static QJsonObject toJson(const PipelineQuery &query);
    static std::optional<PipelineQuery> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#pragma once

#include "crmdata.h"
#include "export/recordtable.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace Quadrant {

// Spend against what it brought, per channel (ANALYSES.md, Channel ROI).
struct RoiQuery
{
    std::optional<qint64> fromMs, toMs; // spend days, leads and deals created in [from, to)
    std::shared_ptr<const CrmData> crm; // filled by ChannelRoi::prepare, never saved
};

struct RoiRow
{
    QString channel;
    double spend = 0;
    qint64 leads = 0, deals = 0, won = 0;
    double wonRevenue = 0;

    std::optional<double> costPerLead() const;
    std::optional<double> costPerWon() const;
    std::optional<double> roi() const; // (won revenue - spend) / spend
};

struct RoiResult
{
    QVector<RoiRow> channels; // most spend first, then most won revenue, then by name
    RoiRow total;             // every channel together, channel "all"
};

class ChannelRoi
{
public:
    static std::optional<Failure> prepare(RoiQuery &query, const ProjectStore &store);
    static RoiResult run(const RoiQuery &query);
    // channel, spend, leads, deals, won, won_revenue, cost_per_lead, cost_per_won, roi (CLI.md)
    static RecordTable table(const RoiResult &result);
    static QJsonObject toJson(const RoiQuery &query);
    static std::optional<RoiQuery> fromJson(const QJsonObject &json, QString *error);
};

} // namespace Quadrant

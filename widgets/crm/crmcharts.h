// SPDX-License-Identifier: MIT
#pragma once

#include "crm/channelroi.h"
#include "crm/healthengine.h"
#include "crm/leadscoring.h"
#include "crm/pipeline.h"

#include <memory>

class QChartView;
class QCustomPlot;

namespace Quadrant {

// The charts of the customer-success and sales analyses, drawn the same in their views, in
// exports, by `quadrant-cli render` and in reports.
class CrmCharts
{
public:
    // How many accounts score in each tenth of 0..100, each bar in its band's colour.
    static std::unique_ptr<QCustomPlot> healthDistribution(const HealthResult &result);
    // Deals per stage, open stages first, then won and lost, coloured by state.
    static std::unique_ptr<QChartView> pipelineStages(const PipelineResult &result);
    // Spend and won revenue per channel side by side, ROI written over each pair.
    static std::unique_ptr<QChartView> channelRoi(const RoiResult &result);
    // The best leads (at most 15) as behaviour + fit bars.
    static std::unique_ptr<QCustomPlot> bestLeads(const LeadResult &result);
    // "12 red · 40 yellow · 20 green · 3 without a score"
    static QString bandCounts(const HealthResult &result);
};

} // namespace Quadrant

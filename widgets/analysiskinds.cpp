// SPDX-License-Identifier: MIT
#include "analysiskinds.h"

#include "ab/abview.h"
#include "charts/funnelchart.h"
#include "crm/accountsview.h"
#include "crm/crmcharts.h"
#include "crm/healthview.h"
#include "crm/leadsview.h"
#include "crm/pipelineview.h"
#include "crm/quadrantplot.h"
#include "crm/quadrantview.h"
#include "crm/roiview.h"
#include "funnel/funnelview.h"
#include "heatmap/heatmapview.h"
#include "jobs/jobcontext.h"
#include "paths/pathsview.h"
#include "paths/sankeywidget.h"
#include "retention/retentionview.h"
#include "trend/trendchart.h"
#include "trend/trendview.h"

#include <QChartView>
#include <qcustomplot.h>

namespace Quadrant {

namespace {

template<typename View>
std::function<AnalysisView *(AnalysisDocument *, ProjectSession *, QWidget *)> viewOf()
{
    return
        [](AnalysisDocument *document, ProjectSession *session, QWidget *parent) -> AnalysisView * {
            return new View(document, session, parent);
        };
}

std::unique_ptr<QWidget> funnelChart(const AnalysisOutcome &outcome)
{
    auto chart = std::make_unique<FunnelChart>();
    chart->showResult(outcome.queryAs<FunnelQuery>(), outcome.resultAs<FunnelResult>());
    return chart;
}

std::unique_ptr<QWidget> sankey(const AnalysisOutcome &outcome)
{
    auto chart = std::make_unique<SankeyWidget>();
    chart->setResult(outcome.queryAs<PathQuery>(), outcome.resultAs<PathResult>());
    return chart;
}

} // namespace

std::optional<Failure> AnalysisKind::render(const QString &name,
                                            const QJsonObject &definition,
                                            const ProjectStore &store,
                                            const EventIndex &index,
                                            Rendered *out) const
{
    JobContext context;
    const AnalysisOutcome outcome = engine()->compute(definition, index, store, context);
    if (outcome.failure)
        return Failure(QStringLiteral("'%1': %2").arg(name, outcome.failure->message));
    out->table = outcome.table;
    out->summary = outcome.summary;
    out->chart = drawChart(outcome);
    return std::nullopt;
}

const QVector<AnalysisKind> &AnalysisKind::all()
{
    static const QVector<AnalysisKind> kinds{
        {QStringLiteral("funnel"),
         QObject::tr("Funnel"),
         QObject::tr("How many people go through a series of steps"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         viewOf<FunnelView>(),
         funnelChart},
        {QStringLiteral("retention"),
         QObject::tr("Retention"),
         QObject::tr("Who comes back after a first event, cohort by cohort"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         viewOf<RetentionView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return RetentionView::createCurve(o.queryAs<RetentionQuery>(),
                                               o.resultAs<RetentionResult>());
         }},
        {QStringLiteral("trend"),
         QObject::tr("Trend"),
         QObject::tr("An event over time, by day, week or month"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         viewOf<TrendView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return TrendChart::create(o.queryAs<TrendQuery>(), o.resultAs<TrendResult>());
         }},
        {QStringLiteral("paths"),
         QObject::tr("Paths"),
         QObject::tr("What people do after (or before) an event, as a Sankey diagram"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         viewOf<PathsView>(),
         sankey},
        {QStringLiteral("heatmap"),
         QObject::tr("Heatmap"),
         QObject::tr("When people are active, and who adopted which feature"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         viewOf<HeatmapView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return HeatmapView::createPlot(o.queryAs<HeatmapQuery>(), o.resultAs<HeatmapResult>());
         }},
        {QStringLiteral("ab"),
         QObject::tr("A/B Test"),
         QObject::tr("Compare the variants of an experiment, with its statistics"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
         viewOf<AbView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return AbView::createPlot(o.queryAs<AbQuery>(), o.resultAs<AbResult>());
         }},
        {QStringLiteral("accounts"),
         QObject::tr("Accounts"),
         QObject::tr("Every account with its health, seats, renewal and NPS"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
         viewOf<AccountsView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return CrmCharts::healthDistribution(o.resultAs<HealthResult>());
         }},
        {QStringLiteral("health"),
         QObject::tr("Health Model"),
         QObject::tr("What makes an account healthy: measures, weights and bands"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
         viewOf<HealthView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return CrmCharts::healthDistribution(o.resultAs<HealthResult>());
         }},
        {QStringLiteral("quadrant"),
         QObject::tr("Renewal Quadrant"),
         QObject::tr("Which accounts to expand, protect, rescue or save from churning"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
         viewOf<QuadrantView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return std::make_unique<QuadrantPlot>(o.resultAs<QuadrantResult>());
         }},
        {QStringLiteral("pipeline"),
         QObject::tr("Pipeline"),
         QObject::tr("Deals by stage, win rate, revenue and sales cycle by any field"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
         viewOf<PipelineView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return CrmCharts::pipelineStages(o.resultAs<PipelineResult>());
         }},
        {QStringLiteral("roi"),
         QObject::tr("Channel ROI"),
         QObject::tr("What each marketing channel cost and brought"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
         viewOf<RoiView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return CrmCharts::channelRoi(o.resultAs<RoiResult>());
         }},
        {QStringLiteral("leads"),
         QObject::tr("Lead Scoring"),
         QObject::tr("Which lead to call first, and why"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
         viewOf<LeadsView>(),
         [](const AnalysisOutcome &o) -> std::unique_ptr<QWidget> {
             return CrmCharts::bestLeads(o.resultAs<LeadResult>());
         }},
    };
    return kinds;
}

const AnalysisKind *AnalysisKind::find(const QString &id)
{
    for (const AnalysisKind &kind : all())
        if (kind.id == id)
            return &kind;
    return nullptr;
}

} // namespace Quadrant

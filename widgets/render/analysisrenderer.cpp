// SPDX-License-Identifier: MIT
#include "analysisrenderer.h"

#include "analysis/eventindex.h"
#include "analysis/funneljson.h"
#include "analysis/funnelreport.h"
#include "analysis/retentionjson.h"
#include "retention/retentionview.h"
#include "charts/funnelchart.h"
#include "export/exporter.h"
#include "jobs/jobcontext.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"

#include <QChartView>
#include <QFileInfo>

namespace Quadrant {

namespace {
std::optional<Failure> renderRetention(const ProjectStore &store, const EventIndex &index, const SavedAnalysis &saved,
                                       const AnalysisRenderer::Request &request, bool table)
{
    QString error;
    const auto query = RetentionJson::fromJson(saved.definition, &error);
    if (!query)
        return Failure(QStringLiteral("the saved definition of '%1' is not valid: %2").arg(saved.name, error));
    if (query->start.event.isEmpty())
        return Failure(QStringLiteral("'%1' has no start event; there is nothing to draw").arg(saved.name));
    if (auto failure = RetentionEngine::validate(*query, index))
        return failure;
    JobContext context;
    const RetentionResult result = RetentionEngine::run(*query, index, store, context);
    if (table)
        return TableExport::write(RetentionReport::table(result, true), request.output);
    auto curve = RetentionView::createCurve(*query, result);
    curve->setWindowTitle(saved.name);
    return ChartExport::write(curve.get(), request.output, request.size, request.dpi);
}
} // namespace

std::optional<Failure> AnalysisRenderer::render(const ProjectStore &store, const EventIndex &index, const Request &request)
{
    const auto saved = SavedAnalysisStore::load(store, request.analysis);
    if (!saved)
        return Failure(QStringLiteral("no saved analysis named '%1' (quadrant-cli analyses lists them)").arg(request.analysis),
                       store.path());
    const QString suffix = QFileInfo(request.output).suffix().toLower();
    const bool table = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
    if (!table && !ChartExport::suffixes().contains(suffix))
        return Failure(QStringLiteral("--out must end in .png, .svg, .pdf, .csv or .xlsx"), request.output);

    if (saved->kind == QLatin1String("retention"))
        return renderRetention(store, index, *saved, request, table);
    if (saved->kind != QLatin1String("funnel"))
        return Failure(QStringLiteral("'%1' is a %2 analysis, which this version cannot render").arg(saved->name, saved->kind));
    QString error;
    const auto query = FunnelJson::fromJson(saved->definition, &error);
    if (!query)
        return Failure(QStringLiteral("the saved definition of '%1' is not valid: %2").arg(saved->name, error));
    if (query->steps.size() < 2)
        return Failure(QStringLiteral("'%1' has fewer than two steps; there is nothing to draw").arg(saved->name));
    if (auto failure = FunnelEngine::validate(*query, index))
        return failure;
    JobContext context;
    const FunnelResult result = FunnelEngine::run(*query, index, store, context);
    if (table)
        return TableExport::write(FunnelReport::stepsTable(*query, result), request.output);
    FunnelChart chart;
    chart.setWindowTitle(saved->name);
    chart.showResult(*query, result);
    return ChartExport::write(&chart, request.output, request.size, request.dpi);
}

} // namespace Quadrant

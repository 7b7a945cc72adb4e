// SPDX-License-Identifier: MIT
#include "analysisrenderer.h"

#include "analysiskinds.h"
#include "export/exporter.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"

#include <QFileInfo>
#include <QWidget>

namespace Quadrant {

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
    const AnalysisKind *kind = AnalysisKind::find(saved->kind);
    if (!kind)
        return Failure(QStringLiteral("'%1' is a %2 analysis, which this version cannot render").arg(saved->name, saved->kind));
    AnalysisKind::Rendered rendered;
    if (auto failure = kind->render(saved->name, saved->definition, store, index, &rendered))
        return failure;
    if (table)
        return TableExport::write(rendered.table, request.output);
    rendered.chart->setWindowTitle(saved->name);
    return ChartExport::write(rendered.chart.get(), request.output, request.size, request.dpi);
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "analysisrenderer.h"

#include "analysiskinds.h"
#include "export/chartexport.h"
#include "export/reportwriter.h"
#include "export/tableexport.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"

#include <QFileInfo>
#include <QWidget>

namespace Quadrant {

std::optional<Failure>
AnalysisRenderer::render(const ProjectStore &store, const EventIndex &index, const Request &request)
{
    const auto saved = SavedAnalysisStore::load(store, request.analysis);
    if (!saved)
        return Failure(
            QStringLiteral("no saved analysis named '%1' (quadrant-cli analyses lists them)")
                .arg(request.analysis),
            store.path());
    const QString suffix = QFileInfo(request.output).suffix().toLower();
    const bool table = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx");
    if (!table && !ChartExport::suffixes().contains(suffix))
        return Failure(QStringLiteral("--out must end in .png, .svg, .pdf, .csv or .xlsx"),
                       request.output);
    const AnalysisKind *kind = AnalysisKind::find(saved->kind);
    if (!kind)
        return Failure(QStringLiteral("'%1' is a %2 analysis, which this version cannot render")
                           .arg(saved->name, saved->kind));
    AnalysisKind::Rendered rendered;
    if (auto failure = kind->render(saved->name, saved->definition, store, index, &rendered))
        return failure;
    if (table)
        return TableExport::write(rendered.table, request.output);
    rendered.chart->setWindowTitle(saved->name);
    return ChartExport::write(rendered.chart.get(), request.output, request.size, request.dpi);
}

std::optional<Failure> AnalysisRenderer::report(const ProjectStore &store,
                                                const EventIndex &index,
                                                const QStringList &analyses,
                                                const QString &output,
                                                QStringList *leftOut)
{
    if (QFileInfo(output).suffix().toLower() != QLatin1String("pdf"))
        return Failure(QStringLiteral("a report is written as .pdf"), output);
    QVector<SavedAnalysis> chosen;
    if (analyses.isEmpty()) {
        chosen = SavedAnalysisStore::list(store, SavedAnalysisStore::Order::ByCreation);
    } else {
        for (const QString &name : analyses) {
            const auto saved = SavedAnalysisStore::load(store, name);
            if (!saved)
                return Failure(
                    QStringLiteral(
                        "no saved analysis named '%1' (quadrant-cli analyses lists them)")
                        .arg(name),
                    store.path());
            chosen << *saved;
        }
    }
    std::vector<AnalysisKind::Rendered> rendered(size_t(chosen.size()));
    QVector<ReportWriter::Section> sections;
    for (int i = 0; i < chosen.size(); ++i) {
        const AnalysisKind *kind = AnalysisKind::find(chosen[i].kind);
        if (!kind)
            return Failure(QStringLiteral("'%1' is a %2 analysis, which this version cannot render")
                               .arg(chosen[i].name, chosen[i].kind));
        if (auto failure = kind->render(
                chosen[i].name, chosen[i].definition, store, index, &rendered[size_t(i)])) {
            if (!analyses.isEmpty())
                return Failure(QStringLiteral("%1: %2").arg(chosen[i].name, failure->message));
            if (leftOut)
                *leftOut << QStringLiteral("%1 (%2)").arg(chosen[i].name, failure->message);
            continue;
        }
        sections << ReportWriter::Section{chosen[i].name,
                                          kind->subtitle(),
                                          rendered[size_t(i)].summary,
                                          rendered[size_t(i)].chart.get(),
                                          rendered[size_t(i)].table};
    }
    return ReportWriter::writePdf(output, QFileInfo(store.path()).completeBaseName(), sections);
}

} // namespace Quadrant

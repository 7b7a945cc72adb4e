// SPDX-License-Identifier: MIT
#include "analysiskinds.h"

#include "jobs/jobcontext.h"

#include <QWidget>

#include <algorithm>
#include <vector>

namespace Quadrant {

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

namespace {

std::vector<AnalysisKind (*)()> &registered()
{
    static std::vector<AnalysisKind (*)()> makers;
    return makers;
}

} // namespace

AnalysisKind::Registration::Registration(AnalysisKind (*make)())
{
    registered().push_back(make);
}

const QVector<AnalysisKind> &AnalysisKind::all()
{
    static const QVector<AnalysisKind> kinds = [] {
        QVector<AnalysisKind> made;
        for (AnalysisKind (*make)() : registered()) {
            AnalysisKind kind = make();
            if (!kind.engine())
                qFatal("the window registers a kind the engine does not know: '%s'",
                       qPrintable(kind.id));
            made.append(std::move(kind));
        }
        std::stable_sort(
            made.begin(), made.end(), [](const AnalysisKind &a, const AnalysisKind &b) {
                return a.engine()->menuOrder() < b.engine()->menuOrder();
            });
        return made;
    }();
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

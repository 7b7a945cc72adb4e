// SPDX-License-Identifier: MIT
#include "analysiskinds.h"

#include "ab/abview.h"
#include "analysis/abjson.h"
#include "analysis/eventindex.h"
#include "analysis/funneljson.h"
#include "analysis/funnelreport.h"
#include "analysis/heatmapjson.h"
#include "analysis/pathjson.h"
#include "analysis/retentionjson.h"
#include "analysis/trendjson.h"
#include "charts/funnelchart.h"
#include "funnel/funnelview.h"
#include "heatmap/heatmapview.h"
#include "jobs/jobcontext.h"
#include "paths/pathsview.h"
#include "paths/sankeywidget.h"
#include "retention/retentionview.h"
#include "trend/trendview.h"

#include <QChartView>
#include <qcustomplot.h>

namespace Quadrant {

namespace {
Failure invalid(const QString &name, const QString &error)
{
    return Failure(
        QStringLiteral("the saved definition of '%1' is not valid: %2").arg(name, error));
}

Failure nothingToDraw(const QString &name, const QString &what)
{
    return Failure(QStringLiteral("'%1' has no %2 yet; there is nothing to draw").arg(name, what));
}

template<typename View>
std::function<AnalysisView *(AnalysisDocument *, ProjectSession *, QWidget *)> viewOf()
{
    return
        [](AnalysisDocument *document, ProjectSession *session, QWidget *parent) -> AnalysisView * {
            return new View(document, session, parent);
        };
}

std::optional<Failure> renderFunnel(const QString &name,
                                    const QJsonObject &definition,
                                    const ProjectStore &store,
                                    const EventIndex &index,
                                    AnalysisKind::Rendered *out)
{
    QString error;
    const auto query = FunnelJson::fromJson(definition, &error);
    if (!query)
        return invalid(name, error);
    if (query->steps.size() < 2)
        return nothingToDraw(name, QStringLiteral("two steps"));
    if (auto failure = FunnelEngine::validate(*query, index))
        return failure;
    JobContext context;
    const FunnelResult result = FunnelEngine::run(*query, index, store, context);
    out->table = FunnelReport::stepsTable(*query, result);
    auto chart = std::make_unique<FunnelChart>();
    chart->showResult(*query, result);
    out->chart = std::move(chart);
    return std::nullopt;
}

std::optional<Failure> renderRetention(const QString &name,
                                       const QJsonObject &definition,
                                       const ProjectStore &store,
                                       const EventIndex &index,
                                       AnalysisKind::Rendered *out)
{
    QString error;
    const auto query = RetentionJson::fromJson(definition, &error);
    if (!query)
        return invalid(name, error);
    if (query->start.event.isEmpty())
        return nothingToDraw(name, QStringLiteral("start event"));
    if (auto failure = RetentionEngine::validate(*query, index))
        return failure;
    JobContext context;
    const RetentionResult result = RetentionEngine::run(*query, index, store, context);
    out->table = RetentionReport::table(result, true);
    out->chart = RetentionView::createCurve(*query, result);
    return std::nullopt;
}

std::optional<Failure> renderTrend(const QString &name,
                                   const QJsonObject &definition,
                                   const ProjectStore &store,
                                   const EventIndex &index,
                                   AnalysisKind::Rendered *out)
{
    QString error;
    const auto query = TrendJson::fromJson(definition, &error);
    if (!query)
        return invalid(name, error);
    if (query->event.event.isEmpty())
        return nothingToDraw(name, QStringLiteral("event"));
    if (auto failure = TrendEngine::validate(*query, index))
        return failure;
    JobContext context;
    const TrendResult result = TrendEngine::run(*query, index, store, context);
    out->table = TrendReport::table(result);
    out->chart = TrendView::createChart(*query,
                                        result,
                                        definition.value(QStringLiteral("chart")).toString()
                                            == QLatin1String("bar"));
    return std::nullopt;
}

std::optional<Failure> renderPaths(const QString &name,
                                   const QJsonObject &definition,
                                   const ProjectStore &store,
                                   const EventIndex &index,
                                   AnalysisKind::Rendered *out)
{
    QString error;
    const auto query = PathJson::fromJson(definition, &error);
    if (!query)
        return invalid(name, error);
    if (query->anchor.isEmpty())
        return nothingToDraw(name, QStringLiteral("start event"));
    if (auto failure = PathEngine::validate(*query, index))
        return failure;
    PathQuery walk = *query;
    if (!PathJson::cohort(definition).isEmpty())
        if (auto failure
            = PathJson::restrictToCohort(&walk, store, index, PathJson::cohort(definition)))
            return failure;
    JobContext context;
    const PathResult result = PathEngine::run(walk, index, context);
    out->table = PathReport::table(result);
    auto sankey = std::make_unique<SankeyWidget>();
    sankey->setResult(*query, result);
    out->chart = std::move(sankey);
    return std::nullopt;
}

std::optional<Failure> renderHeatmap(const QString &name,
                                     const QJsonObject &definition,
                                     const ProjectStore &store,
                                     const EventIndex &index,
                                     AnalysisKind::Rendered *out)
{
    QString error;
    const auto query = HeatmapJson::fromJson(definition, &error);
    if (!query)
        return invalid(name, error);
    if (auto failure = HeatmapEngine::validate(*query, index))
        return failure;
    JobContext context;
    const HeatmapResult result = HeatmapEngine::run(*query, index, store, context);
    const HeatmapResult shown
        = query->kind == HeatmapQuery::Kind::Adoption ? HeatmapView::sorted(
              result, definition.value(QStringLiteral("sort")).toString(QStringLiteral("total")))
                                                      : result;
    out->table = HeatmapReport::table(shown);
    out->chart = HeatmapView::createPlot(*query, shown);
    return std::nullopt;
}

std::optional<Failure> renderAb(const QString &name,
                                const QJsonObject &definition,
                                const ProjectStore &store,
                                const EventIndex &index,
                                AnalysisKind::Rendered *out)
{
    QString error;
    auto query = AbJson::fromJson(definition, &error);
    if (!query)
        return invalid(name, error);
    if (query->variantProperty.isEmpty())
        return nothingToDraw(name, QStringLiteral("variant property"));
    if (auto failure = AbEngine::validate(*query, index))
        return failure;
    if (auto failure = AbView::resolveControl(&*query, store, index))
        return failure;
    JobContext context;
    const AbResult result = AbEngine::run(*query, index, store, context);
    if (result.variants.isEmpty())
        return Failure(QStringLiteral("no person saw the control '%1' of '%2'")
                           .arg(query->control, query->variantProperty));
    out->table = AbReport::table(*query, result);
    out->chart = AbView::createPlot(*query, result);
    out->summary = AbView::summary(result);
    return std::nullopt;
}
} // namespace

const QVector<AnalysisKind> &AnalysisKind::all()
{
    static const QVector<AnalysisKind> kinds{
        {QStringLiteral("funnel"),
         QObject::tr("Funnel"),
         QObject::tr("How many people go through a series of steps"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
         [] { return FunnelJson::toJson(FunnelQuery()); },
         viewOf<FunnelView>(),
         renderFunnel},
        {QStringLiteral("retention"),
         QObject::tr("Retention"),
         QObject::tr("Who comes back after a first event, cohort by cohort"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         [] {
             RetentionQuery query;
             query.returning = EventSelector{QStringLiteral("*"), {}};
             return RetentionJson::toJson(query);
         },
         viewOf<RetentionView>(),
         renderRetention},
        {QStringLiteral("trend"),
         QObject::tr("Trend"),
         QObject::tr("An event over time, by day, week or month"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
         [] { return TrendJson::toJson(TrendQuery()); },
         viewOf<TrendView>(),
         renderTrend},
        {QStringLiteral("paths"),
         QObject::tr("Paths"),
         QObject::tr("What people do after (or before) an event, as a Sankey diagram"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
         [] { return PathJson::toJson(PathQuery()); },
         viewOf<PathsView>(),
         renderPaths},
        {QStringLiteral("heatmap"),
         QObject::tr("Heatmap"),
         QObject::tr("When people are active, and who adopted which feature"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
         [] { return HeatmapJson::toJson(HeatmapQuery()); },
         viewOf<HeatmapView>(),
         renderHeatmap},
        {QStringLiteral("ab"),
         QObject::tr("A/B Test"),
         QObject::tr("Compare the variants of an experiment, with its statistics"),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
         [] { return AbJson::toJson(AbQuery()); },
         viewOf<AbView>(),
         renderAb},
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

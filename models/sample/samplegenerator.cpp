// SPDX-License-Identifier: MIT
#include "samplegenerator.h"

#include "analysis/abjson.h"
#include "analysis/analysiskind.h"
#include "analysis/calendar.h"
#include "analysis/funneljson.h"
#include "analysis/heatmapjson.h"
#include "analysis/pathjson.h"
#include "analysis/retentionjson.h"
#include "analysis/trendjson.h"
#include "common/timeparser.h"
#include "crm/crmkinds.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "samplewriter.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>

namespace Quadrant {

using namespace Sample;

SampleGenerator::SampleGenerator(SampleOptions options)
    : m_options(options)
{}

qint64 SampleGenerator::startMs()
{
    return TimeParser::daysFromCivil(2026, 8, 3) * s_day; // a Monday
}

qint64 SampleGenerator::endMs()
{
    return startMs() + s_days * s_day;
}

// The analyses a consultant opens first in a demo: each view of the workbench adds its own.
// Their names are in the window's language (the CLI's sample is in English).
std::optional<Failure> SampleGenerator::saveDemoAnalyses(const ProjectStore &store)
{
    FunnelQuery onboarding;
    for (const char *step :
         {"signup", "onboarding_done", "activated", "invited_teammate", "purchase"})
        onboarding.steps << EventSelector{QString::fromLatin1(step), {}};
    onboarding.windowMs = 14 * s_day;
    if (auto f
        = SavedAnalysisStore::save(store,
                                   QCoreApplication::translate("Quadrant", "Onboarding funnel"),
                                   FunnelJson::toJson(onboarding)))
        return f;
    FunnelQuery byChannel;
    byChannel.steps = {EventSelector{QStringLiteral("signup"), {}},
                       EventSelector{QStringLiteral("activated"), {}},
                       EventSelector{QStringLiteral("purchase"), {}}};
    byChannel.windowMs = 30 * s_day;
    byChannel.breakdown = QStringLiteral("person.channel");
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "Signup to purchase by channel"),
            FunnelJson::toJson(byChannel)))
        return f;
    RetentionQuery weekly;
    weekly.start = EventSelector{QStringLiteral("signup"), {}};
    weekly.returning = EventSelector{QStringLiteral("*"), {}};
    weekly.period = Period::Week;
    weekly.periods = 8;
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "Weekly retention after signup"),
            RetentionJson::toJson(weekly)))
        return f;

    TrendQuery bySource;
    bySource.event = EventSelector{QStringLiteral("*"), {}};
    bySource.interval = Period::Week;
    bySource.breakdown = QStringLiteral("source");
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "Weekly events, front end vs back end"),
            TrendJson::toJson(bySource)))
        return f;
    TrendQuery activePersons;
    activePersons.event = EventSelector{QStringLiteral("login"), {}};
    activePersons.measure = TrendQuery::Measure::Persons;
    activePersons.fromMs = endMs() - 28 * s_day;
    activePersons.toMs = endMs();
    activePersons.compareWithPrevious = true;
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant",
                                        "Daily active persons, last 4 weeks vs the 4 before"),
            TrendJson::toJson(activePersons)))
        return f;

    // The kinds that bring their own examples (AnalysisKindEngine::examples).
    for (const AnalysisKindEngine *kind : AnalysisKinds::all())
        for (const KindExample &example : kind->examples())
            if (auto f = SavedAnalysisStore::save(store, example.name, example.definition))
                return f;

    PathQuery afterSignup;
    afterSignup.anchor = QStringLiteral("signup");
    afterSignup.depth = 4;
    afterSignup.minimumWeight = 5;
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "What people do after signing up"),
            PathJson::toJson(afterSignup)))
        return f;

    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "When people are active"),
            HeatmapJson::toJson(HeatmapQuery())))
        return f;
    HeatmapQuery adoption;
    adoption.kind = HeatmapQuery::Kind::Adoption;
    adoption.by = HeatmapQuery::By::Industry;
    adoption.events = featureNames();
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "Feature adoption by industry"),
            HeatmapJson::toJson(adoption)))
        return f;

    AbQuery pricing;
    pricing.variantProperty = QStringLiteral("pricing_test");
    pricing.control = QStringLiteral("A");
    pricing.conversion = EventSelector{QStringLiteral("purchase"), {}};
    if (auto f = SavedAnalysisStore::save(
            store,
            QCoreApplication::translate("Quadrant", "Pricing page test: purchases"),
            AbJson::toJson(pricing)))
        return f;
    return saveCustomerSuccessAnalyses(store);
}

// What a customer-success manager and a sales lead open first: a health model, the accounts and
// the renewal quadrant scored by it, the pipeline by owner, channel ROI and lead scores.
std::optional<Failure> SampleGenerator::saveCustomerSuccessAnalyses(const ProjectStore &store)
{
    const QString healthName = QCoreApplication::translate("Quadrant", "Account health");
    HealthModel health = HealthModel::defaults();
    const QHash<QString, double> weights{{QStringLiteral("seat_use"), 2},
                                         {QStringLiteral("usage_trend"), 2},
                                         {QStringLiteral("key_features"), 1.5},
                                         {QStringLiteral("nps"), 1},
                                         {QStringLiteral("renewal"), 1}};
    for (HealthMeasure &measure : health.measures)
        measure.weight = weights.value(measure.id, 1);
    health.keyEvents = QStringList{QStringLiteral("report_created"),
                                   QStringLiteral("report_shared"),
                                   QStringLiteral("alert_created"),
                                   QStringLiteral("integration_connected"),
                                   QStringLiteral("export_csv")};
    health.segmentBy = QStringLiteral("plan");
    health.segmentWeights[QStringLiteral("enterprise")] = {{QStringLiteral("renewal"), 2}};
    if (auto f = SavedAnalysisStore::save(store, healthName, HealthModel::toJson(health)))
        return f;
    AccountsQuery accounts;
    accounts.model = healthName;
    if (auto f
        = SavedAnalysisStore::save(store,
                                   QCoreApplication::translate("Quadrant", "Accounts by health"),
                                   AccountsKind::toJson(accounts)))
        return f;
    QuadrantQuery quadrant;
    quadrant.model = healthName;
    if (auto f
        = SavedAnalysisStore::save(store,
                                   QCoreApplication::translate("Quadrant", "Renewal and expansion"),
                                   RenewalQuadrant::toJson(quadrant)))
        return f;
    PipelineQuery pipeline;
    pipeline.by = QStringLiteral("owner");
    if (auto f
        = SavedAnalysisStore::save(store,
                                   QCoreApplication::translate("Quadrant", "Pipeline by owner"),
                                   PipelineEngine::toJson(pipeline)))
        return f;
    if (auto f = SavedAnalysisStore::save(store,
                                          QCoreApplication::translate("Quadrant", "Channel ROI"),
                                          ChannelRoi::toJson(RoiQuery())))
        return f;
    LeadModel leads = LeadModel::defaults();
    leads.behaviour = {{QStringLiteral("pricing_viewed"), 5, 20},
                       {QStringLiteral("checkout_started"), 10, 20},
                       {QStringLiteral("invited_teammate"), 10, 20},
                       {QStringLiteral("*"), 1, 40}};
    return SavedAnalysisStore::save(
        store, QCoreApplication::translate("Quadrant", "Lead scoring"), LeadScoring::toJson(leads));
}

std::optional<Failure> SampleGenerator::generate(ProjectStore &store, JobContext &context)
{
    heavyWork("SampleGenerator::generate");
    if (store.isReadOnly())
        return Failure(QCoreApplication::translate("Quadrant", "the project is open read-only"),
                       store.path());
    for (const TableCount &count : store.tableCounts())
        if (count.rows > 0 && count.table != QLatin1String("saved_analyses"))
            return Failure(
                QCoreApplication::translate(
                    "Quadrant",
                    "the project already holds data; the sample goes into a new project"),
                store.path());

    Random random(m_options.seed);
    World world;
    if (auto failure = buildWorld(m_options, startMs(), endMs(), random, context, &world))
        return failure;

    sqlite3 *db = store.handle();
    if (auto f = execSql(db, "BEGIN IMMEDIATE"))
        return f;
    auto rollback = [db](Failure failure) {
        execSql(db, "ROLLBACK");
        return std::optional<Failure>(std::move(failure));
    };
    if (auto f = writeActivity(db, world, context))
        return rollback(*f);
    if (auto f = writeCrm(db, world, random, startMs()))
        return rollback(*f);
    if (auto f = saveDemoAnalyses(store))
        return rollback(*f);
    if (!ProjectStore::bumpDataVersion(db))
        return rollback(
            Failure(QCoreApplication::translate("Quadrant", "cannot record the sample")));
    if (auto f = execSql(db, "COMMIT"))
        return rollback(*f);
    store.setMetaValue(QStringLiteral("sample_seed"), QString::number(m_options.seed));
    store.setMetaValue(QStringLiteral("sample_version"), QString::number(version));
    context.setProgress(1.0, QCoreApplication::translate("Quadrant", "Done"));
    return std::nullopt;
}

} // namespace Quadrant

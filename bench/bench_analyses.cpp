// SPDX-License-Identifier: MIT
// Micro-benchmarks of the analysis engine on the built-in sample data, scaled by
//   QUADRANT_BENCH_PERSONS (default 20000, about 2M events), or on an existing project:
//   QUADRANT_BENCH_PROJECT=/path/to/project.quadrant build/bench/quadrant-bench
// Compare with ../shared/bench peers through bench/quadrant_peer.sh; these figures are for
// finding regressions and hot spots in one place.
#include "analysis/abengine.h"
#include "analysis/eventindex.h"
#include "analysis/funnelengine.h"
#include "analysis/heatmapengine.h"
#include "analysis/pathengine.h"
#include "analysis/retentionengine.h"
#include "analysis/trendengine.h"
#include "jobs/jobcontext.h"
#include "sample/samplegenerator.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Quadrant;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ProjectStore store;
    std::shared_ptr<const EventIndex> index;

    Fixture()
    {
        QString path = qEnvironmentVariable("QUADRANT_BENCH_PROJECT");
        if (path.isEmpty()) {
            path = dir.filePath(QStringLiteral("bench.quadrant"));
            ProjectStore::create(path);
            ProjectStore writer;
            writer.open(path);
            SampleOptions options;
            options.persons = qEnvironmentVariableIntValue("QUADRANT_BENCH_PERSONS");
            if (options.persons <= 0)
                options.persons = 20000;
            JobContext context;
            SampleGenerator(options).generate(writer, context);
        }
        store.open(path, ProjectStore::Access::ReadOnly);
        JobContext context;
        index = EventIndex::build(store, context);
        std::fprintf(stderr,
                     "quadrant-bench: %lld events, %d persons\n",
                     static_cast<long long>(index->eventCount()),
                     index->personCount());
    }
};

Fixture &fixture()
{
    static Fixture instance;
    return instance;
}

FunnelQuery onboardingFunnel(FunnelOrder order)
{
    FunnelQuery query;
    for (const char *step :
         {"signup", "onboarding_done", "activated", "invited_teammate", "purchase"})
        query.steps << EventSelector{QString::fromLatin1(step), {}};
    query.order = order;
    return query;
}

void BM_EventIndexBuild(benchmark::State &state)
{
    Fixture &f = fixture();
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(EventIndex::build(f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_Funnel(benchmark::State &state)
{
    Fixture &f = fixture();
    const FunnelQuery query = onboardingFunnel(FunnelOrder(state.range(0)));
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(FunnelEngine::run(query, *f.index, f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_FunnelBreakdown(benchmark::State &state)
{
    Fixture &f = fixture();
    FunnelQuery query = onboardingFunnel(FunnelOrder::Ordered);
    query.breakdown = QStringLiteral("role");
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(FunnelEngine::run(query, *f.index, f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_RetentionWeekly(benchmark::State &state)
{
    Fixture &f = fixture();
    RetentionQuery query;
    query.start.event = QStringLiteral("signup");
    query.returning.event = QStringLiteral("*");
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(RetentionEngine::run(query, *f.index, f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_Paths(benchmark::State &state)
{
    Fixture &f = fixture();
    PathQuery query;
    query.anchor = QStringLiteral("login");
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(PathEngine::run(query, *f.index, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_TrendDailyPersons(benchmark::State &state)
{
    Fixture &f = fixture();
    TrendQuery query;
    query.event.event = QStringLiteral("login");
    query.measure = TrendQuery::Measure::Persons;
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(TrendEngine::run(query, *f.index, f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_ActivityHeatmap(benchmark::State &state)
{
    Fixture &f = fixture();
    HeatmapQuery query;
    query.timeZone = QTimeZone("Europe/Berlin");
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(HeatmapEngine::run(query, *f.index, f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

void BM_AbConversion(benchmark::State &state)
{
    Fixture &f = fixture();
    AbQuery query;
    query.variantProperty = QStringLiteral("pricing_test");
    query.control = QStringLiteral("A");
    query.conversion.event = QStringLiteral("purchase");
    for (auto _ : state) {
        JobContext context;
        benchmark::DoNotOptimize(AbEngine::run(query, *f.index, f.store, context));
    }
    state.SetItemsProcessed(state.iterations() * f.index->eventCount());
}

} // namespace

BENCHMARK(BM_EventIndexBuild)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Funnel)
    ->Arg(int(FunnelOrder::Ordered))
    ->Arg(int(FunnelOrder::Strict))
    ->Arg(int(FunnelOrder::AnyOrder))
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FunnelBreakdown)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RetentionWeekly)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Paths)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TrendDailyPersons)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ActivityHeatmap)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AbConversion)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

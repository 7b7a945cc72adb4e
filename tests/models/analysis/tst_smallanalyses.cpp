// SPDX-License-Identifier: MIT
// Paths, heatmaps, trends and A/B assignment on a log small enough to count by hand.
//
//   u1 (admin, a1 Retail): Mon 2024-03-04 09:00 login, 09:05 search, 09:10 export(amount 10)
//                          Tue 2024-03-05 10:00 login, 10:01 search, 10:02 search
//   u2 (viewer, a1):       Mon 09:30 login, 09:31 export(amount 5); 12:00 login, 12:05 logout
//   u3 (viewer, a2 Finance): no events
#include "analysis/abengine.h"
#include "analysis/abjson.h"
#include "analysis/analysiskind.h"
#include "analysis/definitionreader.h"
#include "analysis/eventindex.h"
#include "analysis/funneljson.h"
#include "analysis/heatmapengine.h"
#include "analysis/heatmapjson.h"
#include "analysis/pathengine.h"
#include "analysis/pathjson.h"
#include "analysis/retentionjson.h"
#include "analysis/timeline.h"
#include "analysis/trendengine.h"
#include "analysis/trendjson.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "testsupport.h"

#include <QTest>

#include <limits>

using namespace Quadrant;
using namespace Quadrant::Test;

class TestSmallAnalyses : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void paths_data();
    void paths();
    void activityHeatmap();
    void adoptionHeatmap();
    void trends_data();
    void trends();
    void abAssignsAtFirstExposure();
    void savedDefinitionsRoundTrip();
    void newKindsRoundTrip();
    void aKindDefinedOutsideTheRegistry();
    void retentionCellMembersAreTheCellsCount();
    void timelineInterleavesCrmRecords();

private:
    void import(ImportKind kind, const QByteArray &csv);
    QTemporaryDir m_dir;
    ProjectStore m_store;
    std::shared_ptr<const EventIndex> m_index;
};

void TestSmallAnalyses::import(ImportKind kind, const QByteArray &csv)
{
    const QString file = m_dir.filePath(QStringLiteral("in.csv"));
    writeFile(file, csv);
    ImportRequest request;
    request.kind = kind;
    request.file = file;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(m_store, request, context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
}

void TestSmallAnalyses::initTestCase()
{
    QVERIFY(!m_store.open(newProject(m_dir)));
    import(ImportKind::Events,
           "user_id,event,time,source,amount,test\n"
           "u1,login,2024-03-04T09:00:00Z,web,,\n"
           "u1,search,2024-03-04T09:05:00Z,app,,\n"
           "u1,export,2024-03-04T09:10:00Z,app,10,\n"
           "u2,login,2024-03-04T09:30:00Z,web,,B\n"
           "u2,export,2024-03-04T09:31:00Z,app,5,A\n"
           "u2,login,2024-03-04T12:00:00Z,app,,\n"
           "u2,logout,2024-03-04T12:05:00Z,app,,\n"
           "u1,login,2024-03-05T10:00:00Z,app,,\n"
           "u1,search,2024-03-05T10:01:00Z,app,,A\n"
           "u1,search,2024-03-05T10:02:00Z,app,,\n");
    import(ImportKind::Persons,
           "user_id,account_id,role\nu1,a1,admin\nu2,a1,viewer\nu3,a2,viewer\n");
    import(ImportKind::Accounts, "account_id,name,industry\na1,Shop,Retail\na2,Bank,Finance\n");
    JobContext context;
    m_index = EventIndex::build(m_store, context);
    QVERIFY(m_index);
}

void TestSmallAnalyses::paths_data()
{
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<bool>("backwards");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("collapse");
    QTest::addColumn<int>("minimumWeight");
    QTest::addColumn<QStringList>("edges");
    QTest::addRow("from login") << "login" << false << 2 << false << 1
                                << QStringList{"1 login search 2",
                                               "1 login export 1",
                                               "1 login logout 1",
                                               "2 export (session end) 1",
                                               "2 logout (session end) 1",
                                               "2 search export 1",
                                               "2 search search 1"};
    QTest::addRow("collapsed repeats") << "login" << false << 2 << true << 1
                                       << QStringList{"1 login search 2",
                                                      "1 login export 1",
                                                      "1 login logout 1",
                                                      "2 export (session end) 1",
                                                      "2 logout (session end) 1",
                                                      "2 search (session end) 1",
                                                      "2 search export 1"};
    QTest::addRow("small nodes as other") << "login" << false << 2 << false << 2
                                          << QStringList{"1 login other 2",
                                                         "1 login search 2",
                                                         "2 other (session end) 2",
                                                         "2 search other 2"};
    QTest::addRow("back from export") << "export" << true << 1 << false << 1
                                      << QStringList{"1 export login 1", "1 export search 1"};
}

void TestSmallAnalyses::paths()
{
    QFETCH(QString, anchor);
    QFETCH(bool, backwards);
    QFETCH(int, depth);
    QFETCH(bool, collapse);
    QFETCH(int, minimumWeight);
    QFETCH(QStringList, edges);
    PathQuery query;
    query.anchor = anchor;
    query.backwards = backwards;
    query.depth = depth;
    query.collapseRepeats = collapse;
    query.minimumWeight = minimumWeight;
    JobContext context;
    const PathResult result = PathEngine::run(query, *m_index, context);
    QStringList actual;
    for (const PathEdge &edge : result.edges)
        actual << QStringLiteral("%1 %2 %3 %4")
                      .arg(edge.step)
                      .arg(edge.from, edge.to)
                      .arg(edge.sequences);
    QCOMPARE(actual, edges);
}

void TestSmallAnalyses::activityHeatmap()
{
    HeatmapQuery query;
    JobContext context;
    HeatmapResult utc = HeatmapEngine::run(query, *m_index, m_store, context);
    QCOMPARE(utc.rows.size(), 7);
    QCOMPARE(utc.columns.size(), 24);
    QCOMPARE(utc.at(0, 9), 5.0);  // Monday 09h
    QCOMPARE(utc.at(0, 12), 2.0); // Monday 12h
    QCOMPARE(utc.at(1, 10), 3.0); // Tuesday 10h
    double total = 0;
    for (double v : utc.values)
        total += v;
    QCOMPARE(total, 10.0);
    query.distinctPersons = true;
    QCOMPARE(HeatmapEngine::run(query, *m_index, m_store, context).at(0, 9), 2.0);
    query.distinctPersons = false;
    query.timeZone = QTimeZone("Asia/Tokyo");
    const HeatmapResult tokyo = HeatmapEngine::run(query, *m_index, m_store, context);
    QCOMPARE(tokyo.at(0, 18), 5.0);
    QCOMPARE(tokyo.at(0, 21), 2.0);
}

void TestSmallAnalyses::adoptionHeatmap()
{
    HeatmapQuery query;
    query.kind = HeatmapQuery::Kind::Adoption;
    query.events = {QStringLiteral("export"), QStringLiteral("search")};
    JobContext context;
    const HeatmapResult industries = HeatmapEngine::run(query, *m_index, m_store, context);
    QCOMPARE(industries.rows, (QStringList{"Retail", "Finance"}));
    QCOMPARE(industries.rowPersons, (std::vector<qint64>{2, 1}));
    QCOMPARE(industries.at(0, 0), 1.0);
    QCOMPARE(industries.at(0, 1), 0.5);
    QCOMPARE(industries.at(1, 0), 0.0);
    query.by = HeatmapQuery::By::Role;
    const HeatmapResult roles = HeatmapEngine::run(query, *m_index, m_store, context);
    QCOMPARE(roles.rows, (QStringList{"viewer", "admin"}));
    QCOMPARE(roles.at(1, 1), 1.0);
    QCOMPARE(roles.at(0, 0), 0.5);
    query.by = HeatmapQuery::By::Account;
    QCOMPARE(HeatmapEngine::run(query, *m_index, m_store, context).rows,
             (QStringList{"Shop (a1)", "Bank (a2)"}));
}

void TestSmallAnalyses::trends_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<int>("measure");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("breakdown");
    QTest::addColumn<QStringList>("expected"); // "series date value"
    QTest::addRow("total") << "login" << int(TrendQuery::Measure::Total) << QString() << QString()
                           << QStringList{" 2024-03-04 3", " 2024-03-05 1"};
    QTest::addRow("persons") << "login" << int(TrendQuery::Measure::Persons) << QString()
                             << QString() << QStringList{" 2024-03-04 2", " 2024-03-05 1"};
    QTest::addRow("per person") << "login" << int(TrendQuery::Measure::PerPerson) << QString()
                                << QString() << QStringList{" 2024-03-04 1.5", " 2024-03-05 1"};
    QTest::addRow("sum") << "export" << int(TrendQuery::Measure::Sum) << "amount" << QString()
                         << QStringList{" 2024-03-04 15", " 2024-03-05 0"};
    QTest::addRow("average, empty day")
        << "export" << int(TrendQuery::Measure::Average) << "amount" << QString()
        << QStringList{" 2024-03-04 7.5", " 2024-03-05 nan"};
    QTest::addRow("by source") << "login" << int(TrendQuery::Measure::Total) << QString()
                               << "source"
                               << QStringList{"web 2024-03-04 2",
                                              "web 2024-03-05 0",
                                              "app 2024-03-04 1",
                                              "app 2024-03-05 1"};
    QTest::addRow("by person role")
        << "*" << int(TrendQuery::Measure::Persons) << QString() << "role"
        << QStringList{"admin 2024-03-04 1",
                       "admin 2024-03-05 1",
                       "viewer 2024-03-04 1",
                       "viewer 2024-03-05 0"};
}

void TestSmallAnalyses::trends()
{
    QFETCH(QString, event);
    QFETCH(int, measure);
    QFETCH(QString, property);
    QFETCH(QString, breakdown);
    QFETCH(QStringList, expected);
    TrendQuery query;
    query.event.event = event;
    query.measure = TrendQuery::Measure(measure);
    query.property = property;
    query.breakdown = breakdown;
    JobContext context;
    const TrendResult result = TrendEngine::run(query, *m_index, m_store, context);
    QStringList actual;
    for (const TrendSeries &series : result.series)
        for (size_t i = 0; i < series.values.size(); ++i)
            actual << QStringLiteral("%1 %2 %3")
                          .arg(series.name,
                               Calendar::dateText(result.periodStartsMs[i]),
                               std::isnan(series.values[i]) ? QStringLiteral("nan")
                                                            : QString::number(series.values[i]));
    QCOMPARE(actual, expected);
}

void TestSmallAnalyses::abAssignsAtFirstExposure()
{
    // u2 sees B first (09:30) and later carries A: u2 is in B. u1 is exposed to A only on
    // Tuesday, so Monday's export does not count as a conversion.
    AbQuery query;
    query.variantProperty = QStringLiteral("test");
    query.control = QStringLiteral("A");
    query.conversion.event = QStringLiteral("export");
    JobContext context;
    const AbResult result = AbEngine::run(query, *m_index, m_store, context);
    QCOMPARE(result.variants.size(), 2);
    QCOMPARE(result.variants[0].name, QStringLiteral("A"));
    QCOMPARE(result.variants[0].persons, 1);
    QCOMPARE(result.variants[0].converters, 0);
    QCOMPARE(result.variants[1].name, QStringLiteral("B"));
    QCOMPARE(result.variants[1].converters, 1);
    QVERIFY(result.warnings.join(QLatin1Char(' ')).contains(QLatin1String("fewer than 50")));
    query.metric = AbQuery::Metric::EventsPerSession;
    const AbResult sessions = AbEngine::run(query, *m_index, m_store, context);
    QCOMPARE(sessions.variants[0].rate, 2.0); // u1 from 10:01: one session of 2 events
    QCOMPARE(sessions.variants[1].rate, 2.0); // u2 from 09:30: sessions of 2 and 2 events
    query.metric = AbQuery::Metric::SessionDuration;
    QCOMPARE(AbEngine::run(query, *m_index, m_store, context).variants[1].rate, (60.0 + 300.0) / 2);
}

void TestSmallAnalyses::savedDefinitionsRoundTrip()
{
    // The JSON kept in saved_analyses reads back as the query it was written from.
    FunnelQuery funnel;
    funnel.steps = {*EventSelector::parse(QStringLiteral("signup")),
                    *EventSelector::parse(QStringLiteral("purchase[plan=pro]"))};
    funnel.windowMs = 3 * Calendar::msPerDay;
    funnel.order = FunnelOrder::AnyOrder;
    funnel.entryFromMs = *Calendar::parseDate(QStringLiteral("2026-01-01"));
    funnel.entryToMs = *Calendar::parseDate(QStringLiteral("2026-01-31")) + Calendar::msPerDay;
    funnel.breakdown = QStringLiteral("person.plan");
    funnel.exclusions << FunnelQuery::Exclusion{*EventSelector::parse(QStringLiteral("refund")), 1};
    const QJsonObject funnelJson = FunnelJson::toJson(funnel);
    QCOMPARE(funnelJson.value(QStringLiteral("from")).toString(), QStringLiteral("2026-01-01"));
    QCOMPARE(funnelJson.value(QStringLiteral("to")).toString(), QStringLiteral("2026-01-31"));
    const auto funnelBack = FunnelJson::fromJson(funnelJson);
    QVERIFY(funnelBack);
    QCOMPARE(FunnelJson::toJson(*funnelBack), funnelJson);
    QCOMPARE(*funnelBack->entryToMs, *funnel.entryToMs);

    RetentionQuery retention;
    retention.start = *EventSelector::parse(QStringLiteral("signup"));
    retention.returning = *EventSelector::parse(QStringLiteral("*"));
    retention.period = Period::Month;
    retention.periods = 6;
    retention.mode = RetentionQuery::Mode::OnOrAfter;
    retention.fromMs = *Calendar::parseDate(QStringLiteral("2026-02-01"));
    const QJsonObject retentionJson = RetentionJson::toJson(retention);
    const auto retentionBack = RetentionJson::fromJson(retentionJson);
    QVERIFY(retentionBack);
    QCOMPARE(RetentionJson::toJson(*retentionBack), retentionJson);
    QVERIFY(!retentionBack->toMs);

    QJsonObject bad = retentionJson;
    bad[QStringLiteral("to")] = QStringLiteral("31/01/2026");
    QString error;
    QVERIFY(!RetentionJson::fromJson(bad, &error));
    QVERIFY(error.contains(QLatin1String("YYYY-MM-DD")));
}

void TestSmallAnalyses::newKindsRoundTrip()
{
    TrendQuery trend;
    trend.event = *EventSelector::parse(QStringLiteral("export[source=app]"));
    trend.measure = TrendQuery::Measure::Average;
    trend.property = QStringLiteral("amount");
    trend.interval = Period::Week;
    trend.breakdown = QStringLiteral("source");
    trend.compareWithPrevious = true;
    trend.bars = true;
    const QJsonObject trendJson = TrendJson::toJson(trend);
    QCOMPARE(trendJson.value(QStringLiteral("measure")).toString(), QStringLiteral("avg:amount"));
    const auto trendBack = TrendJson::fromJson(trendJson);
    QVERIFY(trendBack);
    QCOMPARE(TrendJson::toJson(*trendBack), trendJson);

    PathQuery paths;
    paths.anchor = QStringLiteral("login");
    paths.backwards = true;
    paths.depth = 3;
    paths.sessionGapMs = 45 * 60000;
    paths.excluded = {QStringLiteral("logout")};
    paths.minimumWeight = 7;
    const QJsonObject pathsJson = PathJson::toJson(paths, QStringLiteral("Churned"));
    const auto pathsBack = PathJson::fromJson(pathsJson);
    QVERIFY(pathsBack);
    QCOMPARE(PathJson::toJson(*pathsBack, PathJson::cohort(pathsJson)), pathsJson);
    QCOMPARE(pathsBack->sessionGapMs, paths.sessionGapMs);

    HeatmapQuery heatmap;
    heatmap.kind = HeatmapQuery::Kind::Adoption;
    heatmap.by = HeatmapQuery::By::Role;
    heatmap.events = {QStringLiteral("export"), QStringLiteral("search")};
    heatmap.timeZone = QTimeZone("Europe/Berlin");
    heatmap.rowOrder = QStringLiteral("name");
    const QJsonObject heatmapJson = HeatmapJson::toJson(heatmap);
    const auto heatmapBack = HeatmapJson::fromJson(heatmapJson);
    QVERIFY(heatmapBack);
    QCOMPARE(HeatmapJson::toJson(*heatmapBack), heatmapJson);

    AbQuery ab;
    ab.variantProperty = QStringLiteral("test");
    ab.control = QStringLiteral("A");
    AbJson::setMetric(QStringLiteral("sum:amount"), &ab);
    ab.plannedSplit = {60, 40};
    const QJsonObject abJson = AbJson::toJson(ab);
    const auto abBack = AbJson::fromJson(abJson);
    QVERIFY(abBack);
    QCOMPARE(AbJson::toJson(*abBack), abJson);
    QCOMPARE(abBack->metric, AbQuery::Metric::PropertySum);
    QCOMPARE(abBack->metricProperty, QStringLiteral("amount"));

    // A bad value names what is wrong.
    QJsonObject bad = pathsJson;
    bad[QStringLiteral("depth")] = 0;
    QString error;
    QVERIFY(!PathJson::fromJson(bad, &error));
    QVERIFY(error.contains(QLatin1String("depth")));
}

void TestSmallAnalyses::retentionCellMembersAreTheCellsCount()
{
    // Daily retention after login: u1 and u2 log in on day 0, only u1 comes back on day 1.
    RetentionQuery query;
    query.start = *EventSelector::parse(QStringLiteral("login"));
    query.returning = *EventSelector::parse(QStringLiteral("*"));
    query.period = Period::Day;
    query.periods = 1;
    JobContext context;
    const RetentionResult result = RetentionEngine::run(query, *m_index, m_store, context);
    QCOMPARE(result.groups.size(), 1);
    const RetentionCohort &cohort = result.groups[0].cohorts[0];
    QCOMPARE(cohort.persons, (std::vector<qint64>{2, 1}));
    for (int n = 0; n < 2; ++n) {
        const auto members = RetentionEngine::cellMembers(
            query, *m_index, m_store, QString(), cohort.periodStartMs, n, context);
        QCOMPARE(qint64(members.size()), cohort.persons[size_t(n)]);
    }
    const auto back = RetentionEngine::cellMembers(
        query, *m_index, m_store, QString(), cohort.periodStartMs, 1, context);
    QCOMPARE(m_index->personId(back[0]), QStringLiteral("u1"));
    // With a breakdown by role, the viewer's cell holds u2 alone.
    query.breakdown = QStringLiteral("person.role");
    const auto viewers = RetentionEngine::cellMembers(
        query, *m_index, m_store, QStringLiteral("viewer"), std::nullopt, 0, context);
    QCOMPARE(viewers.size(), size_t(1));
    QCOMPARE(m_index->personId(viewers[0]), QStringLiteral("u2"));
}

void TestSmallAnalyses::timelineInterleavesCrmRecords()
{
    import(ImportKind::Deals,
           "deal_id,account_id,stage,amount,created_at,closed_at\n"
           "d1,a1,won,1200,2024-03-04T10:00:00Z,2024-03-05T09:30:00Z\n");
    import(ImportKind::Nps,
           "user_id,account_id,score,time,comment\nu2,a1,9,2024-03-04T12:01:00Z,great\n");
    Timeline::Result person;
    QVERIFY(
        !Timeline::build(m_store, {Timeline::Subject::Person, QStringLiteral("u2"), 100}, &person));
    QStringList what;
    for (const auto &row : person.table.rows)
        what << row[1].toString() + QLatin1Char(':') + row[3].toString();
    QCOMPARE(what,
             (QStringList{"event:login",
                          "event:export",
                          "deal:Deal d1 opened",
                          "event:login",
                          "nps:NPS 9",
                          "event:logout",
                          "deal:Deal d1 won"}));
    QVERIFY(person.facts.contains(QStringLiteral("account a1")));

    Timeline::Result account;
    QVERIFY(
        !Timeline::build(m_store, {Timeline::Subject::Account, QStringLiteral("a1"), 3}, &account));
    QVERIFY(account.truncated);
    QCOMPARE(account.table.rows.size(), 3);
    QCOMPARE(account.table.rows.last()[3].toString(),
             QStringLiteral("search")); // the most recent kept
    QVERIFY(account.facts.contains(QStringLiteral("industry Retail")));

    QVERIFY(Timeline::build(
        m_store, {Timeline::Subject::Person, QStringLiteral("nobody"), 10}, &person));
}

QTEST_GUILESS_MAIN(TestSmallAnalyses)
// The walk-through of docs/architecture.md, "Adding an analysis kind": a whole kind in one
// struct, made an engine by kindEngine<>() as AnalysisKinds::all() does for the built-in ones.
namespace {
struct EventCountKind : KindDefaults
{
    struct Query
    {
        EventSelector event;
    };
    struct Result
    {
        qint64 events = 0;
    };
    static constexpr char id[] = "event-count";
    static constexpr int menuOrder = 1000;
    static Query newQuery() { return Query(); }
    static std::optional<Query> fromJson(const QJsonObject &json, QString *error)
    {
        DefinitionReader read(json, id);
        Query query;
        query.event = read.selector("event");
        return read.finish(query, error);
    }
    static QJsonObject toJson(const Query &query)
    {
        return {{QStringLiteral("kind"), QString::fromLatin1(id)},
                {QStringLiteral("event"), query.event.toString()}};
    }
    static QString missing(const Query &query)
    {
        return query.event.event.isEmpty() ? QStringLiteral("event") : QString();
    }
    static std::optional<Failure> check(Query &query, const EventIndex &index, const ProjectStore &)
    {
        if (query.event.event != QLatin1String("*") && index.eventId(query.event.event) < 0)
            return Failure(QStringLiteral("no event named '%1'").arg(query.event.event));
        return std::nullopt;
    }
    static Result
    run(const Query &query, const EventIndex &index, const ProjectStore &store, JobContext &)
    {
        const EventMatcher matcher(query.event, index, store);
        Result result;
        for (qint64 e = 0; e < index.eventCount(); ++e)
            result.events += matcher.matches(e) ? 1 : 0;
        return result;
    }
    static RecordTable table(const Query &query, const Result &result)
    {
        return {{QStringLiteral("event"), QStringLiteral("events")},
                {{query.event.toString(), result.events}}};
    }
};
} // namespace

void TestSmallAnalyses::aKindDefinedOutsideTheRegistry()
{
    // The built-in kinds registered themselves, each once, in menu order; this one did not.
    QStringList ids;
    int order = std::numeric_limits<int>::min();
    for (const AnalysisKindEngine *known : AnalysisKinds::all()) {
        QVERIFY2(!ids.contains(known->id()), qPrintable(known->id()));
        ids << known->id();
        QVERIFY(known->menuOrder() >= order);
        order = known->menuOrder();
        QCOMPARE(AnalysisKinds::find(known->id()), known);
    }
    for (const char *id : {"funnel",
                           "retention",
                           "trend",
                           "paths",
                           "heatmap",
                           "ab",
                           "accounts",
                           "health",
                           "quadrant",
                           "pipeline",
                           "roi",
                           "leads"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    QVERIFY(!AnalysisKinds::find(QStringLiteral("event-count")));
    const AnalysisKindEngine *kind = kindEngine<EventCountKind>();
    QCOMPARE(kind->id(), QStringLiteral("event-count"));
    QCOMPARE(kind->missing(kind->newDefinition()), QStringLiteral("event"));
    JobContext context;
    AnalysisOutcome outcome
        = kind->compute(EventCountKind::toJson({*EventSelector::parse(QStringLiteral("search"))}),
                        *m_index,
                        m_store,
                        context);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.table.rows.value(0).value(1).toLongLong(), 3);
    QCOMPARE(outcome.resultAs<EventCountKind::Result>().events, 3);
    outcome = kind->compute(EventCountKind::toJson({*EventSelector::parse(QStringLiteral("nap"))}),
                            *m_index,
                            m_store,
                            context);
    QVERIFY(outcome.failure);
    QVERIFY(outcome.failure->message.contains(QLatin1String("nap")));
    QCOMPARE(kind->definitionError({{QStringLiteral("kind"), QStringLiteral("event-count")},
                                    {QStringLiteral("event"), QStringLiteral("search[")}})
                 .left(7),
             QStringLiteral("event: "));
}

#include "tst_smallanalyses.moc"

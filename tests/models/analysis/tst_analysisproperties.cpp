// SPDX-License-Identifier: MIT
// Property-based check: on many random small event logs, every funnel and retention figure
// equals a brute-force reference written straight from ANALYSES.md (all chains enumerated,
// every cell counted by definition). The logs go through the real importer, so ties in time
// keep import order exactly as in a project.
#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "analysis/funnelengine.h"
#include "analysis/retentionengine.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

struct Event
{
    QString name;
    qint64 ts;
    QString hold; // value of the "acct" property, empty = missing
};
using Log = std::map<QString, std::vector<Event>>; // person -> events in import order

constexpr qint64 s_none = std::numeric_limits<qint64>::max();

struct Reference
{
    int level = 0;
    std::vector<qint64> fromStart, fromPrevious;
};

// Every valid chain, enumerated; the literal definitions of ordered and strict funnels.
Reference bruteOrdered(const std::vector<Event> &events, const FunnelQuery &q)
{
    const int k = int(q.steps.size());
    Reference r;
    r.fromStart.assign(size_t(k), s_none);
    r.fromPrevious.assign(size_t(k), s_none);
    const int n = int(events.size());
    std::vector<int> chain;
    std::function<void()> extend = [&]() {
        const int j = int(chain.size()); // steps matched so far
        const Event &first = events[size_t(chain.front())];
        const Event &last = events[size_t(chain.back())];
        r.level = std::max(r.level, j);
        r.fromStart[size_t(j - 1)] = std::min(r.fromStart[size_t(j - 1)], last.ts - first.ts);
        if (j >= 2)
            r.fromPrevious[size_t(j - 1)] = std::min(
                r.fromPrevious[size_t(j - 1)], last.ts - events[size_t(chain[size_t(j - 2)])].ts);
        if (j == k)
            return;
        for (int next = chain.back() + 1; next < n; ++next) {
            if (q.order == FunnelOrder::Strict && next != chain.back() + 1)
                break;
            const Event &e = events[size_t(next)];
            if (e.name != q.steps[j].event || e.ts - first.ts > q.windowMs)
                continue;
            if (!q.holdProperty.isEmpty() && e.hold != first.hold)
                continue;
            bool excluded = false;
            for (const auto &x : q.exclusions)
                if (x.afterStep == j)
                    for (int between = chain.back() + 1; between < next; ++between)
                        excluded |= events[size_t(between)].name == x.event.event;
            if (excluded)
                continue;
            chain.push_back(next);
            extend();
            chain.pop_back();
        }
    };
    for (int i = 0; i < n; ++i) {
        const Event &e = events[size_t(i)];
        if (e.name != q.steps[0].event || e.ts < q.entryFromMs.value_or(LLONG_MIN)
            || e.ts >= q.entryToMs.value_or(LLONG_MAX))
            continue;
        if (!q.holdProperty.isEmpty() && e.hold.isEmpty())
            continue;
        chain = {i};
        extend();
    }
    return r;
}

// Any order: the largest j such that some set of events, one per step S1..Sj, lies within W of
// its earliest member, which is in the entry range.
Reference bruteAnyOrder(const std::vector<Event> &events, const FunnelQuery &q)
{
    const int k = int(q.steps.size());
    Reference r;
    r.fromStart.assign(size_t(k), s_none);
    const int n = int(events.size());
    for (int p = 0; p < n; ++p) {
        const Event &first = events[size_t(p)];
        if (first.ts < q.entryFromMs.value_or(LLONG_MIN)
            || first.ts >= q.entryToMs.value_or(LLONG_MAX))
            continue;
        for (int j = 1; j <= k; ++j) {
            bool firstInChain = false;
            qint64 latest = first.ts;
            bool complete = true;
            for (int s = 0; s < j && complete; ++s) {
                firstInChain |= first.name == q.steps[s].event;
                qint64 earliest = s_none;
                for (int e = p; e < n; ++e)
                    if (events[size_t(e)].name == q.steps[s].event
                        && events[size_t(e)].ts - first.ts <= q.windowMs) {
                        earliest = events[size_t(e)].ts;
                        break;
                    }
                complete = earliest != s_none;
                latest = std::max(latest, earliest);
            }
            if (!complete)
                break;
            if (!firstInChain)
                continue;
            r.level = std::max(r.level, j);
            r.fromStart[size_t(j - 1)] = std::min(r.fromStart[size_t(j - 1)], latest - first.ts);
        }
    }
    return r;
}

double medianOf(std::vector<qint64> values)
{
    return FunnelEngine::median(std::move(values));
}

} // namespace

class TestAnalysisProperties : public QObject
{
    Q_OBJECT
private slots:
    void funnelsMatchBruteForce_data();
    void funnelsMatchBruteForce();
    void retentionMatchesBruteForce_data();
    void retentionMatchesBruteForce();

private:
    Log randomLog(QRandomGenerator &random, qint64 spanMs, ProjectStore &store);
    QTemporaryDir m_dir;
};

Log TestAnalysisProperties::randomLog(QRandomGenerator &random, qint64 spanMs, ProjectStore &store)
{
    static const QStringList names{"a", "b", "c", "d"};
    const qint64 base = 1709251200000; // 2024-03-01, a Friday
    Log log;
    QByteArray csv = "user_id,event,time,acct\n";
    const int persons = 2 + int(random.bounded(7));
    const int rows = persons * (1 + int(random.bounded(10)));
    for (int i = 0; i < rows; ++i) {
        const QString person = QStringLiteral("p%1").arg(random.bounded(persons));
        // Coarse times make ties (same millisecond) common.
        const qint64 ts = base + qint64(random.bounded(int(spanMs / 3600000))) * 3600000;
        const QString name = names[int(random.bounded(4))];
        const QString hold = random.bounded(5) == 0
                                 ? QString()
                                 : (random.bounded(2) ? QStringLiteral("x") : QStringLiteral("y"));
        log[person].push_back({name, ts, hold});
        csv += person.toUtf8() + ',' + name.toUtf8() + ',' + QByteArray::number(ts) + ','
               + hold.toUtf8() + '\n';
    }
    for (auto &[person, events] : log)
        std::stable_sort(events.begin(), events.end(), [](const Event &x, const Event &y) {
            return x.ts < y.ts;
        });
    const QString file = m_dir.filePath(QStringLiteral("log.csv"));
    writeFile(file, csv);
    ImportRequest request;
    request.file = file;
    request.time.format = TimeFormat::EpochMillis;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(store, request, context);
    if (outcome.failure)
        qWarning() << outcome.failure->toString();
    return log;
}

void TestAnalysisProperties::funnelsMatchBruteForce_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("withExtras"); // entry range, exclusions, hold property
    QTest::addRow("ordered") << int(FunnelOrder::Ordered) << false;
    QTest::addRow("ordered with range, exclusions and hold") << int(FunnelOrder::Ordered) << true;
    QTest::addRow("strict") << int(FunnelOrder::Strict) << false;
    QTest::addRow("strict with range and hold") << int(FunnelOrder::Strict) << true;
    QTest::addRow("any order") << int(FunnelOrder::AnyOrder) << false;
    QTest::addRow("any order with range") << int(FunnelOrder::AnyOrder) << true;
}

void TestAnalysisProperties::funnelsMatchBruteForce()
{
    QFETCH(int, order);
    QFETCH(bool, withExtras);
    QRandomGenerator random(quint32(1000 + order * 10 + withExtras));
    static const QStringList names{"a", "b", "c", "d"};
    for (int round = 0; round < 60; ++round) {
        ProjectStore store;
        QVERIFY(!store.open(newProject(m_dir, QStringLiteral("p%1.quadrant").arg(round))));
        const Log log = randomLog(random, 5 * 86400000LL, store);
        JobContext context;
        const auto index = EventIndex::build(store, context);
        QVERIFY(index);

        FunnelQuery query;
        query.order = FunnelOrder(order);
        const int k = 2 + int(random.bounded(3));
        for (int s = 0; s < k; ++s) {
            EventSelector step;
            step.event = names[int(random.bounded(4))];
            if (index->eventId(step.event) < 0)
                step.event = QStringLiteral("a");
            query.steps << step;
        }
        if (index->eventId(QStringLiteral("a")) < 0)
            continue;
        query.windowMs = qint64(1 + random.bounded(48)) * 3600000;
        if (withExtras) {
            query.entryFromMs = 1709251200000 + qint64(random.bounded(3)) * 86400000;
            query.entryToMs = *query.entryFromMs + qint64(1 + random.bounded(3)) * 86400000;
            if (query.order == FunnelOrder::Ordered && random.bounded(2)) {
                FunnelQuery::Exclusion x;
                x.event.event = names[int(random.bounded(4))];
                x.afterStep = 1 + int(random.bounded(k - 1));
                if (index->eventId(x.event.event) >= 0)
                    query.exclusions << x;
            }
            if (query.order != FunnelOrder::AnyOrder && random.bounded(2))
                query.holdProperty = QStringLiteral("acct");
        }
        const FunnelResult result = FunnelEngine::run(query, *index, store, context);

        std::vector<qint64> counts(size_t(k), 0);
        std::vector<std::vector<qint64>> fromStart(static_cast<size_t>(k)),
            fromPrevious(static_cast<size_t>(k));
        for (const auto &[person, events] : log) {
            const Reference r = query.order == FunnelOrder::AnyOrder ? bruteAnyOrder(events, query)
                                                                     : bruteOrdered(events, query);
            for (int s = 0; s < r.level; ++s) {
                ++counts[size_t(s)];
                fromStart[size_t(s)].push_back(r.fromStart[size_t(s)]);
                if (s > 0 && query.order != FunnelOrder::AnyOrder)
                    fromPrevious[size_t(s)].push_back(r.fromPrevious[size_t(s)]);
            }
        }
        QCOMPARE(result.groups.size(), 1);
        for (int s = 0; s < k; ++s) {
            const FunnelStepResult &step = result.groups[0].steps[s];
            const QString where = QStringLiteral("round %1 step %2").arg(round).arg(s + 1);
            if (step.persons != counts[size_t(s)]) {
                QStringList dump;
                for (const EventSelector &st : query.steps)
                    dump << st.event;
                qWarning() << "steps" << dump << "window h" << query.windowMs / 3600000 << "from"
                           << query.entryFromMs.value_or(0) << "to" << query.entryToMs.value_or(0)
                           << "hold" << query.holdProperty;
                for (const auto &x : query.exclusions)
                    qWarning() << "exclude" << x.event.event << "@" << x.afterStep;
                for (const auto &[person, events] : log) {
                    QStringList line;
                    for (const Event &e : events)
                        line << QStringLiteral("%1@%2/%3")
                                    .arg(e.name)
                                    .arg((e.ts - 1709251200000) / 3600000)
                                    .arg(e.hold);
                    qWarning() << person << bruteOrdered(events, query).level
                               << line.join(QLatin1Char(' '));
                }
            }
            QVERIFY2(
                step.persons == counts[size_t(s)],
                qPrintable(
                    where + QStringLiteral(": %1 vs %2").arg(step.persons).arg(counts[size_t(s)])));
            const double expectedStart = medianOf(fromStart[size_t(s)]);
            QVERIFY2((std::isnan(expectedStart) && std::isnan(step.medianFromStartMs))
                         || expectedStart == step.medianFromStartMs,
                     qPrintable(where
                                + QStringLiteral(" from start: %1 vs %2")
                                      .arg(step.medianFromStartMs)
                                      .arg(expectedStart)));
            if (s > 0 && query.order != FunnelOrder::AnyOrder) {
                const double expectedPrevious = medianOf(fromPrevious[size_t(s)]);
                QVERIFY2((std::isnan(expectedPrevious) && std::isnan(step.medianFromPreviousMs))
                             || expectedPrevious == step.medianFromPreviousMs,
                         qPrintable(where
                                    + QStringLiteral(" from previous: %1 vs %2")
                                          .arg(step.medianFromPreviousMs)
                                          .arg(expectedPrevious)));
            }
        }
        // Drop-off lists: persons at level exactly j - 1.
        qint64 entered = 0;
        for (quint8 level : result.levels)
            entered += level >= 1;
        QCOMPARE(entered, counts[0]);
    }
}

void TestAnalysisProperties::retentionMatchesBruteForce_data()
{
    QTest::addColumn<int>("period");
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("recurring");
    QTest::addRow("daily on") << int(Period::Day) << int(RetentionQuery::Mode::On) << false;
    QTest::addRow("daily on or after")
        << int(Period::Day) << int(RetentionQuery::Mode::OnOrAfter) << false;
    QTest::addRow("weekly on") << int(Period::Week) << int(RetentionQuery::Mode::On) << false;
    QTest::addRow("weekly recurring") << int(Period::Week) << int(RetentionQuery::Mode::On) << true;
    QTest::addRow("monthly on or after recurring")
        << int(Period::Month) << int(RetentionQuery::Mode::OnOrAfter) << true;
}

void TestAnalysisProperties::retentionMatchesBruteForce()
{
    QFETCH(int, period);
    QFETCH(int, mode);
    QFETCH(bool, recurring);
    QRandomGenerator random(quint32(7 + period * 3 + mode + recurring));
    for (int round = 0; round < 40; ++round) {
        ProjectStore store;
        QVERIFY(!store.open(newProject(m_dir, QStringLiteral("r%1.quadrant").arg(round))));
        const qint64 span = (period == int(Period::Month)  ? 120
                             : period == int(Period::Week) ? 40
                                                           : 9)
                            * 86400000LL;
        const Log log = randomLog(random, span, store);
        JobContext context;
        const auto index = EventIndex::build(store, context);
        if (index->eventId(QStringLiteral("a")) < 0 || index->eventId(QStringLiteral("b")) < 0)
            continue;
        RetentionQuery query;
        query.start.event = QStringLiteral("a");
        query.returning.event = random.bounded(2) ? QStringLiteral("b") : QStringLiteral("*");
        query.period = Period(period);
        query.periods = 1 + int(random.bounded(4));
        query.mode = RetentionQuery::Mode(mode);
        query.cohorts
            = recurring ? RetentionQuery::Cohorts::Recurring : RetentionQuery::Cohorts::FirstTime;
        const RetentionResult result = RetentionEngine::run(query, *index, store, context);

        // By definition: cohort entries, then for each n whether a return falls in the period.
        const Period kind = query.period;
        qint64 lastEvent = LLONG_MIN;
        for (const auto &[person, events] : log)
            for (const Event &e : events)
                lastEvent = std::max(lastEvent, e.ts);
        std::map<qint64, std::vector<qint64>> expected; // cohort period -> cells
        for (const auto &[person, events] : log) {
            std::set<qint64> entries, returns;
            for (const Event &e : events) {
                if (e.name == QLatin1String("a") && (recurring || entries.empty()))
                    entries.insert(Calendar::periodOf(e.ts, kind));
                if (query.returning.event == QLatin1String("*") || e.name == query.returning.event)
                    returns.insert(Calendar::periodOf(e.ts, kind));
            }
            for (qint64 c : entries) {
                auto &cells = expected[c];
                cells.resize(size_t(query.periods) + 1, 0);
                ++cells[0];
                for (int n = 1; n <= query.periods; ++n) {
                    bool hit = false;
                    for (qint64 r : returns)
                        hit |= query.mode == RetentionQuery::Mode::On ? r == c + n : r >= c + n;
                    cells[size_t(n)] += hit;
                }
            }
        }
        QCOMPARE(result.groups.size(), expected.empty() ? 0 : 1);
        if (expected.empty())
            continue;
        const RetentionGroup &group = result.groups[0];
        QCOMPARE(group.cohorts.size(), int(expected.size()));
        int i = 0;
        for (const auto &[c, cells] : expected) {
            const RetentionCohort &cohort = group.cohorts[i++];
            QCOMPARE(cohort.periodStartMs, Calendar::periodStart(c, kind));
            QCOMPARE(cohort.size, cells[0]);
            for (int n = 0; n <= query.periods; ++n) {
                const bool exists = Calendar::periodStart(c + n, kind) <= lastEvent;
                QCOMPARE(size_t(n) < cohort.persons.size(), exists);
                if (exists)
                    QCOMPARE(cohort.persons[size_t(n)], cells[size_t(n)]);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestAnalysisProperties)
#include "tst_analysisproperties.moc"

// SPDX-License-Identifier: MIT
// The customer-success and sales analyses against references written straight from ANALYSES.md,
// "Accounts, pipeline and health", on many random small projects: every figure of the pipeline,
// channel ROI, health scores (with key events, an event and a property measure, and a segment
// with its own weights), the quadrant and lead scores. The projects go through the real
// importer. Then the boundary cases the definitions name, one by one.
#include "analysis/analysiskind.h"
#include "analysis/calendar.h"
#include "analysis/eventindex.h"
#include "crm/crmkinds.h"
#include "import/importjob.h"
#include "jobs/jobcontext.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace Quadrant;
using namespace Quadrant::Test;

namespace {

constexpr qint64 s_day = Calendar::msPerDay;
const qint64 s_origin = *Calendar::parseDate(QStringLiteral("2026-03-01"));

struct Account
{
    QString id, plan, industry;
    std::optional<double> seats, arr, csat;
    std::optional<qint64> renewal;
};
struct Person
{
    QString id, account, role;
};
struct Event
{
    QString person, name;
    qint64 ts;
};
struct Deal
{
    QString id, account, lead, channel, stage, agent;
    std::optional<double> amount;
    std::optional<qint64> created, closed;
};
struct Lead
{
    QString id, person, account, channel;
    qint64 created;
};
struct Spend
{
    qint64 day;
    QString channel;
    double amount;
};
struct Nps
{
    QString person, account;
    int score;
    qint64 ts;
};

// One random project, as plain rows: what the references read.
struct World
{
    std::vector<Account> accounts;
    std::vector<Person> persons;
    std::vector<Event> events;
    std::vector<Deal> deals;
    std::vector<Lead> leads;
    std::vector<Spend> spend;
    std::vector<Nps> nps;

    const Account *account(const QString &id) const
    {
        for (const Account &a : accounts)
            if (a.id == id)
                return &a;
        return nullptr;
    }
    const Person *person(const QString &id) const
    {
        for (const Person &p : persons)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};

QString pick(QRandomGenerator &random, const QStringList &items)
{
    return items[int(random.bounded(int(items.size())))];
}

QString day(qint64 ms)
{
    return Calendar::dateText(ms);
}

QString time(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

World randomWorld(quint32 seed)
{
    QRandomGenerator random(seed);
    World world;
    const QStringList plans{"free", "pro", "enterprise"}, industries{"Retail", "Finance"},
        roles{"admin", "viewer", "manager"}, channels{"ads", "email", "", "partner"},
        stages{"won", "Closed Won", "lost", " closed_lost ", "proposal", "Negotiation"},
        names{"a", "b", "c", "d"};
    const int accounts = 3 + int(random.bounded(4));
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.id = QStringLiteral("acc%1").arg(i);
        a.plan = pick(random, plans);
        a.industry = pick(random, industries);
        if (random.bounded(3) > 0)
            a.seats = double(1 + random.bounded(6));
        if (random.bounded(3) > 0)
            a.arr = double(random.bounded(50000));
        if (random.bounded(2) > 0)
            a.csat = double(random.bounded(6));
        if (random.bounded(4) > 0)
            a.renewal = s_origin + qint64(random.bounded(300)) * s_day;
        world.accounts.push_back(a);
    }
    const int persons = 6 + int(random.bounded(12));
    for (int i = 0; i < persons; ++i) {
        Person p{QStringLiteral("u%1").arg(i),
                 random.bounded(5) == 0 ? QString() : world.accounts[random.bounded(accounts)].id,
                 pick(random, roles)};
        world.persons.push_back(p);
        // Events over 150 days; some persons stop, some start late.
        const qint64 from = s_origin + qint64(random.bounded(100)) * s_day;
        const int count = int(random.bounded(40));
        for (int e = 0; e < count; ++e)
            world.events.push_back(
                {p.id,
                 pick(random, names),
                 from + qint64(random.bounded(quint32(60 * s_day / 1000))) * 1000});
    }
    const int deals = 6 + int(random.bounded(14));
    for (int i = 0; i < deals; ++i) {
        Deal d;
        d.id = QStringLiteral("d%1").arg(i, 2, 10, QLatin1Char('0'));
        d.account
            = random.bounded(4) == 0 ? QString() : world.accounts[random.bounded(accounts)].id;
        d.channel = pick(random, channels);
        d.stage = pick(random, stages);
        d.agent = random.bounded(4) == 0 ? QString() : pick(random, {"Ann", "Bo"});
        if (random.bounded(5) > 0)
            d.amount = double(100 * random.bounded(100));
        if (random.bounded(6) > 0)
            d.created = s_origin + qint64(random.bounded(150)) * s_day + 3600000;
        if (d.created && random.bounded(3) > 0)
            d.closed = *d.created + qint64(random.bounded(60)) * s_day + 7200000;
        world.deals.push_back(d);
    }
    const int leads = 4 + int(random.bounded(8));
    for (int i = 0; i < leads; ++i) {
        const Person &p = world.persons[random.bounded(persons)];
        world.leads.push_back({QStringLiteral("l%1").arg(i, 2, 10, QLatin1Char('0')),
                               p.id,
                               random.bounded(3) == 0 ? p.account : QString(),
                               pick(random, {"ads", "email", "organic"}),
                               s_origin + qint64(random.bounded(150)) * s_day});
        if (i < deals && random.bounded(2) == 0)
            world.deals[size_t(i)].lead = world.leads.back().id;
    }
    for (int d = 0; d < 150; d += 1 + int(random.bounded(9)))
        for (const QString &channel : {QStringLiteral("ads"), QStringLiteral("partner")})
            if (random.bounded(2) == 0)
                world.spend.push_back({s_origin + d * s_day, channel, double(random.bounded(500))});
    const int answers = int(random.bounded(12));
    std::set<std::pair<QString, qint64>> seen;
    for (int i = 0; i < answers; ++i) {
        Nps n;
        if (random.bounded(2) == 0)
            n.person = world.persons[random.bounded(persons)].id;
        else
            n.account = world.accounts[random.bounded(accounts)].id;
        n.score = int(random.bounded(11));
        n.ts = s_origin + qint64(random.bounded(160)) * s_day + 1000 * qint64(i);
        world.nps.push_back(n);
    }
    return world;
}

// The reference: a deal's state by ANALYSES.md.
QString state(const QString &stage)
{
    QString s = stage.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
    s = s.simplified();
    if (s == QLatin1String("won") || s == QLatin1String("closed won"))
        return QStringLiteral("won");
    if (s == QLatin1String("lost") || s == QLatin1String("closed lost"))
        return QStringLiteral("lost");
    return QStringLiteral("open");
}

bool near(const QVariant &shown, std::optional<double> expected)
{
    if (!expected)
        return !shown.isValid() || shown.isNull();
    return shown.isValid() && !shown.isNull()
           && std::abs(shown.toDouble() - *expected) <= 1e-9 * std::max(1.0, std::abs(*expected));
}

#define CHECK_NEAR(shown, expected, what)                                                          \
    QVERIFY2(near((shown), (expected)),                                                            \
             qPrintable(QStringLiteral("%1: shown %2, expected %3")                                \
                            .arg(what,                                                             \
                                 (shown).toString(),                                               \
                                 (expected) ? QString::number(*(expected), 'g', 12)                \
                                            : QStringLiteral("(empty)"))))

} // namespace

class TestCrmAnalyses : public QObject
{
    Q_OBJECT
private slots:
    void randomProjects_data();
    void randomProjects();
    void bandBoundaries();
    void measuresWithoutData();
    void allWeightsZeroGiveNoScore();
    void segmentWeights();
    void wonDealWithoutAmount();
    void dealClosedBeforeCreatedIsRejected();
    void clearErrors();

private:
    void freshProject();
    void makeProject(const World &world);
    AnalysisOutcome compute(const QJsonObject &definition);
    void checkPipeline(const World &world,
                       const QString &by,
                       std::optional<qint64> from,
                       std::optional<qint64> to);
    void checkRoi(const World &world, std::optional<qint64> from, std::optional<qint64> to);
    void checkHealth(const World &world, qint64 asOfDay);
    void checkLeads(const World &world, qint64 asOfDay, int days);
    void import(ImportKind kind, const QString &csv);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    std::shared_ptr<const EventIndex> m_index;
};

void TestCrmAnalyses::import(ImportKind kind, const QString &csv)
{
    const QString file = m_dir->filePath(QStringLiteral("in.csv"));
    writeFile(file, csv.toUtf8());
    ImportRequest request;
    request.kind = kind;
    request.file = file;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(*m_store, request, context);
    QVERIFY2(!outcome.failure,
             qPrintable(outcome.failure ? outcome.failure->toString() : QString()));
    QCOMPARE(outcome.summary.rowsRejected, 0);
}

void TestCrmAnalyses::freshProject()
{
    m_index.reset();
    m_store.reset(); // closed (and its lock gone) before its folder goes
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProjectStore>();
    QVERIFY(!m_store->open(newProject(*m_dir)));
}

void TestCrmAnalyses::makeProject(const World &world)
{
    freshProject();
    QString csv = QStringLiteral("account_id,name,plan,industry,arr,renewal_date,seats,csat\n");
    for (const Account &a : world.accounts)
        csv += QStringLiteral("%1,Name %1,%2,%3,%4,%5,%6,%7\n")
                   .arg(a.id,
                        a.plan,
                        a.industry,
                        a.arr ? QString::number(*a.arr) : QString(),
                        a.renewal ? day(*a.renewal) : QString(),
                        a.seats ? QString::number(*a.seats) : QString(),
                        a.csat ? QString::number(*a.csat) : QString());
    if (!world.accounts.empty())
        import(ImportKind::Accounts, csv);
    csv = QStringLiteral("user_id,account_id,role\n");
    for (const Person &p : world.persons)
        csv += QStringLiteral("%1,%2,%3\n").arg(p.id, p.account, p.role);
    if (!world.persons.empty())
        import(ImportKind::Persons, csv);
    if (!world.events.empty()) {
        csv = QStringLiteral("user_id,event,time\n");
        for (const Event &e : world.events)
            csv += QStringLiteral("%1,%2,%3\n").arg(e.person, e.name, time(e.ts));
        import(ImportKind::Events, csv);
    }
    csv = QStringLiteral("deal_id,account_id,lead_id,channel,stage,amount,created,closed,"
                         "sales_agent\n");
    for (const Deal &d : world.deals)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9\n")
                   .arg(d.id,
                        d.account,
                        d.lead,
                        d.channel,
                        d.stage,
                        d.amount ? QString::number(*d.amount) : QString(),
                        d.created ? time(*d.created) : QString(),
                        d.closed ? time(*d.closed) : QString(),
                        d.agent);
    if (!world.deals.empty())
        import(ImportKind::Deals, csv);
    csv = QStringLiteral("lead_id,user_id,account_id,channel,created\n");
    for (const Lead &l : world.leads)
        csv += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(l.id, l.person, l.account, l.channel, time(l.created));
    if (!world.leads.empty())
        import(ImportKind::Leads, csv);
    if (!world.spend.empty()) {
        csv = QStringLiteral("date,channel,amount\n");
        for (const Spend &s : world.spend)
            csv += QStringLiteral("%1,%2,%3\n").arg(day(s.day), s.channel).arg(s.amount);
        import(ImportKind::Spend, csv);
    }
    if (!world.nps.empty()) {
        csv = QStringLiteral("user_id,account_id,score,time\n");
        for (const Nps &n : world.nps)
            csv += QStringLiteral("%1,%2,%3,%4\n")
                       .arg(n.person, n.account)
                       .arg(n.score)
                       .arg(time(n.ts));
        import(ImportKind::Nps, csv);
    }
    JobContext context;
    m_index = EventIndex::build(*m_store, context);
    QVERIFY(m_index);
}

AnalysisOutcome TestCrmAnalyses::compute(const QJsonObject &definition)
{
    JobContext context;
    return AnalysisKinds::of(definition)->compute(definition, *m_index, *m_store, context);
}

void TestCrmAnalyses::checkPipeline(const World &world,
                                    const QString &by,
                                    std::optional<qint64> from,
                                    std::optional<qint64> to)
{
    PipelineQuery query;
    query.by = by;
    query.fromMs = from;
    query.toMs = to;
    const AnalysisOutcome outcome = compute(PipelineEngine::toJson(query));
    QVERIFY2(!outcome.failure, qPrintable(outcome.failure ? outcome.failure->message : QString()));
    struct Expected
    {
        qint64 deals = 0, open = 0, won = 0, lost = 0;
        double revenue = 0, closedDays = 0;
        qint64 closedWithDates = 0;
        std::vector<double> wonDays;
    };
    std::map<QString, Expected> expected;
    for (const Deal &d : world.deals) {
        if ((from || to)
            && (!d.created || (from && *d.created < *from) || (to && *d.created >= *to)))
            continue;
        QString group = QStringLiteral("all");
        if (by == QLatin1String("channel"))
            group = d.channel;
        else if (by == QLatin1String("sales_agent"))
            group = d.agent;
        else if (by == QLatin1String("account.plan"))
            group = world.account(d.account) ? world.account(d.account)->plan : QString();
        if (group.isEmpty())
            group = QStringLiteral("(none)");
        Expected &e = expected[group];
        ++e.deals;
        const QString s = state(d.stage);
        const std::optional<double> days
            = d.created && d.closed ? std::optional<double>(double(*d.closed - *d.created) / s_day)
                                    : std::nullopt;
        if (s == QLatin1String("won")) {
            ++e.won;
            e.revenue += d.amount.value_or(0);
            if (days)
                e.wonDays.push_back(*days);
        } else if (s == QLatin1String("lost")) {
            ++e.lost;
        } else {
            ++e.open;
        }
        if (s != QLatin1String("open") && days) {
            e.closedDays += *days;
            ++e.closedWithDates;
        }
    }
    QCOMPARE(outcome.table.rows.size(), int(expected.size()));
    for (const QVariantList &row : outcome.table.rows) {
        const QString group = row[0].toString();
        QVERIFY2(expected.count(group), qPrintable(group));
        Expected e = expected[group];
        QCOMPARE(row[1].toLongLong(), e.deals);
        QCOMPARE(row[2].toLongLong(), e.open);
        QCOMPARE(row[3].toLongLong(), e.won);
        QCOMPARE(row[4].toLongLong(), e.lost);
        const auto ratio = [](double a, double b) {
            return b > 0 ? std::optional<double>(a / b) : std::nullopt;
        };
        CHECK_NEAR(row[5], ratio(double(e.won), double(e.won + e.lost)), group + " win_rate");
        CHECK_NEAR(row[6], std::optional<double>(e.revenue), group + " won_revenue");
        CHECK_NEAR(row[7], ratio(e.revenue, double(e.won)), group + " avg_won");
        double sum = 0;
        for (double d : e.wonDays)
            sum += d;
        CHECK_NEAR(row[8], ratio(sum, double(e.wonDays.size())), group + " mean won");
        std::optional<double> median;
        if (!e.wonDays.empty()) {
            std::sort(e.wonDays.begin(), e.wonDays.end());
            const size_t n = e.wonDays.size();
            median = n % 2 ? e.wonDays[n / 2] : (e.wonDays[n / 2 - 1] + e.wonDays[n / 2]) / 2;
        }
        CHECK_NEAR(row[9], median, group + " median won");
        CHECK_NEAR(row[10], ratio(e.closedDays, double(e.closedWithDates)), group + " closed");
    }
}

void TestCrmAnalyses::checkRoi(const World &world,
                               std::optional<qint64> from,
                               std::optional<qint64> to)
{
    RoiQuery query;
    query.fromMs = from;
    query.toMs = to;
    const AnalysisOutcome outcome = compute(ChannelRoi::toJson(query));
    QVERIFY2(!outcome.failure, qPrintable(outcome.failure ? outcome.failure->message : QString()));
    const auto in = [&](std::optional<qint64> ms) {
        return (!from && !to) || (ms && (!from || *ms >= *from) && (!to || *ms < *to));
    };
    struct Expected
    {
        double spend = 0, revenue = 0;
        qint64 leads = 0, deals = 0, won = 0;
    };
    std::map<QString, Expected> expected;
    const auto name = [](const QString &channel) {
        return channel.isEmpty() ? QStringLiteral("(none)") : channel;
    };
    for (const Spend &s : world.spend)
        if (in(s.day))
            expected[name(s.channel)].spend += s.amount;
    for (const Lead &l : world.leads)
        if (in(l.created))
            ++expected[name(l.channel)].leads;
    for (const Deal &d : world.deals) {
        if (!in(d.created))
            continue;
        QString channel = d.channel;
        if (channel.isEmpty())
            for (const Lead &l : world.leads)
                if (l.id == d.lead)
                    channel = l.channel;
        Expected &e = expected[name(channel)];
        ++e.deals;
        if (state(d.stage) == QLatin1String("won")) {
            ++e.won;
            e.revenue += d.amount.value_or(0);
        }
    }
    QCOMPARE(outcome.table.rows.size(), int(expected.size()));
    for (const QVariantList &row : outcome.table.rows) {
        const QString channel = row[0].toString();
        QVERIFY2(expected.count(channel), qPrintable(channel));
        const Expected &e = expected[channel];
        CHECK_NEAR(row[1], std::optional<double>(e.spend), channel + " spend");
        QCOMPARE(row[2].toLongLong(), e.leads);
        QCOMPARE(row[3].toLongLong(), e.deals);
        QCOMPARE(row[4].toLongLong(), e.won);
        CHECK_NEAR(row[5], std::optional<double>(e.revenue), channel + " revenue");
        CHECK_NEAR(row[6],
                   e.leads ? std::optional<double>(e.spend / e.leads) : std::nullopt,
                   channel + " cost per lead");
        CHECK_NEAR(row[7],
                   e.won ? std::optional<double>(e.spend / e.won) : std::nullopt,
                   channel + " cost per won");
        CHECK_NEAR(row[8],
                   e.spend > 0 ? std::optional<double>((e.revenue - e.spend) / e.spend)
                               : std::nullopt,
                   channel + " roi");
    }
}

void TestCrmAnalyses::checkHealth(const World &world, qint64 asOfDay)
{
    HealthModel model = HealthModel::defaults();
    model.measures.append({QStringLiteral("event:b"), 2, 4});
    HealthMeasure csat{QStringLiteral("property:csat"), 0.5};
    csat.low = 1;
    csat.high = 5;
    model.measures.append(csat);
    model.keyEvents = QStringList{"a", "c", "zzz"};
    model.asOfDay = asOfDay;
    model.segmentBy = QStringLiteral("plan");
    model.segmentWeights[QStringLiteral("enterprise")]
        = {{QStringLiteral("renewal"), 3}, {QStringLiteral("nps"), 0}};
    const AnalysisOutcome outcome = compute(HealthModel::toJson(model));
    QVERIFY2(!outcome.failure, qPrintable(outcome.failure ? outcome.failure->message : QString()));

    const auto measures = [&](const Account &a, qint64 end) {
        std::vector<std::optional<double>> values;
        std::set<QString> members, active;
        for (const Person &p : world.persons)
            if (p.account == a.id)
                members.insert(p.id);
        qint64 recent = 0, before = 0, bs = 0;
        std::set<QString> keysUsed;
        for (const Event &e : world.events) {
            if (!members.count(e.person))
                continue;
            if (e.ts >= end - 30 * s_day && e.ts < end) {
                ++recent;
                active.insert(e.person);
                if (model.keyEvents.contains(e.name))
                    keysUsed.insert(e.name);
                bs += e.name == QLatin1String("b");
            } else if (e.ts >= end - 60 * s_day && e.ts < end - 30 * s_day) {
                ++before;
            }
        }
        const double seats = a.seats.value_or(double(members.size()));
        values.push_back(seats > 0
                             ? std::optional<double>(std::min(1.0, active.size() / seats) * 100)
                             : std::nullopt);
        std::optional<double> trend;
        if (!members.empty())
            trend = before == 0 ? (recent > 0 ? 100.0 : 0.0)
                                : std::clamp(50.0 * recent / before, 0.0, 100.0);
        values.push_back(trend);
        values.push_back(members.empty() ? std::nullopt
                                         : std::optional<double>(100.0 * keysUsed.size() / 3));
        int answers = 0, promoters = 0, detractors = 0;
        for (const Nps &n : world.nps) {
            QString account = n.account;
            if (account.isEmpty() && world.person(n.person))
                account = world.person(n.person)->account;
            if (account != a.id || n.ts >= end || n.ts < end - 90 * s_day)
                continue;
            ++answers;
            promoters += n.score >= 9;
            detractors += n.score <= 6;
        }
        values.push_back(
            answers ? std::optional<double>((100.0 * (promoters - detractors) / answers + 100) / 2)
                    : std::nullopt);
        values.push_back(a.renewal ? std::optional<double>(
                             std::clamp(double(*a.renewal - end) / (180.0 * s_day), 0.0, 1.0) * 100)
                                   : std::nullopt);
        values.push_back(members.empty() ? std::nullopt
                                         : std::optional<double>(std::min(1.0, bs / 4.0) * 100));
        values.push_back(a.csat
                             ? std::optional<double>(std::clamp((*a.csat - 1) / 4, 0.0, 1.0) * 100)
                             : std::nullopt);
        return values;
    };
    const auto score = [&](const Account &a, const std::vector<std::optional<double>> &values) {
        const QStringList ids{"seat_use",
                              "usage_trend",
                              "key_features",
                              "nps",
                              "renewal",
                              "event:b",
                              "property:csat"};
        const std::vector<double> base{1, 1, 1, 1, 1, 2, 0.5};
        double sum = 0, weights = 0;
        for (size_t m = 0; m < values.size(); ++m) {
            if (!values[m])
                continue;
            double w = base[m];
            if (a.plan == QLatin1String("enterprise") && ids[int(m)] == QLatin1String("renewal"))
                w = 3;
            if (a.plan == QLatin1String("enterprise") && ids[int(m)] == QLatin1String("nps"))
                w = 0;
            sum += w * *values[m];
            weights += w;
        }
        return weights > 0 ? std::optional<double>(sum / weights) : std::nullopt;
    };
    const qint64 end = asOfDay + s_day;
    QCOMPARE(outcome.table.rows.size(), int(world.accounts.size()));
    QCOMPARE(outcome.table.columns.size(), 4 + 7);
    for (int r = 0; r < outcome.table.rows.size(); ++r) {
        const QVariantList &row = outcome.table.rows[r];
        const Account *a = world.account(row[0].toString());
        QVERIFY(a);
        const auto now = measures(*a, end);
        for (size_t m = 0; m < now.size(); ++m)
            CHECK_NEAR(row[4 + int(m)],
                       now[m],
                       a->id + QLatin1Char(' ') + outcome.table.columns[4 + int(m)]);
        const auto expectedScore = score(*a, now);
        CHECK_NEAR(row[1], expectedScore, a->id + QStringLiteral(" score"));
        const QString band = !expectedScore        ? QString()
                             : *expectedScore < 40 ? QStringLiteral("red")
                             : *expectedScore < 70 ? QStringLiteral("yellow")
                                                   : QStringLiteral("green");
        QCOMPARE(row[2].toString(), band);
        const auto previous = score(*a, measures(*a, end - 30 * s_day));
        CHECK_NEAR(row[3],
                   expectedScore && previous ? std::optional<double>(*expectedScore - *previous)
                                             : std::nullopt,
                   a->id + QStringLiteral(" trend"));
    }

    // The quadrant of the same accounts with the default model: expansion = mean of seat use and
    // usage trend where they have data.
    QuadrantQuery quadrant;
    quadrant.asOfDay = asOfDay;
    quadrant.healthThreshold = 45;
    quadrant.expansionThreshold = 55;
    const AnalysisOutcome placed = compute(RenewalQuadrant::toJson(quadrant));
    QVERIFY(!placed.failure);
    QCOMPARE(placed.table.rows.size(), int(world.accounts.size()));
    QStringList order;
    for (const QVariantList &row : placed.table.rows) {
        const Account *a = world.account(row[0].toString());
        const auto values = measures(*a, end);
        double sum = 0, weights = 0;
        for (size_t m : {0, 1, 3, 4}) // the default model has no key events
            if (values[m]) {
                sum += *values[m];
                weights += 1;
            }
        const auto health = weights > 0 ? std::optional<double>(sum / weights) : std::nullopt;
        std::optional<double> expansion;
        if (values[0] && values[1])
            expansion = (*values[0] + *values[1]) / 2;
        else if (values[0] || values[1])
            expansion = values[0] ? *values[0] : *values[1];
        CHECK_NEAR(row[1], health, a->id + QStringLiteral(" quadrant health"));
        CHECK_NEAR(row[2], expansion, a->id + QStringLiteral(" expansion"));
        QString where = QStringLiteral("no-score");
        if (health && expansion)
            where = *health >= 45 ? (*expansion >= 55 ? "expand" : "protect")
                                  : (*expansion >= 55 ? "rescue" : "at-risk");
        QCOMPARE(row[3].toString(), where);
        order << where;
    }
    // Quadrant by quadrant, in the order of ANALYSES.md.
    const QStringList quadrants = RenewalQuadrant::quadrants();
    for (int i = 1; i < order.size(); ++i)
        QVERIFY(quadrants.indexOf(order[i - 1]) <= quadrants.indexOf(order[i]));
}

void TestCrmAnalyses::checkLeads(const World &world, qint64 asOfDay, int days)
{
    LeadModel model;
    model.days = days;
    model.asOfDay = asOfDay;
    model.behaviour = {{QStringLiteral("a"), 2, 6}, {QStringLiteral("*"), 1, 10}};
    model.fit = {{QStringLiteral("person.role"), QStringLiteral("admin"), 3},
                 {QStringLiteral("person.role"), QStringLiteral("manager"), 1},
                 {QStringLiteral("account.plan"), QStringLiteral("pro"), 2}};
    const AnalysisOutcome outcome = compute(LeadScoring::toJson(model));
    QVERIFY2(!outcome.failure, qPrintable(outcome.failure ? outcome.failure->message : QString()));
    QCOMPARE(outcome.table.rows.size(), int(world.leads.size()));
    const qint64 end = asOfDay + s_day, start = end - qint64(days) * s_day;
    double previous = 1e9;
    for (const QVariantList &row : outcome.table.rows) {
        const Lead *lead = nullptr;
        for (const Lead &l : world.leads)
            if (l.id == row[0].toString())
                lead = &l;
        QVERIFY(lead);
        qint64 as = 0, all = 0, before = 0;
        for (const Event &e : world.events) {
            if (e.person != lead->person)
                continue;
            if (e.ts >= start && e.ts < end) {
                ++all;
                as += e.name == QLatin1String("a");
            } else if (e.ts >= start - 30 * s_day && e.ts < start) {
                ++before;
            }
        }
        const double behaviour = 100.0 * (std::min(6.0, 2.0 * as) + std::min(10.0, 1.0 * all)) / 16;
        const Person *person = world.person(lead->person);
        const QString accountId = !lead->account.isEmpty() ? lead->account : person->account;
        const Account *account = world.account(accountId);
        double fit = 0;
        if (person->role == QLatin1String("admin"))
            fit += 3;
        if (person->role == QLatin1String("manager"))
            fit += 1;
        if (account && account->plan == QLatin1String("pro"))
            fit += 2;
        fit = 100.0 * fit / 5;
        CHECK_NEAR(
            row[4], std::optional<double>(behaviour), lead->id + QStringLiteral(" behaviour"));
        CHECK_NEAR(row[5], std::optional<double>(fit), lead->id + QStringLiteral(" fit"));
        CHECK_NEAR(
            row[3], std::optional<double>(behaviour + fit), lead->id + QStringLiteral(" score"));
        QCOMPARE(row[2].toString(), accountId);
        QCOMPARE(row[6].toString(),
                 before == 0 && all > 0 ? QStringLiteral("yes") : QStringLiteral("no"));
        QVERIFY(row[3].toDouble() <= previous + 1e-9); // best first
        previous = row[3].toDouble();
        QVERIFY(row[7].toString().split(QStringLiteral("; "), Qt::SkipEmptyParts).size() <= 3);
    }
}

void TestCrmAnalyses::randomProjects_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 40; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestCrmAnalyses::randomProjects()
{
    QFETCH(quint32, seed);
    const World world = randomWorld(seed);
    makeProject(world);
    if (QTest::currentTestFailed())
        return;
    QRandomGenerator random(seed * 7919u);
    const qint64 from = s_origin + qint64(random.bounded(60)) * s_day;
    const qint64 to = from + qint64(1 + random.bounded(90)) * s_day;
    for (const QString &by : {QString(),
                              QStringLiteral("channel"),
                              QStringLiteral("sales_agent"),
                              QStringLiteral("account.plan")}) {
        checkPipeline(world, by, std::nullopt, std::nullopt);
        checkPipeline(world, by, from, to);
    }
    checkRoi(world, std::nullopt, std::nullopt);
    checkRoi(world, from, to);
    for (int offset : {60, 100, 140})
        checkHealth(world, s_origin + offset * s_day);
    checkLeads(
        world, s_origin + (90 + qint64(random.bounded(60))) * s_day, int(7 + random.bounded(40)));
}

void TestCrmAnalyses::bandBoundaries()
{
    const HealthModel model = HealthModel::defaults();
    QCOMPARE(model.band(39.999999), QStringLiteral("red"));
    QCOMPARE(model.band(40), QStringLiteral("yellow")); // the boundary belongs to the higher band
    QCOMPARE(model.band(69.999999), QStringLiteral("yellow"));
    QCOMPARE(model.band(70), QStringLiteral("green"));
    // Through the whole computation: a property measure that scores exactly 40 and 70.
    World world;
    world.accounts = {{QStringLiteral("forty"), "pro", "Retail", {}, {}, 40.0, {}},
                      {QStringLiteral("seventy"), "pro", "Retail", {}, {}, 70.0, {}}};
    makeProject(world);
    HealthModel only;
    HealthMeasure csat{QStringLiteral("property:csat")}; // 0..100 as it is
    only.measures = {csat};
    only.asOfDay = s_origin;
    const AnalysisOutcome outcome = compute(HealthModel::toJson(only));
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.table.rows[0][1].toDouble(), 40.0);
    QCOMPARE(outcome.table.rows[0][2].toString(), QStringLiteral("yellow"));
    QCOMPARE(outcome.table.rows[1][1].toDouble(), 70.0);
    QCOMPARE(outcome.table.rows[1][2].toString(), QStringLiteral("green"));
}

void TestCrmAnalyses::measuresWithoutData()
{
    // No NPS, no seats, no renewal date, no persons: each measure without data is skipped and
    // the rest renormalised; an account with no measure at all has no score, never 0.
    World world;
    world.accounts = {{QStringLiteral("empty"), "pro", "Retail", {}, {}, {}, {}},
                      {QStringLiteral("used"), "pro", "Retail", {}, {}, {}, {}}};
    world.persons = {{QStringLiteral("u1"), QStringLiteral("used"), "admin"},
                     {QStringLiteral("u2"), QStringLiteral("used"), "viewer"}};
    for (int d = 0; d < 10; ++d)
        world.events.push_back({QStringLiteral("u1"), "a", s_origin + d * s_day});
    makeProject(world);
    HealthModel model = HealthModel::defaults();
    model.asOfDay = s_origin + 9 * s_day;
    const AnalysisOutcome outcome = compute(HealthModel::toJson(model));
    QVERIFY(!outcome.failure);
    const QVariantList empty = outcome.table.rows[0], used = outcome.table.rows[1];
    QCOMPARE(empty[0].toString(), QStringLiteral("empty"));
    for (int c = 1; c < empty.size(); ++c)
        if (c != 2)
            QVERIFY2(!empty[c].isValid() || empty[c].isNull(), qPrintable(QString::number(c)));
    QCOMPARE(empty[2].toString(), QString());
    // seats fall back to the account's 2 persons: 1 active = 50; usage doubled from nothing =
    // 100; no key events, NPS or renewal date: (50 + 100) / 2.
    QCOMPARE(used[4].toDouble(), 50.0);
    QCOMPARE(used[5].toDouble(), 100.0);
    QVERIFY(!used[6].isValid() && !used[7].isValid() && !used[8].isValid());
    QCOMPARE(used[1].toDouble(), 75.0);
    // The accounts table says the same: no seats property, so its seats cell is empty.
    AccountsQuery accounts;
    accounts.asOfDay = model.asOfDay;
    const AnalysisOutcome list = compute(AccountsKind::toJson(accounts));
    QVERIFY(!list.failure);
    QVERIFY(!list.table.rows[1][5].isValid());
    QCOMPARE(list.table.rows[1][6].toLongLong(), 1);
    QCOMPARE(list.table.rows[1][7].toDouble(), 75.0);
    QVERIFY(!list.table.rows[1][11].isValid()); // no NPS answers
}

void TestCrmAnalyses::allWeightsZeroGiveNoScore()
{
    World world;
    world.accounts
        = {{QStringLiteral("acc"), "pro", "Retail", 4.0, 1000.0, 3.0, s_origin + 100 * s_day}};
    makeProject(world);
    HealthModel model = HealthModel::defaults();
    for (HealthMeasure &measure : model.measures)
        measure.weight = 0;
    model.asOfDay = s_origin;
    const AnalysisOutcome outcome = compute(HealthModel::toJson(model));
    QVERIFY(!outcome.failure);
    QVERIFY(!outcome.table.rows[0][1].isValid());
    QCOMPARE(outcome.table.rows[0][2].toString(), QString());
    QVERIFY(outcome.table.rows[0][8].isValid()); // the measure itself still shows its value
}

void TestCrmAnalyses::segmentWeights()
{
    World world;
    const std::optional<qint64> renewal = s_origin + 90 * s_day; // 50 as of s_origin
    world.accounts = {{QStringLiteral("big"), "enterprise", "Retail", {}, {}, 5.0, renewal},
                      {QStringLiteral("small"), "pro", "Retail", {}, {}, 5.0, renewal}};
    makeProject(world);
    HealthModel model;
    HealthMeasure csat{QStringLiteral("property:csat")}; // 100
    csat.low = 1;
    csat.high = 5;
    model.measures = {csat, {QStringLiteral("renewal")}};
    model.segmentBy = QStringLiteral("plan");
    model.segmentWeights[QStringLiteral("enterprise")] = {{QStringLiteral("renewal"), 3}};
    model.asOfDay = s_origin - s_day;
    const AnalysisOutcome outcome = compute(HealthModel::toJson(model));
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.table.rows[0][4].toDouble(), 100.0);
    QCOMPARE(outcome.table.rows[0][5].toDouble(), 50.0);
    QCOMPARE(outcome.table.rows[0][1].toDouble(), (100.0 + 3 * 50.0) / 4); // enterprise
    QCOMPARE(outcome.table.rows[1][1].toDouble(), 75.0);                   // the model's weights
}

void TestCrmAnalyses::wonDealWithoutAmount()
{
    World world;
    world.accounts = {{QStringLiteral("acc"), "pro", "Retail", {}, {}, {}, {}}};
    Deal paid{QStringLiteral("d1"), "acc", "", "ads", "won", "", 1000.0, s_origin, {}};
    Deal unpaid{QStringLiteral("d2"), "acc", "", "ads", "Closed Won", "", {}, s_origin, {}};
    world.deals = {paid, unpaid};
    makeProject(world);
    const AnalysisOutcome outcome = compute(PipelineEngine::toJson(PipelineQuery()));
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.table.rows[0][3].toLongLong(), 2);    // both won
    QCOMPARE(outcome.table.rows[0][6].toDouble(), 1000.0); // revenue from the one with an amount
    QCOMPARE(outcome.table.rows[0][7].toDouble(), 500.0);  // won revenue / won
    QVERIFY(!outcome.table.rows[0][8].isValid());          // no closing dates: no cycle
}

void TestCrmAnalyses::dealClosedBeforeCreatedIsRejected()
{
    freshProject();
    const QString file = m_dir->filePath(QStringLiteral("deals.csv"));
    writeFile(file,
              "deal_id,stage,created,closed\n"
              "d1,won,2026-01-05,2026-01-20\n"
              "d2,won,2026-02-05,2026-01-20\n");
    ImportRequest request;
    request.kind = ImportKind::Deals;
    request.file = file;
    JobContext context;
    const ImportOutcome outcome = ImportJob::run(*m_store, request, context);
    QVERIFY(!outcome.failure);
    QCOMPARE(outcome.summary.rowsImported, 1);
    QCOMPARE(outcome.summary.rowsRejected, 1);
    const RowReject &reject = outcome.summary.firstRejects.first();
    QCOMPARE(reject.line, 3);
    QCOMPARE(reject.column, 4);
    QCOMPARE(reject.columnName, QStringLiteral("closed"));
    QVERIFY(reject.message.contains("before created"));
}

void TestCrmAnalyses::clearErrors()
{
    // An empty project: each kind says what is missing instead of an empty table.
    World world;
    world.persons = {{QStringLiteral("u1"), QString(), "admin"}};
    world.events = {{QStringLiteral("u1"), "a", s_origin}};
    freshProject();
    import(ImportKind::Events, QStringLiteral("user_id,event,time\nu1,a,2026-03-01T00:00:00Z\n"));
    JobContext context;
    m_index = EventIndex::build(*m_store, context);
    const QVector<QPair<QJsonObject, QString>> cases{
        {PipelineEngine::toJson(PipelineQuery()), QStringLiteral("no deals")},
        {ChannelRoi::toJson(RoiQuery()), QStringLiteral("no spend, leads or deals")},
        {HealthModel::toJson(HealthModel::defaults()), QStringLiteral("no accounts")},
        {AccountsKind::toJson(AccountsQuery()), QStringLiteral("no accounts")},
        {RenewalQuadrant::toJson(QuadrantQuery()), QStringLiteral("no accounts")},
        {LeadScoring::toJson(LeadModel::defaults()), QStringLiteral("no leads")},
    };
    for (const auto &[definition, says] : cases) {
        const AnalysisOutcome outcome = compute(definition);
        QVERIFY(outcome.failure);
        QVERIFY2(outcome.failure->message.contains(says), qPrintable(outcome.failure->message));
    }
    QuadrantQuery missingModel;
    missingModel.model = QStringLiteral("Nope");
    const AnalysisOutcome outcome = compute(RenewalQuadrant::toJson(missingModel));
    QVERIFY(outcome.failure && outcome.failure->message.contains(QLatin1String("'Nope'")));
}

QTEST_GUILESS_MAIN(TestCrmAnalyses)
#include "tst_crmanalyses.moc"

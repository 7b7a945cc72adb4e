// SPDX-License-Identifier: MIT
#include "samplegenerator.h"

#include "analysis/abjson.h"
#include "analysis/calendar.h"
#include "analysis/funneljson.h"
#include "analysis/heatmapjson.h"
#include "analysis/pathjson.h"
#include "analysis/retentionjson.h"
#include "analysis/trendjson.h"
#include "import/importkind.h"
#include "import/rowwriter.h"
#include "import/timeparser.h"
#include "jobs/heavywork.h"
#include "jobs/jobcontext.h"
#include "store/projectstore.h"
#include "store/savedanalysisstore.h"
#include "store/sqlitestatement.h"

#include <QByteArray>
#include <QVector>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace Quadrant {

namespace {

constexpr qint64 s_minute = 60 * 1000;
constexpr qint64 s_hour = 60 * s_minute;
constexpr qint64 s_day = 24 * s_hour;
constexpr int s_days = 90;

// Deterministic draws built only on mt19937_64's raw output (the standard library's
// distributions differ between implementations).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}
    double uniform() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    double exponential(double mean) { return -std::log(1.0 - uniform()) * mean; }
    double logNormal(double median, double sigma)
    {
        const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
        const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
        return median * std::exp(sigma * z);
    }
    template<typename T>
    const T &pick(const QVector<T> &items)
    {
        return items[below(int(items.size()))];
    }
    int weighted(const QVector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

private:
    std::mt19937_64 m_engine;
};

const QVector<QByteArray> s_industries{"Software",
                                       "Finance",
                                       "Healthcare",
                                       "Retail",
                                       "Manufacturing",
                                       "Education",
                                       "Media",
                                       "Logistics"};
const QVector<QByteArray> s_plans{"free", "starter", "pro", "enterprise"};
const QVector<QByteArray> s_roles{
    "admin", "manager", "analyst", "developer", "viewer", "executive"};
const QVector<QByteArray> s_channels{
    "organic", "paid_search", "social", "referral", "email", "partner"};
const QVector<QByteArray> s_owners{
    "Ana Ruiz", "Ben Okafor", "Chloe Martin", "Dev Patel", "Emma Larsen", "Felix Wong"};
const QVector<QByteArray> s_namePrefix{"North",
                                       "Blue",
                                       "Bright",
                                       "Iron",
                                       "Silver",
                                       "Green",
                                       "Swift",
                                       "Clear",
                                       "Summit",
                                       "Harbor",
                                       "Pine",
                                       "Atlas",
                                       "Nova",
                                       "Cedar",
                                       "Vector",
                                       "Maple"};
const QVector<QByteArray> s_nameSuffix{"wind",
                                       "stone",
                                       "field",
                                       "bridge",
                                       "line",
                                       "works",
                                       "point",
                                       "gate",
                                       "path",
                                       "wave",
                                       "forge",
                                       "ridge"};
const QVector<QByteArray> s_companyKind{"Labs",
                                        "Group",
                                        "Systems",
                                        "Health",
                                        "Retail",
                                        "Logistics",
                                        "Media",
                                        "Bank",
                                        "Analytics",
                                        "Foods"};

// Product features and who uses them: weight per role (admin, manager, analyst, developer,
// viewer, executive).
struct Feature
{
    QByteArray name;
    QByteArray source;
    std::array<double, 6> roleWeight;
};
const QVector<Feature> s_features{
    {"dashboard_viewed", "app", {3, 4, 3, 1, 5, 5}},
    {"report_created", "app", {1, 2, 5, 0.5, 0.2, 0.3}},
    {"report_shared", "app", {0.5, 2, 2, 0.2, 0.1, 0.5}},
    {"search", "app", {2, 2, 3, 2, 2, 1}},
    {"filter_applied", "app", {1, 2, 4, 1, 2, 0.5}},
    {"export_csv", "app", {0.5, 1, 3, 0.5, 0.2, 0.2}},
    {"alert_created", "app", {1, 1, 1.5, 1, 0.1, 0.2}},
    {"comment_added", "app", {1, 2, 1, 0.5, 1, 1}},
    {"integration_connected", "app", {1.5, 0.2, 0.3, 2, 0, 0}},
    {"settings_changed", "app", {3, 0.5, 0.2, 0.5, 0.1, 0.1}},
    {"api_call", "server", {0.5, 0, 0.5, 6, 0, 0}},
    {"sync_completed", "server", {1, 0.2, 0.5, 2, 0.1, 0.1}},
};

struct Account
{
    QByteArray id, name, industry, plan, owner;
    double arr = 0;
    qint64 contractStart = 0, renewal = 0;
    double health = 0.5; // 0..1: how engaged its people are
    double growth = 0;   // usage trend over the 90 days
    int seats = 0;
};

struct Person
{
    QByteArray id, anonymousId, accountId, role, channel, plan;
    int account = -1;
    int roleIndex = 0;
    qint64 signup = 0;
    bool signedUpInRange = false;
    qint64 churn = 0;
    double activity = 1;
    QByteArray variant; // pricing-page experiment: A or B, empty if not enrolled
};

// Builds MappedRows for one kind and hands them to that kind's writer.
class Batch
{
public:
    Batch(sqlite3 *db, ImportKind kind)
        : m_db(db)
        , m_spec(kindSpec(kind))
        , m_writer(RowWriter::create(kind))
    {}

    std::optional<Failure> begin(qint64 expectedRows)
    {
        SqliteStatement log;
        if (auto f
            = log.prepare(m_db,
                          "INSERT INTO import_log(kind, file, started_at, finished_at, rows_read,"
                          " rows_imported, rows_rejected, settings) VALUES (?, '(built-in "
                          "sample)', ?, ?, 0, 0, 0, '{}')"))
            return f;
        const QByteArray name = m_spec.name.toUtf8();
        log.bindText(1, name);
        log.bind(2, TimeParser::daysFromCivil(2026, 11, 1) * s_day);
        log.bind(3, TimeParser::daysFromCivil(2026, 11, 1) * s_day);
        if (!log.execute())
            return Failure(log.errorText());
        m_importId = sqlite3_last_insert_rowid(m_db);
        return m_writer->begin(m_db, m_importId, expectedRows);
    }

    void clear()
    {
        m_row.values.assign(size_t(m_spec.fields.size()), FieldValue());
        m_properties.resize(0);
        m_texts.clear();
    }
    void text(const char *field, const QByteArray &value)
    {
        m_texts.push_back(value);
        FieldValue &v = m_row.values[size_t(m_spec.fieldIndex(QString::fromLatin1(field)))];
        v.type = FieldValue::Type::Text;
        v.text = QByteArrayView(m_texts.back());
    }
    void integer(const char *field, qint64 value)
    {
        FieldValue &v = m_row.values[size_t(m_spec.fieldIndex(QString::fromLatin1(field)))];
        v.type = FieldValue::Type::Integer;
        v.integer = value;
    }
    void real(const char *field, double value)
    {
        FieldValue &v = m_row.values[size_t(m_spec.fieldIndex(QString::fromLatin1(field)))];
        v.type = FieldValue::Type::Real;
        v.real = value;
    }
    void property(const char *key, const QByteArray &value)
    {
        m_properties.append(m_properties.isEmpty() ? '{' : ',');
        appendJsonString(m_properties, key);
        m_properties.append(':');
        appendJsonString(m_properties, value);
    }
    void numberProperty(const char *key, double value)
    {
        m_properties.append(m_properties.isEmpty() ? '{' : ',');
        appendJsonString(m_properties, key);
        m_properties.append(':');
        appendJsonNumber(m_properties, value);
    }
    std::optional<Failure> write()
    {
        if (!m_properties.isEmpty())
            m_properties.append('}');
        m_row.properties = QByteArrayView(m_properties);
        RowReject reject;
        if (m_writer->write(m_row, reject) != RowWriter::Outcome::Written)
            return Failure(QStringLiteral("sample %1: %2").arg(m_spec.name, m_writer->lastError()));
        ++m_rows;
        return std::nullopt;
    }
    std::optional<Failure> finish()
    {
        if (auto f = m_writer->finish())
            return f;
        SqliteStatement log;
        if (auto f = log.prepare(
                m_db, "UPDATE import_log SET rows_read = ?1, rows_imported = ?1 WHERE id = ?2"))
            return f;
        log.bind(1, m_rows);
        log.bind(2, m_importId);
        return log.execute() ? std::nullopt : std::optional<Failure>(Failure(log.errorText()));
    }

private:
    sqlite3 *m_db;
    const KindSpec &m_spec;
    std::unique_ptr<RowWriter> m_writer;
    qint64 m_importId = 0;
    qint64 m_rows = 0;
    MappedRow m_row;
    QByteArray m_properties;
    std::vector<QByteArray> m_texts;
};

// One generated event before it is sorted into time order.
struct PendingEvent
{
    qint64 ts;
    int person;
    int feature;    // index into the name table below
    bool anonymous; // before signup: the web visitor's device id
    QByteArray page;
};

} // namespace

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
std::optional<Failure> SampleGenerator::saveDemoAnalyses(const ProjectStore &store)
{
    FunnelQuery onboarding;
    for (const char *step :
         {"signup", "onboarding_done", "activated", "invited_teammate", "purchase"})
        onboarding.steps << EventSelector{QString::fromLatin1(step), {}};
    onboarding.windowMs = 14 * s_day;
    if (auto f = SavedAnalysisStore::save(
            store, QStringLiteral("Onboarding funnel"), FunnelJson::toJson(onboarding)))
        return f;
    FunnelQuery byChannel;
    byChannel.steps = {EventSelector{QStringLiteral("signup"), {}},
                       EventSelector{QStringLiteral("activated"), {}},
                       EventSelector{QStringLiteral("purchase"), {}}};
    byChannel.windowMs = 30 * s_day;
    byChannel.breakdown = QStringLiteral("person.channel");
    if (auto f = SavedAnalysisStore::save(
            store, QStringLiteral("Signup to purchase by channel"), FunnelJson::toJson(byChannel)))
        return f;
    RetentionQuery weekly;
    weekly.start = EventSelector{QStringLiteral("signup"), {}};
    weekly.returning = EventSelector{QStringLiteral("*"), {}};
    weekly.period = Period::Week;
    weekly.periods = 8;
    if (auto f = SavedAnalysisStore::save(
            store, QStringLiteral("Weekly retention after signup"), RetentionJson::toJson(weekly)))
        return f;

    TrendQuery bySource;
    bySource.event = EventSelector{QStringLiteral("*"), {}};
    bySource.interval = Period::Week;
    bySource.breakdown = QStringLiteral("source");
    if (auto f = SavedAnalysisStore::save(store,
                                          QStringLiteral("Weekly events, front end vs back end"),
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
            QStringLiteral("Daily active persons, last 4 weeks vs the 4 before"),
            TrendJson::toJson(activePersons)))
        return f;

    PathQuery afterSignup;
    afterSignup.anchor = QStringLiteral("signup");
    afterSignup.depth = 4;
    afterSignup.minimumWeight = 5;
    if (auto f = SavedAnalysisStore::save(store,
                                          QStringLiteral("What people do after signing up"),
                                          PathJson::toJson(afterSignup)))
        return f;

    if (auto f = SavedAnalysisStore::save(
            store, QStringLiteral("When people are active"), HeatmapJson::toJson(HeatmapQuery())))
        return f;
    HeatmapQuery adoption;
    adoption.kind = HeatmapQuery::Kind::Adoption;
    adoption.by = HeatmapQuery::By::Industry;
    for (const Feature &feature : s_features)
        adoption.events << QString::fromLatin1(feature.name);
    if (auto f = SavedAnalysisStore::save(
            store, QStringLiteral("Feature adoption by industry"), HeatmapJson::toJson(adoption)))
        return f;

    AbQuery pricing;
    pricing.variantProperty = QStringLiteral("pricing_test");
    pricing.control = QStringLiteral("A");
    pricing.conversion = EventSelector{QStringLiteral("purchase"), {}};
    return SavedAnalysisStore::save(
        store, QStringLiteral("Pricing page test: purchases"), AbJson::toJson(pricing));
}

std::optional<Failure> SampleGenerator::generate(ProjectStore &store, JobContext &context)
{
    heavyWork("SampleGenerator::generate");
    if (store.isReadOnly())
        return Failure(QStringLiteral("the project is open read-only"), store.path());
    for (const TableCount &count : store.tableCounts())
        if (count.rows > 0 && count.table != QLatin1String("saved_analyses"))
            return Failure(
                QStringLiteral(
                    "the project already holds data; the sample goes into a new project"),
                store.path());

    Random random(m_options.seed);
    const qint64 start = startMs(), end = endMs();

    // Accounts: one per ten persons, at least a handful.
    QVector<Account> accounts(std::max(5, m_options.persons / 10));
    for (int i = 0; i < accounts.size(); ++i) {
        Account &a = accounts[i];
        a.id = "acc-" + QByteArray::number(i + 1).rightJustified(4, '0');
        a.name = random.pick(s_namePrefix) + random.pick(s_nameSuffix) + ' '
                 + random.pick(s_companyKind);
        a.industry = random.pick(s_industries);
        a.plan = s_plans[random.weighted({0.25, 0.35, 0.28, 0.12})];
        static const QHash<QByteArray, double> baseArr{
            {"free", 0}, {"starter", 6000}, {"pro", 24000}, {"enterprise", 120000}};
        a.arr = std::round(baseArr.value(a.plan) * (0.6 + random.uniform() * 0.9) / 100) * 100;
        a.owner = random.pick(s_owners);
        a.contractStart = start - qint64(30 + random.below(700)) * s_day;
        a.renewal = end + qint64(random.below(330) - 30) * s_day;
        // Healthcare and Finance take longer to adopt; enterprise accounts are stickier.
        a.health = std::clamp(random.uniform() * 0.8 + 0.15 + (a.plan == "enterprise" ? 0.1 : 0)
                                  - (a.industry == "Healthcare" ? 0.1 : 0),
                              0.05,
                              0.98);
        a.growth = (random.uniform() - 0.45) * 1.2;
        a.seats = 5 + random.below(a.plan == "enterprise" ? 60 : 20);
    }

    QVector<Person> persons(m_options.persons);
    for (int i = 0; i < persons.size(); ++i) {
        Person &p = persons[i];
        p.id = "u" + QByteArray::number(i + 1).rightJustified(5, '0');
        p.anonymousId = "anon-" + QByteArray::number(quint64(random.uniform() * 1e12), 36);
        if (random.chance(0.8)) {
            // Bigger accounts get more people: square the draw towards low indexes.
            const double u = random.uniform();
            p.account = int(u * u * accounts.size());
            p.accountId = accounts[p.account].id;
            p.plan = accounts[p.account].plan;
        } else {
            p.plan = "free";
        }
        p.roleIndex = random.weighted({1, 1.5, 2, 2, 2.5, 0.6});
        p.role = s_roles[p.roleIndex];
        p.channel = s_channels[random.weighted({3, 2.5, 1.5, 1, 1, 0.8})];
        p.signedUpInRange = random.chance(0.55);
        p.signup = p.signedUpInRange ? start + qint64(random.uniform() * (s_days - 3) * s_day)
                                     : start - qint64(1 + random.below(400)) * s_day;
        const double health = p.account >= 0 ? accounts[p.account].health : 0.35;
        p.activity = std::max(0.05, random.logNormal(0.7, 0.6) * (0.4 + health));
        // Churn: unhealthy accounts lose people during the quarter.
        const double lifetime = random.exponential(40 + 200 * health) * s_day;
        p.churn = std::max(p.signup, start) + qint64(lifetime);
        if (random.chance(0.5))
            p.variant = random.chance(0.5) ? "A" : "B";
    }

    // Event names: the funnel, the web pages, then the product features.
    QVector<QByteArray> names{"signup",
                              "onboarding_done",
                              "activated",
                              "invited_teammate",
                              "purchase",
                              "page_view",
                              "pricing_viewed",
                              "checkout_started",
                              "login"};
    QVector<QByteArray> sources{"web", "app", "app", "app", "server", "web", "web", "web", "app"};
    const int featureBase = int(names.size());
    for (const Feature &f : s_features) {
        names << f.name;
        sources << f.source;
    }
    enum { Signup, Onboarding, Activated, Invited, Purchase, PageView, Pricing, Checkout, Login };

    std::vector<PendingEvent> events;
    events.reserve(size_t(m_options.persons) * 90);
    const QVector<QByteArray> pages{"/", "/features", "/pricing", "/customers", "/blog", "/docs"};
    auto workHour = [&](qint64 day) {
        // Office hours with a lunch dip, a little evening use; weekends are quieter.
        const int weekday = int(((day / s_day) + 3) % 7); // 0 = Monday
        double hour = weekday >= 5 ? 10 + random.uniform() * 10 : random.logNormal(13, 0.25);
        hour = std::clamp(hour, 6.0, 23.5);
        return day + qint64(hour * s_hour) + random.below(int(s_hour / 1000)) * 1000;
    };
    for (int i = 0; i < persons.size(); ++i) {
        Person &p = persons[i];
        const double health = p.account >= 0 ? accounts[p.account].health : 0.35;
        const double growth = p.account >= 0 ? accounts[p.account].growth : 0;
        qint64 t = p.signup;
        if (p.signedUpInRange) {
            // Anonymous web visits before signing up; the A/B test runs on the pricing page.
            const int visits = 1 + random.below(3);
            for (int v = 0; v < visits; ++v) {
                qint64 vt = p.signup - qint64(random.exponential(2.0) * s_day) - s_hour;
                if (vt < start)
                    vt = start + random.below(3600) * 1000;
                events.push_back({vt, i, PageView, true, random.pick(pages)});
                if (random.chance(0.6))
                    events.push_back({vt + 40000, i, Pricing, true, "/pricing"});
            }
            events.push_back({t, i, Signup, false, {}});
            if (random.chance(0.7))
                events.push_back({t + 30000 + random.below(300) * 1000,
                                  i,
                                  random.chance(0.5) ? PageView : Pricing,
                                  false,
                                  "/welcome"});
            // Onboarding funnel with decaying conversion and log-normal delays.
            const double boost = 0.3 + health;
            // The pricing-page test: variant B's clearer plans lift activation and purchase.
            const double lift = p.variant == "B" ? 1.45 : 1.0;
            const double stepChance[] = {
                0.72 * boost + 0.1, 0.7 * boost, 0.55 * boost * lift, 0.32 * boost * lift * lift};
            const double stepDelayHours[] = {0.3, 20, 48, 60};
            for (int step = 0; step < 4; ++step) {
                if (!random.chance(std::min(0.95, stepChance[step])))
                    break;
                t += qint64(random.logNormal(stepDelayHours[step], 1.0) * s_hour) + 1000;
                if (t >= end || t > p.churn)
                    break;
                events.push_back({t, i, Onboarding + step, false, {}});
                // What people do right after a step, so that paths have something to show.
                qint64 next = t;
                for (int k = random.below(4); k > 0; --k) {
                    next += 20000 + random.below(240) * 1000;
                    events.push_back({next, i, featureBase + random.below(6), false, {}});
                }
                if (step == 3 && random.chance(0.5))
                    events.push_back({t - 120000, i, Checkout, false, "/checkout"});
            }
        }
        // Daily use until churn: sessions of login, features and the occasional web visit.
        const qint64 from = std::max(start, p.signup + s_hour);
        const qint64 until = std::min(end, p.churn);
        for (qint64 day = from - from % s_day; day < until; day += s_day) {
            const double progress = double(day - start) / double(end - start);
            const int weekday = int(((day / s_day) + 3) % 7);
            const double rate = p.activity * (weekday >= 5 ? 0.25 : 1.0)
                                * std::max(0.1, 1 + growth * (progress - 0.5));
            if (!random.chance(std::min(0.9, rate * 0.35)))
                continue;
            const int sessions = 1 + (random.chance(rate * 0.3) ? 1 : 0);
            for (int s = 0; s < sessions; ++s) {
                qint64 ts = workHour(day);
                if (ts < from || ts >= until)
                    continue;
                events.push_back({ts, i, Login, false, {}});
                const int length = 2 + int(random.exponential(3 + 3 * health));
                for (int k = 0; k < length; ++k) {
                    ts += 5000 + qint64(random.exponential(90) * 1000);
                    if (ts >= end)
                        break;
                    QVector<double> weights;
                    for (const Feature &f : s_features) {
                        double w = f.roleWeight[size_t(p.roleIndex)];
                        // Industry flavour for the adoption heatmap.
                        if (p.account >= 0 && accounts[p.account].industry == "Finance"
                            && f.name == "export_csv")
                            w *= 3;
                        if (p.account >= 0 && accounts[p.account].industry == "Software"
                            && f.name == "api_call")
                            w *= 2;
                        if (p.account >= 0 && accounts[p.account].industry == "Healthcare"
                            && f.name == "integration_connected")
                            w *= 0.2;
                        weights << w;
                    }
                    events.push_back({ts, i, featureBase + random.weighted(weights), false, {}});
                }
                if (random.chance(0.08))
                    events.push_back({ts + 30000,
                                      i,
                                      random.chance(0.5) ? PageView : Pricing,
                                      false,
                                      random.pick(pages)});
            }
        }
        if (i % 256 == 0) {
            if (context.isCanceled())
                return Failure(QStringLiteral("canceled"));
            context.setProgress(0.4 * i / persons.size(), QStringLiteral("Generating events"));
        }
    }
    events.erase(std::remove_if(events.begin(),
                                events.end(),
                                [&](const PendingEvent &e) { return e.ts >= end; }),
                 events.end());
    std::stable_sort(
        events.begin(), events.end(), [](const PendingEvent &a, const PendingEvent &b) {
            return a.ts < b.ts || (a.ts == b.ts && a.person < b.person);
        });

    sqlite3 *db = store.handle();
    if (auto f = execSql(db, "BEGIN IMMEDIATE"))
        return f;
    auto rollback = [db](Failure failure) {
        execSql(db, "ROLLBACK");
        return std::optional<Failure>(std::move(failure));
    };

    Batch accountBatch(db, ImportKind::Accounts);
    if (auto f = accountBatch.begin(accounts.size()))
        return rollback(*f);
    for (const Account &a : accounts) {
        accountBatch.clear();
        accountBatch.text("account_id", a.id);
        accountBatch.text("name", a.name);
        accountBatch.text("industry", a.industry);
        accountBatch.text("plan", a.plan);
        accountBatch.real("arr", a.arr);
        accountBatch.integer("contract_start", a.contractStart - a.contractStart % s_day);
        accountBatch.integer("renewal_date", a.renewal - a.renewal % s_day);
        accountBatch.text("owner", a.owner);
        accountBatch.numberProperty("seats", a.seats);
        if (auto f = accountBatch.write())
            return rollback(*f);
    }
    if (auto f = accountBatch.finish())
        return rollback(*f);

    Batch personBatch(db, ImportKind::Persons);
    if (auto f = personBatch.begin(persons.size()))
        return rollback(*f);
    for (const Person &p : persons) {
        personBatch.clear();
        personBatch.text("user_id", p.id);
        if (!p.accountId.isEmpty())
            personBatch.text("account_id", p.accountId);
        personBatch.property("role", p.role);
        personBatch.property("channel", p.channel);
        personBatch.property("signup_time", Calendar::dateText(p.signup).toUtf8());
        personBatch.property("plan", p.plan);
        if (auto f = personBatch.write())
            return rollback(*f);
    }
    if (auto f = personBatch.finish())
        return rollback(*f);

    Batch eventBatch(db, ImportKind::Events);
    if (auto f = eventBatch.begin(qint64(events.size())))
        return rollback(*f);
    for (size_t e = 0; e < events.size(); ++e) {
        const PendingEvent &event = events[e];
        const Person &p = persons[event.person];
        eventBatch.clear();
        eventBatch.text("user_id", event.anonymous ? p.anonymousId : p.id);
        eventBatch.text("event", names[event.feature]);
        eventBatch.integer("time", event.ts);
        eventBatch.text("source", sources[event.feature]);
        // Onboarding happens on the free trial; a purchase is of the plan the person then has.
        eventBatch.property(
            "plan", event.feature >= Purchase || event.ts < p.signup ? p.plan : QByteArray("free"));
        if (!p.accountId.isEmpty() && !event.anonymous)
            eventBatch.property("account_id", p.accountId);
        if (!event.page.isEmpty())
            eventBatch.property("page", event.page);
        if (!p.variant.isEmpty() && sources[event.feature] == "web")
            eventBatch.property("pricing_test", p.variant);
        if (event.feature == Purchase)
            eventBatch.numberProperty("amount", p.account >= 0 ? accounts[p.account].arr / 12 : 49);
        if (auto f = eventBatch.write())
            return rollback(*f);
        if ((e & 16383) == 0)
            context.setProgress(0.4 + 0.5 * double(e) / double(events.size()),
                                QStringLiteral("Writing events"));
    }
    if (auto f = eventBatch.finish())
        return rollback(*f);

    // One-ID: the anonymous web visitor is the person who signed up.
    Batch aliasBatch(db, ImportKind::Aliases);
    if (auto f = aliasBatch.begin(persons.size()))
        return rollback(*f);
    for (const Person &p : persons) {
        if (!p.signedUpInRange)
            continue;
        aliasBatch.clear();
        aliasBatch.text("alias", p.anonymousId);
        aliasBatch.text("user_id", p.id);
        if (auto f = aliasBatch.write())
            return rollback(*f);
    }
    if (auto f = aliasBatch.finish())
        return rollback(*f);

    // Marketing: spend per paid channel per day; leads from signups; deals for accounts.
    static const QHash<QByteArray, double> dailySpend{
        {"paid_search", 420}, {"social", 260}, {"email", 40}, {"partner", 150}, {"referral", 60}};
    Batch spendBatch(db, ImportKind::Spend);
    if (auto f = spendBatch.begin(s_days * 5))
        return rollback(*f);
    for (int d = 0; d < s_days; ++d) {
        const qint64 day = start + d * s_day;
        const bool weekend = ((day / s_day) + 3) % 7 >= 5;
        for (const QByteArray &channel : s_channels) {
            if (!dailySpend.contains(channel))
                continue;
            spendBatch.clear();
            spendBatch.integer("date", day);
            spendBatch.text("channel", channel);
            spendBatch.text("campaign", channel + "-q3");
            spendBatch.real("amount",
                            std::round(dailySpend.value(channel) * (weekend ? 0.6 : 1.0)
                                       * (0.8 + random.uniform() * 0.4) * 100)
                                / 100);
            if (auto f = spendBatch.write())
                return rollback(*f);
        }
    }
    if (auto f = spendBatch.finish())
        return rollback(*f);

    Batch leadBatch(db, ImportKind::Leads);
    if (auto f = leadBatch.begin(persons.size()))
        return rollback(*f);
    int leadCount = 0;
    for (const Person &p : persons) {
        if (!p.signedUpInRange)
            continue;
        leadBatch.clear();
        leadBatch.text("lead_id", "lead-" + QByteArray::number(++leadCount).rightJustified(5, '0'));
        leadBatch.text("user_id", p.id);
        if (!p.accountId.isEmpty())
            leadBatch.text("account_id", p.accountId);
        leadBatch.text("channel", p.channel);
        leadBatch.text(
            "status",
            QVector<QByteArray>{
                "new", "qualified", "converted", "disqualified"}[random.weighted({3, 2, 2, 1})]);
        leadBatch.integer("created", p.signup);
        if (auto f = leadBatch.write())
            return rollback(*f);
    }
    if (auto f = leadBatch.finish())
        return rollback(*f);

    Batch dealBatch(db, ImportKind::Deals);
    if (auto f = dealBatch.begin(accounts.size()))
        return rollback(*f);
    int dealCount = 0;
    for (const Account &a : accounts) {
        const int deals = random.chance(0.6) ? 1 + random.below(2) : 0;
        for (int k = 0; k < deals; ++k) {
            dealBatch.clear();
            dealBatch.text("deal_id",
                           "deal-" + QByteArray::number(++dealCount).rightJustified(5, '0'));
            dealBatch.text("account_id", a.id);
            dealBatch.text("channel", s_channels[random.weighted({3, 2.5, 1.5, 1, 1, 0.8})]);
            const QByteArray stage = QVector<QByteArray>{
                "prospecting",
                "proposal",
                "negotiation",
                "closed_won",
                "closed_lost"}[random.weighted({2, 2, 1.5, 2.5 * (0.5 + a.health), 2})];
            dealBatch.text("stage", stage);
            dealBatch.real(
                "amount",
                std::round((a.arr > 0 ? a.arr * 0.5 : 8000) * (0.5 + random.uniform()) / 100)
                    * 100);
            const qint64 created = start + qint64(random.below(s_days - 20)) * s_day;
            dealBatch.integer("created", created);
            if (stage.startsWith("closed"))
                dealBatch.integer("closed", created + qint64(5 + random.below(40)) * s_day);
            if (auto f = dealBatch.write())
                return rollback(*f);
        }
    }
    if (auto f = dealBatch.finish())
        return rollback(*f);

    Batch npsBatch(db, ImportKind::Nps);
    if (auto f = npsBatch.begin(persons.size() / 3))
        return rollback(*f);
    for (const Person &p : persons) {
        if (!random.chance(0.3))
            continue;
        const double health = p.account >= 0 ? accounts[p.account].health : 0.35;
        const int score
            = std::clamp(int(std::lround(health * 10 + (random.uniform() - 0.5) * 5)), 0, 10);
        npsBatch.clear();
        npsBatch.text("user_id", p.id);
        npsBatch.text("account_id", p.accountId);
        npsBatch.integer("score", score);
        npsBatch.integer("time", start + qint64(random.uniform() * s_days * s_day));
        if (score <= 6)
            npsBatch.text("comment",
                          QVector<QByteArray>{"Too slow with big reports",
                                              "Missing the integration we need",
                                              "Hard to set up",
                                              "Pricing is unclear"}[random.below(4)]);
        else if (score >= 9)
            npsBatch.text("comment",
                          QVector<QByteArray>{"Love the dashboards",
                                              "Saves our team hours",
                                              "Great support"}[random.below(3)]);
        if (auto f = npsBatch.write())
            return rollback(*f);
    }
    if (auto f = npsBatch.finish())
        return rollback(*f);

    if (auto f = saveDemoAnalyses(store))
        return rollback(*f);
    if (!ProjectStore::bumpDataVersion(db))
        return rollback(Failure(QStringLiteral("cannot record the sample")));
    if (auto f = execSql(db, "COMMIT"))
        return rollback(*f);
    store.setMetaValue(QStringLiteral("sample_seed"), QString::number(m_options.seed));
    store.setMetaValue(QStringLiteral("sample_version"), QString::number(version));
    context.setProgress(1.0, QStringLiteral("Done"));
    return std::nullopt;
}

} // namespace Quadrant

// SPDX-License-Identifier: MIT
#include "sampleworld.h"

#include "jobs/jobcontext.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Quadrant::Sample {

namespace {

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

} // namespace

const QVector<QByteArray> &channels()
{
    return s_channels;
}

QStringList featureNames()
{
    QStringList names;
    for (const Feature &feature : s_features)
        names << QString::fromLatin1(feature.name);
    return names;
}

std::optional<Failure> buildWorld(const SampleOptions &options,
                                  qint64 start,
                                  qint64 end,
                                  Random &random,
                                  JobContext &context,
                                  World *world)
{
    // Accounts: one per ten persons, at least a handful.
    QVector<Account> &accounts = world->accounts;
    accounts.resize(std::max(5, options.persons / 10));
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

    QVector<Person> &persons = world->persons;
    persons.resize(options.persons);
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
    QVector<QByteArray> &names = world->names;
    names = {"signup",
             "onboarding_done",
             "activated",
             "invited_teammate",
             "purchase",
             "page_view",
             "pricing_viewed",
             "checkout_started",
             "login"};
    QVector<QByteArray> &sources = world->sources;
    sources = {"web", "app", "app", "app", "server", "web", "web", "web", "app"};
    const int featureBase = int(names.size());
    for (const Feature &f : s_features) {
        names << f.name;
        sources << f.source;
    }

    std::vector<PendingEvent> &events = world->events;
    events.reserve(size_t(options.persons) * 90);
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
                return Failure(QCoreApplication::translate("Quadrant", "canceled"));
            context.setProgress(0.4 * i / persons.size(),
                                QCoreApplication::translate("Quadrant", "Generating events"));
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
    // Seats bought against people using them: from half empty to full, so that seat use (and
    // with it the expansion quadrant) has something to say. A stream of its own, so that the
    // events above stay what they were.
    Random seatDraws(options.seed ^ 0x5ea75ea7ULL);
    std::vector<int> members(size_t(accounts.size()), 0);
    for (const Person &p : persons)
        if (p.account >= 0)
            ++members[size_t(p.account)];
    for (int a = 0; a < accounts.size(); ++a) {
        accounts[a].seats
            = std::max(3, int(std::lround(members[size_t(a)] * (0.9 + 1.3 * seatDraws.uniform()))));
        // A renewal date already past was renewed: the next one is a year on.
        if (accounts[a].renewal < end)
            accounts[a].renewal += 365 * s_day;
    }
    return std::nullopt;
}

} // namespace Quadrant::Sample

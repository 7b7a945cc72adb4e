// SPDX-License-Identifier: MIT
#pragma once

#include "samplegenerator.h"

#include <QByteArray>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

// The built-in sample's simulated company, before any of it is written: its accounts, its
// persons and everything they did, drawn from one seeded random stream. SampleGenerator builds
// it (buildWorld), then writes it (samplewriter.h) in the same order of draws, so that the same
// seed always gives the same project.
namespace Quadrant::Sample {

inline constexpr qint64 s_minute = 60 * 1000;
inline constexpr qint64 s_hour = 60 * s_minute;
inline constexpr qint64 s_day = 24 * s_hour;
inline constexpr int s_days = 90;

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

// The acquisition channels of persons, deals and spend.
const QVector<QByteArray> &channels();
// The product features, in the order their events follow Login.
QStringList featureNames();

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

// The event names in the order buildWorld() lists them; product features follow Login.
enum EventName {
    Signup,
    Onboarding,
    Activated,
    Invited,
    Purchase,
    PageView,
    Pricing,
    Checkout,
    Login
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

struct World
{
    QVector<Account> accounts;
    QVector<Person> persons;
    QVector<QByteArray> names, sources; // by PendingEvent::feature
    std::vector<PendingEvent> events;   // in time order
};

// Draws the accounts, the persons and their events for [start, end); fails only when canceled.
std::optional<Failure> buildWorld(const SampleOptions &options,
                                  qint64 start,
                                  qint64 end,
                                  Random &random,
                                  JobContext &context,
                                  World *world);

} // namespace Quadrant::Sample

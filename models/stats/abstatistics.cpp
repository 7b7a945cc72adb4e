// SPDX-License-Identifier: MIT
#include "abstatistics.h"

// No Boost.Math call may throw out of the statistics: an input outside a function's domain
// (alpha 0, power 1, a zero variance) gives NaN or infinity, which callers check, never an
// exception that nothing catches. These set the defaults for this file, the only one that
// includes Boost.Math.
#define BOOST_MATH_DOMAIN_ERROR_POLICY errno_on_error
#define BOOST_MATH_POLE_ERROR_POLICY errno_on_error
#define BOOST_MATH_OVERFLOW_ERROR_POLICY errno_on_error
#define BOOST_MATH_UNDERFLOW_ERROR_POLICY ignore_error
#define BOOST_MATH_DENORM_ERROR_POLICY ignore_error
#define BOOST_MATH_EVALUATION_ERROR_POLICY errno_on_error
#define BOOST_MATH_ROUNDING_ERROR_POLICY errno_on_error
#define BOOST_MATH_INDETERMINATE_RESULT_ERROR_POLICY errno_on_error

#include <algorithm>
#include <boost/math/distributions/beta.hpp>
#include <boost/math/distributions/chi_squared.hpp>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/quadrature/gauss.hpp>
#include <cmath>

namespace Quadrant::AbStatistics {

namespace {

const boost::math::normal_distribution<double> s_standardNormal(0.0, 1.0);

double twoSidedNormal(double z)
{
    return 2.0 * boost::math::cdf(boost::math::complement(s_standardNormal, std::fabs(z)));
}

} // namespace

ProportionTest proportions(double x0, double n0, double x1, double n1, double confidence)
{
    ProportionTest test;
    if (n0 <= 0 || n1 <= 0)
        return test;
    const double p0 = x0 / n0, p1 = x1 / n1;
    test.difference = p1 - p0;
    test.lift = p0 > 0 ? test.difference / p0 : nan;
    const double pooled = (x0 + x1) / (n0 + n1);
    const double pooledSe = std::sqrt(pooled * (1 - pooled) * (1 / n0 + 1 / n1));
    if (pooledSe > 0) {
        test.z = test.difference / pooledSe;
        test.pValue = twoSidedNormal(test.z);
    }
    const double se = std::sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1);
    const double q = boost::math::quantile(s_standardNormal, 0.5 + confidence / 2);
    test.ciLow = test.difference - q * se;
    test.ciHigh = test.difference + q * se;
    return test;
}

MeanTest welch(double m0, double s0, double n0, double m1, double s1, double n1, double confidence)
{
    MeanTest test;
    if (n0 < 2 || n1 < 2)
        return test;
    test.difference = m1 - m0;
    test.lift = m0 != 0 ? test.difference / m0 : nan;
    const double v0 = s0 * s0 / n0, v1 = s1 * s1 / n1;
    const double se = std::sqrt(v0 + v1);
    if (!(se > 0))
        return test;
    test.t = test.difference / se;
    test.degreesOfFreedom = (v0 + v1) * (v0 + v1) / (v0 * v0 / (n0 - 1) + v1 * v1 / (n1 - 1));
    const boost::math::students_t_distribution<double> t(test.degreesOfFreedom);
    test.pValue = 2.0 * boost::math::cdf(boost::math::complement(t, std::fabs(test.t)));
    const double q = boost::math::quantile(t, 0.5 + confidence / 2);
    test.ciLow = test.difference - q * se;
    test.ciHigh = test.difference + q * se;
    return test;
}

QVector<double> probabilityToBeBest(const QVector<double> &converters,
                                    const QVector<double> &persons)
{
    const int k = int(converters.size());
    QVector<double> result(k, nan);
    std::vector<boost::math::beta_distribution<double>> posteriors;
    for (int i = 0; i < k; ++i) {
        if (persons[i] < converters[i] || converters[i] < 0)
            return result;
        posteriors.emplace_back(1.0 + converters[i], 1.0 + persons[i] - converters[i]);
    }
    if (k == 1) {
        result[0] = 1.0;
        return result;
    }
    // P(i best) = integral of pdf_i(p) * prod_{j != i} cdf_j(p). The integrand has mass only
    // where the posteriors do, so [0, 1] is cut at each posterior's quantiles (dense in its
    // bulk) and each piece gets a fixed 20-point Gauss-Legendre rule: deterministic, and every
    // pdf and cdf is evaluated once per node for all k integrals.
    static const double levels[]
        = {1e-13, 1e-10,    1e-7,     1e-5,     1e-4,     1e-3,      0.005,    0.01, 0.02, 0.05,
           0.1,   0.15,     0.2,      0.25,     0.3,      0.35,      0.4,      0.45, 0.5,  0.55,
           0.6,   0.65,     0.7,      0.75,     0.8,      0.85,      0.9,      0.95, 0.98, 0.99,
           0.995, 1 - 1e-3, 1 - 1e-4, 1 - 1e-5, 1 - 1e-7, 1 - 1e-10, 1 - 1e-13};
    std::vector<double> cuts;
    for (const auto &posterior : posteriors)
        for (double level : levels)
            cuts.push_back(boost::math::quantile(posterior, level));
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    const auto &rule = boost::math::quadrature::gauss<double, 20>::abscissa();
    const auto &weights = boost::math::quadrature::gauss<double, 20>::weights();
    std::vector<double> totals(static_cast<size_t>(k), 0.0), pdf(static_cast<size_t>(k)),
        cdf(static_cast<size_t>(k));
    auto accumulate = [&](double p, double weight) {
        for (int i = 0; i < k; ++i) {
            pdf[size_t(i)] = boost::math::pdf(posteriors[size_t(i)], p);
            cdf[size_t(i)] = boost::math::cdf(posteriors[size_t(i)], p);
        }
        for (int i = 0; i < k; ++i) {
            double value = pdf[size_t(i)] * weight;
            for (int j = 0; j < k && value > 0; ++j)
                if (j != i)
                    value *= cdf[size_t(j)];
            totals[size_t(i)] += value;
        }
    };
    for (size_t c = 0; c + 1 < cuts.size(); ++c) {
        const double half = (cuts[c + 1] - cuts[c]) / 2, middle = (cuts[c + 1] + cuts[c]) / 2;
        // The rule stores non-negative abscissae; a zero node is listed once.
        for (size_t n = 0; n < rule.size(); ++n) {
            accumulate(middle + half * rule[n], half * weights[n]);
            if (rule[n] != 0)
                accumulate(middle - half * rule[n], half * weights[n]);
        }
    }
    for (int i = 0; i < k; ++i)
        result[i] = std::clamp(totals[size_t(i)], 0.0, 1.0);
    return result;
}

double sampleRatioPValue(const QVector<double> &observed, const QVector<double> &plannedWeights)
{
    const int k = int(observed.size());
    if (k < 2 || plannedWeights.size() != k)
        return nan;
    double total = 0, weights = 0;
    for (int i = 0; i < k; ++i) {
        total += observed[i];
        weights += plannedWeights[i];
    }
    if (total <= 0 || weights <= 0)
        return nan;
    double statistic = 0;
    for (int i = 0; i < k; ++i) {
        const double expected = total * plannedWeights[i] / weights;
        statistic += (observed[i] - expected) * (observed[i] - expected) / expected;
    }
    const boost::math::chi_squared_distribution<double> chi(k - 1);
    return boost::math::cdf(boost::math::complement(chi, statistic));
}

double sampleSizePerVariant(double baseline, double effect, double alpha, double power)
{
    const double p1 = baseline, p2 = baseline + effect;
    if (!(p1 > 0 && p1 < 1 && p2 > 0 && p2 < 1 && effect != 0 && alpha > 0 && alpha < 1 && power > 0
          && power < 1))
        return nan;
    const double za = boost::math::quantile(s_standardNormal, 1 - alpha / 2);
    const double zb = boost::math::quantile(s_standardNormal, power);
    const double mean = (p1 + p2) / 2;
    const double n = std::pow(za * std::sqrt(2 * mean * (1 - mean))
                                  + zb * std::sqrt(p1 * (1 - p1) + p2 * (1 - p2)),
                              2)
                     / (effect * effect);
    return std::ceil(n);
}

} // namespace Quadrant::AbStatistics

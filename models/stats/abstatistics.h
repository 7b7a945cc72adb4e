// SPDX-License-Identifier: MIT
#pragma once

#include <QVector>

#include <limits>

namespace Quadrant {

// The statistics of an A/B comparison, as scipy and statsmodels compute them, with
// distributions from Boost.Math. Pure functions on counts and moments.
namespace AbStatistics {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

struct ProportionTest
{
    double difference = nan;          // p_variant - p_control
    double lift = nan;                // difference / p_control
    double z = nan;                   // pooled two-proportion z (statsmodels proportions_ztest)
    double pValue = nan;              // two-sided
    double ciLow = nan, ciHigh = nan; // 95 % interval of the difference, unpooled (Wald)
};
ProportionTest proportions(double controlConverters,
                           double controlPersons,
                           double variantConverters,
                           double variantPersons,
                           double confidence = 0.95);

struct MeanTest
{
    double difference = nan, lift = nan;
    double t = nan, degreesOfFreedom = nan; // Welch-Satterthwaite
    double pValue = nan;                    // two-sided (scipy ttest_ind, equal_var=False)
    double ciLow = nan, ciHigh = nan;
};
MeanTest welch(double controlMean,
               double controlStddev,
               double controlCount,
               double variantMean,
               double variantStddev,
               double variantCount,
               double confidence = 0.95);

// P(variant i has the highest conversion rate) under Beta(1 + x, 1 + n - x) posteriors, by
// deterministic numerical integration of f_i(p) * prod_{j != i} F_j(p) over [0, 1].
QVector<double> probabilityToBeBest(const QVector<double> &converters,
                                    const QVector<double> &persons);

// Chi-square goodness of fit of the observed persons per variant against the planned split
// (scipy.stats.chisquare); returns the p-value.
double sampleRatioPValue(const QVector<double> &observed, const QVector<double> &plannedWeights);

// Persons per variant needed to detect an absolute change `minimumEffect` from `baseline`
// with a two-sided test at `alpha` and the given power (normal approximation).
double sampleSizePerVariant(double baseline,
                            double minimumEffect,
                            double alpha = 0.05,
                            double power = 0.8);

} // namespace AbStatistics
} // namespace Quadrant

#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Expected A/B statistics for tst_abstatistics, computed once with Debian's python3-scipy and
python3-statsmodels:  /usr/bin/python3 ab_expected.py > ab_expected.tsv
Two-variant probabilities to be best use the exact closed form (a sum of beta functions);
more variants use scipy.integrate.quad over the posteriors' support."""
import math
import numpy as np
from scipy import integrate, stats
from scipy.special import betaln
from statsmodels.stats.proportion import proportions_ztest

rows = []

def fmt(x):
    return 'nan' if x is None or (isinstance(x, float) and math.isnan(x)) else repr(float(x))

# Two proportions: pooled z (statsmodels), unpooled 95% Wald interval of the difference.
for x0, n0, x1, n1 in [(100, 1000, 120, 1000), (50, 500, 45, 520), (10, 100, 25, 110), (1000, 10000, 1100, 10000),
                       (3, 40, 9, 45), (200, 2000, 200, 2000), (0, 100, 5, 100), (500, 600, 520, 610),
                       (12345, 100000, 12600, 100200), (7, 700, 1, 650)]:
    z, p = proportions_ztest([x1, x0], [n1, n0])
    p0, p1 = x0 / n0, x1 / n1
    se = math.sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1)
    q = stats.norm.ppf(0.975)
    rows.append(['proportions', x0, n0, x1, n1, z, p, p1 - p0 - q * se, p1 - p0 + q * se])

# Welch's t from summary statistics (scipy), interval with Welch-Satterthwaite df.
for m0, s0, n0, m1, s1, n1 in [(10, 2, 50, 11, 2.5, 60), (100, 30, 1000, 103, 35, 1100), (5, 1, 20, 5.2, 1.1, 20),
                               (0.3, 0.1, 200, 0.28, 0.12, 180), (50, 10, 10, 60, 25, 12), (1.2, 0.4, 5000, 1.21, 0.41, 5100)]:
    t, p = stats.ttest_ind_from_stats(m1, s1, n1, m0, s0, n0, equal_var=False)
    v0, v1 = s0 * s0 / n0, s1 * s1 / n1
    df = (v0 + v1) ** 2 / (v0 * v0 / (n0 - 1) + v1 * v1 / (n1 - 1))
    q = stats.t.ppf(0.975, df)
    d = m1 - m0
    rows.append(['welch', m0, s0, n0, m1, s1, n1, t, p, df, d - q * math.sqrt(v0 + v1), d + q * math.sqrt(v0 + v1)])

def p_b_beats_a(xa, na, xb, nb):
    aa, ba, ab, bb = 1 + xa, 1 + na - xa, 1 + xb, 1 + nb - xb
    total = 0.0
    for i in range(ab):
        total += math.exp(betaln(aa + i, ba + bb) - math.log(bb + i) - betaln(1 + i, bb) - betaln(aa, ba))
    return total

def best_by_quad(counts):
    posts = [stats.beta(1 + x, 1 + n - x) for x, n in counts]
    lo = min(p.ppf(1e-15) for p in posts)
    hi = max(p.ppf(1 - 1e-15) for p in posts)
    out = []
    for i, pi in enumerate(posts):
        f = lambda p: pi.pdf(p) * np.prod([q.cdf(p) for j, q in enumerate(posts) if j != i])
        points = sorted(q.ppf(c) for q in posts for c in (0.001, 0.5, 0.999))
        value, _ = integrate.quad(f, lo, hi, points=points, epsabs=1e-14, epsrel=1e-12, limit=2000)
        out.append(value)
    return out

for counts in [[(100, 1000), (120, 1000)], [(1000, 10000), (1030, 10000)], [(3, 40), (9, 45)], [(0, 20), (1, 20)],
               [(10, 100), (12, 100), (9, 100)], [(500, 5000), (480, 5000), (530, 5000), (510, 5000)]]:
    if len(counts) == 2:
        pb = p_b_beats_a(counts[0][0], counts[0][1], counts[1][0], counts[1][1])
        best = [1 - pb, pb]
    else:
        best = best_by_quad(counts)
    rows.append(['best', ' '.join(f'{x}/{n}' for x, n in counts), ' '.join(repr(b) for b in best)])

# Sample ratio mismatch: chi-square goodness of fit against the planned split.
for observed, weights in [([5000, 5100], [1, 1]), ([4800, 5200], [1, 1]), ([3000, 3100, 2900], [1, 1, 1]),
                          ([900, 100], [9, 1]), ([1000, 1000], [1, 1]), ([880, 120], [9, 1])]:
    total = sum(observed)
    expected = [total * w / sum(weights) for w in weights]
    chi, p = stats.chisquare(observed, expected)
    rows.append(['srm', ' '.join(map(str, observed)), ' '.join(map(str, weights)), p])

for row in rows:
    print('\t'.join(str(v) if isinstance(v, (str, int)) else fmt(v) for v in row))

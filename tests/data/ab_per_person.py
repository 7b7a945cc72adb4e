#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""A per-person A/B result table like a mobile game's export (one row per player, no time):
userid, version (gate_30 control, gate_40), sum_gamerounds, retention_1 and retention_7 (TRUE/FALSE).
Deterministic. Writes ab_per_person.csv beside this script and prints what scipy says, which
tst_cli's perPersonAbMatchesScipy compares with quadrant-cli ab and the A/B view:

    /usr/bin/python3 tests/data/ab_per_person.py    (Debian's python3-scipy)

Conversion: the pooled two-proportion z-test, whose two-sided p-value equals scipy's chi-square
test of the 2x2 table without continuity correction; mean metric: scipy's Welch t-test."""
import csv
import math
import os
import random

from scipy import stats

random.seed(20261201)
here = os.path.dirname(os.path.abspath(__file__))
rows = []
for i in range(1, 1201):
    version = 'gate_30' if random.random() < 0.5 else 'gate_40'
    rounds = int(random.expovariate(1 / (52 if version == 'gate_30' else 49)))
    r1 = random.random() < (0.45 if version == 'gate_30' else 0.44)
    r7 = random.random() < (0.19 if version == 'gate_30' else 0.15)
    rows.append((f'p{i:05d}', version, rounds, 'TRUE' if r1 else 'FALSE', 'TRUE' if r7 else 'FALSE'))
with open(os.path.join(here, 'ab_per_person.csv'), 'w', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(['userid', 'version', 'sum_gamerounds', 'retention_1', 'retention_7'])
    w.writerows(rows)

def group(v):
    return [r for r in rows if r[1] == v]

a, b = group('gate_30'), group('gate_40')
for column, index in (('retention_7', 4), ('retention_1', 3)):
    xa = sum(r[index] == 'TRUE' for r in a)
    xb = sum(r[index] == 'TRUE' for r in b)
    table = [[xa, len(a) - xa], [xb, len(b) - xb]]
    chi2, p, _, _ = stats.chi2_contingency(table, correction=False)
    pooled = (xa + xb) / (len(a) + len(b))
    z = (xb / len(b) - xa / len(a)) / math.sqrt(pooled * (1 - pooled) * (1 / len(a) + 1 / len(b)))
    print(f'{column}\tpersons {len(a)} {len(b)}\tconverters {xa} {xb}\tz {z!r}\tp {p!r}')
ga = [r[2] for r in a]
gb = [r[2] for r in b]
t, p = stats.ttest_ind(gb, ga, equal_var=False)
print(f'sum_gamerounds\tmeans {sum(ga) / len(ga)!r} {sum(gb) / len(gb)!r}\tt {t!r}\tp {p!r}')

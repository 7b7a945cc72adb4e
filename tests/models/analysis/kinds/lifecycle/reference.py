#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lifecycle (ANALYSES.md) computed independently from ../shared/bench's events.csv: each ISO
week's persons who viewed a dashboard as new, returning or resurrecting, and those gone dormant."""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from referencetable import events, main, week_of, week_text  # noqa: E402

ARGS = ["--event", "dashboard_viewed", "--interval", "week"]
STATUSES = ["new", "returning", "resurrecting", "dormant"]


def expected(events_csv):
    rows, first, last = events(events_csv)
    weeks = defaultdict(set)  # user -> weeks with the event
    for user, event, ts, _ in rows:
        if event == "dashboard_viewed":
            weeks[user].add(week_of(ts))
    counts = defaultdict(lambda: [0, 0, 0, 0])
    span = range(week_of(first), week_of(last) + 1)
    for active in weeks.values():
        start = min(active)
        for t in span:
            if t in active:
                counts[t][0 if t == start else 1 if t - 1 in active else 2] += 1
            elif t - 1 in active:
                counts[t][3] += 1
    table = [["", week_text(t), name, counts[t][s]] for t in span for s, name in enumerate(STATUSES)]
    return ["breakdown", "period", "status", "persons"], table


if __name__ == "__main__":
    sys.exit(main("lifecycle", ARGS, expected))

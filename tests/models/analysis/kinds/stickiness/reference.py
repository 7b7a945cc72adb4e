#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Stickiness (ANALYSES.md) computed independently from ../shared/bench's events.csv: persons by
the number of distinct days of each ISO week they viewed a report, by the event's plan."""
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from referencetable import DAY, events, main, week_of, week_text  # noqa: E402

ARGS = ["--event", "report_viewed", "--interval", "week", "--breakdown", "event.plan"]


def expected(events_csv):
    rows, first, last = events(events_csv)
    days = defaultdict(set)  # (plan, week, user) -> days
    for user, event, ts, row in rows:
        if event == "report_viewed":
            days[(row["plan"] or "(none)", week_of(ts), user)].add(ts // DAY)
    histogram = defaultdict(lambda: [0] * 8)  # (plan, week) -> persons by days
    for (plan, week, _), seen in days.items():
        histogram[(plan, week)][len(seen)] += 1
    table = []
    for plan in sorted({plan for plan, _ in histogram}, key=lambda g: (g != "(none)", g)):
        for week in range(week_of(first), week_of(last) + 1):
            counts = histogram.get((plan, week), [0] * 8)
            active = sum(counts)
            for d in range(1, 8):
                share = counts[d] / active if active else None
                table.append([plan, week_text(week), d, counts[d], share])
    return ["breakdown", "period", "days", "persons", "share"], table


if __name__ == "__main__":
    sys.exit(main("stickiness", ARGS, expected))

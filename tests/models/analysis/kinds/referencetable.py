# SPDX-License-Identifier: MIT
"""What every kind's reference.py shares: reading ../shared/bench's events.csv, and comparing
the table it expects with the one quadrant-cli printed (tests/bench/kind_references.sh)."""
import csv
import datetime
import sys

DAY = 86400000


def week_of(ts):
    """The ISO week (Monday) of a time in ms, numbered as the engine's Calendar does."""
    return (ts // DAY + 3) // 7


def week_text(week):
    start = (week * 7 - 3) * DAY
    return datetime.datetime.fromtimestamp(start / 1000, datetime.timezone.utc).strftime("%Y-%m-%d")


def events(path):
    """(user_id, event, ts, row) of every event, and the first and last time of all of them."""
    with open(path, newline="") as f:
        rows = [(r["user_id"], r["event"], int(r["ts_ms"]), r) for r in csv.DictReader(f)]
    times = [ts for _, _, ts, _ in rows]
    return rows, min(times), max(times)


def difference(header, rows, printed):
    """The first difference between the expected rows and the TSV quadrant-cli printed, or None.
    None in an expected row is an empty cell; numbers agree within 1e-9 relative."""
    with open(printed, newline="") as f:
        got = [line.rstrip("\n").split("\t") for line in f]
    if got[0] != header:
        return f"columns {got[0]} != {header}"
    if len(got) - 1 != len(rows):
        return f"{len(got) - 1} rows printed, {len(rows)} expected"
    for n, (want, have) in enumerate(zip(rows, got[1:]), start=2):
        for column, w, h in zip(header, want, have):
            if w is None:
                ok = h == ""
            elif isinstance(w, (int, float)):
                ok = h != "" and abs(float(h) - w) <= 1e-9 * max(1.0, abs(w))
            else:
                ok = h == w
            if not ok:
                return f"line {n}, {column}: printed '{h}', expected '{w}'"
    return None


def main(kind, args, expected):
    """reference.py --args prints the CLI arguments; reference.py EVENTS.CSV OUT.TSV compares."""
    if sys.argv[1:] == ["--args"]:
        print("\n".join(args))
        return 0
    problem = difference(*expected(sys.argv[1]), sys.argv[2])
    print(f"{kind} reference: {problem or 'equal'}")
    return 1 if problem else 0

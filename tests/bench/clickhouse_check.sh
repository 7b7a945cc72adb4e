#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The benchmark's 1M events pushed to a throwaway clickhouse-server: the funnel and retention
# read from the server must print exactly the local engine's tables (every column, medians
# included) and the answer every peer of ../shared/bench agreed on. Prints the push and query
# times. Skips (77) when ../shared/bench is not beside the checkout or clickhouse-server is not
# installed.
#   clickhouse_check.sh CLI [EVENTS]   (EVENTS: 1000000 by default; the data set is cached, or
#                                       read from QUADRANT_BENCH_DATA when that names its folder)
set -euo pipefail
CLI=$1
EVENTS=${2:-1000000}
USERS=$((EVENTS / 10))
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# ../shared/bench beside the checkout, or where QUADRANT_SHARED_BENCH says; the data set comes
# from the CTest fixture bench_data_1m (tests/bench/bench_data.sh).
BENCH_SOURCED=1 source "$ROOT/tests/bench/bench_data.sh"
find_bench || true
[ -f "$BENCH/gen_events.py" ] || { echo "clickhouse_check: ../shared/bench not found, skipped"; exit 77; }
EXPECTED=$(ls "$BENCH"/expected/e$EVENTS-u$USERS-s42-*.txt 2>/dev/null | head -1 || true)
CACHE=${QUADRANT_BENCH_DATA:-}
WORK=$(mktemp -d)
SERVER_DIR=$WORK/server
trap 'bash "$ROOT/tests/clickhouse/server.sh" stop "$SERVER_DIR" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
set +e
PORT=$(bash "$ROOT/tests/clickhouse/server.sh" start "$SERVER_DIR")
status=$?
set -e
[ $status -eq 77 ] && { echo "clickhouse_check: clickhouse-server not installed, skipped"; exit 77; }
[ $status -eq 0 ] || { echo "clickhouse_check: the server did not start"; exit 1; }
[ -n "$CACHE" ] || CACHE=$(bash "$ROOT/tests/bench/bench_data.sh" "$EVENTS" | tail -1)
URL=http://127.0.0.1:$PORT
P=$WORK/bench.quadrant
stat_of() { awk -v k="$1" '$1 == "stat" && $2 == k { print $3 }' "$2"; }
"$CLI" new "$P" >/dev/null
"$CLI" import "$P" --kind events --file "$CACHE/events.csv" >/dev/null
"$CLI" push "$P" --clickhouse "$URL" --database bench --stats >"$WORK/push.tsv" 2>"$WORK/push.err"
FUNNEL=(funnel "$P" --steps signup,onboarding_done,activated,invited_teammate,purchase --window 7d)
RETENTION=(retention "$P" --start signup --return '*' --periods 8 --period week)
"$CLI" "${FUNNEL[@]}" >"$WORK/funnel.local"
"$CLI" "${RETENTION[@]}" >"$WORK/retention.local"
"$CLI" "${FUNNEL[@]}" --clickhouse "$URL" --database bench --stats >"$WORK/funnel.remote" 2>"$WORK/funnel.err"
"$CLI" "${RETENTION[@]}" --clickhouse "$URL" --database bench --stats >"$WORK/retention.remote" 2>"$WORK/retention.err"
for kind in funnel retention; do
    if ! diff "$WORK/$kind.local" "$WORK/$kind.remote" >/dev/null; then
        echo "clickhouse_check: the $kind read from ClickHouse DIFFERS from the local one"
        diff "$WORK/$kind.local" "$WORK/$kind.remote" | head -5
        exit 1
    fi
done
if [ -n "$EXPECTED" ]; then
    { awk -F'\t' 'NR > 1 { print "funnel", $2, $4 }' "$WORK/funnel.remote"
      awk -F'\t' 'NR > 1 { print "retention", $2, $4, $5 }' "$WORK/retention.remote"; } >"$WORK/remote.out"
    if ! diff <(grep -E '^(funnel|retention) ' "$EXPECTED") "$WORK/remote.out" >/dev/null; then
        echo "clickhouse_check: DIFFERS from $(basename "$EXPECTED")"
        exit 1
    fi
    echo "clickhouse_check: funnel and retention from ClickHouse equal the local engine's and $(basename "$EXPECTED")"
else
    echo "clickhouse_check: funnel and retention from ClickHouse equal the local engine's"
fi
echo "events $EVENTS"
echo "time push $(stat_of query_seconds "$WORK/push.err")"
for kind in funnel retention; do
    echo "time $kind read $(stat_of open_seconds "$WORK/$kind.err") query $(stat_of query_seconds "$WORK/$kind.err") events_read $(stat_of remote_events "$WORK/$kind.err")"
done

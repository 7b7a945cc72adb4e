#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Every analysis kind with an independent reference (tests/models/analysis/kinds/KIND/
# reference.py) computed by quadrant-cli on ../shared/bench's 1M events and compared with it; and,
# when clickhouse-server is installed, computed again from the events pushed to a throwaway
# server, which must print exactly the local table. Skips (77) without ../shared/bench.
#   kind_references.sh CLI
set -euo pipefail
CLI=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BENCH_SOURCED=1 source "$ROOT/tests/bench/bench_data.sh"
find_bench || { echo "kind_references: ../shared/bench not found, skipped"; exit 77; }
CACHE=$(bash "$ROOT/tests/bench/bench_data.sh" 1000000 | tail -1)
WORK=$(mktemp -d)
SERVER_DIR=$WORK/server
trap 'bash "$ROOT/tests/clickhouse/server.sh" stop "$SERVER_DIR" >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
P=$WORK/bench.quadrant
"$CLI" new "$P" >/dev/null
"$CLI" import "$P" --kind events --file "$CACHE/events.csv" >/dev/null

URL=
set +e
PORT=$(bash "$ROOT/tests/clickhouse/server.sh" start "$SERVER_DIR")
status=$?
set -e
if [ $status -eq 0 ]; then
    URL=http://127.0.0.1:$PORT
    "$CLI" push "$P" --clickhouse "$URL" --database bench >/dev/null
elif [ $status -eq 77 ]; then
    echo "kind_references: clickhouse-server not installed, the server's part skipped"
else
    echo "kind_references: the server did not start"
    exit 1
fi

failed=0
for reference in "$ROOT"/tests/models/analysis/kinds/*/reference.py; do
    kind=$(basename "$(dirname "$reference")")
    mapfile -t ARGS < <(python3 "$reference" --args)
    "$CLI" "$kind" "$P" "${ARGS[@]}" >"$WORK/$kind.local"
    python3 "$reference" "$CACHE/events.csv" "$WORK/$kind.local" || failed=1
    if [ -n "$URL" ]; then
        "$CLI" "$kind" "$P" "${ARGS[@]}" --clickhouse "$URL" --database bench >"$WORK/$kind.remote"
        if diff "$WORK/$kind.local" "$WORK/$kind.remote" >/dev/null; then
            echo "$kind from ClickHouse: equal to the local table ($(($(wc -l <"$WORK/$kind.local") - 1)) rows)"
        else
            echo "$kind from ClickHouse: DIFFERS from the local table"
            diff "$WORK/$kind.local" "$WORK/$kind.remote" | head -5
            failed=1
        fi
    fi
done
exit $failed

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The funnel and retention of ../shared/bench on its 1M-event data set must equal the answer
# every peer agreed on (expected/). Skips (77) when ../shared/bench is not beside the checkout.
set -euo pipefail
CLI=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# ../shared/bench beside the checkout, or where QUADRANT_SHARED_BENCH says; the data set comes
# from the CTest fixture bench_data_1m (tests/bench/bench_data.sh).
BENCH_SOURCED=1 source "$ROOT/tests/bench/bench_data.sh"
find_bench || true
EXPECTED=$(ls "$BENCH"/expected/e1000000-u100000-s42-*.txt 2>/dev/null | head -1 || true)
[ -f "$BENCH/gen_events.py" ] && [ -n "$EXPECTED" ] || { echo "oracle_check: ../shared/bench not found, skipped"; exit 77; }
CACHE=$(bash "$ROOT/tests/bench/bench_data.sh" 1000000 | tail -1)
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
QUADRANT_CLI=$CLI bash "$ROOT/bench/quadrant_peer.sh" "$CACHE" >"$OUT"
if diff <(grep -E '^(funnel|retention) ' "$EXPECTED") <(grep -E '^(funnel|retention) ' "$OUT"); then
    echo "oracle_check: funnel and retention equal $(basename "$EXPECTED")"
    grep '^time ' "$OUT"
else
    echo "oracle_check: DIFFERS from $(basename "$EXPECTED")"
    exit 1
fi

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The funnel and retention of ../shared/bench on its 1M-event data set must equal the answer
# every peer agreed on (expected/). Skips (77) when ../shared/bench is not beside the checkout.
set -euo pipefail
CLI=$1
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# ../shared/bench beside the checkout, or where QUADRANT_SHARED_BENCH says, or the workplace's.
BENCH=$ROOT/../shared/bench
for candidate in "${QUADRANT_SHARED_BENCH:-}" /work/shared/bench; do
    [ -f "$BENCH/gen_events.py" ] || { [ -n "$candidate" ] && BENCH=$candidate; }
done
EXPECTED=$(ls "$BENCH"/expected/e1000000-u100000-s42-*.txt 2>/dev/null | head -1 || true)
[ -f "$BENCH/gen_events.py" ] && [ -n "$EXPECTED" ] || { echo "oracle_check: ../shared/bench not found, skipped"; exit 77; }
CACHE=${QUADRANT_BENCH_CACHE:-/tmp/quadrant-bench}/oracle-e1000000-u100000-s42-$(sha256sum "$BENCH/gen_events.py" | cut -c1-10)
if [ ! -f "$CACHE/events.csv" ]; then
    mkdir -p "$CACHE"
    python3 "$BENCH/gen_events.py" --users 100000 --events 1000000 --seed 42 --out "$CACHE" >/dev/null
fi
QUADRANT_CLI=$CLI bash "$ROOT/bench/quadrant_peer.sh" "$CACHE" >"$CACHE/quadrant.out"
if diff <(grep -E '^(funnel|retention) ' "$EXPECTED") <(grep -E '^(funnel|retention) ' "$CACHE/quadrant.out"); then
    echo "oracle_check: funnel and retention equal $(basename "$EXPECTED")"
    grep '^time ' "$CACHE/quadrant.out"
else
    echo "oracle_check: DIFFERS from $(basename "$EXPECTED")"
    exit 1
fi

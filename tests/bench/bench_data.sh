#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Shared test data: ../shared/bench's data set of EVENTS events (1M by default), generated once
# into the cache for every test that reads it. CTest runs this as the fixture `bench_data_1m`
# (FIXTURES_SETUP), so that two tests under `ctest -j2` never generate the same files at once.
#   bench_data.sh [EVENTS]     prints the data set's folder; nothing to do (exit 0, prints
#                              nothing) when ../shared/bench is not beside the checkout
# Sourced by the checks (BENCH_SOURCED=1) for find_bench and cache_of only.
set -euo pipefail

# ../shared/bench beside the checkout (relative to it only), or where QUADRANT_SHARED_BENCH says.
find_bench() {
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    BENCH=${QUADRANT_SHARED_BENCH:-$root/../shared/bench}
    [ -f "$BENCH/gen_events.py" ]
}

# The cache folder of EVENTS events with a tenth as many users, seed 42, for this generator.
cache_of() {
    local events=$1
    echo "${QUADRANT_BENCH_CACHE:-/tmp/quadrant-bench}/oracle-e$events-u$((events / 10))-s42-$(sha256sum "$BENCH/gen_events.py" | cut -c1-10)"
}

[ "${BENCH_SOURCED:-}" = 1 ] && return 0

EVENTS=${1:-1000000}
find_bench || { echo "bench_data: ../shared/bench not found; nothing to generate"; exit 0; }
CACHE=$(cache_of "$EVENTS")
if [ ! -f "$CACHE/events.csv" ]; then
    # Generated beside and renamed into place whole: a folder that exists is complete.
    mkdir -p "$(dirname "$CACHE")"
    WORK=$(mktemp -d "$CACHE.partial.XXXXXX")
    trap 'rm -rf "$WORK"' EXIT
    python3 "$BENCH/gen_events.py" --users $((EVENTS / 10)) --events "$EVENTS" --seed 42 --out "$WORK" >/dev/null
    rm -rf "$CACHE"
    mv "$WORK" "$CACHE"
fi
echo "$CACHE"

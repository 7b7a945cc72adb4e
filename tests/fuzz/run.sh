#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the libFuzzer targets with clang, ASan and UBSan in build-fuzz/ and runs each for a
# while on its corpus (tests/fuzz/corpus/TARGET; new inputs go to build-fuzz/corpus/TARGET).
#
#   bash tests/fuzz/run.sh [SECONDS_EACH] [TARGET...]     (default 60 s, every target)
#
# Exit 1 if a target finds a crash; the input is in build-fuzz/findings/. Two targets run at a
# time (two cores).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BUILD=${QUADRANT_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(csv text xlsx jsonlines project blocks clickhouse)

CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQUADRANT_FUZZ=ON -DQUADRANT_SANITIZE="address;undefined" >/dev/null
cmake --build "$BUILD" -j2 --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

mkdir -p "$BUILD/findings"
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1 QT_QPA_PLATFORM=offscreen
run_one() {
    local target=$1 corpus="$BUILD/corpus/$1"
    mkdir -p "$corpus"
    local max_len=65536
    [ "$target" = project ] && max_len=400
    # `|| status=$?`: under set -e a finding would end this function before it says so.
    local status=0
    "$BUILD/tests/fuzz/fuzz_$target" "$corpus" "$ROOT/tests/fuzz/corpus/$target" \
        -max_total_time="$SECONDS_EACH" -max_len=$max_len -rss_limit_mb=2048 -timeout=20 \
        -artifact_prefix="$BUILD/findings/$target-" -print_final_stats=1 >"$BUILD/fuzz_$target.log" 2>&1 \
        || status=$?
    local runs
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$BUILD/fuzz_$target.log" | grep -o '[0-9]*$' || echo '?')
    if [ $status -eq 0 ]; then
        echo "fuzz $target: ${SECONDS_EACH}s, $runs inputs, no finding"
    else
        echo "fuzz $target: FINDING (exit $status), see $BUILD/fuzz_$target.log and $BUILD/findings/"
        tail -40 "$BUILD/fuzz_$target.log"
    fi
    return $status
}
failed=0
pids=()
for target in "${TARGETS[@]}"; do
    run_one "$target" &
    pids+=($!)
    if [ ${#pids[@]} -ge 2 ]; then
        wait "${pids[0]}" || failed=1
        pids=("${pids[@]:1}")
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed

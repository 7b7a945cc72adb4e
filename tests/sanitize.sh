#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the engine, quadrant-cli and their tests with clang and a sanitizer, and runs those
# tests (the GUI tests stay with the normal build). Any sanitizer report fails the run.
#
#   bash tests/sanitize.sh address      # ASan + UBSan, -fno-sanitize-recover (build-asan/)
#   bash tests/sanitize.sh thread       # TSan on the engine tests (build-tsan/)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
KIND=${1:-address}
case "$KIND" in
    address) SANITIZE="address;undefined"; BUILD=${QUADRANT_ASAN_BUILD_DIR:-$ROOT/build-asan}; LABELS="engine|cli"; EXCLUDE="" ;;
    # TSan's fork handling aborts in QProcess: the tests that start quadrant-cli stay out.
    thread) SANITIZE="thread"; BUILD=${QUADRANT_TSAN_BUILD_DIR:-$ROOT/build-tsan}; LABELS="engine"; EXCLUDE="|tst_crashsafety" ;;
    *) echo "sanitize.sh: address or thread" >&2; exit 2 ;;
esac
CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DQUADRANT_SANITIZE="$SANITIZE" >/dev/null
# Only what the chosen tests run: the CLI and the engine and CLI test programs.
mapfile -t TESTS < <(ctest --test-dir "$BUILD" -N -L "$LABELS" | sed -n 's/^ *Test *#[0-9]*: *//p')
TARGETS=(quadrant-cli)
for test in "${TESTS[@]}"; do
    # The 1M-event tests and their data fixture (scripts named *_1m, not programs) stay out.
    case "$test" in *_1m) ;; *) TARGETS+=("$test") ;; esac
done
cmake --build "$BUILD" -j2 --target "${TARGETS[@]}"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$ROOT/tests/tsan.supp"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD" -L "$LABELS" -E "_1m\$$EXCLUDE" --output-on-failure -j2 --timeout 1200

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Set up a Debian 12 machine for Quadrant, build it, and run it or its tests.
#
#   bash packaging/dev.sh sample   # install, build, open the workbench on the sample project
#   bash packaging/dev.sh test     # install, build, run every test (offscreen)
#   bash packaging/dev.sh build    # install and build only
#   bash packaging/dev.sh hardening  # ASan+UBSan tests of the engine and CLI, 60 s per fuzzer (CI)
#   bash packaging/dev.sh package  # build the Debian package, install it with apt, check it (CI)
#
# Installing needs root or sudo; it is skipped when every package is already there.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${QUADRANT_BUILD_DIR:-$ROOT/build}
PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libxkbcommon-dev qt6-svg-dev libqt6sql6-sqlite libqcustomplot-dev
    libsqlite3-dev libzstd-dev qt6-l10n-tools qt6-tools-dev qt6-translations-l10n libquazip1-qt6-dev libboost-math-dev
    libbenchmark-dev xvfb xauth sqlite3 python3 fonts-wqy-microhei poppler-utils
    clang libclang-rt-14-dev clang-format
)
# Only the tests need a ClickHouse server (they start their own, on free ports, and stop it);
# the workbench and the package do not. Debian starts the packaged service on install:
# `sudo systemctl disable --now clickhouse-server` stops it for good.
TEST_PACKAGES=(clickhouse-server clickhouse-client curl)

log() { echo "dev.sh: $*" >&2; }

setup() {
    local wanted=("${PACKAGES[@]}")
    [ "${1:-}" = tests ] && wanted+=("${TEST_PACKAGES[@]}")
    local missing=()
    for package in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "all ${#wanted[@]} Debian packages present"
        return
    fi
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    log "installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${wanted[@]}" >/dev/null
}

build() {
    cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DQUADRANT_WERROR=ON >/dev/null
    cmake --build "$BUILD" -j2
}

run_tests() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD" --output-on-failure -j2 --timeout 600
}

open_sample() {
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        log "no display found: running under Xvfb; a screenshot goes to $BUILD/sample-window.png"
        exec xvfb-run -a -s "-screen 0 1280x800x24" "$BUILD/app/quadrant" --sample --screenshot "$BUILD/sample-window.png"
    fi
    exec "$BUILD/app/quadrant" --sample
}

case "${1:-}" in
    setup) setup ;;
    build) setup; build ;;
    test) setup tests; build; run_tests ;;
    sample) setup; build; open_sample ;;
    package) setup; build; bash "$ROOT/packaging/check-package.sh" "$BUILD" ;;
    hardening) setup tests; bash "$ROOT/tests/sanitize.sh" address; bash "$ROOT/tests/fuzz/run.sh" "${QUADRANT_FUZZ_SECONDS:-60}" ;;
    *) sed -n '3,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac

#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Customer-success and sales analyses on a large book of business: the built-in sample with
# PERSONS persons (default 100,000: ~10.8 M events, 10,000 accounts, 55,000 leads), each
# analysis run 3 times through quadrant-cli (the code the window runs), median query_seconds
# printed with open_seconds and peak RSS; then the health report of every account with a score,
# as reports per second. The project is made once in DIR (default build/bench-crm).
#
#   bash bench/crm_bench.sh [PERSONS] [DIR]
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PERSONS=${1:-100000}
DIR=${2:-$ROOT/build/bench-crm}
CLI=${QUADRANT_CLI:-$ROOT/build/app/quadrant-cli}
mkdir -p "$DIR"
PROJECT="$DIR/sample-$PERSONS.quadrant"
if [ ! -f "$PROJECT" ]; then
    echo "making the sample with $PERSONS persons..." >&2
    "$CLI" sample "$PROJECT" --persons "$PERSONS" >/dev/null
fi
stat_of() { grep "^stat $1 " | awk '{print $3}'; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "| analysis | query s (median of 3) | open s | peak RSS MB |"
echo "|---|---:|---:|---:|"
for analysis in "accounts" "health --model Account health" "quadrant --model Account health" \
                "pipeline --by owner" "roi" "leads --model Lead scoring"; do
    read -r -a words <<<"$analysis"
    command=${words[0]}
    args=()
    if [ ${#words[@]} -gt 1 ]; then
        option=${words[1]}
        value="${words[*]:2}"
        args=("$option" "$value")
    fi
    queries=() opens=() rss=0
    for run in 1 2 3; do
        stats=$("$CLI" "$command" "$PROJECT" "${args[@]}" --stats 2>&1 >/dev/null)
        queries+=("$(echo "$stats" | stat_of query_seconds)")
        opens+=("$(echo "$stats" | stat_of open_seconds)")
        rss=$(echo "$stats" | stat_of peak_rss_mb)
    done
    q=$(printf '%s\n' "${queries[@]}" | median)
    o=$(printf '%s\n' "${opens[@]}" | median)
    echo "| $analysis | $q | $o | $rss |"
done
rm -rf "$DIR/reports"
stats=$("$CLI" report "$PROJECT" --each-account --out-dir "$DIR/reports" --model "Account health" \
        --stats 2>&1 >/dev/null)
reports=$(echo "$stats" | stat_of reports)
seconds=$(echo "$stats" | stat_of query_seconds)
echo
echo "health reports: $reports PDFs in $seconds s, $(awk -v r="$reports" -v s="$seconds" \
    'BEGIN {printf "%.1f", r / s}') per second (peak RSS $(echo "$stats" | stat_of peak_rss_mb) MB)"

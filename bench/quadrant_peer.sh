#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Quadrant as a peer of ../shared/bench/run_all.sh:
#   bash ../shared/bench/run_all.sh --peer-cmd "quadrant=bash $PWD/bench/quadrant_peer.sh"
# Called as: quadrant_peer.sh DATA_DIR --steps a,b,.. --window 7d --start A --return B|'*' --periods N
# Imports DATA_DIR/events.csv into a fresh project and prints the harness's common format:
#   load    = the import plus building the in-memory event index (open_seconds)
#   funnel, retention = the analysis alone (query_seconds of quadrant-cli --stats)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLI=${QUADRANT_CLI:-$HERE/../build/app/quadrant-cli}
DATA_DIR=$1; shift
STEPS=signup,onboarding_done,activated,invited_teammate,purchase WINDOW=7d START=signup RETURN='*' PERIODS=8
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) STEPS=$2; shift 2 ;;
    --window) WINDOW=$2; shift 2 ;;
    --start) START=$2; shift 2 ;;
    --return) RETURN=$2; shift 2 ;;
    --periods) PERIODS=$2; shift 2 ;;
    *) echo "quadrant_peer: unknown argument $1" >&2; exit 2 ;;
  esac
done
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
PROJECT=$WORK/bench.quadrant
stat_of() { awk -v k="$1" '$1 == "stat" && $2 == k { print $3 }' "$2"; }

"$CLI" new "$PROJECT" >/dev/null
"$CLI" import "$PROJECT" --kind events --file "$DATA_DIR/events.csv" --stats >/dev/null 2>"$WORK/import.err"
"$CLI" funnel "$PROJECT" --steps "$STEPS" --window "$WINDOW" --stats >"$WORK/funnel.tsv" 2>"$WORK/funnel.err"
"$CLI" retention "$PROJECT" --start "$START" --return "$RETURN" --periods "$PERIODS" --period week --stats \
    >"$WORK/retention.tsv" 2>"$WORK/retention.err"

awk -F'\t' 'NR > 1 { print "funnel", $2, $4 }' "$WORK/funnel.tsv"
awk -F'\t' 'NR > 1 { print "retention", $2, $4, $5 }' "$WORK/retention.tsv"
load=$(awk -v a="$(stat_of query_seconds "$WORK/import.err")" -v b="$(stat_of open_seconds "$WORK/funnel.err")" \
    'BEGIN { printf "%.4f", a + b }')
echo "time load $load"
echo "time funnel $(stat_of query_seconds "$WORK/funnel.err")"
echo "time retention $(stat_of query_seconds "$WORK/retention.err")"

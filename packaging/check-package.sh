#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package from a build folder, installs it on this machine with apt, and
# checks it as a desktop sees it: the .desktop entry and the AppStream metainfo validate, a
# project is recognised by extension and by content, the window is the project's handler, the
# man page reads, and the installed quadrant-cli makes the sample and runs a funnel.
#
#   bash packaging/check-package.sh BUILD_DIR
set -euo pipefail
BUILD=${1:?usage: check-package.sh BUILD_DIR}
BUILD=$(cd "$BUILD" && pwd)
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
log() { echo "check-package: $*" >&2; }
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

TOOLS=(desktop-file-utils appstream xdg-utils libfile-mimeinfo-perl shared-mime-info man-db)
missing=()
for package in "${TOOLS[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    log "installing the checkers: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

OUT=$BUILD/package
rm -rf "$OUT"
(cd "$BUILD" && cpack -G DEB -B "$OUT" >/dev/null)
DEB=$(ls "$OUT"/quadrant_*.deb)
log "built $(basename "$DEB") ($(du -h "$DEB" | cut -f1))"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends --reinstall "$DEB" >/dev/null
log "installed with apt-get install $DEB"

desktop-file-validate /usr/share/applications/org.quadrant.Quadrant.desktop || fail "desktop-file-validate"
appstreamcli validate --no-net /usr/share/metainfo/org.quadrant.Quadrant.metainfo.xml >/dev/null \
    || fail "appstreamcli validate"
log "desktop entry and metainfo validate"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
[ "$(command -v quadrant-cli)" = /usr/bin/quadrant-cli ] || fail "quadrant-cli is not /usr/bin/quadrant-cli"
/usr/bin/quadrant-cli sample demo.quadrant --persons 400 --seed 7 >/dev/null
/usr/bin/quadrant-cli funnel demo.quadrant --steps signup,onboarding_done,activated,purchase --window 7d >funnel.tsv
[ "$(wc -l <funnel.tsv)" -eq 5 ] || fail "the installed funnel printed $(wc -l <funnel.tsv) lines, not a header and 4 steps"
log "installed quadrant-cli: sample and a 4-step funnel"

type=$(xdg-mime query filetype demo.quadrant)
[ "$type" = application/x-quadrant-project ] || fail "xdg-mime says $type for a project"
cp demo.quadrant mailed-without-extension
type=$(xdg-mime query filetype mailed-without-extension)
[ "$type" = application/x-quadrant-project ] || fail "xdg-mime says $type for a project without its extension"
sqlite3 plain.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1);'
type=$(xdg-mime query filetype plain.db)
[ "$type" != application/x-quadrant-project ] || fail "a plain SQLite database is taken for a project"
handler=$(xdg-mime query default application/x-quadrant-project)
[ "$handler" = org.quadrant.Quadrant.desktop ] || fail "the handler of a project is '$handler'"
log "a project is application/x-quadrant-project by extension and by content; the window opens it"

man -l /usr/share/man/man1/quadrant-cli.1.gz 2>/dev/null | grep -q "funnel PROJECT" || fail "man quadrant-cli"
QT_QPA_PLATFORM=offscreen /usr/bin/quadrant --help | grep -q -- "--sample" || fail "quadrant --help"
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/quadrant --screenshot window.png demo.quadrant
[ -s window.png ] || fail "the installed window did not open a project"
log "the installed window opened a project given on its command line"
log "package OK: $DEB"

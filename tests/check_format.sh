#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Fails when a C++ file differs from the repository's .clang-format (Debian's clang-format 14).
# Fix with: clang-format -i FILE (or git clang-format for what you changed).
set -euo pipefail
CLANG_FORMAT=${1:-clang-format}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(find app models widgets tests bench -name '*.cpp' -o -name '*.h' | sort)
if ! "$CLANG_FORMAT" --dry-run --Werror "${files[@]}" 2>/tmp/quadrant-format.$$; then
    grep -o '^[^:]*:[0-9]*:[0-9]*: error' /tmp/quadrant-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted: /'
    rm -f /tmp/quadrant-format.$$
    exit 1
fi
rm -f /tmp/quadrant-format.$$
echo "${#files[@]} files formatted as .clang-format says"

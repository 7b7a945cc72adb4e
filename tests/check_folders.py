#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fails when two folders of models/ or widgets/ include each other, directly or through
others (issue #24: analysis <-> crm, import <-> export and analysis <-> import were such
cycles). A folder's place is set by what it includes: `common` includes no other folder."""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
INCLUDE = re.compile(r'^#include "(([a-z]+)/[^"]+)"', re.M)


def folder_edges(top):
    edges = {}
    base = os.path.join(ROOT, top)
    for folder in sorted(os.listdir(base)):
        path = os.path.join(base, folder)
        if not os.path.isdir(path):
            continue
        # A folder's subfolders (analysis/kinds/stickiness/) belong to it.
        for name in sorted(os.path.relpath(os.path.join(d, f), path)
                           for d, _, files in os.walk(path) for f in files):
            if not name.endswith((".cpp", ".h")):
                continue
            with open(os.path.join(path, name), encoding="utf-8") as source:
                for included, target in INCLUDE.findall(source.read()):
                    # "export/x.h" from widgets/ may be the engine's models/export/x.h.
                    if target != folder and os.path.isfile(os.path.join(base, included)):
                        edges.setdefault(folder, {}).setdefault(target, name)
    return edges


def cycle_from(start, edges):
    """The first cycle back to `start` found by a depth-first walk, as a list of folders."""
    stack = [(start, [start])]
    seen = set()
    while stack:
        folder, path = stack.pop()
        for target in edges.get(folder, {}):
            if target == start:
                return path + [start]
            if target not in seen:
                seen.add(target)
                stack.append((target, path + [target]))
    return None


def main():
    failed = False
    for top in ("models", "widgets"):
        edges = folder_edges(top)
        reported = set()
        for folder in sorted(edges):
            cycle = cycle_from(folder, edges)
            if cycle and frozenset(cycle) not in reported:
                reported.add(frozenset(cycle))
                steps = ", ".join(
                    f"{a}/{edges[a][b]} includes {b}/" for a, b in zip(cycle, cycle[1:]))
                print(f"{top}: folders include each other: {' -> '.join(cycle)} ({steps})")
                failed = True
    if not failed:
        print("no folder of models/ or widgets/ includes itself through another")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

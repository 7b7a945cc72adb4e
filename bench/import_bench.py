#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Import benchmark: Quadrant's importer beside DuckDB's read_csv and sqlite3's .import on the
same events.csv from ../shared/bench/gen_events.py, measured in one run.

    python3 bench/import_bench.py [--events 1M] [--repeat 3] [--cli build/app/quadrant-cli]

Prints a Markdown table: seconds (median of --repeat), rows per second, peak resident memory
of the process (from wait4's rusage), the size of the file written (and per event), and each
peer's time as a multiple of Quadrant's.
DuckDB needs node and npm (the pinned @duckdb/node-api is installed once into the cache);
a peer whose tool is missing is listed as skipped."""
import argparse, os, resource, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED_BENCH = os.path.join(os.path.dirname(ROOT), 'shared', 'bench')
DUCKDB_VERSION = '1.5.6-r.1'  # the version ../shared/bench pins


def count(text):
    text = text.lower()
    if text.endswith('k'):
        return int(float(text[:-1]) * 1000)
    if text.endswith('m'):
        return int(float(text[:-1]) * 1000000)
    return int(text)


def run(command, cwd=None, stdin_text=None):
    """Runs a command; returns (wall seconds, peak RSS MB of that process, stdout)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               stdin=subprocess.PIPE if stdin_text else subprocess.DEVNULL)
    if stdin_text:
        process.stdin.write(stdin_text.encode())
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    out = process.stdout.read().decode()
    err = process.stderr.read().decode()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f'{command[0]} failed ({process.returncode}): {err.strip()[:400]}')
    return elapsed, usage.ru_maxrss / 1024.0, out + err


def ensure_data(cache, events, users, seed):
    folder = os.path.join(cache, f'import-e{events}-u{users}-s{seed}')
    csv = os.path.join(folder, 'events.csv')
    if not os.path.exists(csv):
        os.makedirs(folder, exist_ok=True)
        print(f'import_bench: generating {events} events into {folder}', file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(SHARED_BENCH, 'gen_events.py'), '--users', str(users),
                        '--events', str(events), '--seed', str(seed), '--out', folder], check=True)
    return csv


def ensure_duckdb(cache):
    if not shutil.which('node') or not shutil.which('npm'):
        return None
    folder = os.path.join(cache, 'duckdb-import')
    os.makedirs(folder, exist_ok=True)
    if not os.path.exists(os.path.join(folder, 'node_modules', '@duckdb', 'node-api', 'package.json')):
        print('import_bench: npm install @duckdb/node-api', file=sys.stderr)
        result = subprocess.run(['npm', 'install', '--no-audit', '--no-fund', '--loglevel=error',
                                 f'@duckdb/node-api@{DUCKDB_VERSION}'], cwd=folder, capture_output=True)
        if result.returncode != 0:
            return None
    shutil.copy(os.path.join(HERE, 'duckdb_import.mjs'), folder)
    return os.path.join(folder, 'duckdb_import.mjs')


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--events', default='1M')
    parser.add_argument('--users', default=None)
    parser.add_argument('--seed', type=int, default=42)
    parser.add_argument('--repeat', type=int, default=1)
    parser.add_argument('--cli', default=os.path.join(ROOT, 'build', 'app', 'quadrant-cli'))
    parser.add_argument('--cache', default=os.environ.get('QUADRANT_BENCH_CACHE', '/tmp/quadrant-bench'))
    args = parser.parse_args()
    events = count(args.events)
    users = count(args.users) if args.users else events // 10
    csv = ensure_data(args.cache, events, users, args.seed)
    work = tempfile.mkdtemp(prefix='import-bench-', dir=args.cache)

    def quadrant():
        project = os.path.join(work, 'q.quadrant')
        if os.path.exists(project):
            os.remove(project)
        run([args.cli, 'new', project])
        result = run([args.cli, 'import', project, '--kind', 'events', '--file', csv])
        return result + (os.path.getsize(project),)

    def sqlite_import(with_index):
        database = os.path.join(work, 's.db')
        script = ('CREATE TABLE events (user_id TEXT NOT NULL, event TEXT NOT NULL, ts_ms INTEGER NOT NULL, '
                  'source TEXT, plan TEXT, channel TEXT, variant TEXT);\n'
                  f".import --csv --skip 1 '{csv}' events\n")
        if with_index:
            script += 'CREATE INDEX events_user_ts ON events (user_id, ts_ms);\n'
        def go():
            if os.path.exists(database):
                os.remove(database)
            result = run(['sqlite3', database], stdin_text=script)
            return result + (os.path.getsize(database),)
        return go

    duckdb_script = ensure_duckdb(args.cache)

    def duckdb(database):
        def go():
            target = os.path.join(work, 'd.duckdb') if database else ':memory:'
            if database and os.path.exists(target):
                os.remove(target)
            result = run(['node', duckdb_script, csv, target])
            return result + (os.path.getsize(target) if database else None,)
        return go

    peers = [('quadrant-cli import (project file: compressed event blocks, persons, identities)', quadrant)]
    if shutil.which('sqlite3'):
        peers.append(('sqlite3 .import (no index, default journal)', sqlite_import(False)))
        peers.append(('sqlite3 .import + index (user_id, ts_ms)', sqlite_import(True)))
    if duckdb_script:
        peers.append(('DuckDB read_csv into a database file (2 threads)', duckdb(True)))
        peers.append(('DuckDB read_csv in memory (2 threads)', duckdb(False)))

    results = []
    for name, go in peers:
        times, memory, size = [], [], None
        try:
            for _ in range(args.repeat):
                seconds, rss, _, size = go()
                times.append(seconds)
                memory.append(rss)
            results.append((name, statistics.median(times), max(memory), size))
        except RuntimeError as error:
            results.append((name, None, str(error), None))
    shutil.rmtree(work, ignore_errors=True)

    base = results[0][1]
    size_mb = os.path.getsize(csv) / 1e6
    print(f'\n{events:,} events, {size_mb:.0f} MB CSV, median of {args.repeat} run(s), {os.cpu_count()} cores\n')
    print('| peer | seconds | rows/s | peak RSS MB | file MB | file B/event | time x quadrant |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for name, seconds, rss, size in results:
        if seconds is None:
            print(f'| {name} | failed: {rss} | | | | | |')
            continue
        file_mb = f'{size / 1e6:.0f}' if size else '-'
        per_event = f'{size / events:.1f}' if size else '-'
        print(f'| {name} | {seconds:.2f} | {events / seconds:,.0f} | {rss:.0f} | {file_mb} | {per_event} '
              f'| {seconds / base:.2f} |')


if __name__ == '__main__':
    main()

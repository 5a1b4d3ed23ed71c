#!/bin/sh
# Figures for the police spreadsheet import (issues 4 and 20): a 10,000-row and a 100,000-row
# CSV imported by `encompass-cli import` as a whole command (process start to exit, the
# commit durable) into a copy of a county-size tracker, side by side with the anchor of
# reading and storing the same CSV: the sqlite3 shell's ".import --csv" into a new file.
#
#   [ROWS="10000"] [RUNS=3] tests/bench/import_bench.sh [CLI] [COUNTY_DB]
#
# CLI defaults to build/app/encompass-cli; COUNTY_DB to /tmp/county-import.sqlite, made with
# "build/tests/bench/encompass-bench --db FILE --regenerate" (100,000 children) or, when that
# is missing, "encompass-cli --db FILE demo --children 100000". The county file is never
# changed: each run imports into a fresh copy. Each size is run RUNS times (3) and the
# medians shown. CPU seconds are shown beside the wall clock: on a shared machine the wall
# clock also measures the neighbours.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cli=${1:-$here/build/app/encompass-cli}
county=${2:-/tmp/county-import.sqlite}
runs=${RUNS:-3}
work=$(mktemp -d /tmp/import-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$county" ]; then
    echo "making $county (100,000 children)..."
    "$cli" --db "$county" demo --children 100000 >/dev/null
fi

now() { date +%s.%N; }

# A police daily file (tests/bench/police_csv.py): 1-3 children per reference; a third of the
# children are already on the tracker (same name and date of birth), the rest new.
make_csv() { # rows file
    python3 "$here/tests/bench/police_csv.py" "$county" "$1" "$2"
}

cpu_of() { # /usr/bin/time output -> user + system seconds
    awk 'END { print $(NF-1) + $NF }' "$1"
}

for rows in ${ROWS:-10000 100000}; do
    csv="$work/daily-$rows.csv"
    make_csv "$rows" "$csv"
    : >"$work/runs"
    for run in $(seq "$runs"); do
        cp "$county" "$work/t.sqlite"
        rm -f "$work/t.sqlite-wal" "$work/t.sqlite-shm"
        sync
        t0=$(now)
        /usr/bin/time -f '%U %S' -o "$work/cpu" \
            "$cli" --db "$work/t.sqlite" import "$csv" --json >"$work/out.json" || true
        t1=$(now)
        rm -f "$work/anchor.sqlite"
        s0=$(now)
        /usr/bin/time -f '%U %S' -o "$work/scpu" sqlite3 "$work/anchor.sqlite" ".import --csv $csv t"
        s1=$(now)
        echo "$t0 $t1 $(cpu_of "$work/cpu") $s0 $s1 $(cpu_of "$work/scpu") $work/out.json.$run" \
            >>"$work/runs"
        mv "$work/out.json" "$work/out.json.$run"
        rm -f "$work/t.sqlite" "$work/t.sqlite-wal" "$work/t.sqlite-shm"
    done
    python3 - "$rows" "$work/runs" <<'PY'
import json, statistics, sys
rows = int(sys.argv[1])
runs = []
for line in open(sys.argv[2]):
    t0, t1, cpu, s0, s1, scpu, out = line.split()
    o = json.load(open(out))
    runs.append({"whole": float(t1) - float(t0), "cpu": float(cpu),
                 "anchor": float(s1) - float(s0), "anchor_cpu": float(scpu), "o": o})
def med(f):
    return statistics.median(f(r) for r in runs)
def ms(key, cpu=False):
    return med(lambda r: r["o"].get("steps_cpu_ms" if cpu else "steps_ms", {}).get(key, 0))
o = runs[0]["o"]
whole, cpu, anchor, anchor_cpu = med(lambda r: r["whole"]), med(lambda r: r["cpu"]), \
    med(lambda r: r["anchor"]), med(lambda r: r["anchor_cpu"])
opened = med(lambda r: r["o"].get("open_ms", 0)) / 1000
opened_cpu = med(lambda r: r["o"].get("open_cpu_ms", 0)) / 1000
inproc = med(lambda r: r["o"].get("elapsed_ms", 0)) / 1000
inproc_cpu = med(lambda r: r["o"].get("cpu_ms", 0)) / 1000
rest = med(lambda r: r["whole"] - r["o"].get("open_ms", 0) / 1000 - r["o"].get("elapsed_ms", 0) / 1000)
rest_cpu = med(lambda r: r["cpu"] - r["o"].get("open_cpu_ms", 0) / 1000 - r["o"].get("cpu_ms", 0) / 1000)
print(f"{rows} rows ({o['new_ppns']} new PPNs, {o['new_children']} new children, "
      f"{o['matched_children']} matched, {o['for_review']} for review, {o['errors']} errors); "
      f"median of {len(runs)} runs")
print(f"  encompass-cli import, whole command  {whole:7.3f} s wall  {cpu:7.3f} s CPU")
print(f"  sqlite3 .import into a new file      {anchor:7.3f} s wall  {anchor_cpu:7.3f} s CPU")
print(f"  ratio                                {whole / anchor:7.1f}x wall  "
      f"{cpu / max(anchor_cpu, 0.001):6.1f}x CPU")
print("  where the command's time goes (wall ms / CPU ms):")
print(f"    open the database (checks, schema)  {opened * 1000:6.0f} / {opened_cpu * 1000:6.0f}")
for step in ("read", "map_rows", "plan_rows", "commit"):
    print(f"    {step:<34}  {ms(step):6.0f} / {ms(step, True):6.0f}")
print(f"    process start, report, exit        {rest * 1000:6.0f} / {rest_cpu * 1000:6.0f}")
print("  runs (whole s / CPU s / sqlite3 s): " + ", ".join(
    f"{r['whole']:.3f}/{r['cpu']:.3f}/{r['anchor']:.3f}" for r in runs))
PY
done
echo "whole command: encompass-cli's wall time from start to exit (start Qt, open and check the"
echo "database, read, map, plan, commit with its log synced, print the JSON report, close);"
echo "CPU: its user + system time. The pages of the commit are copied into the database file"
echo "by the next program that writes to it (the checkpoint), not while the command runs."
echo "process start, report, exit: the whole command less the open and the import steps."
echo "ENCOMPASS_IMPORT_PROFILE=1 makes encompass-cli print the planning and commit steps' parts."

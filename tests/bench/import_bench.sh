#!/bin/sh
# Figures for the police spreadsheet import (issue 4): a 10,000-row and a 100,000-row CSV
# imported into a copy of a county-size tracker, against the floor of reading and storing
# the same CSV: the sqlite3 shell's ".import --csv" into an empty in-memory table.
#
#   [ROWS="10000"] tests/bench/import_bench.sh [CLI] [COUNTY_DB]
#
# CLI defaults to build/app/encompass-cli; COUNTY_DB to /tmp/county-import.sqlite, made with
# "build/tests/bench/encompass-bench --db FILE --regenerate" (100,000 children) or, when that
# is missing, "encompass-cli --db FILE demo --children 100000". The county file is never
# changed: each run imports into a fresh copy. CPU seconds are shown beside the wall clock:
# on a shared machine the wall clock also measures the neighbours.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cli=${1:-$here/build/app/encompass-cli}
county=${2:-/tmp/county-import.sqlite}
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

printf '%-8s %10s %12s %10s %12s %14s %12s %8s\n' rows "import s" "in-process s" "cpu s" "in-proc cpu" "sqlite3 .import" "ratio" "new_ppns"
for rows in ${ROWS:-10000 100000}; do
    csv="$work/daily-$rows.csv"
    make_csv "$rows" "$csv"
    cp "$county" "$work/t.sqlite"
    t0=$(now)
    /usr/bin/time -f '%U %S' -o "$work/cpu" \
        "$cli" --db "$work/t.sqlite" import "$csv" --json >"$work/out.json" || true
    t1=$(now)
    s0=$(now)
    /usr/bin/time -f '%U %S' -o "$work/scpu" sqlite3 :memory: ".import --csv $csv t"
    s1=$(now)
    python3 - "$work/out.json" "$rows" "$t0" "$t1" "$s0" "$s1" "$work/cpu" "$work/scpu" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
rows = int(sys.argv[2]); t = float(sys.argv[4]) - float(sys.argv[3])
s = float(sys.argv[6]) - float(sys.argv[5]); inproc = o.get("elapsed_ms", 0) / 1000
cpu = sum(float(x) for x in open(sys.argv[7]).read().split()[-2:])
incpu = o.get("cpu_ms", 0) / 1000
scpu = sum(float(x) for x in open(sys.argv[8]).read().split()[-2:])
print(f"{rows:<8} {t:10.3f} {inproc:12.3f} {cpu:10.3f} {incpu:12.3f} {s:14.3f} {inproc / s:11.1f}x "
      f"{o['new_ppns']:8}   (errors {o['errors']}, matched {o['matched_children']}, "
      f"new children {o['new_children']}, for review {o['for_review']}; steps ms "
      f"{json.dumps(o.get('steps_ms', {}))}; steps CPU ms {json.dumps(o.get('steps_cpu_ms', {}))}; sqlite3 CPU {scpu:.3f} s, CPU ratio "
      f"{incpu / max(scpu, 0.001):.1f}x)")
PY
    rm -f "$work/t.sqlite" "$work/t.sqlite-wal" "$work/t.sqlite-shm"
done
echo "import s: encompass-cli wall time (start, open and check the database, import, exit);"
echo "cpu s: its user + system CPU time; in-proc cpu: the CPU time of the in-process part."
echo "in-process s: read + map + plan + commit, as timed by the command (elapsed_ms)."
echo "ratio: in-process time / sqlite3 .import time of the same CSV."

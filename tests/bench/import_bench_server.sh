#!/bin/sh
# The police file import on a PostgreSQL server side by side with SQLite on the same machine
# (issue 21 part 9: within 2x): the same CSV imported by `encompass-cli import` as a whole
# command into a fresh copy of a county-size tracker on each.
#
#   [ROWS=10000] [RUNS=3] tests/bench/import_bench_server.sh CLI COUNTY.sqlite SOCKET_DIR TEMPLATE
#
# COUNTY.sqlite and the server database TEMPLATE hold the same tracker: made by the same
# command, e.g. `encompass-cli --db FILE demo --children 100000 --today 2026-12-07` and the
# same with --db "postgresql:///TEMPLATE?host=SOCKET_DIR". Neither is changed: each run imports
# into a copy (a file copy; CREATE DATABASE ... TEMPLATE on the server). The server is reached
# on its Unix socket (scripts/test-pg-server). Medians of RUNS runs, wall and CPU seconds of
# the command (the server's own CPU is not in the CPU column). NAMES_FROM=FILE.sqlite takes the
# names of the children already on the tracker from another file (an empty tracker: every
# child in the CSV new).
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
cli=$1
county=$2
socket=$3
template=$4
runs=${RUNS:-3}
rows=${ROWS:-10000}
work=$(mktemp -d /tmp/import-bench-server.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$here/tests/bench/police_csv.py" "${NAMES_FROM:-$county}" "$rows" "$work/daily.csv"
now() { date +%s.%N; }
psql_admin() { psql -q -h "$socket" -d postgres -c "$1" >/dev/null; }
: >"$work/runs"
for run in $(seq "$runs"); do
    cp "$county" "$work/t.sqlite"
    sync
    t0=$(now)
    /usr/bin/time -f '%U %S' -o "$work/cpu" \
        "$cli" --db "$work/t.sqlite" import "$work/daily.csv" --json >"$work/sqlite.json" || true
    t1=$(now)
    rm -f "$work/t.sqlite" "$work/t.sqlite-wal" "$work/t.sqlite-shm"
    psql_admin "DROP DATABASE IF EXISTS import_bench_run"
    psql_admin "CREATE DATABASE import_bench_run TEMPLATE $template"
    p0=$(now)
    /usr/bin/time -f '%U %S' -o "$work/pcpu" \
        "$cli" --db "postgresql:///import_bench_run?host=$socket" import "$work/daily.csv" \
        --json >"$work/server.json" || true
    p1=$(now)
    psql_admin "DROP DATABASE import_bench_run"
    echo "$t0 $t1 $(awk 'END {print $1 + $2}' "$work/cpu") $p0 $p1 $(awk 'END {print $1 + $2}' "$work/pcpu")" \
        >>"$work/runs"
done
python3 - "$rows" "$work/runs" "$work/sqlite.json" "$work/server.json" <<'PY'
import json, statistics, sys
rows, runs = int(sys.argv[1]), [list(map(float, l.split())) for l in open(sys.argv[2])]
o, p = json.load(open(sys.argv[3])), json.load(open(sys.argv[4]))
med = lambda i: statistics.median(r[i] for r in runs)
sqlite, scpu = statistics.median(r[1] - r[0] for r in runs), med(2)
server, pcpu = statistics.median(r[4] - r[3] for r in runs), med(5)
print(f"{rows} rows ({o['new_ppns']} new PPNs, {o['new_children']} new children, "
      f"{o['matched_children']} matched, {o['for_review']} for review); median of {len(runs)}")
print(f"  SQLite file            {sqlite:7.3f} s wall  {scpu:7.3f} s CPU")
print(f"  PostgreSQL (socket)    {server:7.3f} s wall  {pcpu:7.3f} s CPU (client only)")
print(f"  ratio server/SQLite    {server / sqlite:7.2f}x wall")
same = all(o[k] == p[k] for k in ("new_ppns", "new_children", "matched_children", "for_review"))
print("  same counts on both: " + ("yes" if same else f"NO: server {p}"))
print("  runs (SQLite s / server s): " + ", ".join(f"{r[1]-r[0]:.3f}/{r[4]-r[3]:.3f}" for r in runs))
PY

#!/bin/sh
# What a user meets (issue 20), at 10,000, 100,000 and 1,000,000 children, each figure beside
# its anchor measured in the same run. One command, from the source folder, after
# `scripts/build encompass encompass-cli encompass-bench encompass-key-bench
# encompass-first-rows-floor`:
#
#   tests/bench/user_bench.sh
#   SIZES="10000 100000" REPEAT=5 tests/bench/user_bench.sh    # fewer sizes, runs per figure
#
# - Start-up: process start to the tracker's first painted rows (`encompass --db FILE
#   --quit-after-first-paint`, offscreen; median of REPEAT, with the whole run's wall time and
#   peak memory from /usr/bin/time), against the SQLite C API floor (a process without Qt that
#   opens the file and reads the same first 40 rows: encompass-first-rows-floor) and, at
#   100,000 children, LibreOffice opening the tracker's export of every child as .xlsx and as
#   .csv (`soffice --headless --convert-to csv`, process start to exit; skipped when soffice is
#   not installed: apt-get install --no-install-recommends libreoffice-calc).
# - The keystroke: a key pressed in the real window's search box to the list's repaint
#   (encompass-key-bench: QTest key events, offscreen), against the same SQL through the C API
#   (the tracker's statements alone, and everything the window ran for the key).
# - Import: `encompass-cli import` of a 10,000-row police CSV (tests/bench/police_csv.py) as a
#   whole command, process start to exit, against `sqlite3 NEW.sqlite ".import --csv FILE t"`
#   into a new file, alternating (median of IMPORT_REPEAT).
# - Peak memory of the window: after the first paint, and after typing.
# - On a PostgreSQL server (issue 21), when PG holds the conninfo of a server's maintenance
#   database (PG="$ENCOMPASS_TEST_PG" after `eval "$(scripts/test-pg-server start)"`): the same
#   file's rows copied into a new database there (`encompass-cli init`, then every table
#   through psql's \copy), then the first painted rows and the keystroke on the server, each
#   against SQLite's on the same file measured alternately in the same run (goal: within 2x).
#   The keystroke's statements per key (SQLite's trace of the same window) are each a round
#   trip to the server. The database (encompass_bench_SIZE) is dropped at the end.
#   IMPORT_REPEAT=0 LO_SIZES=0 skips the import and LibreOffice.
#
# Files (made with the demo generator when missing; never changed: every run uses a copy in a
# work folder under WORK, default /tmp):
#   DB_10000   /tmp/county-10k.sqlite     DB_100000  /tmp/county.sqlite
#   DB_1000000 /tmp/county-1m.sqlite
# Prints one table (and keeps the raw figures in user-bench-figures.tsv in the work folder when
# KEEP=1). Wall clocks on a shared machine measure the neighbours too: compare within a run.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD:-$here/build}
app=$build/app/encompass
cli=$build/app/encompass-cli
gen=$build/tests/bench/encompass-bench
keys=$build/tests/bench/encompass-key-bench
floor=$build/tests/bench/encompass-first-rows-floor
sizes=${SIZES:-10000 100000 1000000}
repeat=${REPEAT:-5}
import_repeat=${IMPORT_REPEAT:-3}
lo_sizes=${LO_SIZES:-100000}
lo_repeat=${LO_REPEAT:-3}
for b in "$app" "$cli" "$gen" "$keys" "$floor"; do
    [ -x "$b" ] || { echo "missing $b: build it first (see the top of $0)" >&2; exit 2; }
done
work=$(mktemp -d "${WORK:-/tmp}/user-bench.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
figures=$work/user-bench-figures.tsv
: >"$figures"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$work/runtime}
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f\n", b - a }'; } # seconds
put() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$figures"; } # size key value
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan";
    else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
note() { echo "$*" >&2; }

# The server's address of database $1 (PG with its dbname replaced).
pg_address() { echo "$PG" | sed -e 's/dbname=[^ ]*//' -e "s/\$/ dbname=$1/"; }

# Every row of the SQLite file $1 into the empty server database $2 (its schema made by init):
# each table's columns as the server lists them, through CSV; triggers held off while copying
# (the rows are already what they produce); the id sequences set past the copied ids.
copy_to_server() {
    src=$1; to=$(pg_address "$2")
    "$cli" --db "$to" init >/dev/null
    tables=$(psql "$to" -Atc "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
        AND tablename <> 'schema_version'")
    {
        echo "SET session_replication_role = replica;"
        echo "TRUNCATE $(echo $tables | tr ' ' ',');"
        for t in $tables; do
            cols=$(psql "$to" -Atc "SELECT string_agg(column_name, ',' ORDER BY ordinal_position)
                FROM information_schema.columns WHERE table_schema = current_schema() AND
                table_name = '$t'")
            sqlite3 -csv "$src" "SELECT $cols FROM $t" >"$work/copy-$t.csv"
            printf '%s\n' "\\copy $t($cols) FROM '$work/copy-$t.csv' CSV"
        done
        psql "$to" -Atc "SELECT 'SELECT setval(pg_get_serial_sequence(''' || table_name ||
            ''', ''id''), (SELECT coalesce(max(id), 0) + 1 FROM ' || table_name || '), false);'
            FROM information_schema.columns WHERE table_schema = current_schema() AND
            is_identity = 'YES'"
        echo "ANALYZE;"
    } >"$work/copy.sql"
    psql "$to" -q -v ON_ERROR_STOP=1 -f "$work/copy.sql" >/dev/null
    rm -f "$work"/copy-*.csv
}

# ms from process start to the first painted rows of the window on $1.
first_paint() {
    "$app" --db "$1" --quit-after-first-paint 2>/dev/null | cut -d' ' -f1
}

db_for() {
    case $1 in
    10000) echo "${DB_10000:-/tmp/county-10k.sqlite}" ;;
    100000) echo "${DB_100000:-/tmp/county.sqlite}" ;;
    1000000) echo "${DB_1000000:-/tmp/county-1m.sqlite}" ;;
    *) echo "${WORK:-/tmp}/county-$1.sqlite" ;;
    esac
}

for size in $sizes; do
    county=$(db_for "$size")
    if [ ! -f "$county" ]; then
        note "making $county ($size children) with the demo generator..."
        "$gen" --db "$county" --children "$size" --regenerate --repetitions 1 >/dev/null
    fi
    note "== $size children: $county"
    copy=$work/county.sqlite
    cp "$county" "$copy"
    put "$size" children "$(sqlite3 "$copy" 'SELECT count(*) FROM child')"
    put "$size" file_mb "$(du -m "$county" | cut -f1)"

    # Start-up, alternating with the C API floor; one untimed run of each first (page cache).
    "$app" --db "$copy" --quit-after-first-paint >/dev/null 2>&1 || true
    "$floor" "$copy" >/dev/null
    : >"$work/paint"; : >"$work/paint_wall"; : >"$work/paint_rss"; : >"$work/paint_cpu"
    : >"$work/floor"
    i=0
    while [ $i -lt "$repeat" ]; do
        /usr/bin/time -f '%e %M %U %S' -o "$work/t" "$app" --db "$copy" --quit-after-first-paint \
            >"$work/out" 2>"$work/err" || note "encompass failed: $(tail -3 "$work/err")"
        cut -d' ' -f1 "$work/out" >>"$work/paint"
        tail -1 "$work/t" | cut -d' ' -f1 >>"$work/paint_wall"
        tail -1 "$work/t" | cut -d' ' -f2 >>"$work/paint_rss"
        tail -1 "$work/t" | awk '{ print $3 + $4 }' >>"$work/paint_cpu"
        "$floor" "$copy" | cut -d' ' -f1 >>"$work/floor"
        i=$((i + 1))
    done
    put "$size" paint_ms "$(median <"$work/paint")"
    put "$size" paint_wall_s "$(median <"$work/paint_wall")"
    put "$size" paint_rss_kib "$(median <"$work/paint_rss")"
    put "$size" paint_cpu_s "$(median <"$work/paint_cpu")"
    put "$size" floor_ms "$(median <"$work/floor")"

    # LibreOffice opening the tracker's export of every child.
    case " $lo_sizes " in *" $size "*)
        if command -v soffice >/dev/null 2>&1; then
            lo="-env:UserInstallation=file://$work/lo-profile"
            python3 "$here/tests/bench/tracker_csv.py" "$copy" "$work/tracker.csv"
            put "$size" lo_rows "$(($(wc -l <"$work/tracker.csv") - 1))"
            # The .xlsx (made untimed), and a first run that sets up the profile.
            soffice "$lo" --headless --convert-to xlsx --outdir "$work" "$work/tracker.csv" \
                >/dev/null 2>&1
            for kind in xlsx csv; do
                : >"$work/lo_$kind"; : >"$work/lo_rss_$kind"; : >"$work/lo_cpu_$kind"
                i=0
                while [ $i -lt "$lo_repeat" ]; do
                    rm -rf "$work/lo-out"
                    t0=$(now)
                    /usr/bin/time -f '%M %U %S' -o "$work/t" soffice "$lo" --headless --convert-to csv \
                        --outdir "$work/lo-out" "$work/tracker.$kind" >/dev/null 2>&1
                    since "$t0" >>"$work/lo_$kind"
                    tail -1 "$work/t" | cut -d' ' -f1 >>"$work/lo_rss_$kind"
                    tail -1 "$work/t" | awk '{ print $2 + $3 }' >>"$work/lo_cpu_$kind"
                    i=$((i + 1))
                done
                put "$size" "lo_${kind}_s" "$(median <"$work/lo_$kind")"
                put "$size" "lo_${kind}_rss_kib" "$(median <"$work/lo_rss_$kind")"
                put "$size" "lo_${kind}_cpu_s" "$(median <"$work/lo_cpu_$kind")"
            done
        else
            note "soffice not found: the LibreOffice anchor is skipped"
        fi
        ;;
    esac

    # The keystroke in the real window, and the window's memory after typing.
    "$keys" --db "$copy" >"$work/keys.json" 2>"$work/keys.err" ||
        note "encompass-key-bench failed: $(tail -3 "$work/keys.err")"
    python3 - "$work/keys.json" "$size" >>"$figures" <<'PY'
import json, sys
k = json.load(open(sys.argv[1]))
for name in ("key_median_ms", "key_max_ms", "floor_median_ms", "floor_all_median_ms",
             "sql_in_window_median_ms",
             "keys_timed", "keys_without_repaint", "peak_rss_kib"):
    print(f"{sys.argv[2]}\tkeys_{name}\t{k[name]}")
PY

    # Import of a 10,000-row police day as a whole command, against sqlite3 .import.
    python3 "$here/tests/bench/police_csv.py" "$copy" 10000 "$work/day.csv"
    : >"$work/imp"; : >"$work/sq"
    i=0
    while [ $i -lt "$import_repeat" ]; do
        cp "$county" "$work/imp.sqlite"
        rm -f "$work/imp.sqlite-wal" "$work/imp.sqlite-shm"
        sync
        t0=$(now)
        # Exits 1 when some rows were refused (reported in the JSON); timed all the same.
        "$cli" --db "$work/imp.sqlite" import "$work/day.csv" --json >"$work/imp.json" || true
        since "$t0" >>"$work/imp"
        rm -f "$work/new.sqlite"
        t0=$(now)
        sqlite3 "$work/new.sqlite" ".import --csv $work/day.csv t"
        since "$t0" >>"$work/sq"
        i=$((i + 1))
    done
    put "$size" import_s "$(median <"$work/imp")"
    put "$size" sqlite_import_s "$(median <"$work/sq")"
    python3 - "$work/imp.json" "$size" >>"$figures" <<'PY'
import json, sys
try:
    o = json.load(open(sys.argv[1]))
except (OSError, ValueError):  # IMPORT_REPEAT=0: no import run
    o = {}
for key in ("committed", "new_children", "matched_children", "errors"):
    print(f"{sys.argv[2]}\timport_{key}\t{o.get(key, '?')}")
PY

    # The same rows on a PostgreSQL server, beside SQLite's in the same run.
    if [ -n "${PG:-}" ]; then
        name=encompass_bench_$size
        admin=$(pg_address postgres)
        psql "$admin" -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name"
        t0=$(now)
        copy_to_server "$copy" "$name"
        put "$size" pg_copy_s "$(since "$t0")"
        server=$(pg_address "$name")
        first_paint "$server" >/dev/null; first_paint "$copy" >/dev/null
        : >"$work/pg_paint"; : >"$work/sq_paint"
        i=0
        while [ $i -lt "$repeat" ]; do
            first_paint "$server" >>"$work/pg_paint"
            first_paint "$copy" >>"$work/sq_paint"
            i=$((i + 1))
        done
        put "$size" pg_paint_ms "$(median <"$work/pg_paint")"
        put "$size" pg_sqlite_paint_ms "$(median <"$work/sq_paint")"
        for where in server sqlite; do
            target=$copy; [ $where = server ] && target=$server
            "$keys" --db "$target" >"$work/keys-$where.json" 2>"$work/keys.err" ||
                note "encompass-key-bench on $where failed: $(tail -3 "$work/keys.err")"
        done
        python3 - "$work/keys-server.json" "$work/keys-sqlite.json" "$size" >>"$figures" <<'PY'
import json, sys
server, sqlite = (json.load(open(p)) for p in sys.argv[1:3])
for name in ("key_median_ms", "key_max_ms", "keys_timed", "keys_without_repaint"):
    print(f"{sys.argv[3]}\tpg_keys_{name}\t{server[name]}")
    print(f"{sys.argv[3]}\tpg_sqlite_keys_{name}\t{sqlite[name]}")
print(f"{sys.argv[3]}\tpg_statements_per_key\t{sqlite.get('statements_median', 0)}")
PY
        psql "$admin" -q -c "DROP DATABASE $name WITH (FORCE)"
    fi
    rm -f "$work"/imp.sqlite* "$copy" "$copy-wal" "$copy-shm"
done

python3 - "$figures" "$repeat" "$import_repeat" "$lo_repeat" "$(nproc)" <<'PY'
import sys
from collections import defaultdict
f = defaultdict(dict)
for line in open(sys.argv[1]):
    size, key, value = line.rstrip("\n").split("\t")
    try:
        f[int(size)][key] = float(value)
    except ValueError:
        f[int(size)][key] = value
repeat, import_repeat, lo_repeat, cores = sys.argv[2:6]

def fmt(v, unit):
    if v is None:
        return "-"
    if unit == "MiB":
        return f"{v / 1024:.0f} MiB"
    if unit == "s":
        return f"{v:.2f} s"
    return f"{v:.0f} ms" if v >= 100 else f"{v:.1f} ms"

rows = []
for size in sorted(f):
    g = f[size]
    label = f"{size:,}"
    paint = g.get("paint_ms")
    rows.append((label, f"start to first painted rows (median of {repeat})", fmt(paint, "ms"),
                 "C API: a process opens the file, reads the first 40 rows",
                 fmt(g.get("floor_ms"), "ms"), paint, g.get("floor_ms"), "300 ms"))
    if "lo_xlsx_s" in g:
        for kind in ("xlsx", "csv"):
            s = g[f"lo_{kind}_s"]
            rows.append((label, "start to first painted rows", fmt(paint, "ms"),
                         f"LibreOffice opens the {int(g['lo_rows']):,}-row export .{kind} "
                         f"(median of {lo_repeat}; CPU {g[f'lo_{kind}_cpu_s']:.1f} s)", fmt(s, "s"),
                         paint, s * 1000, ""))
    rows.append((label, "  whole run of the window (start, paint, quit)",
                 fmt(g.get("paint_wall_s"), "s"), "", "", None, None, ""))
    rows.append((label, "  its CPU time (user + system)",
                 fmt(g.get("paint_cpu_s"), "s"), "", "", None, None, ""))
    rss = g.get("paint_rss_kib")
    rows.append((label, "peak memory of the window, first rows", fmt(rss, "MiB"),
                 "LibreOffice with the .xlsx open" if "lo_xlsx_rss_kib" in g else "",
                 fmt(g.get("lo_xlsx_rss_kib"), "MiB") if "lo_xlsx_rss_kib" in g else "",
                 rss, g.get("lo_xlsx_rss_kib"), "150 MiB at 100k, flat"))
    rows.append((label, "peak memory of the window, after typing",
                 fmt(g.get("keys_peak_rss_kib"), "MiB"), "", "", None, None, ""))
    key = g.get("keys_key_median_ms")
    rows.append((label, f"key to repaint, median of {int(g.get('keys_keys_timed', 0))} keys "
                 f"(max {fmt(g.get('keys_key_max_ms'), 'ms')})", fmt(key, "ms"),
                 "C API: the tracker's same SQL, every row read",
                 fmt(g.get("keys_floor_median_ms"), "ms"), key, g.get("keys_floor_median_ms"),
                 "30 ms"))
    rows.append((label, "", "", "C API: all SQL the window ran for the key",
                 fmt(g.get("keys_floor_all_median_ms"), "ms"), key,
                 g.get("keys_floor_all_median_ms"), ""))
    rows.append((label, "  of which SQL inside the window",
                 fmt(g.get("keys_sql_in_window_median_ms"), "ms"), "", "", None, None, ""))
    if "pg_paint_ms" in g:
        pg, sq = g["pg_paint_ms"], g["pg_sqlite_paint_ms"]
        rows.append((label, f"on the PostgreSQL server: start to first painted rows "
                     f"(median of {repeat})", fmt(pg, "ms"),
                     "SQLite, the same rows, alternating", fmt(sq, "ms"), pg, sq, "2x"))
        pk, sk = g["pg_keys_key_median_ms"], g["pg_sqlite_keys_key_median_ms"]
        rows.append((label, f"on the server: key to repaint, median of "
                     f"{int(g['pg_keys_keys_timed'])} keys (max "
                     f"{fmt(g['pg_keys_key_max_ms'], 'ms')})", fmt(pk, "ms"),
                     f"SQLite, the same keys (max {fmt(g['pg_sqlite_keys_key_max_ms'], 'ms')})",
                     fmt(sk, "ms"), pk, sk, "2x"))
        rows.append((label, "  statements per key, each a round trip on the server",
                     f"{g['pg_statements_per_key']:.0f}", "", "", None, None, ""))
        rows.append((label, "  rows copied onto the server (init + \\copy)",
                     fmt(g["pg_copy_s"], "s"), "", "", None, None, ""))
    imp = g.get("import_s")
    rows.append((label, f"encompass-cli import, 10,000 rows (median of {import_repeat})",
                 fmt(imp, "s"), "sqlite3 .import of the same CSV into a new file",
                 fmt(g.get("sqlite_import_s"), "s"), imp, g.get("sqlite_import_s"), "15x"))

heads = ("children", "measure (ours)", "ours", "anchor", "anchor", "ratio", "goal")
table = []
for label, measure, ours, anchor, anchorv, a, b, goal in rows:
    ratio = f"{a / b:.1f}x" if a is not None and b else ""
    table.append((label, measure, ours, anchor, anchorv, ratio, goal))
widths = [max(len(r[i]) for r in table + [heads]) for i in range(len(heads))]
line = lambda r: "  ".join(c.ljust(widths[i]) if i in (0, 1, 3, 6) else c.rjust(widths[i])
                           for i, c in enumerate(r))
print(line(heads))
print("  ".join("-" * w for w in widths))
prev = None
for r in table:
    if prev is not None and r[0] != prev:
        print()
    prev = r[0]
    print(line(r))
for size in sorted(f):
    g = f[size]
    extra = []
    if g.get("keys_keys_without_repaint"):
        extra.append(f"{int(g['keys_keys_without_repaint'])} keys without a repaint in 10 s")
    num = lambda k: f"{g[k]:,.0f}" if isinstance(g.get(k), float) else str(g.get(k, "?"))
    print(f"{size:,} children: file {g.get('file_mb', 0):,.0f} MB; the import "
          f"(committed: {g.get('import_committed')}) matched {num('import_matched_children')}, "
          f"added {num('import_new_children')} children, refused {num('import_errors')} rows"
          + ("; " + "; ".join(extra) if extra else ""))
print(f"ratio: ours / anchor. {cores} cores; wall clocks on a shared machine include the "
      "neighbours' load: read the figures against each other within one run.")
PY

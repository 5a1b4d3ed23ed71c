#!/bin/sh
# CTest: encompass-cli imports with Qt Core and Sql, SQLite and libzip loaded, none of the
# libraries only its other commands need (Qt Gui, qpdf, xlsxwriter: a third of its start-up,
# issue 20); those commands still load them (from the library of the other commands).
#   cli_start_libraries.sh ENCOMPASS_CLI
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$1" --db "$work/t.sqlite" demo --children 30 --today 2026-12-07 >/dev/null
printf 'Police Ref,Forename,Surname,DOB,Incident Date\nPPN/1,Ann,Lee,01/02/2020,01/12/2026\n' \
    >"$work/day.csv"
loaded() { # the shared libraries the dynamic loader opens for a command
    LD_DEBUG=files "$@" 2>&1 >/dev/null | sed -n 's/.*file=\([^ ]*\) \[0\];  \(needed\|dynamically\).*/\1/p' |
        sed 's|.*/||' | sort -u
}
import=$(loaded "$1" --db "$work/t.sqlite" import "$work/day.csv")
echo "$import" | grep -q '^libQt6Sql' || { echo "no libraries seen: $import"; exit 1; }
for lib in libQt6Gui libqpdf libxlsxwriter; do
    if echo "$import" | grep -q "^$lib"; then
        echo "encompass-cli import loads $lib"
        exit 1
    fi
done
help=$(loaded "$1" --help)
echo "$help" | grep -q '^libencompass-cli-commands' || { echo "--help: $help"; exit 1; }
echo "$help" | grep -q '^libQt6Gui' || { echo "--help without Qt Gui: $help"; exit 1; }
"$1" --help | grep -q '^  letters ' || { echo "--help lists no letters command"; exit 1; }
echo "import: $(echo "$import" | wc -l) libraries, none of Qt Gui, qpdf, xlsxwriter"

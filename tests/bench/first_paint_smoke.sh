#!/bin/sh
# CTest: the window's --quit-after-first-paint (for user_bench.sh) on a small demo file exits 0
# once the tracker's rows are painted and prints the milliseconds since the process started.
#   first_paint_smoke.sh ENCOMPASS_CLI ENCOMPASS
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$1" --db "$work/t.sqlite" demo --children 30 --today 2026-12-07 >/dev/null
out=$(QT_QPA_PLATFORM=offscreen "$2" --db "$work/t.sqlite" --quit-after-first-paint)
echo "$out"
echo "$out" | grep -Eq '^[0-9]+\.[0-9] ms from process start to the tracker.s first painted rows'

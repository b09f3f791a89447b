#!/usr/bin/env bash
# Compares two builds of po-plan on one input folder, run in turn so that both see the same load.
#
#   benchmarks/inturn.sh RUNS BEFORE_BINARY AFTER_BINARY INPUT [PREVIOUS_PLAN]
#
# Each run is `po-plan plan INPUT --out DIR/BUILD --seed 1` (with `--previous PREVIOUS_PLAN` when
# given) under /usr/bin/time; each build plans into a folder of its own, and each of its runs
# replaces the plan its run before wrote, as a team re-planning into one folder does. DIR is a
# new folder under /dev/shm (the disk's own noise left out), or INTURN_DIR when set (say, a folder
# on the disk). Prints each build's wall seconds and the seconds of its `Planned in` line, and of its
# `(writing X s)`, run by run.
set -euo pipefail
runs=$1 before=$2 after=$3 input=$4 previous=${5:-}
if [ -n "${INTURN_DIR:-}" ]; then
    out=$INTURN_DIR; mkdir -p "$out"
else
    out=$(mktemp -d /dev/shm/inturn.XXXXXX)
    trap 'rm -rf "$out"' EXIT
fi
declare -A wall planned writing
for _ in $(seq 1 "$runs"); do
    for build in before after; do
        binary=$before; [ "$build" = after ] && binary=$after
        args=(plan "$input" --out "$out/$build" --seed 1)
        [ -n "$previous" ] && args+=(--previous "$previous")
        /usr/bin/time -f "%e" "$binary" "${args[@]}" > /dev/null 2> "$out/err"
        wall[$build]+=" $(tail -1 "$out/err")"
        planned[$build]+=" $(grep -oE '^Planned in [0-9.]+' "$out/err" | grep -oE '[0-9.]+$')"
        writing[$build]+=" $(grep -oE '\(writing [0-9.]+' "$out/err" | grep -oE '[0-9.]+$')"
    done
done
for build in before after; do echo "$build: wall${wall[$build]}; planned${planned[$build]}; writing${writing[$build]}"; done

#!/usr/bin/env bash
# Compares two builds of po-plan on one input folder, run in turn so that both see the same load.
#
#   benchmarks/inturn.sh RUNS BEFORE_BINARY AFTER_BINARY INPUT [PREVIOUS_PLAN]
#
# Each run is `po-plan plan INPUT --out DIR --seed 1` (with `--previous PREVIOUS_PLAN` when given)
# under /usr/bin/time, into a folder under /dev/shm (the disk's own noise left out); prints each
# build's wall seconds and the seconds of its `Planned in` line, run by run.
set -euo pipefail
runs=$1 before=$2 after=$3 input=$4 previous=${5:-}
out=$(mktemp -d /dev/shm/inturn.XXXXXX)
trap 'rm -rf "$out"' EXIT
declare -A wall planned
for _ in $(seq 1 "$runs"); do
    for build in before after; do
        binary=$before; [ "$build" = after ] && binary=$after
        rm -rf "$out/plan"
        args=(plan "$input" --out "$out/plan" --seed 1)
        [ -n "$previous" ] && args+=(--previous "$previous")
        /usr/bin/time -f "%e" "$binary" "${args[@]}" > /dev/null 2> "$out/err"
        wall[$build]+=" $(tail -1 "$out/err")"
        planned[$build]+=" $(grep -oE '^Planned in [0-9.]+' "$out/err" | grep -oE '[0-9.]+$')"
    done
done
for build in before after; do echo "$build: wall${wall[$build]}; planned${planned[$build]}"; done

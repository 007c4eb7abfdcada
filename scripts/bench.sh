#!/usr/bin/env bash
# SPDX-FileCopyrightText: Sunhall contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs the benchmarks on the default (optimised) build and prints the figures BENCHMARKS.md
# records, including the store's event-apply rate as a ratio to the sqlite3 shell.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
scripts/build.sh >/dev/null
export SUNHALL_DATA_DIR=$PWD/build/share/sunhall
out=build/bench
mkdir -p "$out"
for b in bench_time bench_case bench_store bench_documents bench_intake; do
    [ -x "build/bin/$b" ] || continue
    echo "== $b"
    build/bin/$b --benchmark_repetitions="${REPETITIONS:-3}" --benchmark_report_aggregates_only=true \
        --benchmark_out="$out/$b.json" --benchmark_out_format=json
done
python3 - "$out/bench_store.json" <<'PY'
import json, sys
rows = {b["name"]: b for b in json.load(open(sys.argv[1]))["benchmarks"]}
def rate(name):
    return rows[name + "/manual_time_median"]["items_per_second"]
store = rate("BM_StoreApplyEvents")
shell = rate("BM_Sqlite3ShellInsertSameRows")
print(f"store apply: {store:,.0f} events/s; sqlite3 shell: {shell:,.0f} rows/s; "
      f"ratio {store / shell:.0%} (budget >= 25%)")
PY

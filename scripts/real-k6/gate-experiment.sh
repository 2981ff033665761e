#!/usr/bin/env bash
# The real-k6 experiment behind the verdict's figures: the action itself (node dist/index.js with
# INPUT_* variables, as a runner calls it) against a local stand-in, unchanged and then restarted on
# the same address with every response taking 1.5x as long (the same address, because history
# starts afresh when the target changes). Needs a k6 on PATH (or K6=/path/to/k6) and an idle machine:
# anything else running moves the figures.
#
#   scripts/real-k6/gate-experiment.sh history OUT   # 5 recorded runs, then 3 healthy, 2 healthy
#                                                     # with a busy runner, 5 slowed runs compared
#   scripts/real-k6/gate-experiment.sh thresholds OUT # 5 baseline runs, then 3 healthy, 2 busy,
#                                                     # 5 slowed vs a file made from them
#
# Thresholds mode judges against OUT/thresholds.json, written from the 5 baseline runs on this
# machine: the bundled enqueue file's checks, with the overall p95 check's baseline the runs'
# median p95 and a 25% allowance, and the stage baseline `perf-gate baseline` writes from them
# (the bundled file's t3.micro baseline is 4x this machine's latency: nothing here would fail it).
# "Busy" is two busy loops at nice -10 (above k6) on every core for 25 s from 30 s after the action
# started, i.e. over the load's middle. Each run's verdict, outputs and step summary go to
# OUT/<run>/; OUT/verdicts.tsv lists them. Takes about 30 minutes.
set -euo pipefail

mode=${1:?give history or thresholds}
out=$(realpath -m "${2:?give an output folder}")
here=$(cd "$(dirname "$0")/../.." && pwd)
k6=${K6:-$(command -v k6 || true)}
[ -x "$k6" ] || { echo "no k6: put one on PATH or set K6=/path/to/k6" >&2; exit 1; }
case $mode in history | thresholds) ;; *) echo "mode $mode: use history or thresholds" >&2; exit 1 ;; esac

mkdir -p "$out"
: >"$out/verdicts.tsv"
port=${PORT:-18181}

cd "$here"
standin_pid=
hogs=()
stop_all() {
  kill "${hogs[@]}" 2>/dev/null || true
  [ -z "$standin_pid" ] || kill -- "-$standin_pid" 2>/dev/null || true
}
trap stop_all EXIT

# start_standin NAME [FLAGS...]: (re)starts the stand-in on $port and waits until it answers.
start_standin() {
  local name=$1
  shift
  if [ -n "$standin_pid" ]; then
    # Its own process group, so the node process under npx goes too.
    kill -- "-$standin_pid" 2>/dev/null || true
    wait "$standin_pid" 2>/dev/null || true
  fi
  setsid npx tsx standin/main.ts --port "$port" "$@" >"$out/standin-$name.log" 2>&1 &
  standin_pid=$!
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && return; sleep 0.2; done
  echo "the $name stand-in did not answer on port $port" >&2
  exit 1
}

# Busy loops on every core at a priority above k6's, for 25 s from 30 s on.
start_hogs() {
  (
    sleep 30
    for _ in $(seq "$(nproc)"); do timeout 25 nice -n -10 sh -c 'while :; do :; done' & done
    wait
  ) &
  hogs+=($!)
}

# run NAME HISTORY_MODE BUSY(0|1)
run() {
  local name=$1 history_mode=$2 busy=$3 dir="$out/$1"
  mkdir -p "$dir/temp"
  : >"$dir/outputs.txt"
  : >"$dir/summary.md"
  local history=off thresholds=""
  [ "$mode" = history ] && history="$out/history.json"
  [ "$history_mode" = compare ] && [ "$mode" = thresholds ] && thresholds="$out/thresholds.json"
  [ "$busy" = 1 ] && start_hogs
  local rc=0
  env -i PATH="$(dirname "$k6"):$PATH" HOME="$HOME" \
    GITHUB_WORKSPACE="$out" RUNNER_TEMP="$dir/temp" RUNNER_TOOL_CACHE="$out/tool-cache" \
    GITHUB_OUTPUT="$dir/outputs.txt" GITHUB_STEP_SUMMARY="$dir/summary.md" \
    INPUT_SCENARIO=enqueue INPUT_PROFILE=quick INPUT_BASE-URL="http://127.0.0.1:$port" \
    INPUT_K6-PATH="$k6" INPUT_COMMENT=never INPUT_HISTORY="$history" \
    INPUT_HISTORY-MODE="$history_mode" INPUT_CONFIRM=true INPUT_FAIL-ON=fail INPUT_THRESHOLDS="$thresholds" \
    node dist/index.js >"$dir/log.txt" 2>&1 || rc=$?
  local verdict
  verdict=$(grep -A1 '^verdict<<' "$dir/outputs.txt" | tail -1 || true)
  [ -n "$verdict" ] || verdict=$(sed -n 's/^verdict=//p' "$dir/outputs.txt")
  printf '%s\t%s\texit %s\n' "$name" "${verdict:-none}" "$rc" | tee -a "$out/verdicts.tsv"
}

# The thresholds file of thresholds mode, from the baseline runs' results files (see the top).
write_thresholds() {
  local files=("$out"/baseline-*/temp/perf-gate/k6-results.ndjson.gz)
  node dist/cli/index.js baseline "${files[@]}" >"$out/stage-baseline.json"
  local p95s=()
  for i in 1 2 3 4 5; do
    p95s+=("$(grep -m1 '^| p95 | ' "$out/baseline-$i/summary.md" | awk -F'|' '{print $3}' | tr -dc '0-9.')")
  done
  node -e '
    const fs = require("fs");
    const [bundled, stages, out, ...p95s] = process.argv.slice(1);
    const file = JSON.parse(fs.readFileSync(bundled, "utf8"));
    const sorted = p95s.map(Number).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    file.description = `Measured on this machine by gate-experiment.sh: p95 baseline ${median} ms (median of ${sorted.join(", ")}), 25% allowance, with its stage baseline.`;
    delete file.$schema;
    file.baseline = { environment: "this machine, local stand-in", measuredAt: new Date().toISOString().slice(0, 10), source: "5 baseline runs" };
    file.checks = file.checks
      .filter((c) => !(c.figure === "p95" && c.scope !== "overall"))
      .map((c) => (c.figure === "p95" ? { ...c, baseline: median, allowedRegression: "25%", description: undefined } : c));
    file.stageBaseline = JSON.parse(fs.readFileSync(stages, "utf8")).stageBaseline;
    fs.writeFileSync(out, JSON.stringify(file, null, 2));
  ' thresholds/enqueue.t3-micro.json "$out/stage-baseline.json" "$out/thresholds.json" "${p95s[@]}"
}

start_standin healthy
if [ "$mode" = history ]; then
  for i in 1 2 3 4 5; do run "record-$i" record 0; done
else
  for i in 1 2 3 4 5; do run "baseline-$i" record 0; done
  write_thresholds
fi
for i in 1 2 3; do run "healthy-$i" compare 0; done
for i in 1 2; do run "busy-$i" compare 1; done
start_standin slow --slowdown 1.5
for i in 1 2 3 4 5; do run "slow15-$i" compare 0; done

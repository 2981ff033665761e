#!/usr/bin/env bash
# Records duet runs of the bundled enqueue scenario (quick profile) with a real k6 against two
# fresh stand-ins per trial: the base at normal speed, the head at --slowdown F. The files are
# what `npx tsx scripts/duet-power.ts DIR/*.json.gz` judges and what the power table and the
# test fixtures are cut from.
#   scripts/duet-trials.sh OUT_DIR TRIALS [K6] [FIRST_TRIAL]
# Conditions, interleaved so that whatever else loads the machine spreads over all of them:
#   equal (1.0), slow10 (1.1), slow20 (1.2), hog (1.0 with two `nice -n -10` busy loops for 25 s
#   from 20 s into the run), and at the end one single (non-duet) quick run, timed.
set -u
out=${1:?OUT_DIR}; trials=${2:-5}; k6=${3:-/usr/local/bin/k6}; first=${4:-1}
mkdir -p "$out"
here=$(cd "$(dirname "$0")/.." && pwd)
# Each stand-in in its own process group (setsid), ended as a group: tsx runs node as a child.
standin() { (cd "$here" && exec setsid node_modules/.bin/tsx standin/main.ts --port "$1" --slowdown "$2" >"$out/standin-$1.log" 2>&1) & echo $!; }
waitup() { for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$1/" && return 0; sleep 0.5; done; return 1; }
run() { # name slowdown duet hog [swap]
  local name=$1 slow=$2 duet=$3 hog=$4 swap=${5:-no} base head hogs=() basePort=18081 headPort=18082
  # Even trials swap the ports and the start order: on equal services head read 2-5% slower than
  # base in three of five runs, and whatever of that comes from the order should not pile up.
  if [ "$swap" = yes ]; then basePort=18082; headPort=18081; head=$(standin $headPort "$slow"); base=$(standin $basePort 1.0)
  else base=$(standin $basePort 1.0); head=$(standin $headPort "$slow"); fi
  waitup 18081; waitup 18082
  sleep 1
  # A port still held by another process would answer for a stand-in that never started.
  if ! kill -0 "$base" 2>/dev/null || ! kill -0 "$head" 2>/dev/null; then
    echo "$name: a stand-in did not start (see $out/standin-*.log)" >&2; exit 1
  fi
  if [ "$hog" = yes ]; then
    ( sleep 20; for _ in 1 2; do nice -n -10 timeout 25 sh -c 'while :; do :; done' & done; wait ) & hogs+=($!)
  fi
  local start end
  start=$(date +%s.%N)
  if [ "$duet" = yes ]; then
    BASE_URL=http://127.0.0.1:$headPort BASELINE_URL=http://127.0.0.1:$basePort PROFILE=quick "$k6" run -q \
      --out "json=$out/$name.json.gz" "$here/scenarios/enqueue-test.js" >"$out/$name.log" 2>&1
  else
    BASE_URL=http://127.0.0.1:$headPort PROFILE=quick "$k6" run -q \
      --out "json=$out/$name.json.gz" "$here/scenarios/enqueue-test.js" >"$out/$name.log" 2>&1
  fi
  end=$(date +%s.%N)
  echo "$name wall_s=$(echo "$end - $start" | bc) load1=$(cut -d' ' -f1 /proc/loadavg)" | tee -a "$out/times.txt"
  for p in "${hogs[@]}"; do wait "$p"; done
  kill -- "-$base" "-$head" 2>/dev/null; wait "$base" "$head" 2>/dev/null
  sleep 1
}
for i in $(seq "$first" "$trials"); do
  swap=no; [ $((i % 2)) -eq 0 ] && swap=yes
  run "equal-$i" 1.0 yes no "$swap"
  run "slow10-$i" 1.1 yes no "$swap"
  run "slow20-$i" 1.2 yes no "$swap"
  run "hog-$i" 1.0 yes yes "$swap"
done
run single-1 1.0 no no
run duet-timed-1 1.0 yes no

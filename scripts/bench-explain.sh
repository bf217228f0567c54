#!/usr/bin/env bash
# bench-explain.sh: times `imcodes explain -format json` beside
# `grep -cE '[0-9]{6}'` on the same generated log, in the same run, and
# measures the resident memory of each (BENCHMARKS.md, "Log scanner").
#
#   scripts/bench-explain.sh              # 100 MiB and 1 GiB, 5 runs each
#   SIZES=100M RUNS=9 scripts/bench-explain.sh
#
# The log comes from scripts/genlog.go (internal/logsample): timestamped lines
# with ids, durations, sizes, addresses, access-log and stack-trace lines,
# a code about every 50 lines. Runs alternate between the two commands, each
# reads the file from the page cache (a first, untimed read warms it), and
# each writes to a file: grep with its output on /dev/null stops at the
# first match. explain scans on one goroutine; it runs with GOMAXPROCS=1,
# on one core, as grep does. count is explain -count -format tsv: the same
# scan, without writing a JSON object for each match. Times are wall-clock medians; memory is the
# largest maximum resident set size of the runs, from /usr/bin/time
# (apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=${SIZES:-100M 1G}
runs=${RUNS:-5}
timecmd=/usr/bin/time
if [ ! -x "$timecmd" ]; then
  echo "bench-explain: needs $timecmd (apt-get install time)" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/imcodes" ./cmd/imcodes
go build -o "$tmp/genlog" scripts/genlog.go

# measure NAME INPUT CMD...: runs CMD with INPUT on stdin and stdout to a
# file, appends its wall time in seconds to $tmp/NAME.time and its max RSS in
# KiB to $tmp/NAME.rss.
measure() {
  local name=$1 input=$2; shift 2
  local start end
  start=$EPOCHREALTIME
  "$timecmd" -f %M -o "$tmp/rss" "$@" < "$input" > "$tmp/$name.out" || true
  end=$EPOCHREALTIME
  echo "$end - $start" | bc -l >> "$tmp/$name.time"
  tail -1 "$tmp/rss" >> "$tmp/$name.rss"
}

median() { sort -g "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
maxof() { sort -g "$1" | tail -1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB, $(go env GOOS)/$(go env GOARCH), $(go version | cut -d' ' -f3)"
echo "grep: $(grep --version | head -1)"
echo "runs: $runs"
printf '\n%-6s %-9s %10s %10s %9s %9s %s\n' size command 'median s' 'MB/s' 'max RSS' 'vs grep' 'output'
for size in $sizes; do
  log="$tmp/app-$size.log"
  "$tmp/genlog" -size "$size" > "$log"
  bytes=$(stat -c %s "$log")
  cat "$log" > /dev/null
  rm -f "$tmp"/explain.* "$tmp"/count.* "$tmp"/grep.*
  for _ in $(seq "$runs"); do
    measure explain "$log" env GOMAXPROCS=1 "$tmp/imcodes" explain -format json
    measure count "$log" env GOMAXPROCS=1 "$tmp/imcodes" explain -count -format tsv
    measure grep "$log" grep -cE '[0-9]{6}'
  done
  ge=$(median "$tmp/grep.time")
  for name in explain count grep; do
    t=$(median "$tmp/$name.time")
    printf '%-6s %-9s %10.3f %10.0f %6d MiB %8.2fx %s\n' "$size" "$name" "$t" \
      "$(echo "$bytes / $t / 1000000" | bc -l)" "$(( $(maxof "$tmp/$name.rss") / 1024 ))" \
      "$(echo "$t / $ge" | bc -l)" "$(wc -l < "$tmp/$name.out") lines"
  done
  rm -f "$log"
done

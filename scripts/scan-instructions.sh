#!/usr/bin/env bash
# scan-instructions.sh: counts the instructions that logscan.Scan and the
# digit-run loop (BenchmarkScan's impl=runs) execute per 8 MiB of input,
# with valgrind's cachegrind (apt-get install valgrind). Instruction counts
# do not depend on the machine's load, which wall-clock benchmarks on a
# shared machine do (BENCHMARKS.md, "Log scanner").
#
# Each count is that of 4 iterations less that of 1 (the setup, which
# generates the input, cancels out), divided by 3, with the garbage
# collector off (GOGC=off), whose work would otherwise vary between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "scan-instructions: needs valgrind" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go test -c -o "$tmp/logscan.test" ./logscan

# refs N INPUT IMPL: the instructions of N iterations, setup included.
refs() {
  # valgrind occasionally fails to start a Go binary; try again.
  for _ in 1 2 3 4; do
    if GOGC=off valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
      "$tmp/logscan.test" -test.run '^$' -test.bench "Scan/input=$2\$/impl=$3\$" \
      -test.cpu 1 -test.benchtime "$1x" > /dev/null 2> "$tmp/err"; then
      grep -m1 'I *refs' "$tmp/err" | awk '{gsub(",", "", $NF); print $NF}'
      return
    fi
  done
  echo "scan-instructions: valgrind failed" >&2
  exit 1
}

printf '%-7s %-5s %14s\n' input impl 'instructions'
for input in log random; do
  for impl in scan runs; do
    one=$(refs 1 "$input" "$impl")
    four=$(refs 4 "$input" "$impl")
    printf '%-7s %-5s %14d\n' "$input" "$impl" $(( (four - one) / 3 ))
  done
done

#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan; only the libraries they need) and runs each.
#   fuzz/run-fuzzers.sh [--build DIR] [--no-build] [SECONDS | --runs N] [TARGET...]
# Short run, as the test command does:   fuzz/run-fuzzers.sh 30
# --no-build runs the targets as last built, so that a long run is not rebuilt by later edits.
# Long run, by hand (in the background; at most an hour a target):
#   nice fuzz/run-fuzzers.sh --runs 1000000 3600 > fuzz.log 2>&1 &
# Seeds: tests/data, the project's resources, and $SIGHTLINE_CONFORMANCE_DIR (../shared/conformance
# when present). What libFuzzer learns is kept in DIR/corpus (not in the repository). An input
# that crashes or hangs a target is written to fuzz/regressions/TARGET/; commit it: the normal
# test suite replays that folder (ctest -L fuzz). One line a target is printed and appended to
# DIR/fuzz-results.tsv: target, seconds, executions, crashes. Exit 1 when anything crashed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build-fuzz
seconds=30
runs=
build_first=1
targets=()
while (($#)); do
  case $1 in
    --build) build=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --no-build) build_first=; shift ;;
    [0-9]*) seconds=$1; shift ;;
    *) targets+=("$1"); shift ;;
  esac
done
if [[ -z ${SIGHTLINE_CONFORMANCE_DIR:-} && -d $root/../shared/conformance ]]; then
  export SIGHTLINE_CONFORMANCE_DIR=$root/../shared/conformance
fi
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
if [[ -n $build_first ]]; then
  if [[ ! -f $build/build.ninja ]]; then
    CXX=${CXX_FUZZ:-clang++} cmake -S "$root/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  cmake --build "$build" -j"$(nproc)" >/dev/null
fi
export QT_QPA_PLATFORM=offscreen
# Qt and GDAL keep process-lifetime caches that LeakSanitizer would report as leaks.
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

failed=0
while IFS=$'\t' read -r name seeds; do
  [[ -z $name ]] && continue
  if ((${#targets[@]})) && [[ ! " ${targets[*]} " == *" $name "* ]]; then continue; fi
  corpus=$build/corpus/$name
  regressions=$root/fuzz/regressions/$name
  mkdir -p "$corpus" "$regressions"
  dirs=("$corpus" "$regressions")
  IFS=',' read -ra list <<<"$seeds"
  for seed in "${list[@]}"; do
    if [[ $seed == conformance:* ]]; then
      [[ -n ${SIGHTLINE_CONFORMANCE_DIR:-} ]] && dirs+=("$SIGHTLINE_CONFORMANCE_DIR/${seed#conformance:}")
    else
      dirs+=("$root/$seed")
    fi
  done
  limit=(-max_total_time="$seconds") # with --runs, whichever ends first
  [[ -n $runs ]] && limit+=(-runs="$runs")
  log=$build/$name.log
  start=$(date +%s)
  rc=0
  # Slow units are not findings on a shared machine (each was fast when run again): not kept.
  "$build/bin/fuzz_$name" "${limit[@]}" -timeout=60 -report_slow_units=120 -rss_limit_mb=3072 -max_len=1048576 \
    -print_final_stats=1 \
    -artifact_prefix="$regressions/" "${dirs[@]}" >"$log" 2>&1 || rc=$?
  took=$(($(date +%s) - start))
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  crashes=0
  if ((rc != 0)); then crashes=1; failed=1; fi
  printf '%s\t%ss\t%s executions\t%s crashes\n' "$name" "$took" "${execs:-?}" "$crashes"
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$name" "$took" "${execs:-?}" "$crashes" >>"$build/fuzz-results.tsv"
  if ((rc != 0)); then
    echo "== $name failed (exit $rc); the input is in $regressions; the end of $log:"
    tail -30 "$log"
  fi
done <"$build/fuzz-targets.txt"
exit $failed

#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test; then builds with
# AddressSanitizer + UndefinedBehaviorSanitizer and runs every test again.
# SIGHTLINE_SKIP_SANITIZERS=1 skips the second pass.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
packaging/install-deps.sh
if [[ -z ${SIGHTLINE_CONFORMANCE_DIR:-} && -d $root/../shared/conformance ]]; then
  export SIGHTLINE_CONFORMANCE_DIR=$root/../shared/conformance
fi
jobs=$(nproc)
if [[ -z ${SIGHTLINE_SKIP_SANITIZERS:-} ]]; then
  packaging/build.sh build-asan -DSIGHTLINE_WERROR=ON -DSIGHTLINE_SANITIZE=ON
  echo "== tests under ASan + UBSan"
  (cd build-asan && ctest --output-on-failure -j"$jobs" -LE bench)
fi
packaging/build.sh build -DSIGHTLINE_WERROR=ON
echo "== tests"
(cd build && ctest --output-on-failure -j"$jobs" -LE bench)
# A short run of each libFuzzer target (its own small clang build of the libraries it needs);
# SIGHTLINE_FUZZ_SECONDS=0 skips it.
if ((${SIGHTLINE_FUZZ_SECONDS:-20} > 0)); then
  echo "== fuzzing, ${SIGHTLINE_FUZZ_SECONDS:-20} s a target"
  fuzz/run-fuzzers.sh "${SIGHTLINE_FUZZ_SECONDS:-20}"
fi

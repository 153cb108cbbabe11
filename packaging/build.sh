#!/usr/bin/env bash
# Configures (once) and builds one build tree. Usage: build.sh BUILD_DIR [cmake -D options...]
# ccache and Ninja keep a rebuild with nothing changed to a few seconds.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Let fresh clones in other folders (CI) hit the same compiler cache.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
dir=$1
shift
if [[ ! -f $dir/build.ninja ]]; then
  cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif (($# > 0)); then
  cmake "$dir" "$@" >/dev/null # same options again: no rebuild
fi
cmake --build "$dir" -j"$(nproc)"

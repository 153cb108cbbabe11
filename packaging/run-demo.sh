#!/usr/bin/env bash
# Installs what is missing, builds Sightline, writes the demo project and opens it.
# Without a display, says so, writes the demo brief (PDF) and prints the demo project's summary.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
packaging/install-deps.sh
packaging/build.sh build -DSIGHTLINE_WERROR=ON
demo=build/demo/dprk-russia-munitions.gpkg
case=resources/demo/dprk-russia-munitions.case.json
mkdir -p build/demo
if [[ ! -f $demo || $case -nt $demo || build/bin/sightline-cli -nt $demo ]]; then
  build/bin/sightline-cli demo "$demo" --force --captures "${SIGHTLINE_SEEDS_DIR:-$root/../shared/seeds}"
fi
if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
  exec build/bin/sightline "$demo"
fi
echo "No display (DISPLAY and WAYLAND_DISPLAY are unset): not opening the window."
echo "To see it without a screen: xvfb-run -s '-screen 0 1920x1080x24' build/bin/sightline $demo --screenshot sightline.png"
echo
brief=build/demo/dprk-russia-munitions-brief.pdf
if build/bin/sightline-cli brief "$demo" -o "$brief" --marking TLP:AMBER; then
  echo "The demo brief (PDF): $root/$brief"
else
  echo "The demo brief could not be written (see above)."
fi
echo
exec build/bin/sightline-cli info "$demo"

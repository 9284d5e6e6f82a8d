#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first painted main window, artgen-panel
# against a bare QMainWindow built with the same Qt and flags, both under one Xvfb server,
# interleaved, N runs each after a warm-up. Prints every sample, the medians and the ratio.
#
#   tests/bench/startup.sh [RUNS]      (default 21; needs a build in build/release)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
RUNS=${1:-21}
PANEL=$BUILD/src/gui/artgen-panel
BARE=$BUILD/tests/bench/bench_bare_window
if [ ! -x "$PANEL" ] || [ ! -x "$BARE" ]; then echo "build first: scripts/dev.sh build" >&2; exit 1; fi

if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ARTGEN_CONFIG=$work/artgen.conf XDG_DATA_HOME=$work/data QT_QPA_PLATFORM=xcb

sample() { "$@" 2>/dev/null | awk '/^first-paint-ms/ {print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Warm-up: page cache, fontconfig cache, and the panel's first-run settings.
sample "$BARE" >/dev/null; sample "$PANEL" --bench-first-paint >/dev/null

: >"$work/bare"; : >"$work/panel"
for _ in $(seq "$RUNS"); do
    sample "$BARE" >>"$work/bare"
    sample "$PANEL" --bench-first-paint >>"$work/panel"
done
b=$(median <"$work/bare"); p=$(median <"$work/panel")
echo "bare QMainWindow samples (ms): $(tr '\n' ' ' <"$work/bare")"
echo "artgen-panel samples (ms):     $(tr '\n' ' ' <"$work/panel")"
echo "median first paint: bare ${b} ms, artgen-panel ${p} ms, ratio $(awk -v p="$p" -v b="$b" 'BEGIN {printf "%.2f", p/b}')x (goal <= 1.5x), runs=$RUNS"

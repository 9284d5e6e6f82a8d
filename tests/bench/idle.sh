#!/usr/bin/env bash
# Idle cost of the panel on the Containers page with the demo stack: CPU time used over a
# window (utime+stime from /proc/PID/stat) and RSS, after a settling period.
#   tests/bench/idle.sh [SECONDS]    (default 60)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
SECS=${1:-60}
PANEL=$BUILD/src/gui/artgen-panel
[ -x "$PANEL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
ARTGEN_CONFIG=$(mktemp -d)/artgen.conf
export ARTGEN_CONFIG
"$PANEL" --stack-dir "$ROOT/resources/demo-stack" --page containers >/dev/null 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null' EXIT
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
sleep 10 # start-up and the first listing are not idle
t0=$(ticks); s0=$(date +%s.%N)
sleep "$SECS"
t1=$(ticks); s1=$(date +%s.%N)
hz=$(getconf CLK_TCK)
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
awk -v t0="$t0" -v t1="$t1" -v s0="$s0" -v s1="$s1" -v hz="$hz" -v rss="$rss" 'BEGIN {
    cpu = (t1 - t0) / hz; wall = s1 - s0;
    printf "idle on the Containers page for %.0f s: CPU %.2f s = %.2f %% of one core (goal < 2 %%), RSS %.1f MiB\n", wall, cpu, 100 * cpu / wall, rss / 1024 }'

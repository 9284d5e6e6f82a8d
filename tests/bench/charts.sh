#!/usr/bin/env bash
# Cost of the Charts page with every source sampled each second, beside the idle Containers page
# in the same run: CPU time over a window (utime+stime from /proc/PID/stat) and RSS at its start
# and end, after a settling period. The demo stack must be up (scripts/dev.sh stack up).
#   tests/bench/charts.sh [SECONDS]    (default 60)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
SECS=${1:-60}
PANEL=$BUILD/src/gui/artgen-panel
[ -x "$PANEL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$0" "$@"
fi
hz=$(getconf CLK_TCK)
measure() { # page
    local conf pid t0 t1 s0 s1 rss0 rss1
    conf=$(mktemp -d)/artgen.conf
    ARTGEN_CONFIG=$conf "$PANEL" --stack-dir "$ROOT/resources/demo-stack" --page "$1" \
        >/dev/null 2>&1 &
    pid=$!
    sleep 10 # start-up, the first listing and the monitors' first connections are not steady
    t0=$(awk '{print $14 + $15}' "/proc/$pid/stat"); s0=$(date +%s.%N)
    rss0=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    sleep "$SECS"
    t1=$(awk '{print $14 + $15}' "/proc/$pid/stat"); s1=$(date +%s.%N)
    rss1=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    awk -v p="$1" -v t0="$t0" -v t1="$t1" -v s0="$s0" -v s1="$s1" -v hz="$hz" \
        -v r0="$rss0" -v r1="$rss1" 'BEGIN {
        cpu = (t1 - t0) / hz; wall = s1 - s0;
        printf "%-10s %5.0f s: CPU %.2f s = %.2f %% of one core, RSS %.1f -> %.1f MiB\n",
               p, wall, cpu, 100 * cpu / wall, r0 / 1024, r1 / 1024 }'
}
measure containers
measure charts

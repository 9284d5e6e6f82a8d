#!/usr/bin/env bash
# Logs of a container that printed 1 000 000 timestamped lines (about 136 MB as Docker sends
# them): `artgenctl logs --tail all` reading them into the store and printing them, against
# `docker logs --timestamps` in the same run (hyperfine, goal >= 1.0x docker's rate); then the
# Logs page following the same container (longest UI stall, RSS per stored line, regex search
# over the 200 000 stored lines, then the export of all 1 000 000 lines read again with a cap of
# a million: the longest UI stall while it is written). Needs Docker, the demo base image and a
# build.
#   tests/bench/logs.sh [RUNS]     (default 3)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
RUNS=${1:-3}
CTL=$BUILD/src/cli/artgenctl
PANEL_BENCH=$BUILD/tests/bench/bench_logs_panel
STACK=$ROOT/resources/demo-stack
C=${LOGS_BENCH_CONTAINER:-artgen-logs-bench-1m}
LINES=1000000
if [ ! -x "$CTL" ] || [ ! -x "$PANEL_BENCH" ]; then echo "build first: scripts/dev.sh build" >&2; exit 1; fi
command -v hyperfine >/dev/null || { echo "hyperfine missing (apt-get install hyperfine)" >&2; exit 1; }

# The container is made once and kept (exited): its log is the fixture.
if ! docker inspect "$C" >/dev/null 2>&1; then
    echo "making $C (1 000 000 lines)…" >&2
    docker run -d --name "$C" --label artgen.bench=logs artgen-demo/base:latest python3 -c "
import sys
w = sys.stdout.write
for i in range(1, $LINES + 1):
    w('%07d GET /api/v1/tasks/%08x lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod\n' % (i, i * 2654435761 % 4294967296))
" >/dev/null
fi
until [ "$(docker inspect -f '{{.State.Status}}' "$C")" = exited ]; do sleep 1; done

out=$(mktemp)
trap 'rm -f "$out"' EXIT
ARTGEN_CONFIG=$(mktemp -d)/artgen.conf
export ARTGEN_CONFIG
hyperfine -N --warmup 1 --runs "$RUNS" --output=null --export-json "$out" \
    -n "artgenctl logs --tail all" "$CTL --stack-dir $STACK logs --tail all --container $C" \
    -n "docker logs --timestamps" "docker logs --timestamps $C" >/dev/null
python3 - "$out" "$LINES" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) for x in json.load(open(sys.argv[1]))["results"]}
n = int(sys.argv[2])
ctl, dck = r["artgenctl logs --tail all"], r["docker logs --timestamps"]
print(f"median wall time for {n} lines: artgenctl logs --tail all {ctl:.2f} s ({n/ctl:,.0f} lines/s), "
      f"docker logs --timestamps {dck:.2f} s ({n/dck:,.0f} lines/s)")
print(f"rate ratio artgenctl/docker: {dck/ctl:.2f}x (goal >= 1.0x)")
PY
# The page against the machine's floor, alternating which goes first: a bare Qt window's stall
# while `docker logs` streams the same container (the daemon's load without our page).
panel_out=$(mktemp)
trap 'rm -f "$out" "$panel_out"' EXIT
for i in $(seq "$RUNS"); do
    if [ $((i % 2)) -eq 1 ]; then order="baseline panel"; else order="panel baseline"; fi
    for what in $order; do
        if [ "$what" = baseline ]; then
            QT_QPA_PLATFORM=offscreen "$PANEL_BENCH" --baseline "$C" 2>/dev/null | tee -a "$panel_out"
        else
            QT_QPA_PLATFORM=offscreen "$PANEL_BENCH" "$C" "$LINES" 2>/dev/null | tee -a "$panel_out"
        fi
    done
done
python3 - "$panel_out" <<'PY'
import re, statistics, sys
text = open(sys.argv[1]).read()
base = [int(x) for x in re.findall(r"bare window .*?stall (\d+) ms", text)]
panel = [int(x) for x in re.findall(r"stall while ingesting: (\d+) ms", text)]
cpu = [float(x) for x in re.findall(r"UI thread CPU ([\d.]+) s \(", text)]
export = [int(x) for x in re.findall(r"stall while exporting: (\d+) ms", text)]
if export:
    print(f"longest UI stall while exporting 1 000 000 stored lines, median of {len(export)}: "
          f"{statistics.median(export):.0f} ms (runs: {export})")
if base and panel:
    b, p = statistics.median(base), statistics.median(panel)
    print(f"longest UI stall, median of {len(panel)}: page {p:.0f} ms, bare window under the same "
          f"daemon load {b:.0f} ms: {p / b:.2f}x the floor (runs: page {panel}, bare {base}); "
          f"UI thread CPU per million lines, median {statistics.median(cpu):.2f} s")
PY

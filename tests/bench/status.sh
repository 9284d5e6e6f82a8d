#!/usr/bin/env bash
# `artgenctl status --json` against `docker ps -a --filter label=…` and `docker-compose ps`,
# same machine, same run (hyperfine, warm-up first). Needs the demo stack up and a build.
#   tests/bench/status.sh [RUNS]     (default 30)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
RUNS=${1:-30}
CTL=$BUILD/src/cli/artgenctl
STACK=$ROOT/resources/demo-stack
[ -x "$CTL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine missing (apt-get install hyperfine)" >&2; exit 1; }
if command -v docker-compose >/dev/null; then COMPOSE="docker-compose"; else COMPOSE="docker compose"; fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
ARTGEN_CONFIG=$(mktemp -d)/artgen.conf
export ARTGEN_CONFIG
hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$out" \
    -n "artgenctl status --json" "$CTL --stack-dir $STACK status --json" \
    -n "docker ps -a --filter label" "docker ps -a --filter label=com.docker.compose.project=art_generation" \
    -n "docker-compose ps" "bash -c 'cd $STACK/Docker_all && $COMPOSE -p art_generation ps'" >/dev/null
python3 - "$out" <<'PY'
import json, statistics, sys
r = {x["command"]: statistics.median(x["times"]) * 1000 for x in json.load(open(sys.argv[1]))["results"]}
ctl, ps, cps = r["artgenctl status --json"], r["docker ps -a --filter label"], r["docker-compose ps"]
print(f"median wall time: artgenctl status --json {ctl:.1f} ms, docker ps {ps:.1f} ms, docker-compose ps {cps:.1f} ms")
print(f"ratios: vs docker ps {ctl/ps:.2f}x (goal <= 1.0x), vs docker-compose ps {ctl/cps:.3f}x (goal <= 0.25x)")
PY

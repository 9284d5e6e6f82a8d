#!/usr/bin/env bash
# `artgenctl config show` wall time (hyperfine, warm-up first; goal < 50 ms), then `config set`
# applied for real with validation, step by step (the job's own step timings), each followed by
# a rollback to the files as they were: an nginx-only change (nginx -t, in-place write, reload)
# and a gunicorn one (compose config -q, write, up -d backend, workers counted).
# Needs a build and, for the apply part, the demo stack up; it changes the stack's files and puts
# them back byte for byte (checked, and copied back in place if anything went wrong).
#   tests/bench/config.sh [RUNS]     (default 30)
# STACK=<folder the running containers mount> (default $ARTGEN_DEMO_STACK, else the repo's copy).
# Run it under the shared stack lock where several people share the stack:
#   flock /tmp/artgen-stack.lock tests/bench/config.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
RUNS=${1:-30}
CTL=$BUILD/src/cli/artgenctl
STACK=${STACK:-${ARTGEN_DEMO_STACK:-$ROOT/resources/demo-stack}}
[ -x "$CTL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine missing (apt-get install hyperfine)" >&2; exit 1; }
work=$(mktemp -d)
FILES=(nginx-docker.conf Docker_all/docker-compose.yml app/database/db.py app/utils/http_client.py)
for f in "${FILES[@]}"; do mkdir -p "$work/saved/$(dirname "$f")"; cp -p "$STACK/$f" "$work/saved/$f"; done
restore() {
    for f in "${FILES[@]}"; do
        # cat, not cp: keeps the inode a single-file bind mount holds.
        cmp -s "$work/saved/$f" "$STACK/$f" || cat "$work/saved/$f" >"$STACK/$f"
    done
    rm -rf "$work"
}
trap restore EXIT
export ARTGEN_CONFIG=$work/artgen.conf XDG_DATA_HOME=$work/data

hyperfine -N --warmup 3 --runs "$RUNS" --export-json "$work/show.json" \
    -n "artgenctl config show" "$CTL --stack-dir $STACK config show" >/dev/null
python3 - "$work/show.json" <<'PY'
import json, statistics, sys
t = json.load(open(sys.argv[1]))["results"][0]["times"]
print(f"artgenctl config show: median {statistics.median(t)*1000:.1f} ms, "
      f"min {min(t)*1000:.1f} ms over {len(t)} runs (goal < 50 ms)")
PY

docker inspect art_generation_frontend >/dev/null 2>&1 || { echo "demo stack not running: apply part skipped"; exit 0; }
steps() { # the job's step timings ("  <step>: N ms") from stderr, with the wall time
    local label=$1; shift
    local start end
    start=$(date +%s%N)
    "$CTL" --stack-dir "$STACK" config "$@" --yes >"$work/out" 2>"$work/err" || {
        cat "$work/out" "$work/err" >&2; exit 1; }
    end=$(date +%s%N)
    echo "$label: $(( (end - start) / 1000000 )) ms wall"
    grep -E '^  .*: [0-9]+ ms$' "$work/err" | sed 's/^/  /'
}
current=$("$CTL" --stack-dir "$STACK" config show --json | python3 -c \
    'import json,sys; d=json.load(sys.stdin); print(d["nginx.proxy_read_timeout"]["value"], d["gunicorn.workers"]["value"])')
read -r timeout workers <<<"$current"
new_timeout=$(( ${timeout%s} == 170 ? 171 : 170 ))
new_workers=$(( workers == 6 ? 5 : 6 ))
steps "config set nginx.proxy_read_timeout=$new_timeout" set "nginx.proxy_read_timeout=$new_timeout"
steps "config rollback (nginx)" rollback
steps "config set gunicorn.workers=$new_workers" set "gunicorn.workers=$new_workers"
steps "config rollback (gunicorn)" rollback
for f in "${FILES[@]}"; do cmp -s "$work/saved/$f" "$STACK/$f" || { echo "NOT restored: $f" >&2; exit 1; }; done
echo "files restored byte for byte"

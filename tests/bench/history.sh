#!/usr/bin/env bash
# The history's cost for the demo stack's series (5 containers × 6, PostgreSQL 12, Redis 8,
# Celery 4 at 10 s, API 2 at 2 s): memory of 24 h (goal < 30 MB) and the median time to
# downsample 5 min, 1 h, 6 h and 24 h windows to 1 000 columns (the same whatever the window).
# No Docker needed.
#   tests/bench/history.sh [REPEATS]     (default 101)
# BENCH_PER_SERIES=1 adds the time of one cold 24 h read of each series.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
BENCH=$BUILD/tests/bench/bench_history
if [ ! -x "$BENCH" ]; then echo "build first: scripts/dev.sh build" >&2; exit 1; fi
"$BENCH" "${1:-101}"

#!/usr/bin/env bash
# Runs shellcheck over every shell file of the project: scripts/, .ci/run, the benchmarks and the demo
# stack's scripts (found at run time, so a new file is checked without touching CMake).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
if ! command -v shellcheck >/dev/null 2>&1; then
    echo "shellcheck is not installed (apt-get install shellcheck; scripts/dev.sh deps does it)" >&2
    exit 1
fi
mapfile -t files < <({ printf '%s\n' .ci/run; find scripts tests resources/demo-stack -name '*.sh' -type f; } | sort)
echo "shellcheck $(shellcheck --version | sed -n 's/^version: //p') over ${#files[@]} files"
shellcheck -x "${files[@]}"
echo "clean"

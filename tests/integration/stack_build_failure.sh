#!/usr/bin/env bash
# A base image build that fails (an unknown package, through the test-only
# STACK_BASE_EXTRA_PACKAGES) must make `scripts/dev.sh stack up` and
# `scripts/stack.sh base-image` exit with mmdebstrap's own exit code, print
# mmdebstrap's own last lines, and leave no image behind; the real base image's
# tags are not touched. Real mmdebstrap, real dockerd: nothing is faked.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=scripts/stack.sh
source "$ROOT/scripts/stack.sh"

fail() { echo "FAIL: $*" >&2; exit 1; }
if ! _stack_docker_ok || ! command -v mmdebstrap >/dev/null 2>&1; then
    if [ "${CI:-}" = true ] || [ "${ARTGEN_REQUIRE_STACK:-}" = 1 ]; then fail "Docker or mmdebstrap missing"; fi
    echo "SKIP: no Docker daemon or no mmdebstrap (scripts/dev.sh stack up first)"; exit 77
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export STACK_BASE_EXTRA_PACKAGES=artgen-no-such-package-$$
export STACK_LOGDIR=$work/logs
ref=$(stack_base_image_ref)
latest_before=$(docker image inspect -f '{{.Id}}' "$STACK_BASE_REPO:latest" 2>/dev/null || echo none)
case "$ref" in "$STACK_BASE_REPO:"*) ;; *) fail "unexpected reference $ref" ;; esac
[ "$ref" != "$(STACK_BASE_EXTRA_PACKAGES='' stack_base_image_ref)" ] || fail "the override did not change the image's tag"

check_run() {   # check_run NAME COMMAND...
    local name=$1 rc mrc; shift
    rc=0
    "$@" >"$work/out" 2>"$work/err" || rc=$?
    mrc=$(cat "$STACK_LOGDIR/mmdebstrap.rc" 2>/dev/null) || fail "$name: no mmdebstrap.rc written"
    echo "$name: exit code $rc, mmdebstrap's $mrc"
    [ "$rc" -ne 0 ] || fail "$name exited 0"
    [ "$mrc" -ne 0 ] || fail "$name: mmdebstrap's status file says 0 (the stream was written into it?)"
    [ "$rc" -eq "$mrc" ] || fail "$name exited $rc, not mmdebstrap's $mrc"
    [ "$(stat -c %s "$STACK_LOGDIR/mmdebstrap.rc")" -lt 8 ] || fail "$name: mmdebstrap.rc holds more than a number"
    grep -q "building the base image failed (mmdebstrap exit code $mrc" "$work/err" || { cat "$work/err" >&2; fail "$name: no error with the exit code"; }
    # mmdebstrap's own words about the unknown package, not only ours
    grep -q "$STACK_BASE_EXTRA_PACKAGES" "$work/err" || { cat "$work/err" >&2; fail "$name: mmdebstrap's last lines do not name the package"; }
    grep -q '^stack:   | ' "$work/err" || fail "$name: no log lines quoted"
    if docker image inspect "$ref" >/dev/null 2>&1; then fail "$name left the image $ref behind"; fi
    if docker image ls -q --filter "label=org.artgen-demo.base-hash=${ref##*:}" | grep . >/dev/null; then
        fail "$name left an image labelled with the failed hash"
    fi
    [ "$(docker image inspect -f '{{.Id}}' "$STACK_BASE_REPO:latest" 2>/dev/null || echo none)" = "$latest_before" ] \
        || fail "$name moved $STACK_BASE_REPO:latest"
    sed -n 's/^/    /p' "$work/err" | tail -n 4
}

check_run "scripts/stack.sh base-image" bash "$ROOT/scripts/stack.sh" base-image
rm -f "$STACK_LOGDIR/mmdebstrap.rc"
check_run "scripts/dev.sh stack up" bash "$ROOT/scripts/dev.sh" stack up
echo "PASS"

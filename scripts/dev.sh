#!/usr/bin/env bash
# scripts/dev.sh — the developer's and CI's one entry point.
#
#   scripts/dev.sh run            install what is missing, build (Release), bring up the demo
#                                 stack and start artgen-panel on the demo profile
#   scripts/dev.sh test           the same set-up, then ctest over every test (unit,
#                                 integration, gui); ends with ctest's summary line
#   scripts/dev.sh build          install what is missing and build
#   scripts/dev.sh stack up|down|purge|status
#                                 the demo stack (up waits until every service is healthy;
#                                 purge removes its containers, volumes, images and .env)
#   scripts/dev.sh deps           only install the Debian packages
#
# Environment: BUILD_DIR (default build/release), CI=true or ARTGEN_REQUIRE_STACK=1 make a
# missing demo stack a test failure instead of a skip. CI=true or ARTGEN_COLD=1 purge the demo
# stack first, so that `test` proves the cold path: rootfs, images, secrets and initdb from
# nothing, as on a new machine.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
STACK_DIR=$ROOT/resources/demo-stack
export STACK_LOGDIR=${STACK_LOGDIR:-$BUILD_DIR/logs}

# shellcheck source=stack.sh source-path=SCRIPTDIR
source "$ROOT/scripts/stack.sh"

say() { printf '==> %s\n' "$*" >&2; }
# Each long step ends with how long it took, so a user knows what the next run will cost.
took() { printf '==> %s in %d s\n' "$1" "$((SECONDS - $2))" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
    qtkeychain-qt6-dev libpq-dev libhiredis-dev libspdlog-dev libyaml-cpp-dev libexpected-dev
    zlib1g-dev libzstd-dev libssl-dev
    fontconfig fonts-dejavu-core xvfb xauth xdotool
    postgresql-client redis-tools apache2-utils hyperfine openssh-client openssh-server socat openssl
    shellcheck
    dbus gnome-keyring libsecret-1-0
)

missing_packages() {
    local p status
    for p in "$@"; do
        status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
        [ "$status" = "install ok installed" ] || printf '%s\n' "$p"
    done
}

ensure_deps() {
    # shellcheck disable=SC2207
    local all=("${BUILD_PACKAGES[@]}" $(stack_packages))
    local missing
    missing=$(missing_packages "${all[@]}")
    [ -z "$missing" ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        missing=$(printf '%s\n' "$missing" | paste -sd' ' -)
        die "missing packages: $missing. Install them as root: apt-get install $missing"
    fi
    local n t0=$SECONDS
    n=$(printf '%s\n' "$missing" | wc -l)
    say "installing $n missing Debian packages with their dependencies (about 1 min on a new machine): $(printf '%s\n' "$missing" | paste -sd' ' -)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086  # one package name per word
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 $missing >/dev/null
    took "packages installed" "$t0"
}

build() {
    ensure_deps
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        say "configuring ($BUILD_DIR)"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    fi
    local t0=$SECONDS
    say "building (about 4 min with an empty ccache, under a minute with a warm one)"
    # Paths hashed relative to the checkout: a fresh clone elsewhere (CI) reuses the cache.
    CCACHE_BASEDIR="$ROOT" cmake --build "$BUILD_DIR" -j2
    took "built" "$t0"
}

stack_cmd() {
    case "${1:-}" in
        up) ensure_deps; stack_up "$STACK_DIR" ;;
        down) stack_down "$STACK_DIR" ;;
        purge) stack_purge "$STACK_DIR" ;;
        status) stack_status "$STACK_DIR" ;;
        *) die "usage: scripts/dev.sh stack up|down|purge|status" ;;
    esac
}

have_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

run_panel() {
    build
    if ! stack_up "$STACK_DIR"; then
        say "the demo stack did not come up (see above); the panel starts anyway and shows it"
    fi
    if ! have_display; then
        cat >&2 <<MSG
dev.sh: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the panel cannot open a window.
Run it under a virtual display instead:
    xvfb-run -a -s '-screen 0 1280x800x24' $BUILD_DIR/src/gui/artgen-panel
MSG
        exit 1
    fi
    say "starting artgen-panel (demo profile)"
    exec "$BUILD_DIR/src/gui/artgen-panel" --stack-dir "$STACK_DIR" "$@"
}

cold_wanted() {
    [ "${CI:-}" = true ] || [ "${ARTGEN_COLD:-}" = 1 ]
}

run_tests() {
    local required=0 stack_rc=0 t0
    if [ "${CI:-}" = true ] || [ "${ARTGEN_REQUIRE_STACK:-}" = 1 ]; then required=1; fi
    build
    t0=$SECONDS
    if cold_wanted; then
        # A machine that has the images cached must still prove that a new one can build them.
        ensure_dockerd "$STACK_LOGDIR" || stack_rc=$?
        if [ "$stack_rc" -eq 0 ]; then stack_purge "$STACK_DIR" || stack_rc=$?; fi
    fi
    if [ "$stack_rc" -eq 0 ]; then stack_up "$STACK_DIR" || stack_rc=$?; fi
    took "demo stack set-up$(cold_wanted && echo ' (cold: purged first)')" "$t0"
    if [ "$stack_rc" -ne 0 ]; then
        if [ "$required" = 1 ]; then
            say "the demo stack is required here but did not come up (exit code $stack_rc): integration tests will fail"
        else
            say "no demo stack: integration tests will be skipped"
        fi
    fi
    say "running tests"
    cd "$BUILD_DIR"
    t0=$SECONDS
    local rc=0
    ctest --output-on-failure -j2 --timeout 900 || rc=$?
    took "tests" "$t0"
    if [ "$required" = 1 ] && [ "$stack_rc" -ne 0 ]; then
        say "FAILED: the demo stack did not come up (exit code $stack_rc; see above)"
        [ "$rc" -ne 0 ] || rc=$stack_rc
    fi
    return "$rc"
}

case "${1:-}" in
    run) shift; run_panel "$@" ;;
    test) run_tests ;;
    build) build ;;
    deps) ensure_deps ;;
    stack) shift; stack_cmd "$@" ;;
    *) _stack_usage "$0" >&2; exit 64 ;;
esac

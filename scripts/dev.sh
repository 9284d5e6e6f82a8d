#!/usr/bin/env bash
# scripts/dev.sh — the developer's and CI's one entry point.
#
#   scripts/dev.sh run            install what is missing, build (Release), bring up the demo
#                                 stack and start artgen-panel on the demo profile
#   scripts/dev.sh test           the same set-up, then ctest over every test (unit,
#                                 integration, gui); ends with ctest's summary line
#   scripts/dev.sh build          install what is missing and build
#   scripts/dev.sh stack up|down|status
#                                 the demo stack (up waits until every service is healthy)
#   scripts/dev.sh deps           only install the Debian packages
#
# Environment: BUILD_DIR (default build/release), CI=true or ARTGEN_REQUIRE_STACK=1 make a
# missing demo stack a test failure instead of a skip.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$ROOT/build/release}
STACK_DIR=$ROOT/resources/demo-stack
export STACK_LOGDIR=${STACK_LOGDIR:-$BUILD_DIR/logs}

# shellcheck source=stack.sh
source "$ROOT/scripts/stack.sh"

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }

BUILD_PACKAGES=(
    cmake ninja-build g++ ccache pkg-config git
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
    qtkeychain-qt6-dev libpq-dev libhiredis-dev libspdlog-dev libyaml-cpp-dev libexpected-dev
    zlib1g-dev libzstd-dev libssl-dev
    fontconfig fonts-dejavu-core xvfb xauth
    postgresql-client redis-tools apache2-utils hyperfine openssh-client openssh-server socat openssl
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
        die "missing packages: $(echo $missing). Install them as root: apt-get install $(echo $missing)"
    fi
    say "installing: $(echo $missing)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 $missing >/dev/null
}

build() {
    ensure_deps
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        say "configuring ($BUILD_DIR)"
        cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
            -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    fi
    say "building"
    # Paths hashed relative to the checkout: a fresh clone elsewhere (CI) reuses the cache.
    CCACHE_BASEDIR="$ROOT" cmake --build "$BUILD_DIR" -j2
}

stack_cmd() {
    case "${1:-}" in
        up) ensure_deps; stack_up "$STACK_DIR" ;;
        down) stack_down "$STACK_DIR" ;;
        status) stack_status "$STACK_DIR" ;;
        *) die "usage: scripts/dev.sh stack up|down|status" ;;
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

run_tests() {
    build
    if ! stack_up "$STACK_DIR"; then
        if [ "${CI:-}" = true ] || [ "${ARTGEN_REQUIRE_STACK:-}" = 1 ]; then
            say "the demo stack is required here but did not come up: integration tests will fail"
        else
            say "no demo stack: integration tests will be skipped"
        fi
    fi
    say "running tests"
    cd "$BUILD_DIR"
    ctest --output-on-failure -j2 --timeout 900
}

case "${1:-}" in
    run) shift; run_panel "$@" ;;
    test) run_tests ;;
    build) build ;;
    deps) ensure_deps ;;
    stack) shift; stack_cmd "$@" ;;
    *) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64 ;;
esac

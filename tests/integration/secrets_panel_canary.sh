#!/usr/bin/env bash
# The running panel with a secret the keychain should hold but cannot give (no D-Bus session):
# at start its PostgreSQL monitor needs the password, the panel asks in its dialog, the password
# is typed there (xdotool, under Xvfb), the monitor signs in with it (seen in pg_stat_activity),
# and the typed value is then in 0 files of the settings, data, log and home folders and in 0
# /proc/*/cmdline while the panel works with it, and after it ends. The value typed is the demo
# stack's real PostgreSQL password: the canary, searched for as is.
#   secrets_panel_canary.sh ARTGEN_PANEL ARTGENCTL
set -euo pipefail
PANEL=$1
ARTGENCTL=$2
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEMO=${ARTGEN_DEMO_STACK:-$ROOT/resources/demo-stack}
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
say() { printf -- '--- %s\n' "$*"; }
until_true() { # SECONDS COMMAND…: true once COMMAND succeeds, false after SECONDS
    local end=$((SECONDS + $1)); shift
    until "$@"; do [ "$SECONDS" -ge "$end" ] && return 1; sleep 0.5; done
}

missing=()
for tool in xvfb-run xdotool docker sha256sum; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    reason="missing ${missing[*]} (Debian packages xvfb, xdotool; scripts/dev.sh deps installs them)"
    [ "${CI:-}" = true ] && fail "$reason"
    echo "SKIP: $reason"; exit 77
fi
env_value() { sed -n "s/^$1=//p" "$DEMO/Docker_all/.env" | head -n 1; }
if [ ! -f "$DEMO/Docker_all/.env" ] ||
    ! docker inspect -f '{{.State.Health.Status}}' art_generation_postgres 2>/dev/null | grep -qx healthy; then
    reason="the demo stack is not up (scripts/dev.sh stack up)"
    [ "${CI:-}" = true ] && fail "$reason"
    echo "SKIP: $reason"; exit 77
fi
CANARY=$(env_value POSTGRES_PASSWORD)
PGUSER=$(env_value POSTGRES_USER)
PGDB=$(env_value POSTGRES_DB)
[ ${#CANARY} -ge 8 ] || fail "the demo's PostgreSQL password is too short to search for"

WORK=$(mktemp -d)
PANEL_PID=
cleanup() {
    [ -n "$PANEL_PID" ] && kill "$PANEL_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export XDG_CACHE_HOME=$WORK/cache XDG_RUNTIME_DIR=$WORK/run
export ARTGEN_CONFIG=$WORK/config/artgen/artgen.conf LANGUAGE=en
unset DBUS_SESSION_BUS_ADDRESS WAYLAND_DISPLAY
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# The stack folder: the demo's compose file and a .env without the PostgreSQL password.
STACK=$WORK/stack
mkdir -p "$STACK/Docker_all"
cp "$DEMO/Docker_all/docker-compose.yml" "$STACK/Docker_all/"
grep -v '^POSTGRES_PASSWORD=' "$DEMO/Docker_all/.env" >"$STACK/Docker_all/.env"
grep -q '^POSTGRES_PASSWORD=' "$STACK/Docker_all/.env" && fail "the copy's .env still holds the password"

# A profile whose settings say the keychain holds its PostgreSQL password (SecretReferences:
# ui/secrets/keychain/<the name's SHA-256, 16 hex digits> in the settings file).
NAME=Canary
"$ARTGENCTL" profiles add "$NAME" --stack-dir "$STACK" >/dev/null || fail "profiles add"
hash=$(printf '%s' "$NAME" | sha256sum | cut -c1-16)
if grep -q '^\[ui\]$' "$ARTGEN_CONFIG"; then
    sed -i "s/^\[ui\]\$/[ui]\nsecrets\\\\keychain\\\\$hash=postgres-password/" "$ARTGEN_CONFIG"
else
    printf '\n[ui]\nsecrets\\keychain\\%s=postgres-password\n' "$hash" >>"$ARTGEN_CONFIG"
fi
"$ARTGENCTL" --profile "$NAME" secret status 2>/dev/null | grep -q 'postgres-password.*cannot be read now' ||
    fail "the settings do not say the keychain holds the password"

# Prints every file and process command line that holds the canary. The test's own commands
# never carry it in their argv (a pattern file, PGPASSWORD from the environment), so any
# command line that holds it is a leak.
printf '%s\n' "$CANARY" >"$WORK/canary.pattern"
canary_places() {
    grep -r -a -l -F -f "$WORK/canary.pattern" "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" \
        "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" 2>/dev/null || true
    local f
    grep -l -a -F -f "$WORK/canary.pattern" /proc/[0-9]*/cmdline 2>/dev/null | while read -r f; do
        printf '%s: %s\n' "$f" "$(tr '\0' ' ' <"$f" | cut -c1-60)"
    done || true
}
monitors() {
    PGPASSWORD=$CANARY docker exec -e PGPASSWORD art_generation_postgres psql -X -A -t -U "$PGUSER" \
        -d "$PGDB" -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'artgen-monitor'" 2>/dev/null
}
[ "$(monitors)" = 0 ] || fail "an artgen-monitor session is there before the panel starts"

export PANEL NAME WORK CANARY
# Everything that needs the display runs inside one xvfb-run (the script's variables are the
# inner shell's, hence single quotes).
# shellcheck disable=SC2016
xvfb-run -a -s '-screen 0 1280x800x24' bash -c '
    set -u
    "$PANEL" --profile "$NAME" --page charts >"$WORK/panel.log" 2>&1 &
    echo $! >"$WORK/panel.pid"
    for _ in $(seq 1 120); do
        win=$(xdotool search --onlyvisible --name "Secret needed" 2>/dev/null | head -n 1)
        [ -n "$win" ] && break
        sleep 0.5
    done
    if [ -z "${win:-}" ]; then
        echo "no password dialog; windows:"
        for w in $(xdotool search --onlyvisible --name "." 2>/dev/null); do xdotool getwindowname "$w"; done
        cat "$WORK/panel.log"; exit 1
    fi
    xdotool windowactivate --sync "$win" 2>/dev/null || xdotool windowfocus --sync "$win"
    sleep 0.5
    printf "%s" "$CANARY" | xdotool type --delay 20 --file -
    xdotool key Return
    # Keep the display while the checks run outside; the panel ends with the trap.
    while kill -0 "$(cat "$WORK/panel.pid")" 2>/dev/null && [ ! -e "$WORK/done" ]; do sleep 0.5; done
' >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
until_true 90 test -s "$WORK/panel.pid" || fail "the panel did not start"
PANEL_PID=$(cat "$WORK/panel.pid")
say "the panel asks for the password; typed into its dialog"
signed_in() { [ "$(monitors)" -ge 1 ] 2>/dev/null; }
until_true 90 signed_in ||
    { cat "$WORK/xvfb.log" "$WORK/panel.log"; fail "the panel's monitor never signed in with the typed password"; }
say "the panel's PostgreSQL monitor signed in with it"
kill -0 "$PANEL_PID" 2>/dev/null || fail "the panel ended"
places=$(canary_places)
[ -z "$places" ] || fail "the password is in files or command lines while the panel works with it: $places"
say "password in 0 files and 0 command lines while the panel works with it"
touch "$WORK/done"
kill "$PANEL_PID" 2>/dev/null || true
wait "$XVFB_PID" 2>/dev/null || true
PANEL_PID=
places=$(canary_places)
[ -z "$places" ] || fail "the password was left in: $places"
grep -a -q -F -f "$WORK/canary.pattern" "$WORK/panel.log" "$WORK/xvfb.log" &&
    fail "the password is in the panel's output"
say "and in 0 files after it ended"

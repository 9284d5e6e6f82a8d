#!/usr/bin/env bash
# Secrets against a real Secret Service and without one. Real programs only: gnome-keyring-daemon
# unlocked inside a private dbus-run-session, artgenctl, and socat as the API that records the
# Authorization header artgenctl sends (loadtest --token-from-profile).
#   keyring:    SecretStore round trip; `secret import` copies the .env's secrets, `secret set`
#               reads stdin (never argv); settings hold names only; with the .env emptied the
#               keychain's token reaches the API; with the demo stack up, PostgreSQL and Redis
#               take the keychain's passwords (a copy of its .env without them).
#   restarted:  a new keyring daemon on the same files: the token survives; `secret forget`.
#   no-dbus:    no D-Bus session; nobus: a D-Bus without a Secret Service. The exact cause is
#               said once; a pipe gets an error saying how to give the secret; a terminal
#               (script(1)) is asked with echo off and the typed canary is used; the canary is
#               in no file under the settings, data, log and home folders and in no
#               /proc/*/cmdline while artgenctl works with it.
# Usage: secrets_keychain.sh ARTGENCTL TST_SECRETSTORE [--phase NAME]
set -uo pipefail
ARTGENCTL=${1:?usage: secrets_keychain.sh ARTGENCTL TST_SECRETSTORE}
STORE_TEST=${2:?usage: secrets_keychain.sh ARTGENCTL TST_SECRETSTORE}
SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

fail() { echo "FAIL${PHASE:+ ($PHASE)}: $*" >&2; exit 1; }
say() { echo "--- ${PHASE:-setup}: $*"; }

# ctl ARGS...: artgenctl on the test's stack, stdout and stderr kept in $OUT/ctl.{out,err}.
ctl() {
    local rc=0
    "$ARTGENCTL" --stack-dir "$STACK" "$@" >"$OUT/ctl.out" 2>"$OUT/ctl.err" </dev/null || rc=$?
    return "$rc"
}
ctl_in() {   # ctl_in TEXT ARGS...: the same with TEXT on a pipe as standard input
    local text=$1 rc=0; shift
    printf '%s' "$text" | "$ARTGENCTL" --stack-dir "$STACK" "$@" >"$OUT/ctl.out" 2>"$OUT/ctl.err" || rc=$?
    return "$rc"
}
show() { echo "  stdout: $(cat "$OUT/ctl.out")"; echo "  stderr: $(cat "$OUT/ctl.err")"; }
status_of() { grep "^$1 " "$OUT/ctl.out" | sed "s/^$1 *//"; }

# until_true SECONDS COMMAND...: polls COMMAND every 0.1 s until it succeeds or time is up.
until_true() {
    local deadline=$((SECONDS + $1)); shift
    until "$@"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

secrets_owned() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
}
start_keyring() {
    printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets \
        >"$OUT/keyring.out" 2>&1 || fail "gnome-keyring-daemon --unlock: $(cat "$OUT/keyring.out")"
    until_true 20 secrets_owned || fail "no org.freedesktop.secrets on the session bus after 20 s"
}
stop_keyring() {
    local pid
    pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk '{print $2}')
    [ -n "$pid" ] && kill "$pid" 2>/dev/null
    until_true 20 secrets_gone || fail "gnome-keyring-daemon $pid did not end"
}
secrets_gone() { ! secrets_owned; }

requests_with() { grep -c "^authorization: Bearer $1\$" "$OUT/http/requests" 2>/dev/null; }
api_saw() { [ "$(requests_with "$1")" -ge 1 ]; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
loadtest() { ctl loadtest "$API_URL" -n 3 -c 1 --token-from-profile; }

# canary_count TEXT: occurrences in every file of the settings, data, log and home folders and
# in every process's command line. The pattern goes through a file: grep's own command line
# must not hold it.
canary_count() {
    local files procs
    printf '%s\n' "$1" >"$OUT/canary.pattern"
    files=$(grep -r -a -o -F -f "$OUT/canary.pattern" "$WORK/home" "$WORK/config" "$WORK/data" \
        "$WORK/cache" "$WORK/run" 2>/dev/null | wc -l)
    procs=$(grep -l -a -F -f "$OUT/canary.pattern" /proc/[0-9]*/cmdline 2>/dev/null | wc -l)
    echo $((files + procs))
}

phase_keyring() {
    start_keyring
    say "SecretStore round trip in gnome-keyring"
    ARTGEN_KEYCHAIN_EXPECT=available ARTGEN_KEYCHAIN_VALUE="store-$CANARY" "$STORE_TEST" \
        >"$OUT/store.out" 2>&1 || { cat "$OUT/store.out"; fail "tst_secretstore"; }

    ctl secret status || { show; fail "secret status"; }
    [ "$(status_of api-token)" = .env ] || { show; fail "api-token should come from .env"; }
    [ ! -s "$OUT/ctl.err" ] || { show; fail "a keychain nobody uses was reported"; }

    say "import copies the .env's secrets into the keychain"
    ctl secret import || { show; fail "secret import"; }
    grep -q "Copied 3 secret" "$OUT/ctl.out" || { show; fail "import did not copy 3 secrets"; }
    ctl secret status || { show; fail "secret status"; }
    for name in postgres-password redis-password api-token; do
        [ "$(status_of $name)" = keychain ] || { show; fail "$name is not in the keychain"; }
    done

    say "set reads stdin, never argv"
    ctl secret set api-token "argv-$CANARY" && fail "a value on the command line was accepted"
    ctl_in "$TOKEN" secret set api-token || { show; fail "secret set api-token"; }
    grep -q "Stored the API token of profile stack in the keychain" "$OUT/ctl.out" || { show; fail "set said nothing"; }
    grep -q -F -- "$TOKEN" "$OUT/ctl.out" "$OUT/ctl.err" && fail "set printed the value"
    grep -q 'api-token' "$ARTGEN_CONFIG" || fail "the settings do not name the secret"

    say "the keychain's token reaches the API with the .env emptied"
    printf 'POSTGRES_USER=app\nPOSTGRES_DB=art\n' >"$STACK/Docker_all/.env"
    loadtest || { show; fail "loadtest --token-from-profile"; }
    [ "$(requests_with "$TOKEN")" -ge 1 ] || fail "the API never saw the keychain's token"
    demo_stack_takes_the_keychains_passwords
    stop_keyring
}

# The demo stack's PostgreSQL and Redis, reached with passwords only the keychain holds.
demo_stack_takes_the_keychains_passwords() {
    local env=$ROOT/resources/demo-stack/Docker_all/.env demo=$WORK/demo name
    # Its own settings file, so the other phases' checks of the settings see only their profile.
    local -x ARTGEN_CONFIG=$WORK/config/artgen/demo.conf
    if [ ! -f "$env" ] || ! port_open 15432 || ! port_open 16379; then
        if [ "${CI:-}" = true ] || [ "${ARTGEN_REQUIRE_STACK:-}" = 1 ]; then fail "the demo stack is not up"; fi
        say "SKIP the demo stack part: it is not up (scripts/dev.sh stack up)"; return 0
    fi
    say "the demo stack's PostgreSQL and Redis take the keychain's passwords"
    mkdir -p "$demo/Docker_all"
    cp "$ROOT/resources/demo-stack/Docker_all/docker-compose.yml" "$demo/Docker_all/"
    grep -v -E '^(POSTGRES_PASSWORD|REDIS_PASSWORD)=' "$env" >"$demo/Docker_all/.env"
    "$ARTGENCTL" --stack-dir "$demo" connections >"$OUT/demo.out" 2>&1 && fail "connected without the passwords"
    grep -q 'no password supplied' "$OUT/demo.out" || { cat "$OUT/demo.out"; fail "PostgreSQL did not miss its password"; }
    for name in POSTGRES_PASSWORD REDIS_PASSWORD; do
        grep "^$name=" "$env" | cut -d= -f2- | "$ARTGENCTL" --stack-dir "$demo" secret set \
            "$(echo "${name%_PASSWORD}-password" | tr '[:upper:]' '[:lower:]')" >/dev/null \
            || fail "secret set for $name"
    done
    "$ARTGENCTL" --stack-dir "$demo" connections >"$OUT/demo.out" 2>&1 \
        || { cat "$OUT/demo.out"; fail "the keychain's passwords did not open PostgreSQL and Redis"; }
    for name in PostgreSQL Redis; do
        grep -q "^$name .* OK\$" "$OUT/demo.out" || { cat "$OUT/demo.out"; fail "$name gave no figures"; }
    done
}

phase_restarted() {
    start_keyring
    say "a new keyring daemon and a new artgenctl still have the token"
    ctl secret status || { show; fail "secret status"; }
    [ "$(status_of api-token)" = keychain ] || { show; fail "the token did not survive"; }
    : >"$OUT/http/requests"
    loadtest || { show; fail "loadtest after the restart"; }
    [ "$(requests_with "$TOKEN")" -ge 1 ] || fail "the token did not reach the API after the restart"

    say "forget"
    ctl secret forget postgres-password || { show; fail "secret forget"; }
    ctl secret status || { show; fail "secret status"; }
    [ "$(status_of postgres-password)" = missing ] || { show; fail "postgres-password was not forgotten"; }
    grep -q 'postgres-password' "$ARTGEN_CONFIG" && fail "the settings still name the forgotten secret"
    stop_keyring
}

# no_keychain CAUSE DETAIL: the keychain holds api-token by the settings, but cannot be reached;
# the error names QtKeychain's CAUSE and carries the backend's DETAIL.
no_keychain() {
    local cause=$1 detail=$2 canary="typed-$CANARY-$PHASE" pid deadline
    ARTGEN_KEYCHAIN_EXPECT=$cause ARTGEN_KEYCHAIN_VALUE="store-$CANARY" "$STORE_TEST" \
        >"$OUT/store.out" 2>&1 || { cat "$OUT/store.out"; fail "tst_secretstore"; }
    grep 'write:' "$OUT/store.out" | sed 's/^/  /'

    ctl secret status || { show; fail "secret status"; }
    [ "$(grep -c "($cause)" "$OUT/ctl.err")" -eq 1 ] || { show; fail "the cause $cause is not said exactly once"; }
    grep -q -F -- "$detail" "$OUT/ctl.err" || { show; fail "the backend's text \"$detail\" is not reported"; }
    status_of api-token | grep -q 'cannot be read now' || { show; fail "status hides the unreadable keychain"; }

    say "a pipe: an error saying how to give it"
    loadtest && fail "loadtest without the token succeeded"
    show
    [ "$(grep -c "($cause)" "$OUT/ctl.err")" -eq 2 ] || fail "the cause is not said once and named in the error"
    grep -q 'terminal' "$OUT/ctl.err" || fail "the error does not say how to give the secret"

    say "a terminal: asked with echo off, kept in memory"
    : >"$OUT/http/requests"
    rm -f "$OUT/tty.in"; mkfifo "$OUT/tty.in"
    script -q -e -c "'$ARTGENCTL' --stack-dir '$STACK' loadtest '$API_URL' -n 40 -c 1 --rate 10 --token-from-profile" \
        /dev/null <"$OUT/tty.in" >"$OUT/tty.out" 2>&1 &
    pid=$!
    exec 7>"$OUT/tty.in"
    until_true 30 grep -q 'not shown' "$OUT/tty.out" || { cat "$OUT/tty.out"; fail "no prompt"; }
    printf '%s\n' "$canary" >&7
    until_true 30 api_saw "$canary" || { cat "$OUT/tty.out"; fail "the typed token never reached the API"; }
    kill -0 "$pid" 2>/dev/null || fail "artgenctl ended before the canary could be looked for"
    [ "$(canary_count "$canary")" -eq 0 ] || fail "the canary is in a file or a command line while artgenctl runs"
    say "canary in 0 files and 0 command lines while artgenctl sends it"
    deadline=0
    wait "$pid" || deadline=$?
    exec 7>&-
    [ "$deadline" -eq 0 ] || { cat "$OUT/tty.out"; fail "artgenctl loadtest exited $deadline"; }
    grep -q -F -- "$canary" "$OUT/tty.out" && fail "the typed secret was echoed"
    [ "$(grep -c "($cause)" "$OUT/tty.out")" -eq 1 ] || { cat "$OUT/tty.out"; fail "the cause is not said once on the terminal"; }
    [ "$(requests_with "$canary")" -ge 2 ] || fail "the typed token was not used for every request"
    [ "$(canary_count "$canary")" -eq 0 ] || fail "the canary was left in a file"
}

case "${3:-}" in
--phase)
    PHASE=$4
    case "$PHASE" in
    keyring) phase_keyring ;;
    restarted) phase_restarted ;;
    nobus) no_keychain "${5:?cause}" "${6:?detail}" ;;
    *) fail "unknown phase $PHASE" ;;
    esac
    exit 0 ;;
esac

missing=()
for tool in dbus-run-session dbus-daemon dbus-send gnome-keyring-daemon socat script mkfifo; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
# Not `| grep -q`: grep quitting at the first match can end ldconfig with SIGPIPE, and with
# pipefail the pipeline then fails as if the library were missing.
ldconfig -p 2>/dev/null | grep 'libsecret-1\.so\.0' >/dev/null || missing+=(libsecret-1.so.0)
if [ ${#missing[@]} -gt 0 ]; then
    reason="missing ${missing[*]} (Debian packages dbus, gnome-keyring, libsecret-1-0, socat, bsdutils; scripts/dev.sh deps installs them)"
    [ "${CI:-}" = true ] && fail "$reason"
    echo "SKIP: $reason"; exit 77
fi

WORK=$(mktemp -d)
SOCAT_PID=
cleanup() {
    [ -n "$SOCAT_PID" ] && kill "$SOCAT_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export WORK OUT=$WORK/out STACK=$WORK/stack
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export XDG_CACHE_HOME=$WORK/cache XDG_RUNTIME_DIR=$WORK/run ARTGEN_CONFIG=$WORK/config/artgen/artgen.conf
export ARTGENCTL STORE_TEST QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
mkdir -p "$OUT/http" "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$STACK/Docker_all"
chmod 700 "$XDG_RUNTIME_DIR"
export CANARY="canary-$$-$RANDOM$RANDOM" KEYRING_PASSWORD="keyring-$$-$RANDOM"
export TOKEN="token-$CANARY"
printf 'services: {}\n' >"$STACK/Docker_all/docker-compose.yml"
printf 'POSTGRES_USER=app\nPOSTGRES_DB=art\nPOSTGRES_PASSWORD=pg-%s\nREDIS_PASSWORD=redis-%s\nAPI_TOKEN=env-%s\n' \
    "$CANARY" "$CANARY" "$CANARY" >"$STACK/Docker_all/.env"

# The API: one response per connection, each request's headers appended (lower-cased) to a file.
cat >"$WORK/respond.sh" <<'RESPOND'
#!/usr/bin/env bash
while IFS= read -r line; do
    line=${line%$'\r'}
    [ -z "$line" ] && break
    printf '%s\n' "${line,,}" | sed 's/^authorization: bearer /authorization: Bearer /' >>"$OUT/http/requests"
done
printf 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'
RESPOND
chmod +x "$WORK/respond.sh"
for port in $((20000 + $$ % 20000)) $((20001 + $$ % 20000)) $((20002 + $$ % 20000)); do
    socat TCP-LISTEN:"$port",bind=127.0.0.1,reuseaddr,fork EXEC:"$WORK/respond.sh" 2>"$OUT/socat.err" &
    SOCAT_PID=$!
    if until_true 5 port_open "$port"; then break; fi
    kill "$SOCAT_PID" 2>/dev/null; SOCAT_PID=
done
[ -n "$SOCAT_PID" ] || fail "socat could not listen: $(cat "$OUT/socat.err")"
export API_URL=http://127.0.0.1:$port/api/v1/health
: >"$OUT/http/requests"

dbus-run-session -- bash "$SELF" "$ARTGENCTL" "$STORE_TEST" --phase keyring || exit 1
dbus-run-session -- bash "$SELF" "$ARTGENCTL" "$STORE_TEST" --phase restarted || exit 1

# A session bus with no service files: nothing can start a Secret Service.
cat >"$WORK/nosecrets.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$WORK/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
echo "--- no D-Bus session"
# QtKeychain (libsecret) says OtherError for both, with libdbus' and the bus' own words.
bash "$SELF" "$ARTGENCTL" "$STORE_TEST" --phase nobus OtherError \
    'Cannot autolaunch D-Bus without X11 $DISPLAY' || exit 1
echo "--- a D-Bus session without a Secret Service"
dbus-run-session --config-file="$WORK/nosecrets.conf" -- \
    bash "$SELF" "$ARTGENCTL" "$STORE_TEST" --phase nobus OtherError \
    'The name org.freedesktop.secrets was not provided by any .service files' || exit 1
echo "PASS"

#!/usr/bin/env bash
# scripts/stack.sh — bring the art_generation demo stack (resources/demo-stack)
# up, down, or report it.
#
# A bash library (sourced by scripts/dev.sh) that is also runnable directly:
#     scripts/stack.sh up|down|purge|status|env|base-image|packages [STACK_DIR]
#
# Functions:
#   stack_packages            apt packages the host needs (caller installs them)
#   ensure_dockerd LOGDIR     use the running Docker daemon, or start dockerd (root)
#   ensure_base_image         build artgen-demo/base:<hash> (mmdebstrap | docker import) if missing
#   ensure_env STACK_DIR      create Docker_all/.env from .env.example with random secrets
#   stack_up STACK_DIR        all of the above + compose up -d --build + wait until healthy
#   stack_down STACK_DIR      compose down (volumes kept)
#   stack_purge STACK_DIR     containers, volumes, artgen-demo/* images and .env removed (cold)
#   stack_status STACK_DIR    one line per service; 0 all healthy, 3 otherwise, 2 no Docker
#
# Environment knobs: STACK_LOGDIR (logs; default ${TMPDIR:-/tmp}/artgen-stack),
# STACK_UP_TIMEOUT (health wait, default 180 s), STACK_DOCKERD_TIMEOUT (60 s),
# STACK_BUILD_TIMEOUT (compose up/build, default 900 s), STACK_BASE_EXTRA_PACKAGES (packages
# added to the base image, under a tag of their own; tests use it to make a build fail).
#
# Sourcing this file defines functions and variables only: it changes no shell
# option of the caller (no set -e / pipefail here).

STACK_PROJECT=art_generation
STACK_BASE_REPO=artgen-demo/base
STACK_SERVICES=(postgres redis backend celery frontend)
STACK_SUITE=bookworm
STACK_MIRRORS=(
    "deb http://deb.debian.org/debian bookworm main"
    "deb http://deb.debian.org/debian bookworm-updates main"
    "deb http://deb.debian.org/debian-security bookworm-security main"
)
# Everything the five services run, from Debian bookworm (one shared base image).
STACK_BASE_PACKAGES=(
    python3-fastapi gunicorn python3-uvicorn python3-uvloop python3-httptools
    celery python3-celery python3-redis python3-sqlalchemy python3-psycopg2 python3-pil python3-requests
    postgresql-15 redis-server redis-tools nginx
    procps curl ca-certificates fonts-dejavu-core
)

_STACK_SELF_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STACK_DEFAULT_DIR=$(cd "$_STACK_SELF_DIR/.." && pwd)/resources/demo-stack

_stack_usage() {   # the comment block at the top of file $1, without the '# '
    awk 'NR == 1 { next } /^#/ { sub(/^# ?/, ""); print; next } { exit }' "$1"
}

_stack_say() { printf 'stack: %s\n' "$*" >&2; }
_stack_err() { printf 'stack: ERROR: %s\n' "$*" >&2; }

_stack_logdir() {
    local d=${STACK_LOGDIR:-${TMPDIR:-/tmp}/artgen-stack}
    mkdir -p "$d" && printf '%s\n' "$d"
}

_stack_dir() {   # resolve STACK_DIR argument (default: resources/demo-stack of this repo)
    local d=${1:-$STACK_DEFAULT_DIR}
    if [ ! -f "$d/Docker_all/docker-compose.yml" ]; then
        _stack_err "$d is not a demo stack (no Docker_all/docker-compose.yml)"
        return 1
    fi
    (cd "$d" && pwd)
}

stack_packages() {
    echo docker.io docker-compose mmdebstrap iptables openssl ca-certificates curl
}

_stack_docker_ok() { timeout 20 docker version >/dev/null 2>&1; }

# ensure_dockerd LOGDIR
ensure_dockerd() {
    local logdir=${1:-$(_stack_logdir)} deadline pid dockerd_bin
    if command -v docker >/dev/null 2>&1 && _stack_docker_ok; then
        _stack_check_docker_features
        return 0
    fi
    if ! command -v docker >/dev/null 2>&1; then
        _stack_err "no docker client on PATH (install: $(stack_packages))"
        return 1
    fi
    if [ "$(id -u)" -ne 0 ]; then
        _stack_err "the Docker daemon does not answer and we are not root, so dockerd cannot be started here"
        return 1
    fi
    dockerd_bin=$(command -v dockerd 2>/dev/null || true)
    if [ -z "$dockerd_bin" ] && [ -x /usr/sbin/dockerd ]; then dockerd_bin=/usr/sbin/dockerd; fi
    if [ -z "$dockerd_bin" ]; then
        _stack_err "the Docker daemon does not answer and there is no dockerd (apt-get install docker.io)"
        return 1
    fi
    mkdir -p "$logdir" || return 1
    # A daemon killed without cleanup leaves its pid file; dockerd refuses to start
    # if that pid now belongs to another live process.
    if [ -f /var/run/docker.pid ]; then
        pid=$(cat /var/run/docker.pid 2>/dev/null) || pid=
        if [ -z "$pid" ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != dockerd ]; then
            rm -f /var/run/docker.pid
        else
            _stack_err "dockerd (pid $pid) is running but does not answer; see its log or stop it"
            return 1
        fi
    fi
    _stack_say "starting $dockerd_bin (log: $logdir/dockerd.log)"
    # setsid: its own session, so a Ctrl-C to the caller does not stop the daemon.
    # A system daemon must not inherit the caller's session: runc puts its temporary files in
    # XDG_RUNTIME_DIR, and a test's private one disappears with the test.
    # No inherited descriptors either: a daemon started under `flock LOCK cmd` would otherwise
    # hold that lock for as long as it runs.
    (
        for fd in "/proc/$BASHPID/fd/"*; do
            fd=${fd##*/}
            [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
        done
        exec setsid env -u XDG_RUNTIME_DIR -u XDG_CONFIG_HOME -u XDG_DATA_HOME \
            "$dockerd_bin" </dev/null >>"$logdir/dockerd.log" 2>&1
    ) &
    pid=$!
    echo "$pid" >"$logdir/dockerd.pid"
    deadline=$((SECONDS + ${STACK_DOCKERD_TIMEOUT:-60}))
    until _stack_docker_ok; do
        if ! kill -0 "$pid" 2>/dev/null; then
            # It may have lost a race with a daemon someone else just started.
            _stack_docker_ok && break
            _stack_err "dockerd exited during start-up; last lines of $logdir/dockerd.log:"
            tail -n 20 "$logdir/dockerd.log" >&2
            return 1
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            _stack_err "dockerd did not answer within ${STACK_DOCKERD_TIMEOUT:-60} s; last lines of $logdir/dockerd.log:"
            tail -n 20 "$logdir/dockerd.log" >&2
            return 1
        fi
        sleep 1
    done
    _stack_check_docker_features
}

_stack_check_docker_features() {   # warn (only) about a storage driver or network that will not do
    local driver
    driver=$(timeout 20 docker info --format '{{.Driver}}' 2>/dev/null) || driver=
    case "$driver" in
        overlay2|'') ;;
        *) _stack_say "warning: Docker storage driver is '$driver' (expected overlay2): builds will be slow" ;;
    esac
    if ! timeout 20 docker network inspect bridge >/dev/null 2>&1; then
        _stack_err "Docker has no 'bridge' network (dockerd started with --bridge=none or iptables broken?)"
        return 1
    fi
}

# The text of this function and STACK_BASE_PACKAGES make the base image's hash.
_stack_build_rootfs() {   # writes a tar of the rootfs to stdout
    local inc
    inc=$(_stack_base_packages | paste -sd, -)
    # shellcheck disable=SC2016  # the hooks' "$1" is the chroot, expanded by mmdebstrap
    mmdebstrap --variant=minbase --format=tar \
        --aptopt='Acquire::Check-Valid-Until "false"' \
        --aptopt='Acquire::Retries "3"' \
        --dpkgopt='path-exclude=/usr/share/doc/*' \
        --dpkgopt='path-include=/usr/share/doc/*/copyright' \
        --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/info/*' \
        --dpkgopt='path-exclude=/usr/share/locale/*' \
        --dpkgopt='path-include=/usr/share/locale/locale.alias' \
        --include="$inc" \
        --customize-hook='rm -rf "$1"/var/lib/postgresql/15/main "$1"/etc/postgresql/15/main' \
        --customize-hook='rm -rf "$1"/var/log/*.log "$1"/var/log/apt/* "$1"/var/cache/debconf/*-old "$1"/var/lib/apt/lists/*' \
        --customize-hook='echo "artgen-demo base: Debian $(cat "$1"/etc/debian_version)" > "$1"/etc/artgen-demo-base' \
        "$STACK_SUITE" - "${STACK_MIRRORS[@]}"
}

_stack_base_hash() {
    { _stack_base_packages; printf '%s\n' "$STACK_SUITE" "${STACK_MIRRORS[@]}"
      declare -f _stack_build_rootfs; } | sha256sum | cut -c1-16
}

stack_base_image_ref() { echo "$STACK_BASE_REPO:$(_stack_base_hash)"; }

# The packages of the base image: STACK_BASE_PACKAGES plus STACK_BASE_EXTRA_PACKAGES (space-
# separated; for tests that need a build to fail, e.g. an unknown package). The list is part of
# the hash, so an override builds under its own tag and never touches the real image.
_stack_base_packages() {
    # shellcheck disable=SC2206  # a space-separated list of package names
    local extra=(${STACK_BASE_EXTRA_PACKAGES:-})
    printf '%s\n' "${STACK_BASE_PACKAGES[@]}" "${extra[@]}"
}

ensure_base_image() {
    local ref hash logdir t0 rc mrc old
    hash=$(_stack_base_hash); ref="$STACK_BASE_REPO:$hash"
    if timeout 30 docker image inspect "$ref" >/dev/null 2>&1; then
        # keep :latest (used by plain `docker-compose build`) on the current hash
        if [ "$(docker image inspect -f '{{.Id}}' "$ref")" != "$(docker image inspect -f '{{.Id}}' "$STACK_BASE_REPO:latest" 2>/dev/null)" ]; then
            docker tag "$ref" "$STACK_BASE_REPO:latest" || return 1
        fi
        return 0
    fi
    if ! command -v mmdebstrap >/dev/null 2>&1; then
        _stack_err "base image $ref is missing and mmdebstrap is not installed (apt-get install mmdebstrap)"
        return 1
    fi
    logdir=$(_stack_logdir) || return 1
    _stack_say "building base image $ref: mmdebstrap downloads about 120 Debian packages and docker import loads the root filesystem (1-2 min; log: $logdir/base-image.log)"
    t0=$SECONDS
    rm -f "$logdir/mmdebstrap.rc"
    : >"$logdir/base-image.log"
    # Only the tar stream goes down the pipe: mmdebstrap's status is written to a file by a
    # command of its own (a redirect on a compound command would capture the stream as well).
    # Written so that a caller's set -e / pipefail cannot cut the error report short.
    rc=0
    { mrc=0; _stack_build_rootfs 2>>"$logdir/base-image.log" || mrc=$?; echo "$mrc" >"$logdir/mmdebstrap.rc"; } \
        | docker import \
            --change 'ENV LANG=C.UTF-8' \
            --change "LABEL org.artgen-demo.base-hash=$hash" \
            --change 'CMD ["/bin/bash"]' \
            - "$ref" >>"$logdir/base-image.log" 2>&1 || rc=$?
    mrc=$(cat "$logdir/mmdebstrap.rc" 2>/dev/null) || mrc=
    case "$mrc" in ''|*[!0-9]*) mrc=1 ;; esac
    if [ "$mrc" -ne 0 ] || [ "$rc" -ne 0 ]; then
        _stack_err "building the base image failed (mmdebstrap exit code $mrc, docker import exit code $rc); last lines of $logdir/base-image.log:"
        tail -n 25 "$logdir/base-image.log" | sed 's/^/stack:   | /' >&2
        # docker import may have made an image of a truncated stream: never leave it behind.
        docker rmi "$ref" >/dev/null 2>&1 || true
        if [ "$mrc" -ne 0 ]; then return "$mrc"; fi
        return "$rc"
    fi
    docker tag "$ref" "$STACK_BASE_REPO:latest" || return 1
    # Drop the tags of older base images (layers still used by service images stay).
    for old in $(docker image ls --format '{{.Repository}}:{{.Tag}}' "$STACK_BASE_REPO" 2>/dev/null); do
        case "$old" in "$ref"|"$STACK_BASE_REPO:latest") ;; *) docker rmi "$old" >/dev/null 2>&1 || true ;; esac
    done
    _stack_say "base image $ref built in $((SECONDS - t0)) s ($(docker image inspect -f '{{.Size}}' "$ref" | awk '{printf "%.0f MB", $1/1e6}'))"
}

_stack_random_secret() {
    if command -v openssl >/dev/null 2>&1; then
        openssl rand -hex 16
    else
        od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; echo
    fi
}

# Writes to stdout the lines of .env.example whose keys are not in file $1 (may be
# missing), every "change-me" value replaced by a fresh random secret.
_stack_env_fill() {
    local example=$1 have=$2 line key val
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in ''|'#'*) [ -z "$have" ] && printf '%s\n' "$line"; continue ;; esac
        key=${line%%=*}; val=${line#*=}
        if [ -n "$have" ] && grep -q "^${key}=" "$have"; then continue; fi
        [ "$val" = change-me ] && val=$(_stack_random_secret)
        printf '%s=%s\n' "$key" "$val"
    done <"$example"
}

# ensure_env STACK_DIR
ensure_env() {
    local dir env example missing
    dir=$(_stack_dir "${1:-}") || return 1
    env=$dir/Docker_all/.env example=$dir/Docker_all/.env.example
    [ -f "$example" ] || { _stack_err "missing $example"; return 1; }
    if [ ! -f "$env" ]; then
        ( umask 077
          { echo "# generated by scripts/stack.sh from .env.example on $(date -u +%Y-%m-%dT%H:%M:%SZ); keep it secret"
            _stack_env_fill "$example" ""; } >"$env.tmp.$$" && mv -f "$env.tmp.$$" "$env" ) || return 1
        chmod 600 "$env"
        _stack_say "created $env with random secrets"
        return 0
    fi
    # Keys added to .env.example later are appended (existing values never change).
    missing=$(_stack_env_fill "$example" "$env")
    if [ -n "$missing" ]; then
        printf '%s\n' "$missing" >>"$env"
        _stack_say "added to $env: $(printf '%s\n' "$missing" | cut -d= -f1 | tr '\n' ' ')"
    fi
    chmod 600 "$env"
    if grep -q '=change-me$' "$env"; then
        _stack_say "warning: $env still holds 'change-me' placeholders"
    fi
}

_stack_env_get() {   # _stack_env_get STACK_DIR KEY -> value from Docker_all/.env
    sed -n "s/^$2=//p" "$1/Docker_all/.env" 2>/dev/null | tail -n 1
}

# _stack_compose STACK_DIR ARGS... : docker compose v2 if present, else docker-compose v1.
# _STACK_COMPOSE_TIMEOUT=N (seconds) bounds the command (default: none).
_stack_compose() {
    local dir=$1; shift
    local t=${_STACK_COMPOSE_TIMEOUT:-0}
    if docker compose version >/dev/null 2>&1; then
        (cd "$dir/Docker_all" && timeout "$t" docker compose -p "$STACK_PROJECT" "$@")
    elif command -v docker-compose >/dev/null 2>&1; then
        # v1 builds through docker-py with the classic builder; never hand the
        # build to the (28.x) CLI, which would want buildx.
        (cd "$dir/Docker_all" && COMPOSE_DOCKER_CLI_BUILD=0 DOCKER_BUILDKIT=0 \
            timeout "$t" docker-compose -p "$STACK_PROJECT" "$@")
    else
        _stack_err "neither 'docker compose' nor 'docker-compose' is installed (apt-get install docker-compose)"
        return 127
    fi
}

_stack_container_state() {   # -> "<state> <health>" or "missing -"
    local s
    s=$(timeout 20 docker inspect -f '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}}{{else}}no-healthcheck{{end}}' "$1" 2>/dev/null) \
        || s="missing -"
    printf '%s\n' "$s"
}

# stack_up STACK_DIR
stack_up() {
    local dir logdir t0 t1 deadline svc st bad rc
    dir=$(_stack_dir "${1:-}") || return 1
    logdir=$(_stack_logdir) || return 1
    t0=$SECONDS
    ensure_dockerd "$logdir" || return 1
    ensure_base_image || return
    ensure_env "$dir" || return 1
    export BASE_IMAGE
    BASE_IMAGE=$(stack_base_image_ref)
    rc=0 t1=$SECONDS
    _stack_say "building the service images from the base image (seconds: the base image has every package; log: $logdir/compose-build.log)"
    _STACK_COMPOSE_TIMEOUT=${STACK_BUILD_TIMEOUT:-900} \
        _stack_compose "$dir" build >"$logdir/compose-build.log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        _stack_err "building the service images failed (compose build exit code $rc); last lines of $logdir/compose-build.log:"
        tail -n 30 "$logdir/compose-build.log" | sed 's/^/stack:   | /' >&2
        return "$rc"
    fi
    _stack_say "service images ready in $((SECONDS - t1)) s; starting the containers and waiting until all ${#STACK_SERVICES[@]} are healthy (about 30 s, at most ${STACK_UP_TIMEOUT:-180} s)"
    t1=$SECONDS
    _STACK_COMPOSE_TIMEOUT=${STACK_BUILD_TIMEOUT:-900} \
        _stack_compose "$dir" up -d --remove-orphans >"$logdir/compose-up.log" 2>&1 || rc=$?
    deadline=$((SECONDS + ${STACK_UP_TIMEOUT:-180}))
    if [ "$rc" -ne 0 ]; then
        _stack_err "compose up failed (exit code $rc); last lines of $logdir/compose-up.log:"
        tail -n 30 "$logdir/compose-up.log" | sed 's/^/stack:   | /' >&2
        # v1 gives up when a dependency turns unhealthy: report which, without the long wait
        deadline=$((SECONDS + 10))
    fi
    while :; do
        bad=()
        for svc in "${STACK_SERVICES[@]}"; do
            st=$(_stack_container_state "${STACK_PROJECT}_$svc")
            [ "$st" = "running healthy" ] || bad+=("$svc")
        done
        [ "${#bad[@]}" -eq 0 ] && break
        if [ "$SECONDS" -ge "$deadline" ]; then
            _stack_err "not healthy after $((SECONDS - t0)) s: ${bad[*]}"
            for svc in "${bad[@]}"; do
                st=$(_stack_container_state "${STACK_PROJECT}_$svc")
                printf 'stack:   %-9s %s_%s: %s\n' "$svc" "$STACK_PROJECT" "$svc" "$st" >&2
                if [ "$st" != "missing -" ]; then
                    docker logs --tail 15 "${STACK_PROJECT}_$svc" 2>&1 | sed "s/^/stack:     $svc| /" >&2
                    docker inspect -f '{{if .State.Health}}{{range .State.Health.Log}}{{.Output}}{{end}}{{end}}' \
                        "${STACK_PROJECT}_$svc" 2>/dev/null | tail -n 3 | sed "s/^/stack:     $svc health| /" >&2
                fi
            done
            if [ "$rc" -ne 0 ]; then return "$rc"; fi
            return 1
        fi
        sleep 2
    done
    _stack_say "$STACK_PROJECT is up: ${#STACK_SERVICES[@]}/${#STACK_SERVICES[@]} healthy $((SECONDS - t1)) s after start, $((SECONDS - t0)) s in all — http://127.0.0.1:$(_stack_env_get "$dir" FRONTEND_PORT)/"
}

# stack_down STACK_DIR
stack_down() {
    local dir logdir ids
    dir=$(_stack_dir "${1:-}") || return 1
    logdir=$(_stack_logdir) || return 1
    if ! _stack_docker_ok; then
        _stack_say "Docker does not answer: nothing is running"
        return 0
    fi
    if [ -f "$dir/Docker_all/.env" ]; then
        BASE_IMAGE=$(stack_base_image_ref) _stack_compose "$dir" down --remove-orphans >"$logdir/compose-down.log" 2>&1 && return 0
        _stack_err "compose down failed; last lines of $logdir/compose-down.log:"
        tail -n 20 "$logdir/compose-down.log" >&2
    fi
    # No .env (compose cannot interpolate) or compose failed: remove by label.
    ids=$(docker ps -aq --filter "label=com.docker.compose.project=$STACK_PROJECT")
    # shellcheck disable=SC2086  # one id per word
    if [ -n "$ids" ]; then docker rm -f $ids >/dev/null || true; fi
    docker network rm "${STACK_PROJECT}_default" >/dev/null 2>&1 || true
    return 0
}

# stack_purge STACK_DIR: back to what a new machine has — the stack's containers, network and
# volumes, every image built from the demo's base image (artgen-demo/*, the panel's
# artgen-rollback/* tags, untagged leftovers) and the generated .env removed — so that the next stack_up
# runs every set-up step (rootfs, base image, service images, secrets, initdb) from nothing.
stack_purge() {
    local dir logdir ids imgs
    dir=$(_stack_dir "${1:-}") || return 1
    logdir=$(_stack_logdir) || return 1
    _stack_docker_ok || { _stack_err "Docker does not answer: nothing to purge"; return 2; }
    _stack_say "purging the demo stack: containers, volumes, artgen-demo images and Docker_all/.env"
    if [ -f "$dir/Docker_all/.env" ]; then
        BASE_IMAGE=$(stack_base_image_ref) _stack_compose "$dir" down -v --remove-orphans >"$logdir/compose-down.log" 2>&1 \
            || { _stack_err "compose down -v failed; last lines of $logdir/compose-down.log:"; tail -n 20 "$logdir/compose-down.log" >&2; }
    fi
    ids=$(docker ps -aq --filter "label=com.docker.compose.project=$STACK_PROJECT")
    # shellcheck disable=SC2086  # one id per word
    if [ -n "$ids" ]; then docker rm -f $ids >/dev/null || return 1; fi
    ids=$(docker volume ls -q --filter "label=com.docker.compose.project=$STACK_PROJECT")
    # shellcheck disable=SC2086
    if [ -n "$ids" ]; then docker volume rm $ids >/dev/null || return 1; fi
    docker network rm "${STACK_PROJECT}_default" >/dev/null 2>&1 || true
    imgs=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep -E '^artgen-(demo|rollback)/' || true)
    # shellcheck disable=SC2086  # one reference per word
    if [ -n "$imgs" ]; then docker rmi -f $imgs >/dev/null || return 1; fi
    # Everything else built from the base image is ours too: images a deployment's rollback keeps
    # by id, and those a rebuild left untagged. A parent goes only after its children, so remove
    # what can be removed while that makes progress.
    local _ before after
    for _ in 1 2 3 4 5 6; do
        before=$(docker image ls -aq --filter "label=org.artgen-demo.base-hash" | sort -u)
        [ -n "$before" ] || break
        # shellcheck disable=SC2086  # one id per word
        docker rmi -f $before >/dev/null 2>&1 || true
        after=$(docker image ls -aq --filter "label=org.artgen-demo.base-hash" | sort -u)
        [ "$after" != "$before" ] || break
    done
    if docker image ls -aq --filter "label=org.artgen-demo.base-hash" | grep . >/dev/null; then
        _stack_err "images made from the base image are still there: $(docker image ls -a --filter label=org.artgen-demo.base-hash --format '{{.ID}} {{.Repository}}:{{.Tag}}' | tr '\n' ' ')"
        return 1
    fi
    rm -f "$dir/Docker_all/.env"
}

# stack_status STACK_DIR
stack_status() {
    local svc st all=0
    if [ -n "${1:-}" ]; then _stack_dir "$1" >/dev/null || return 1; fi
    if ! _stack_docker_ok; then
        echo "Docker does not answer (is dockerd running?)"
        return 2
    fi
    for svc in "${STACK_SERVICES[@]}"; do
        st=$(_stack_container_state "${STACK_PROJECT}_$svc")
        # shellcheck disable=SC2086  # "<state> <health>" -> two columns
        printf '%-9s %-26s %-8s %s\n' "$svc" "${STACK_PROJECT}_$svc" ${st}
        [ "$st" = "running healthy" ] || all=3
    done
    return "$all"
}

_stack_missing_tools() {
    local m=()
    command -v docker >/dev/null 2>&1 || m+=(docker.io)
    command -v dockerd >/dev/null 2>&1 || [ -x /usr/sbin/dockerd ] || m+=(docker.io)
    docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null 2>&1 || m+=(docker-compose)
    command -v mmdebstrap >/dev/null 2>&1 || m+=(mmdebstrap)
    command -v iptables >/dev/null 2>&1 || [ -x /usr/sbin/iptables ] || m+=(iptables)
    command -v openssl >/dev/null 2>&1 || m+=(openssl)
    printf '%s\n' "${m[@]}" | sort -u | tr '\n' ' '
}

_stack_install_tools() {   # only when run directly
    local missing
    missing=$(_stack_missing_tools)
    [ -n "${missing// /}" ] || return 0
    if [ "$(id -u)" -ne 0 ]; then
        _stack_err "missing host packages: $missing(install them as root)"
        return 1
    fi
    _stack_say "installing host packages: $missing"
    # shellcheck disable=SC2046  # a list of package names
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(stack_packages) >/dev/null
}

_stack_main() {
    local cmd=${1:-status}
    shift || true
    case "$cmd" in
        up)         _stack_install_tools && stack_up "$@" ;;
        down)       stack_down "$@" ;;
        purge)      stack_purge "$@" ;;
        status)     stack_status "$@" ;;
        env)        ensure_env "$@" ;;
        base-image) _stack_install_tools && ensure_dockerd "$(_stack_logdir)" && ensure_base_image && stack_base_image_ref ;;
        packages)   stack_packages ;;
        -h|--help|help)
            _stack_usage "${BASH_SOURCE[0]}" ;;
        *) _stack_err "usage: $0 up|down|purge|status|env|base-image|packages [STACK_DIR]"; return 64 ;;
    esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    _stack_main "$@"
    exit $?
fi

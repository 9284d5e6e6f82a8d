#!/bin/bash
# PostgreSQL 15 entrypoint of the art_generation demo stack.
#
# First start (empty volume): initdb, with the password read from a temporary
# file. Every start: make the role, its password and the database match the
# environment (POSTGRES_USER / POSTGRES_PASSWORD / POSTGRES_DB from
# Docker_all/.env), through single-user mode reading SQL on stdin, so that a
# regenerated .env (fresh clone, new secrets) still works with a kept volume.
# No password ever appears in a process's argv.
set -euo pipefail
: "${POSTGRES_USER:?POSTGRES_USER is not set}"
: "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is not set}"
: "${POSTGRES_DB:=$POSTGRES_USER}"
PGDATA=${PGDATA:-/var/lib/postgresql/data}
as_pg() { setpriv --reuid=postgres --regid=postgres --init-groups -- "$@"; }

ident_re='^[A-Za-z_][A-Za-z0-9_]{0,62}$'
[[ $POSTGRES_USER =~ $ident_re ]] || { echo "postgres-entrypoint: POSTGRES_USER must match $ident_re" >&2; exit 1; }
[[ $POSTGRES_DB =~ $ident_re ]] || { echo "postgres-entrypoint: POSTGRES_DB must match $ident_re" >&2; exit 1; }
case "$POSTGRES_PASSWORD" in *$'\n'*) echo "postgres-entrypoint: POSTGRES_PASSWORD must be one line" >&2; exit 1;; esac

mkdir -p "$PGDATA" /var/run/postgresql
chown postgres:postgres "$PGDATA" /var/run/postgresql
chmod 700 "$PGDATA"

if [ ! -s "$PGDATA/PG_VERSION" ]; then
    echo "postgres-entrypoint: initialising a new cluster in $PGDATA"
    pwfile=$(mktemp)
    chown postgres "$pwfile"; chmod 600 "$pwfile"
    printf '%s\n' "$POSTGRES_PASSWORD" > "$pwfile"
    as_pg initdb --pgdata="$PGDATA" --username="$POSTGRES_USER" --pwfile="$pwfile" \
        --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    {
        echo "listen_addresses = '*'"
        echo "max_connections = 200"
        echo "password_encryption = scram-sha-256"
        echo "log_destination = 'stderr'"
        echo "logging_collector = off"
        echo "log_timezone = 'UTC'"
        echo "timezone = 'UTC'"
    } >> "$PGDATA/postgresql.conf"
    echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
fi

# Role, password and database from the environment (idempotent). One statement
# per line; single-user mode reports an error and goes on with the next line.
pw_sql=${POSTGRES_PASSWORD//\'/\'\'}
out=$(as_pg postgres --single -D "$PGDATA" postgres 2>&1 <<SQL
DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '$POSTGRES_USER') THEN CREATE ROLE "$POSTGRES_USER" SUPERUSER LOGIN; END IF; END \$\$;
ALTER ROLE "$POSTGRES_USER" WITH LOGIN PASSWORD '$pw_sql';
CREATE DATABASE "$POSTGRES_DB" OWNER "$POSTGRES_USER";
SQL
) || { echo "postgres-entrypoint: single-user mode failed:" >&2; printf '%s\n' "$out" >&2; exit 1; }
if printf '%s\n' "$out" | grep -E 'ERROR|FATAL' | grep -qv "database \"$POSTGRES_DB\" already exists"; then
    printf '%s\n' "$out" | grep -E 'ERROR|FATAL' >&2
    exit 1
fi
unset pw_sql out

exec setpriv --reuid=postgres --regid=postgres --init-groups -- postgres -D "$PGDATA" "$@"

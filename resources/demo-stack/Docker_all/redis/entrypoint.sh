#!/bin/bash
# Write redis.conf (mode 600, owner redis) from the environment, then exec
# redis-server as user redis with the file as its only argument.
set -euo pipefail
: "${REDIS_PASSWORD:?REDIS_PASSWORD is not set}"
case "$REDIS_PASSWORD" in *[[:space:]\"\'\\]*) echo "redis-entrypoint: REDIS_PASSWORD must not contain spaces, quotes or backslashes" >&2; exit 1;; esac
conf=/run/redis-conf/redis.conf
mkdir -p /run/redis-conf /data
chown redis:redis /run/redis-conf /data
chmod 700 /run/redis-conf
( umask 077
  cat > "$conf" <<CONF
bind 0.0.0.0 -::*
protected-mode no
port 6379
dir /data
daemonize no
supervised no
loglevel notice
logfile ""
save 60 1000
appendonly no
maxclients 10000
requirepass $REDIS_PASSWORD
CONF
)
chown redis:redis "$conf"
exec setpriv --reuid=redis --regid=redis --init-groups -- redis-server "$conf"

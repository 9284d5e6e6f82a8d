#!/usr/bin/env bash
# Smoke test of a running art_generation demo stack (scripts/stack.sh up first).
# Reads the port and token from Docker_all/.env; talks to 127.0.0.1 only.
# Prints one line per check and "N passed, N failed"; exit 0 only if all pass.
set -u
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
envf=$here/Docker_all/.env
[ -r "$envf" ] || { echo "no $envf (run scripts/stack.sh up)"; exit 2; }
get() { sed -n "s/^$1=//p" "$envf" | tail -n 1; }
PORT=$(get FRONTEND_PORT); TOKEN=$(get API_TOKEN); RPW=$(get REDIS_PASSWORD)
B=http://127.0.0.1:${PORT:-18080}
pass=0 fail=0
check() {   # check NAME CONDITION-RESULT(0/1) DETAIL
    if [ "$2" -eq 0 ]; then pass=$((pass + 1)); echo "ok   $1"; else fail=$((fail + 1)); echo "FAIL $1 ${3:-}"; fi
}
code() { curl -sS -o /dev/null -w '%{http_code}' --max-time 20 "$@"; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

c=$(curl -sS -o "$tmp/h" -w '%{http_code}' --max-time 20 "$B/api/v1/health")
[ "$c" = 200 ] && grep -q '"postgres":"ok"' "$tmp/h" && grep -q '"redis":"ok"' "$tmp/h"; check "health 200" $? "($c $(cat "$tmp/h"))"
c=$(code -X POST "$B/api/v1/generate" -H 'Content-Type: application/json' -d '{"prompt":"x","width":256,"height":256}')
[ "$c" = 401 ]; check "generate without token -> 401" $? "($c)"
c=$(code -X POST "$B/api/v1/generate" -H "Authorization: Bearer wrong" -H 'Content-Type: application/json' -d '{"prompt":"x","width":256,"height":256}')
[ "$c" = 401 ]; check "generate with a wrong token -> 401" $? "($c)"
c=$(code -X POST "$B/api/v1/generate" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"prompt":"x","width":5,"height":256}')
[ "$c" = 422 ]; check "width=5 -> 422" $? "($c)"

W=320 H=200
c=$(curl -sS -o "$tmp/g" -w '%{http_code}' --max-time 20 -X POST "$B/api/v1/generate" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"prompt\":\"smoke test $(date +%s)\",\"width\":$W,\"height\":$H}")
id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["task_id"])' "$tmp/g" 2>/dev/null)
[ "$c" = 202 ] && [ -n "$id" ]; check "generate -> 202 with task_id" $? "($c $(cat "$tmp/g"))"
st=none
for _ in $(seq 60); do
    st=$(curl -sS --max-time 10 -H "Authorization: Bearer $TOKEN" "$B/api/v1/tasks/$id" |
         python3 -c 'import json,sys; print(json.load(sys.stdin).get("status"))' 2>/dev/null)
    [ "$st" = pending ] || break
    sleep 0.5
done
[ "$st" = "done" ]; check "task done" $? "(status $st)"
c=$(curl -sS -o "$tmp/i.png" -D "$tmp/ih" -w '%{http_code}' --max-time 20 -H "Authorization: Bearer $TOKEN" "$B/api/v1/tasks/$id/image")
size=$(python3 -c 'import struct,sys; d=open(sys.argv[1],"rb").read(24); assert d[:8]==b"\x89PNG\r\n\x1a\n"; print("%dx%d" % struct.unpack(">II", d[16:24]))' "$tmp/i.png" 2>/dev/null)
[ "$c" = 200 ] && grep -qi '^content-type: image/png' "$tmp/ih" && [ "$size" = "${W}x${H}" ]; check "image is a ${W}x${H} PNG" $? "($c $size)"
c=$(code "$B/api/v1/tasks/$id/image"); [ "$c" = 401 ]; check "image without token -> 401" $? "($c)"
n=$(curl -sS --max-time 20 "$B/api/v1/characters" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))' 2>/dev/null)
[ "${n:-0}" -ge 1 ]; check "characters returns rows" $? "($n)"

if command -v docker >/dev/null 2>&1; then
    n=$(docker top art_generation_backend -eo pid,args 2>/dev/null | grep -c 'gunicorn app.main:app')
    [ "$n" = 9 ]; check "gunicorn: 1 master + 8 workers" $? "($n processes)"
    n=$(docker exec art_generation_celery celery -A app.celery_app inspect stats 2>/dev/null | grep -o '"max-concurrency": [0-9]*' | grep -o '[0-9]*$')
    [ "$n" = 12 ]; check "celery max-concurrency 12" $? "($n)"
    r=$(docker exec art_generation_redis redis-cli -h 127.0.0.1 ping 2>&1)
    case "$r" in *NOAUTH*) true ;; *) false ;; esac; check "redis requires a password" $? "($r)"
    bad=0
    for c in postgres redis backend celery frontend; do
        docker exec "art_generation_$c" ps -eo args 2>/dev/null | grep -qF -e "$RPW" -e "$TOKEN" -e "$(get POSTGRES_PASSWORD)" && bad=1
    done
    [ "$bad" = 0 ]; check "no secret in any container's argv" $?
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

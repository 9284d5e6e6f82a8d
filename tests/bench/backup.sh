#!/usr/bin/env bash
# Backup and restore of a ~300 MB database (pgbench -i -s 20 in the demo stack's postgres):
#   backup:  artgenctl backup --format plain   vs  docker exec … pg_dump … > file
#   restore: artgenctl restore --yes (checked first, one transaction, row counts compared)
#            vs  the instructions' docker exec -i … psql -U USER DB < file, on the same file
#            (pg_dump --clean output, so it replaces the tables too) into the same database
# interleaved, same run, plus artgenctl's peak RSS (/usr/bin/time). Needs the stack and a build.
#   tests/bench/backup.sh [RUNS]     (default 5)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
RUNS=${1:-5}
CTL=$BUILD/src/cli/artgenctl
STACK=$ROOT/resources/demo-stack
PG=art_generation_postgres
DB=artgen_bench
[ -x "$CTL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
PGUSER=$(sed -n 's/^POSTGRES_USER=//p' "$STACK/Docker_all/.env")
work=$(mktemp -d /var/tmp/artgen-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
psql_() { docker exec "$PG" psql -X -q -U "$PGUSER" -d postgres -Atc "$1"; }

# A stack folder whose .env names the bench database: artgenctl reads user and database there.
mkdir -p "$work/stack/Docker_all"
cp "$STACK/Docker_all/docker-compose.yml" "$work/stack/Docker_all/"
sed "s/^POSTGRES_DB=.*/POSTGRES_DB=$DB/" "$STACK/Docker_all/.env" > "$work/stack/Docker_all/.env"
export ARTGEN_CONFIG=$work/artgen.conf XDG_DATA_HOME=$work/data

if [ "$(psql_ "SELECT count(*) FROM pg_database WHERE datname = '$DB'")" != 1 ]; then
    echo "creating $DB with pgbench -i -s 20 …" >&2
    psql_ "CREATE DATABASE $DB"
    docker exec "$PG" pgbench -q -i -s 20 -U "$PGUSER" "$DB" >/dev/null 2>&1
fi
echo "database size: $(psql_ "SELECT pg_size_pretty(pg_database_size('$DB'))")"

ms() { python3 -c 'import time; print(time.monotonic())'; }
declare -a b_ours b_base r_ours r_base rss_b rss_r
for i in $(seq 1 "$RUNS"); do
    rm -rf "$work/out" "$work/base.sql"; mkdir -p "$work/out"
    backup_base() {
        t0=$(ms); docker exec "$PG" pg_dump -U "$PGUSER" "$DB" > "$work/base.sql"; t1=$(ms)
        b_base+=("$(python3 -c "print($t1-$t0)")")
    }
    backup_ours() {
        t0=$(ms)
        /usr/bin/time -f %M -o "$work/rss" "$CTL" --stack-dir "$work/stack" backup --format plain \
            --out "$work/out" --json > "$work/backup.json" 2>/dev/null
        t1=$(ms)
        b_ours+=("$(python3 -c "print($t1-$t0)")"); rss_b+=("$(cat "$work/rss")")
    }
    if [ $((i % 2)) -eq 1 ]; then backup_base; backup_ours; else backup_ours; backup_base; fi
    file=$(python3 -c "import json,sys; print(json.load(open('$work/backup.json'))['path'])")

    # Alternate which restore goes first: the second of two 300 MB loads in a row meets the
    # first one's checkpoint and dirty pages.
    restore_base() {
        t0=$(ms); docker exec -i "$PG" psql -X -q -U "$PGUSER" -d "$DB" < "$file" >/dev/null 2>&1; t1=$(ms)
        r_base+=("$(python3 -c "print($t1-$t0)")")
    }
    restore_ours() {
        t0=$(ms)
        /usr/bin/time -f %M -o "$work/rss" "$CTL" --stack-dir "$work/stack" restore --yes \
            --no-safety-backup --keep-services "$file" >/dev/null 2>&1
        t1=$(ms)
        r_ours+=("$(python3 -c "print($t1-$t0)")"); rss_r+=("$(cat "$work/rss")")
    }
    if [ $((i % 2)) -eq 1 ]; then restore_base; restore_ours; else restore_ours; restore_base; fi
    echo "run $i: backup base ${b_base[-1]:0:5}s ours ${b_ours[-1]:0:5}s; restore base ${r_base[-1]:0:5}s ours ${r_ours[-1]:0:5}s" >&2
done
size=$(stat -c %s "$work/base.sql")
python3 - "$size" "${b_base[*]}" "${b_ours[*]}" "${r_base[*]}" "${r_ours[*]}" "${rss_b[*]}" "${rss_r[*]}" <<'PY'
import statistics as s, sys
size = int(sys.argv[1]) / 2**20
bb, bo, rb, ro = ([float(x) for x in a.split()] for a in sys.argv[2:6])
rssb, rssr = ([int(x) / 1024 for x in a.split()] for a in sys.argv[6:8])
m = s.median
print(f"dump size {size:.0f} MB, {len(bb)} runs, medians:")
print(f"backup:  docker exec pg_dump > file {m(bb):.2f} s ({size/m(bb):.0f} MB/s), "
      f"artgenctl backup {m(bo):.2f} s ({size/m(bo):.0f} MB/s): throughput ratio {m(bb)/m(bo):.2f}x (goal >= 0.95x)")
print(f"restore: docker exec -i psql < file {m(rb):.2f} s, artgenctl restore {m(ro):.2f} s: "
      f"throughput ratio {m(rb)/m(ro):.2f}x (goal >= 0.95x)")
print(f"artgenctl peak RSS: backup {max(rssb):.1f} MB, restore {max(rssr):.1f} MB (goal < 100 MB)")
PY

#!/usr/bin/env bash
# artgenctl loadtest beside ab (apache2-utils) as the instructions run it (a connection per
# request), ab -k (keep-alive like the others) and wrk (Debian's), on the demo frontend's
# static `/` on 127.0.0.1: 10 000 requests and a fixed duration, at c = 10 and c = 100, the
# same connections and event loops (wrk -t = --threads; ab has one). The tools run back to back and interleaved (ab, wrk, ours; ROUNDS times) because
# the machine is shared; medians are printed. wrk has no request count: it runs only the
# duration rows. CPU time is the child's user + system time (getrusage of the children).
#   tests/bench/loadtest.sh [DURATION_S] [ROUNDS]     (default 10 s, 3 rounds)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
CTL=$BUILD/src/cli/artgenctl
DURATION=${1:-10}
ROUNDS=${2:-3}
THREADS=${THREADS:-$(nproc)}
PORT=$(sed -n 's/^FRONTEND_PORT=//p' "$ROOT/resources/demo-stack/Docker_all/.env.example")
URL=${URL:-http://127.0.0.1:${PORT:-18080}/}
[ -x "$CTL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
for tool in ab wrk; do
    command -v "$tool" >/dev/null || { echo "$tool missing (apt-get install -y apache2-utils wrk)" >&2; exit 1; }
done
ARTGEN_CONFIG=$(mktemp -d)/artgen.conf
export ARTGEN_CONFIG
python3 - "$CTL" "$URL" "$DURATION" "$ROUNDS" "$THREADS" <<'PY'
import json, re, resource, statistics, subprocess, sys

ctl, url, duration, rounds, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # No check: a run that saw errors (another engineer restarting the frontend) still counts
    # its errors; one that printed nothing usable is dropped below.
    out = subprocess.run(cmd, capture_output=True, text=True).stdout
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out, cpu

def wrk_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

def ab(c, mode, keepalive=True):
    args = ["-n", "10000"] if mode == "n" else ["-t", str(duration), "-n", "100000000"]
    out, cpu = run(["ab", "-q", *(["-k"] if keepalive else []), "-c", str(c), *args, url])
    failed = int(re.search(r"Failed requests:\s+(\d+)", out).group(1))
    if failed:
        print(f"  (ab c={c} {mode}: {failed} failed requests)")
    rps = float(re.search(r"Requests per second:\s+([\d.]+)", out).group(1))
    done = int(re.search(r"Complete requests:\s+(\d+)", out).group(1))
    p50 = float(re.search(r"^\s+50%\s+(\d+)", out, re.M).group(1))
    p99 = float(re.search(r"^\s+99%\s+(\d+)", out, re.M).group(1))
    return rps, p50, p99, cpu * 1e6 / done

def wrk(c, mode):
    out, cpu = run(["wrk", "-t", threads, "-c", str(c), "-d", f"{duration}s", "--latency", url])
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    done = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = wrk_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = wrk_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    return rps, p50, p99, cpu * 1e6 / done

def ours(c, mode):
    args = ["-n", "10000"] if mode == "n" else ["-t", f"{duration}s"]
    out, cpu = run([ctl, "loadtest", url, "-c", str(c), "--threads", threads, *args, "--json"])
    r = json.loads(out)
    if sum(r["errors"].values()):
        print(f"  (artgenctl c={c} {mode}: errors {r['errors']})")
    return r["requests_per_second"], r["latency_ms"]["p50"], r["latency_ms"]["p99"], cpu * 1e6 / r["requests"]

tools = {"ab": lambda c, mode: ab(c, mode, False), "ab -k": ab, "wrk": wrk, "artgenctl": ours}
print(f"{url}, {threads} event loops, medians of {rounds} interleaved rounds")
print(f"{'run':<16}{'tool':<11}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'CPU µs/req':>12}")
for c in (10, 100):
    for mode in ("n", "t"):
        results = {name: [] for name in tools}
        for _ in range(rounds):
            for name, fn in tools.items():
                if name == "wrk" and mode == "n":
                    continue
                try:
                    results[name].append(fn(c, mode))
                except (AttributeError, ValueError, KeyError) as e:
                    print(f"  ({name} c={c} {mode}: no usable output, dropped: {e!r})")
        label = f"c={c} " + ("-n 10000" if mode == "n" else f"-t {duration}s")
        medians = {}
        for name, rows in results.items():
            if not rows:
                continue
            m = [statistics.median(col) for col in zip(*rows)]
            medians[name] = m
            print(f"{label:<16}{name:<11}{m[0]:>10.0f}{m[1]:>9.3f}{m[2]:>9.3f}{m[3]:>12.1f}")
        ratios = [f"vs {n}: {medians['artgenctl'][0] / medians[n][0]:.2f}x"
                  for n in ("ab", "ab -k", "wrk") if n in medians]
        print(f"{'':<16}{'ratio':<11}  " + ", ".join(ratios))
PY

#!/usr/bin/env bash
# artgenctl loadtest beside ab (apache2-utils) as the instructions run it (a connection per
# request), ab -k (keep-alive like the others) and wrk (Debian's), on the demo frontend's
# static `/` on 127.0.0.1: 10 000 requests and a fixed duration, at c = 10 and c = 100, the
# same connections and event loops (wrk -t = --threads; ab has one). The tools run back to back
# and interleaved (ab, wrk, ours; ROUNDS times) because the machine is shared; medians are
# printed, and the range and median of each round's own ratio. The order of the tools turns
# round by round, so none always runs right after another's connection storm. A 10 000-request
# run lasts about a second, where the server's own pace wanders by tens of per cent from one
# second to the next, so those rows run COUNT_ROUNDS times (default 3 x ROUNDS). wrk has no
# request count: it runs only the duration rows. CPU time is the child's user + system time (getrusage of the children).
# On a machine where the clients share the cores with nginx and docker-proxy, every keep-alive
# client reaches the server's ceiling and the rows above measure the server, not the client. The
# second table therefore runs the keep-alive clients again inside a cgroup capped at the same CPU
# share (QUOTA per cent of one CPU, default 10; cgroup v1 or v2, root only) with one event loop
# each, so the client is the limit and requests/s compares the clients themselves; it says how
# often the cap throttled.
#   [COUNT_ROUNDS=N] tests/bench/loadtest.sh [DURATION_S] [ROUNDS]     (default 10 s, 3 rounds)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build/release}
CTL=$BUILD/src/cli/artgenctl
DURATION=${1:-10}
ROUNDS=${2:-3}
COUNT_ROUNDS=${COUNT_ROUNDS:-$((3 * ROUNDS))}
THREADS=${THREADS:-$(nproc)}
QUOTA=${QUOTA:-10}
PORT=$(sed -n 's/^FRONTEND_PORT=//p' "$ROOT/resources/demo-stack/Docker_all/.env.example")
URL=${URL:-http://127.0.0.1:${PORT:-18080}/}
[ -x "$CTL" ] || { echo "build first: scripts/dev.sh build" >&2; exit 1; }
for tool in ab wrk; do
    command -v "$tool" >/dev/null || { echo "$tool missing (apt-get install -y apache2-utils wrk)" >&2; exit 1; }
done
ARTGEN_CONFIG=$(mktemp -d)/artgen.conf
export ARTGEN_CONFIG
python3 - "$CTL" "$URL" "$DURATION" "$ROUNDS" "$THREADS" "$QUOTA" "$COUNT_ROUNDS" <<'PY'
import json, os, re, resource, statistics, subprocess, sys

ctl, url, duration, rounds, threads = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
quota = float(sys.argv[6])
count_rounds = int(sys.argv[7])
loops = threads  # event loops of wrk and artgenctl in the table being run
cgroup = None  # the capped cgroup's directory while the second table runs

def join_cgroup():
    with open(os.path.join(cgroup, "cgroup.procs"), "w") as f:
        f.write(str(os.getpid()))

def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # No check: a run that saw errors (another engineer restarting the frontend) still counts
    # its errors; one that printed nothing usable is dropped below.
    out = subprocess.run(cmd, capture_output=True, text=True,
                         preexec_fn=join_cgroup if cgroup else None).stdout
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
    out, cpu = run(["wrk", "-t", loops, "-c", str(c), "-d", f"{duration}s", "--latency", url])
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    done = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = wrk_ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = wrk_ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    return rps, p50, p99, cpu * 1e6 / done

def ours(c, mode):
    args = ["-n", "10000"] if mode == "n" else ["-t", f"{duration}s"]
    out, cpu = run([ctl, "loadtest", url, "-c", str(c), "--threads", loops, *args, "--json"])
    r = json.loads(out)
    if sum(r["errors"].values()):
        print(f"  (artgenctl c={c} {mode}: errors {r['errors']})")
    return r["requests_per_second"], r["latency_ms"]["p50"], r["latency_ms"]["p99"], cpu * 1e6 / r["requests"]

def table(tools, modes, tag=""):
    print(f"{'run':<18}{'tool':<11}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}{'CPU µs/req':>12}")
    for c in (10, 100):
        for mode in modes:
            results = {name: [] for name in tools}
            per_round = []  # the tools' req/s of one interleaved round
            names = [n for n in tools if not (n == "wrk" and mode == "n")]
            for i in range(count_rounds if mode == "n" else rounds):
                got = {}
                for name in names[i % len(names):] + names[:i % len(names)]:
                    fn = tools[name]
                    try:
                        got[name] = fn(c, mode)
                        results[name].append(got[name])
                    except (AttributeError, ValueError, KeyError) as e:
                        print(f"  ({name} c={c} {mode}: no usable output, dropped: {e!r})")
                per_round.append(got)
            label = f"c={c} " + ("-n 10000" if mode == "n" else f"-t {duration}s") + tag
            print(f"{label}: {len(per_round)} rounds")
            medians = {}
            for name, rows in results.items():
                if not rows:
                    continue
                m = [statistics.median(col) for col in zip(*rows)]
                medians[name] = m
                print(f"{label:<18}{name:<11}{m[0]:>10.0f}{m[1]:>9.3f}{m[2]:>9.3f}{m[3]:>12.1f}")
            ratios = []
            for n in ("ab", "ab -k", "wrk"):
                if n not in medians or "artgenctl" not in medians:
                    continue
                # Rounds are interleaved, so a round's own ratio cancels the machine's drift.
                each = sorted(r["artgenctl"][0] / r[n][0] for r in per_round
                              if "artgenctl" in r and n in r)
                ratios.append(f"vs {n}: {medians['artgenctl'][0] / medians[n][0]:.2f}x"
                              f" (rounds {each[0]:.2f}-{each[-1]:.2f},"
                              f" median {statistics.median(each):.2f})")
            print(f"{'':<18}{'ratio':<11}  " + ", ".join(ratios))

def make_cgroup():
    """A child cgroup capped at quota % of one CPU: (directory, cpu.stat path) or a reason."""
    name = f"artgen-bench-{os.getpid()}"
    period = 100000
    limit = max(1000, int(period * quota / 100))
    if os.path.exists("/sys/fs/cgroup/cgroup.controllers"):  # v2
        try:
            with open("/sys/fs/cgroup/cgroup.subtree_control", "w") as f:
                f.write("+cpu")
        except OSError:
            pass
        d = os.path.join("/sys/fs/cgroup", name)
        os.mkdir(d)
        with open(os.path.join(d, "cpu.max"), "w") as f:
            f.write(f"{limit} {period}")
    elif os.path.isdir("/sys/fs/cgroup/cpu"):  # v1
        d = os.path.join("/sys/fs/cgroup/cpu", name)
        os.mkdir(d)
        with open(os.path.join(d, "cpu.cfs_period_us"), "w") as f:
            f.write(str(period))
        with open(os.path.join(d, "cpu.cfs_quota_us"), "w") as f:
            f.write(str(limit))
    else:
        raise OSError("no cgroup cpu controller")
    return d

def throttled(d):
    stat = dict(line.split() for line in open(os.path.join(d, "cpu.stat")))
    return int(stat.get("nr_periods", 0)), int(stat.get("nr_throttled", 0))

tools = {"ab": lambda c, mode: ab(c, mode, False), "ab -k": ab, "wrk": wrk, "artgenctl": ours}
print(f"{url}, {threads} event loops, medians of {rounds} interleaved rounds"
      f" ({count_rounds} for the 10 000-request rows)")
table(tools, ("n", "t"))

print()
try:
    cgroup = make_cgroup()
except OSError as e:
    print(f"client-bound table skipped: cannot make a CPU-capped cgroup ({e}); run as root")
    sys.exit(0)
try:
    # One loop each, as ab has: within a tenth of a CPU a second loop only adds switches.
    loops = "1"
    print(f"client-bound: each client capped at {quota:g}% of one CPU (cgroup {cgroup}), "
          f"keep-alive clients, 1 event loop each, -t {duration}s")
    table({"ab -k": ab, "wrk": wrk, "artgenctl": ours}, ("t",), " cap")
    periods, hit = throttled(cgroup)
    print(f"the cap throttled the clients in {hit} of {periods} periods"
          + ("" if periods and hit * 2 > periods else
             " (under half: the clients were not the limit; lower QUOTA)"))
finally:
    os.rmdir(cgroup)
PY

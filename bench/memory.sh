#!/usr/bin/env bash
# Memory of the fitt server under a team's load, measured from outside the process (issue 18).
#
#   bench/memory.sh [ROWS...]        default 1000000; e.g. bench/memory.sh 1000000 10000000
#
# For each size, on a scratch copy of the sample dataset (generated with "fitt sample" if missing):
#   1. starts the server once with the launcher's defaults and reads its start-to-ready time and
#      peak RSS at ready (bench/server-startup.sh);
#   2. "fitt-bench.jar --only 'connect at once'": 16 clients connect at the same moment and each reads
#      every label, v1 (06) and as fitt's client does (hello + 11), a warm-up and 3 runs of each
#      (1 run above a million rows);
#   3. says whether the server is still up and reads its peak RSS (VmHWM) and heap;
#   4. with FULL_BENCH=1 (default for sizes up to 1M rows): runs the usual bench
#      (bench/target/fitt-bench.jar) against a freshly started server, as bench/run-all.sh does, and reads the peak RSS after it.
# Prints everything and records it in bench/results/<timestamp>-memory.txt.
#
# Environment: FITT_BENCH_DIR (datasets, default /tmp/fitt-bench), PORT (default 21300),
# JAVA_OPTS (extra server JVM flags), FITT_SERVER_CMD (another server command, see
# bench/server-startup.sh), FULL_BENCH (0 or 1), SKIP_BUILD=1 (use the jars as they are).
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$repo/bootstrap/target/fitt.jar"
# The v1 load driver: a tool beside the product (bench/src), built by the same "mvn package".
bench_jar="$repo/bench/target/fitt-bench.jar"
data_root="${FITT_BENCH_DIR:-/tmp/fitt-bench}"
sizes=("$@")
((${#sizes[@]})) || sizes=(1000000)
port="${PORT:-21300}"
stamp="$(date +%Y%m%d-%H%M%S)"
results="$repo/bench/results"
mkdir -p "$results" "$data_root"
# A first start of ten million rows parses ~0.5 GB of CSV: give it more than the usual minute.
export READY_TIMEOUT="${READY_TIMEOUT:-600}"
out="$results/$stamp-memory.txt"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    echo "building $jar ..." >&2
    mvn -q -B -f "$repo/pom.xml" -DskipTests package
fi

{
    echo "# fitt memory benchmark $stamp ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown))"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
    echo "jdk: $(java -version 2>&1 | head -1)"
    echo "server: ${FITT_SERVER_CMD:-./fitt server defaults}${JAVA_OPTS:+ plus JAVA_OPTS=$JAVA_OPTS}"
} | tee "$out"

# Prints the server's memory as the kernel and the JVM see it.
memory_of() { # pid
    awk '/^VmHWM:/ {printf "peak RSS (VmHWM) %d MiB", $2 / 1024} /^VmRSS:/ {printf ", RSS now %d MiB", $2 / 1024}' \
        "/proc/$1/status"
    echo
    # The collector's view: how much heap it has committed (sizes in K).
    jcmd "$1" GC.heap_info 2>/dev/null | grep -E 'total' | sed -E 's/^ +//; s/, used.*//; s/^/    heap: /' || true
}

# SIGTERM, then waits (bounded) until the server has made its last save and exited.
stop_server() { # pid
    kill "$1" 2>/dev/null || return 0
    for ((i = 0; i < 600; i++)); do
        kill -0 "$1" 2>/dev/null || return 0
        sleep 0.1
    done
    echo "server $1 still running 60 s after SIGTERM" >&2
}

for rows in "${sizes[@]}"; do
    sample="$data_root/rows-$rows"
    if [[ ! -f "$sample/data.csv" ]]; then
        echo "generating $rows rows in $sample ..." >&2
        java -jar "$jar" sample --out "$sample" --rows "$rows" >&2
    fi
    scratch="$data_root/scratch-memory-$rows"
    rm -rf "$scratch"
    mkdir -p "$scratch"
    cp "$sample/data.csv" "$sample/meta.csv" "$scratch/"
    ln -s "$sample/images" "$scratch/images"
    pidfile="$(mktemp)"
    {
        echo
        echo "## $rows rows: start, then 16 clients connecting at once and reading labels"
        KEEP_PIDFILE="$pidfile" "$repo/bench/server-startup.sh" "$scratch" "$port" 1 | grep -v '(min'
        pid="$(cat "$pidfile")"
        java -jar "$bench_jar" --port "$port" --allow-writes --runs "$((rows > 1000000 ? 1 : 3))" \
            --only "connect at once" 2>/dev/null \
            || echo "bench failed (see whether the server is up, below)"
        if kill -0 "$pid" 2>/dev/null; then
            echo "server still up after the clients: $(memory_of "$pid")"
            stop_server "$pid"
        else
            echo "SERVER DIED during the clients; its output ends:"
            tail -5 "/tmp/fitt-startup-$port.log"
        fi
        if [[ "${FULL_BENCH:-$((rows <= 1000000))}" == 1 ]]; then
            echo
            echo "## $rows rows: the usual bench (as bench/run-all.sh runs it) on a fresh server"
            KEEP_PIDFILE="$pidfile" "$repo/bench/server-startup.sh" "$scratch" "$port" 1 | grep -v '(min'
            pid="$(cat "$pidfile")"
            # shellcheck disable=SC2086 # BENCH_ARGS holds several words on purpose.
            java -jar "$bench_jar" --port "$port" --allow-writes ${BENCH_ARGS:-} 2>/dev/null || echo "bench failed"
            if kill -0 "$pid" 2>/dev/null; then
                echo "after the bench: $(memory_of "$pid")"
                stop_server "$pid"
            else
                echo "SERVER DIED during the bench; its output ends:"
                tail -5 "/tmp/fitt-startup-$port.log"
            fi
        fi
    } 2>&1 | tee -a "$out"
    rm -f "$pidfile"
    rm -rf "$scratch"
done
echo "recorded in $out" >&2

#!/usr/bin/env bash
# One command for the whole benchmark: builds fitt, generates the sample datasets if missing
# (10k / 100k / 1M rows), measures the disk's sync floor and the journal alone, and for each size starts the server on a scratch copy, measures
# start-to-ready and peak RSS from outside, runs the v1 bench (bench/target/fitt-bench.jar) against
# it, reads the peak RSS again after the load, prints everything and records it in bench/results/.
#
#   bench/run-all.sh [SIZES...]      e.g. bench/run-all.sh 10000 100000
#
# Environment: FITT_BENCH_DIR (datasets, default /tmp/fitt-bench), JAVA_OPTS (extra server JVM flags
# on top of ./fitt's), BENCH_ARGS (extra fitt-bench.jar options, e.g. "--runs 3 --run-seconds 1").
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
jar="$repo/bootstrap/target/fitt.jar"
# The v1 load driver: a tool beside the product (bench/src), built by the same "mvn package".
bench_jar="$repo/bench/target/fitt-bench.jar"
data_root="${FITT_BENCH_DIR:-/tmp/fitt-bench}"
# The server runs through ./fitt, with the launcher's server flags (bootstrap/src/dist/lib/jvm/*.options);
# JAVA_OPTS, when set, adds to or overrides them.
sizes=("$@")
((${#sizes[@]})) || sizes=(10000 100000 1000000)
# Below Linux's ephemeral range (32768-60999): polling a closed port inside it can connect the
# poller to itself (the kernel picks that very port as the source), which then "answers" and
# holds the port so the server cannot bind it.
port=31200
stamp="$(date +%Y%m%d-%H%M%S)"
results="$repo/bench/results"
mkdir -p "$results" "$data_root"

echo "building $jar ..." >&2
mvn -q -B -f "$repo/pom.xml" -DskipTests package
# The launcher makes the server's class archive on the first start after a build; a check run on a
# three-row dataset does it now, so that no measured start includes it.
tiny="$(mktemp -d "${TMPDIR:-/tmp}/fitt-bench-tiny.XXXXXX")"
printf 'clip_id,modality,file_path,tag_code_100\n1,camera_front,a.jpg,True\n1,camera_rear,b.jpg,\n' >"$tiny/data.csv"
printf 'code,alias\n100,Clear Weather\n' >"$tiny/meta.csv"
printf '{"host": "127.0.0.1", "port": 0, "csv_dir": "%s", "csv_save_dir": "%s", "meta_path": "%s"}\n' \
    "$tiny/data.csv" "$tiny/out" "$tiny/meta.csv" >"$tiny/settings.json"
if ! "$repo/fitt" server --config "$tiny/settings.json" --check >"$tiny/check.log" 2>&1; then
    cat "$tiny/check.log" >&2
    exit 1
fi
rm -rf "$tiny"
# ./fitt rebuilds the jar when a source is newer than it: a source edited while this runs would put
# a Maven build (and a new class archive) inside a measured start. Each size checks for that.
jar_stamp="$(stat -c %Y "$jar")"

{
    echo "# fitt benchmark $stamp ($(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown))"
    echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
        "$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
    echo "jdk: $(java -version 2>&1 | head -1)"
    echo "server: ./fitt server defaults${JAVA_OPTS:+ plus JAVA_OPTS=$JAVA_OPTS}"
} | tee "$results/$stamp.txt"

# The floors under the durable-change figures, measured in the same window: this disk's raw sync
# latency, the journal's own durable changes/s with 1 and 8 writers and no network, and the most
# the smallest server does over loopback with 8 clients on this machine (no fitt code). Virtual
# disks here vary by a factor of two from one minute to the next, so a figure means little without
# the floor it was measured on.
{
    echo
    echo "## floors (same window)"
    "$repo/bench/fsync-latency.sh" "$data_root" 2000
    "$repo/bench/sync-while-writing.sh" "$data_root" 50
    "$repo/bench/journal-throughput.sh" "$data_root" 1 8 2>&1 | sed "s| in $data_root/.*||"
    "$repo/bench/loopback-sync-floor.sh" "$data_root" 8
    "$repo/bench/loopback-sync-floor.sh" "$data_root" 1 200 50 | head -1
} | tee -a "$results/$stamp.txt"

for rows in "${sizes[@]}"; do
    sample="$data_root/rows-$rows"
    if [[ ! -f "$sample/data.csv" ]]; then
        echo "generating $rows rows in $sample ..." >&2
        java -jar "$jar" sample --out "$sample" --rows "$rows" >&2
    fi
    # A scratch copy: the bench changes and saves labels. Images are shared, not copied.
    scratch="$data_root/scratch-$rows"
    rm -rf "$scratch"
    mkdir -p "$scratch"
    cp "$sample/data.csv" "$sample/meta.csv" "$scratch/"
    ln -s "$sample/images" "$scratch/images"

    pidfile="$(mktemp)"
    {
        echo
        echo "## $rows rows"
        KEEP_PIDFILE="$pidfile" "$repo/bench/server-startup.sh" "$scratch" "$port" 5
        pid="$(cat "$pidfile")"
        # shellcheck disable=SC2086 # BENCH_ARGS holds several words on purpose.
        java -jar "$bench_jar" --port "$port" --allow-writes ${BENCH_ARGS:-} 2>/dev/null || echo "bench failed"
        echo "peak RSS after the bench (VmHWM): $(awk '/^VmHWM:/ {printf "%d MiB", $2 / 1024}' "/proc/$pid/status")"
        kill "$pid"
    } | tee -a "$results/$stamp.txt"
    rm -f "$pidfile"
    if [[ "$(stat -c %Y "$jar")" != "$jar_stamp" ]]; then
        echo "WARNING: the jar was rebuilt during the $rows-row run (a source changed): its figures include a build" \
            | tee -a "$results/$stamp.txt" >&2
        jar_stamp="$(stat -c %Y "$jar")"
    fi
    port=$((port + 1))
done
echo "recorded in $results/$stamp.txt" >&2

#!/usr/bin/env bash
# Start-to-ready time and peak RSS of the fitt server, measured from outside the process.
#
#   bench/server-startup.sh DATASET_DIR [PORT] [REPEATS]
#
# Starts the server on DATASET_DIR/data.csv + meta.csv, polls the port until a tag list request
# (FF 02) is answered (= ready), then reads VmHWM (peak resident set) from /proc/PID/status.
# Repeats REPEATS times (default 5) and prints every run plus the median, min and max. The first
# start on a dataset parses its CSVs and keeps the result in a load cache beside the saves; later
# starts read that cache: each run says which, and both kinds get their own summary too.
#
# Environment:
#   JAVA_OPTS         JVM flags for the server (e.g. "-XX:+UseSerialGC -Xmx160m")
#   FITT_SERVER_CMD   the server command line, with {data} {meta} {port} {config} placeholders;
#                     default "./fitt server --config {config}" (the launcher's server flags) with a
#                     settings file written to DATASET_DIR/bench_server_setting.json
#   KEEP_PIDFILE      if set, the last server is left running and its pid written there
#   READY_TIMEOUT     seconds a start may take before it counts as failed (default 60)
set -euo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dataset="${1:?usage: bench/server-startup.sh DATASET_DIR [PORT] [REPEATS]}"
# Default below Linux's ephemeral range: see run-all.sh.
port="${2:-31100}"
repeats="${3:-5}"
ready_timeout="${READY_TIMEOUT:-60}"
jar="$repo/bootstrap/target/fitt.jar"
[[ -f "$dataset/data.csv" && -f "$dataset/meta.csv" ]] || { echo "no data.csv/meta.csv in $dataset" >&2; exit 2; }
[[ -f "$jar" ]] || { echo "no $jar: build first (mvn -q -DskipTests package)" >&2; exit 2; }
(( repeats >= 1 && repeats <= 50 )) || { echo "REPEATS must be 1..50" >&2; exit 2; }

config="$dataset/bench_server_setting.json"
# The scratch copies of run-all.sh and memory.sh link their images to the sample's folder, outside
# the data CSV's: the server on loopback may follow that link (the image fence would refuse it).
cat >"$config" <<JSON
{"host": "127.0.0.1", "port": $port, "csv_dir": "$dataset/data.csv", "csv_save_dir": "$dataset/out",
 "meta_path": "$dataset/meta.csv", "autosave_changes": 0, "autosave_seconds": 0,
 "allow_images_outside_root": true}
JSON
# Through the launcher, so the server gets the JVM flags and environment ./fitt gives it.
default_cmd="$repo/fitt server --config {config}"
template="${FITT_SERVER_CMD:-$default_cmd}"
cmd="${template//\{data\}/$dataset/data.csv}"
cmd="${cmd//\{meta\}/$dataset/meta.csv}"
cmd="${cmd//\{port\}/$port}"
cmd="${cmd//\{config\}/$config}"

# Ready = the tag list request is answered with FF 02 (then the list). Only bash builtins: the
# poll runs every 5 ms while the server starts, and a pipeline of tools forked each time takes CPU
# from the server being measured (the difference was within the noise at 1M rows on 2 cores).
answers_tag_list() {
    local reply=""
    { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
    printf '\xff\x02' >&3
    LC_ALL=C IFS= read -r -N 2 -t 1 -u 3 reply || true
    exec 3<&-
    [[ "$reply" == $'\xff\x02' ]]
}

if answers_tag_list; then
    echo "port $port already answers: stop whatever serves it first" >&2
    exit 2
fi

# The poll below runs on the machine it measures, so it uses only bash builtins: an external
# "sleep" and "date" per poll were ~400 fork+exec a second, which on two cores took CPU from the
# starting JVM (a 1M restart measured 1.2-1.4 s this way, 0.7 s when timed by the server's exit).
# A read with a timeout on a FIFO nobody writes is the sleep; EPOCHREALTIME the clock.
pause_fifo="$(mktemp -u "${TMPDIR:-/tmp}/fitt-startup-pause.XXXXXX")"
mkfifo "$pause_fifo"
exec {pause_fd}<>"$pause_fifo"
rm -f "$pause_fifo"
# Sets NOW_NS (a command substitution would fork a subshell per poll).
now_ns() {
    local t="${EPOCHREALTIME/[.,]/}"
    NOW_NS=$((10#$t * 1000))
}

ready_ms=()
parsed_ms=()
cached_ms=()
rss_mib=()
for ((run = 1; run <= repeats; run++)); do
    # The server keeps what it parsed in a load cache beside its saves; a start without one parses.
    if compgen -G "$dataset/out/*.rows.cache" >/dev/null; then how="load cache"; else how="parses the CSVs"; fi
    # The last run's server must be gone, or the poll below would time it instead.
    for ((wait_ms = 0; wait_ms < 10000; wait_ms += 5)); do
        answers_tag_list || break
        read -r -t 0.005 -u "$pause_fd" _ || true
    done
    if answers_tag_list; then
        echo "port $port still answers 10 s after the last run's server was stopped" >&2
        exit 1
    fi
    now_ns
    start_ns=$NOW_NS
    JAVA_OPTS="${JAVA_OPTS:-}" bash -c "exec $cmd" >"/tmp/fitt-startup-$port.log" 2>&1 &
    pid=$!
    deadline=$((start_ns + ready_timeout * 1000000000))
    until answers_tag_list; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "server exited before it was ready; its output:" >&2
            cat "/tmp/fitt-startup-$port.log" >&2
            exit 1
        fi
        now_ns
        if ((NOW_NS > deadline)); then
            kill "$pid"
            echo "server not ready after $ready_timeout s" >&2
            exit 1
        fi
        read -r -t 0.005 -u "$pause_fd" _ || true
    done
    now_ns
    end_ns=$NOW_NS
    hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
    ms=$(((end_ns - start_ns) / 1000000))
    mib=$((hwm_kb / 1024))
    ready_ms+=("$ms")
    if [[ "$how" == "load cache" ]]; then cached_ms+=("$ms"); else parsed_ms+=("$ms"); fi
    rss_mib+=("$mib")
    echo "run $run ($how): start to ready ${ms} ms, peak RSS at ready ${mib} MiB"
    if ((run == repeats)) && [[ -n "${KEEP_PIDFILE:-}" ]]; then
        echo "$pid" >"$KEEP_PIDFILE"
    else
        kill "$pid"
        wait "$pid" 2>/dev/null || true
    fi
done

summary() { # name unit values...
    local name="$1" unit="$2"
    shift 2
    sort -n <<<"$(printf '%s\n' "$@")" | awk -v name="$name" -v unit="$unit" '
        { v[NR] = $1 }
        END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
              printf "%-32s median %7.0f %s  (min %.0f, max %.0f, %d runs)\n", name, m, unit, v[1], v[NR], NR }'
}
summary "start to ready" ms "${ready_ms[@]}"
if ((${#parsed_ms[@]} > 0 && ${#cached_ms[@]} > 0)); then
    summary "  of which parsing the CSVs" ms "${parsed_ms[@]}"
    summary "  of which from the load cache" ms "${cached_ms[@]}"
fi
summary "peak RSS at ready (VmHWM)" MiB "${rss_mib[@]}"

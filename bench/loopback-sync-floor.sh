#!/usr/bin/env bash
# The ceiling of durable changes/s over loopback on this machine, with no fitt code: CLIENTS
# threads each sending a change and waiting for its answer, against a one-thread server that
# appends, syncs once per turn (fdatasync) and answers (see bench/fsync/LoopbackSyncFloor.java).
# With SAVE_MB > 0 the server also saves a file of that size again and again, as during a save.
#   bench/loopback-sync-floor.sh [DIR] [CLIENTS] [GATHER_MICROS] [SAVE_MB]
#   default: the bench datasets' folder, 8 clients, 200 µs, no saving
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="${1:-${FITT_BENCH_DIR:-/tmp/fitt-bench}}"
mkdir -p "$dir"
exec java "$repo/bench/fsync/LoopbackSyncFloor.java" "$dir" "${2:-8}" "${3:-200}" "${4:-0}"

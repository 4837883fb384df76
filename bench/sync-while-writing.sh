#!/usr/bin/env bash
# The disk's sync latency while another file is written and forced, as during a save: the floor
# under "tag change p99 while a save runs" (see docs/BENCHMARKS.md). No fitt code runs.
#   bench/sync-while-writing.sh [DIR] [SIZE_MB] [WRITE_MS]   default: the bench datasets' folder,
#                                                            50 MB written over 400 ms
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="${1:-${FITT_BENCH_DIR:-/tmp/fitt-bench}}"
mkdir -p "$dir"
exec java "$repo/bench/fsync/SyncWhileWriting.java" "$dir" "${2:-50}" "${3:-400}"

#!/usr/bin/env bash
# Raw fsync latency of the disk under DIR (default: the bench datasets' folder), the physical floor
# under fitt's durable change: 20 bytes appended + FileChannel.force, p50/p99 over 2,000 iterations.
#   bench/fsync-latency.sh [DIR] [ITERATIONS]
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="${1:-${FITT_BENCH_DIR:-/tmp/fitt-bench}}"
mkdir -p "$dir"
exec java "$repo/bench/fsync/FsyncLatency.java" "$dir" "${2:-2000}"

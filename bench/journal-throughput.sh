#!/usr/bin/env bash
# Durable changes/s below the network: the journal alone, then the core on top of it (W threads
# each making a change and waiting until it is synced, as fast as they can). The ceiling for
# "durable changes/s" with W clients on this disk and these cores; the server adds a TCP round
# trip to each change.
#   bench/journal-throughput.sh [DIR] [WRITERS...]      default: the bench datasets' folder, 1 and 8
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
dir="${1:-${FITT_BENCH_DIR:-/tmp/fitt-bench}}"
shift || true
mvn -q -B -f "$repo/pom.xml" -pl adapters-csv -am -DskipTests compile
classpath="$repo/adapters-csv/target/classes:$repo/ports/target/classes:$repo/domain/target/classes"
exec java -cp "$classpath" "$repo/bench/journal/JournalThroughput.java" "$dir" "$@"

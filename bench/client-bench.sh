#!/usr/bin/env bash
# Client benchmark: the real Swing client, real key presses (java.awt.Robot), time from pressing
# Right to the next frame's pictures painted, prefetched and cold (see docs/BENCHMARKS.md).
#
#   bench/client-bench.sh [--socket] [PRESSES]    presses per session, default 40, at most 500
#
# Default: the client over the core in-process (no network), dev.fitt.adapters.swing.ClientBench,
# built from adapters-swing's test classes. --socket: the client over loopback TCP to a real fitt
# server (started in the same JVM on 127.0.0.1, ephemeral port, the bench's JPEGs written to a temp
# folder), dev.fitt.bootstrap.clientbench.ClientSocketBench, built from bootstrap's test classes
# (bootstrap is the only module that knows both the Swing and the socket adapter).
# The harness is test-scope code, so "mvn -B verify" never runs it. Without DISPLAY it runs under
# xvfb-run with a 1920x1080 screen. JAVA_OPTS sets the JVM's flags; JAVA_OPTS="-Dfitt.bench.raw=true" also
# prints every press's figure in press order (slow presses in phases or spread evenly?).
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"

module=adapters-swing
main=dev.fitt.adapters.swing.ClientBench
args=()
for arg in "$@"; do
    case "$arg" in
        --socket) module=bootstrap; main=dev.fitt.bootstrap.clientbench.ClientSocketBench ;;
        -h|--help) sed -n '2,14p' "${BASH_SOURCE[0]}" | cut -c3-; exit 0 ;;
        -*) echo "unknown option: $arg (usage: bench/client-bench.sh [--socket] [PRESSES])" >&2; exit 2 ;;
        *) args+=("$arg") ;;
    esac
done
if (( ${#args[@]} > 1 )); then
    echo "at most one PRESSES argument (usage: bench/client-bench.sh [--socket] [PRESSES])" >&2
    exit 2
fi

cp_file="$(mktemp "${TMPDIR:-/tmp}/fitt-client-bench-cp.XXXXXX")"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -f "$repo/pom.xml" -pl "$module" -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="$repo/$module/target/test-classes:$repo/$module/target/classes:$(cat "$cp_file")"
rm -f "$cp_file" # exec below replaces this shell, so the EXIT trap would not run
# The flags ./fitt gives the client too: transparent huge pages where the kernel offers them.
defaults=()
if grep -qs '\[\(always\|madvise\)\]' /sys/kernel/mm/transparent_hugepage/enabled; then
    defaults+=(-XX:+UseTransparentHugePages)
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose.
run=(java ${defaults[@]+"${defaults[@]}"} ${JAVA_OPTS:-} -cp "$classpath" "$main" ${args[@]+"${args[@]}"})
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}"
fi
exec "${run[@]}"

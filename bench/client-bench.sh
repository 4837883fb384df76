#!/usr/bin/env bash
# Client benchmark: the real Swing client, real key presses (java.awt.Robot), time from pressing
# Right to the next frame's pictures painted, prefetched and cold (see docs/BENCHMARKS.md).
#
#   bench/client-bench.sh [PRESSES]      presses per session, default 40, at most 500
#
# Compiles adapters-swing's test classes (where the harness lives, so "mvn -B verify" never runs
# it) and runs dev.fitt.adapters.swing.ClientBench. Without DISPLAY it runs under xvfb-run with a
# 1920x1080 screen. JAVA_OPTS sets the client's JVM flags.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cp_file="$(mktemp "${TMPDIR:-/tmp}/fitt-client-bench-cp.XXXXXX")"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -f "$repo/pom.xml" -pl adapters-swing -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="$repo/adapters-swing/target/test-classes:$repo/adapters-swing/target/classes:$(cat "$cp_file")"
# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose.
run=(java ${JAVA_OPTS:-} -cp "$classpath" dev.fitt.adapters.swing.ClientBench "$@")
if [[ -z "${DISPLAY:-}" ]]; then
    exec xvfb-run -a -s "-screen 0 1920x1080x24" "${run[@]}"
fi
exec "${run[@]}"

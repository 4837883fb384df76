#!/usr/bin/env bash
# Start of a server on a dataset imported into PostgreSQL: an embedded PostgreSQL 17 (from the
# test's Maven artifacts), a dataset of ROWS rows imported into it, then RUNS starts of a `fitt
# server` process on it, each timed from launching its JVM to its "listen:" line (dataset loaded,
# port open); see docs/BENCHMARKS.md.
#
#   bench/postgres-start.sh [ROWS] [RUNS]    rows (default 1000000, at most 2000000), starts (default 3, at most 10)
#
# dev.fitt.bootstrap.e2e.PostgresStartBench, built from bootstrap's test classes; "mvn -B verify"
# never runs it.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cp_file="$(mktemp "${TMPDIR:-/tmp}/fitt-postgres-start-cp.XXXXXX")"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -f "$repo/pom.xml" -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="$repo/bootstrap/target/test-classes:$repo/bootstrap/target/classes:$(cat "$cp_file")"
uptime
# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose.
java ${JAVA_OPTS:-} -Djava.awt.headless=true -cp "$classpath" dev.fitt.bootstrap.e2e.PostgresStartBench "$@"
uptime

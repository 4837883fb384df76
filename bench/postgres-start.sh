#!/usr/bin/env bash
# Start of a server on a dataset imported into PostgreSQL: an embedded PostgreSQL 17 (from the
# test's Maven artifacts), a dataset of ROWS rows imported into it (a fifth of them with provenance,
# as after team work), then RUNS starts of `./fitt server` on it (the launcher users run, with its
# JVM flags and class archive, as bench/server-startup.sh starts the CSV server), each timed from
# the launch to its "listen:" line (dataset loaded, port open); see docs/BENCHMARKS.md.
#
#   bench/postgres-start.sh [ROWS] [RUNS] [fresh] [elsewhere]
#       rows (default 1000000, at most 2000000), starts (default 3, at most 10); "fresh": no
#       provenance, as right after the import; "elsewhere": imported without this server's keys file
#       (as by another machine), so its first start reads every column and writes the file
#   JAVA_OPTS reaches the server's JVM through the launcher.
#
# dev.fitt.bootstrap.e2e.PostgresStartBench, built from bootstrap's test classes; "mvn -B verify"
# never runs it.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cp_file="$(mktemp "${TMPDIR:-/tmp}/fitt-postgres-start-cp.XXXXXX")"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -f "$repo/pom.xml" -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
# The launcher builds its jar when the sources are newer, and the server's class archive at the first
# server launch after that: make both now, so that no run times a build or the archive's training run.
"$repo/fitt" server --help >/dev/null
classpath="$repo/bootstrap/target/test-classes:$repo/bootstrap/target/classes:$(cat "$cp_file")"
uptime
java -Djava.awt.headless=true -Dfitt.launcher="$repo/fitt" -cp "$classpath" dev.fitt.bootstrap.e2e.PostgresStartBench "$@"
uptime

#!/usr/bin/env bash
# Several servers on one database: two `fitt server` processes on one embedded PostgreSQL 17 (from
# the test's Maven artifacts), real sockets on 127.0.0.1. Prints how long an edit made through one
# server takes to reach a client subscribed on the other, and durable changes/s with 8 v1 clients,
# 4 on each server (see docs/BENCHMARKS.md).
#
#   bench/multi-server.sh [EDITS] [SECONDS]    edits timed one at a time (default 500, at most 10000),
#                                              seconds of the 8-client run (default 10, at most 120)
#
# dev.fitt.bootstrap.e2e.MultiServerBench, built from bootstrap's test classes; "mvn -B verify"
# never runs it.
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cp_file="$(mktemp "${TMPDIR:-/tmp}/fitt-multi-bench-cp.XXXXXX")"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -f "$repo/pom.xml" -pl bootstrap -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
classpath="$repo/bootstrap/target/test-classes:$repo/bootstrap/target/classes:$(cat "$cp_file")"
# shellcheck disable=SC2086 # JAVA_OPTS holds several words on purpose.
java ${JAVA_OPTS:-} -Djava.awt.headless=true -cp "$classpath" dev.fitt.bootstrap.e2e.MultiServerBench "$@"

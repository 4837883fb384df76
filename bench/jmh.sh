#!/usr/bin/env bash
# JMH micro-benchmarks of the codec and the CSV load and save. Built only here (profile jmh), never by
# "mvn -B verify". Extra arguments go to JMH, e.g. bench/jmh.sh CsvLoad -f 1 -i 3
set -euo pipefail
repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
mvn -q -B -f "$repo/pom.xml" -Pjmh -pl bench/jmh -am -DskipTests package
exec java -jar "$repo/bench/jmh/target/benchmarks.jar" "$@"

#!/usr/bin/env bash
# Web board benchmark: the overview page for a trust of 1,000 teams with two years of monthly
# check-ins, served on loopback: p50/p99 of GET / and the page's weight (sent and unpacked).
# Usage: bench/board.sh [teams, default 1000] [requests, default 500]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl web-board -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="web-board/target/test-classes:web-board/target/classes:bot-core/target/classes:framework-data/target/classes:$(cat web-board/target/bench-classpath.txt)"
exec java -cp "$CP" org.pcref.web.OverviewBenchmark "$@"

#!/usr/bin/env bash
# Check-in turn benchmark: p50/p99 of one turn with many people checking in at once,
# on an H2 file and on PostgreSQL (started from the build, nothing to install).
# Usage: bench/checkin-turns.sh [users, default 50] [seconds measured, default 20] [mean pause between a user's answers in ms, default 500; 0 = as fast as possible]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the project's own modules resolve to their freshly built classes.
mvn -B -q -pl bot-app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="bot-app/target/test-classes:bot-app/target/classes:bot-core/target/classes:framework-data/target/classes:$(cat bot-app/target/bench-classpath.txt)"
exec java -cp "$CP" org.pcref.app.benchmark.CheckInTurnBenchmark "$@"

#!/usr/bin/env bash
# Sweep benchmark: how long one sweep of the nudge scheduler takes with many teams, on an H2 file
# and on PostgreSQL (started from the build, nothing to install): planning every team (the first
# sweep with a new framework or version), a minute with nothing due, and minutes with 1% and 10% of
# the teams due.
# Usage: bench/sweep.sh [teams ...]   (default: 1000 10000 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the project's own modules resolve to their freshly built classes.
mvn -B -q -pl bot-app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="bot-app/target/test-classes:bot-app/target/classes:bot-core/target/classes:framework-data/target/classes:$(cat bot-app/target/bench-classpath.txt)"
exec java -cp "$CP" org.pcref.app.benchmark.SweepBenchmark "$@"

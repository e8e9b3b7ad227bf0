#!/usr/bin/env bash
# Team round benchmark: many members answering one round within a minute on PostgreSQL
# (started from the build, nothing to install): every answer counted once, p50/p99 of a turn.
# Usage: bench/rounds.sh [members, default 200] [seconds, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the project's own modules resolve to their freshly built classes.
mvn -B -q -pl bot-app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="bot-app/target/test-classes:bot-app/target/classes:bot-core/target/classes:framework-data/target/classes:$(cat bot-app/target/bench-classpath.txt)"
exec java -cp "$CP" org.pcref.app.benchmark.RoundBenchmark "$@"

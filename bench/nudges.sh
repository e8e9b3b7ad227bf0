#!/usr/bin/env bash
# Nudge benchmark: many nudges due at once through the scheduler to a stub platform, on an H2 file
# and on PostgreSQL (started from the build, nothing to install): total time, peak heap, and the
# engine's cost per nudge.
# Usage: bench/nudges.sh [nudges, default 10000] [scheduler threads, default 4] [stub platform ms per nudge, default 0]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the project's own modules resolve to their freshly built classes.
mvn -B -q -pl bot-app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="bot-app/target/test-classes:bot-app/target/classes:bot-core/target/classes:framework-data/target/classes:$(cat bot-app/target/bench-classpath.txt)"
exec java -cp "$CP" org.pcref.app.benchmark.NudgeBenchmark "$@"

#!/usr/bin/env bash
# Trust picture benchmark: the board's queries on a trust-sized database (a thousand teams, two
# years of monthly check-ins), on an H2 file and on PostgreSQL (started from the build, nothing to
# install): the median time of each query.
# Usage: bench/trust-picture.sh [teams, default 1000] [months, default 24]
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so the project's own modules resolve to their freshly built classes.
mvn -B -q -pl bot-app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="bot-app/target/test-classes:bot-app/target/classes:bot-core/target/classes:framework-data/target/classes:$(cat bot-app/target/bench-classpath.txt)"
exec java -cp "$CP" org.pcref.app.benchmark.TrustPictureBenchmark "$@"

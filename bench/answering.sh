#!/usr/bin/env bash
# Answering benchmark: p50/p99 of one answer from the question set, in process, after warm-up.
# Usage: bench/answering.sh [extra JMH options]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl bot-core -am install -DskipTests
mvn -B -q -pl bot-core dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="bot-core/target/test-classes:bot-core/target/classes:$(cat bot-core/target/bench-classpath.txt)"
exec java -cp "$CP" org.openjdk.jmh.Main AnsweringBenchmark -rf text -rff bot-core/target/answering-benchmark.txt "$@"

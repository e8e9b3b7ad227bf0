#!/usr/bin/env bash
# A sentence-embedding model as a ranker for the question sets: top-3 passage recall, load time,
# time per question and memory (see bench/ranker/). Usage: bench/ranker.sh [question set files]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl framework-data install -DskipTests
cd bench/ranker
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
SETS=("$@")
if [ ${#SETS[@]} -eq 0 ]; then SETS=(../../bot-core/src/test/resources/org/pcref/core/qa/*-set*.txt); fi
exec java -cp "target/classes:$(cat target/classpath.txt)" org.pcref.bench.RankerProbe "${SETS[@]}"

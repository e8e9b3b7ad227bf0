#!/usr/bin/env bash
# Slack benchmark: signed /pcref questions per second through the whole HTTP path, p50/p99, against
# a minimal Bolt app answering a fixed string, in one run on loopback. The report is printed and
# written to bot-app/target/slack-benchmark.txt.
# Usage: bench/slack.sh [-Dbench.clients=8] [-Dbench.warmup=30] [-Dbench.seconds=20] [-Dbench.database=JDBC-URL]
#        [-Dbench.client=outside]  (the client in a process of its own, bench/SlackLoad.java, over the whole question set)
# (-Dbench.database='jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1' leaves out the cost of writing to disk.)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -pl slack-adapter,bot-app -am verify -DskipITs -Dtest=SlackBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true "$@"
cat bot-app/target/slack-benchmark.txt

#!/usr/bin/env bash
# Soak test: the server from bot-app/target/pcref-bot.jar (built if missing) with Slack over HTTP
# against a local stand-in for Slack's Web API, on a fresh embedded H2 file, sent signed /pcref
# slash commands at a fixed rate from many distinct conversations. Every few seconds it prints the
# server's RSS, committed heap, live heap (after a full GC), threads, H2 file size, latency and
# backlog; at the end the H2 file after a stop and after a restart, against the live data in it.
# Usage: bench/soak.sh [rate=200] [seconds=180] [sample=10] [conversations=35000]
#                      [jvm='-Xmx512m -XX:NativeMemoryTracking=summary'] [histograms=true] [restart=true]
# Output (class histograms, server logs) goes to bot-app/target/soak/, the table also to table.txt there.
# Loopback only. A 30-minute soak: bench/soak.sh seconds=1800 sample=60
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bot-app/target/pcref-bot.jar ]; then
  mvn -B -o -q -DskipTests package
fi
rm -rf bot-app/target/soak
mkdir -p bot-app/target/soak
java bench/Soak.java "$@" | tee bot-app/target/soak/table.txt

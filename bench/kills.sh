#!/usr/bin/env bash
# A bad day: the server from bot-app/target/pcref-bot.jar (built if missing), Slack over HTTP against
# a local stand-in, a fresh embedded H2 file, killed with SIGKILL at random moments while many people
# run one-competency check-ins by /pcref slash command, and restarted on the same data each time.
# At the end: acknowledged answers against the ratings in the file, check-in summaries posted
# against the check-ins stored. See bench/kills.md.
# Usage: bench/kills.sh [kills=20] [people=200] [rate=75] [up-min=3] [up-max=8] [after=15]
#                       [quiet=0] [collect=true] [jvm=...]
# Output (server logs, one per start, and table.txt) goes to bot-app/target/kills/. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f bot-app/target/pcref-bot.jar ]; then
  mvn -B -o -q -DskipTests package
fi
rm -rf bot-app/target/kills
mkdir -p bot-app/target/kills
java bench/Kills.java "$@"

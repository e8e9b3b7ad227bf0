#!/usr/bin/env bash
# Idle memory: the server from bot-app/target/pcref-bot.jar (built if missing) on a fresh embedded H2
# file, nudges on, no traffic. Prints its RSS (VmRSS) once it is ready and after it has idled.
# Usage: bench/idle-rss.sh [idle seconds=60] [jvm options...]
# Loopback only; the server is stopped (SIGTERM) at the end, and its exit status printed.
set -euo pipefail
cd "$(dirname "$0")/.."
idle="${1:-60}"
shift || true
if [ ! -f bot-app/target/pcref-bot.jar ]; then
  mvn -B -o -q -DskipTests package
fi
data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
PCREF_DATA_DIR="$data/data" SERVER_PORT="$port" java "$@" -jar bot-app/target/pcref-bot.jar serve \
  > "$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; then break; fi
  sleep 0.5
done
rss() { awk '/VmRSS/ {printf "%.0f MB\n", $2 / 1024}' "/proc/$pid/status"; }
echo "ready:             RSS $(rss)"
sleep "$idle"
echo "after ${idle} s idle: RSS $(rss)"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
echo "stopped (SIGTERM), exit status $status"
rm -rf "$data"

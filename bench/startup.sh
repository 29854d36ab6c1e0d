#!/usr/bin/env bash
# Start-up time of the server as the README runs it (`mvn -Pdemo wildfly:run`, offline): from the server's JVM being
# launched until /health answers 200 (the application deployed and its start-up work done), and from the command
# until then (adds Maven's up-to-date package phase). Usage: bench/startup.sh [ROUNDS]  (default 3; build first
# with `mvn package -DskipUTs`, which also writes the server's class-data archive).
# MVN_ARGS adds Maven arguments (to compare, MVN_ARGS=-P!cds-training with the archive moved away).
# Round 1 starts on a new data directory (schema migrated, demo accounts created); later rounds restart on it.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
server=$(pwd)/target/server
[ -f target/ROOT.war ] && [ -d "$server" ] || { echo "build first: mvn package -DskipUTs" >&2; exit 2; }
if curl -s -o /dev/null localhost:8080 || curl -s -o /dev/null localhost:9990; then
  echo "port 8080 or 9990 is in use: stop that server first" >&2; exit 2
fi
[ -f "$server/classes.jsa" ] || echo "note: no class-data archive in $server (see pom.xml, profile cds-training)"
data=$(mktemp -d /tmp/cqd-startup.XXXX)
log=$(mktemp /tmp/cqd-startup-log.XXXX)
trap 'rm -rf "$data" "$log"' EXIT
ms() { echo $(( $(date +%s%N) / 1000000 )); }
echo "cores $(nproc); $(java -version 2>&1 | head -1)"
for round in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  command_start=$(ms)
  CQD_DATA_DIR="$data" mvn -o -B -Pdemo ${MVN_ARGS:-} wildfly:run > "$log" 2>&1 &
  maven=$!
  until pgrep -f "jboss.home.dir=$server" > /dev/null; do
    kill -0 "$maven" 2>/dev/null || { echo "start failed:" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 0.05
  done
  jvm_start=$(ms)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:8080/health)" = 200 ]; do
    kill -0 "$maven" 2>/dev/null || { echo "start failed:" >&2; tail -40 "$log" >&2; exit 1; }
    sleep 0.05
  done
  healthy=$(ms)
  echo "round $round ($([ "$round" = 1 ] && echo 'new data directory' || echo restart)):" \
       "server JVM launch → /health 200 in $((healthy - jvm_start)) ms, command → /health 200 in" \
       "$((healthy - command_start)) ms (load average before: $load)"
  "$server"/bin/jboss-cli.sh -c :shutdown > /dev/null
  wait "$maven" || true
done

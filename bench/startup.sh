#!/usr/bin/env bash
# Start-up time of the provisioned server with the application, as WildFly reports it (WFLYSRV0025 "started in",
# which with the WAR in standalone/deployments includes deploying it) and as a user sees it (launch until /health
# answers 200). Usage: bench/startup.sh [ROUNDS]  (default 3; needs `mvn package -DskipUTs` first).
# Round 1 starts on a new data directory (schema migrated, demo accounts created); later rounds restart on it.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-3}
server=target/server
[ -f target/ROOT.war ] && [ -d "$server" ] || { echo "build first: mvn package -DskipUTs" >&2; exit 2; }
if curl -s -o /dev/null localhost:8080/health; then echo "port 8080 is in use: stop that server first" >&2; exit 2; fi
data=$(mktemp -d /tmp/cqd-startup.XXXX)
log=$(mktemp /tmp/cqd-startup-log.XXXX)
trap 'rm -f "$server"/standalone/deployments/ROOT.war*; rm -rf "$data" "$log"' EXIT
cp target/ROOT.war "$server"/standalone/deployments/
echo "cores $(nproc); $(java -version 2>&1 | head -1)"
for round in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  CQD_DEMO=true CQD_DATA_DIR="$data" "$server"/bin/standalone.sh > "$log" 2>&1 &
  until [ "$(curl -s -o /dev/null -w '%{http_code}' localhost:8080/health)" = 200 ]; do
    grep -q 'WFLYSRV0026\|WFLYSRV0056' "$log" && { echo "start failed, see $log" >&2; cat "$log" >&2; exit 1; }
    sleep 0.1
  done
  until_health=$(( ($(date +%s%N) - start) / 1000000 ))
  until grep -q 'WFLYSRV0025' "$log"; do sleep 0.1; done
  reported=$(grep -o 'started in [0-9]*ms' "$log" | grep -o '[0-9]*')
  echo "round $round ($([ "$round" = 1 ] && echo 'new data directory' || echo restart)): WildFly started in ${reported} ms," \
       "/health 200 after ${until_health} ms from launch (load average before: $load)"
  "$server"/bin/jboss-cli.sh -c :shutdown > /dev/null
  while pgrep -f "jboss.home.dir=$(cd "$server" && pwd)" > /dev/null; do sleep 0.2; done
done

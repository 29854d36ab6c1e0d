#!/usr/bin/env bash
# Two Credit Query Desk servers on one machine against the local PostgreSQL, behind haproxy: the deployment of
# README "Jobs and several servers" without containers. Build first: mvn -DskipTests package.
#
#   docker/cluster.sh start    creates the database (if missing), starts server 1 (port offset 100, :8180), copies its
#                              demo keys to server 2, starts server 2 (offset 200, :8280), then haproxy on :8080
#   docker/cluster.sh stop     stops haproxy and both servers
#
# Settings (environment): PGHOST (127.0.0.1), PGUSER (postgres), PGPASSWORD (postgres), CQD_CLUSTER_DB (cqd_cluster),
# CQD_CLUSTER_DIR (target/cluster), CQD_DEMO (true: demo accounts and keys), CQD_LB_PORT (8080: haproxy's port). Outside demo mode give both servers the
# same CQD_PII_KEY, CQD_AUDIT_KEY, CQD_SIGNING_PKCS12/CQD_SIGNING_PASSWORD and CQD_CENTRE_* in the environment.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PGHOST:=127.0.0.1}" "${PGUSER:=postgres}" "${PGPASSWORD:=postgres}" "${CQD_CLUSTER_DB:=cqd_cluster}"
: "${CQD_CLUSTER_DIR:=target/cluster}" "${CQD_DEMO:=true}" "${CQD_LB_PORT:=8080}"
export PGHOST PGUSER PGPASSWORD
dir=$(mkdir -p "$CQD_CLUSTER_DIR" && cd "$CQD_CLUSTER_DIR" && pwd)
server=$(pwd)/target/server

healthy() {
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$1/health" > /dev/null && return 0
    sleep 1
  done
  echo "server on :$1 did not become healthy; see $dir/$2/console.log" >&2
  return 1
}

start_server() { # name offset
  local base=$dir/$1
  mkdir -p "$base/deployments" "$base/configuration" "$base/data"
  cp -n "$server"/standalone/configuration/*.xml "$server"/standalone/configuration/*.properties "$base/configuration/"
  cp target/ROOT.war "$base/deployments/ROOT.war"
  local jsa=""
  [ -f "$server/classes.jsa" ] && jsa=" -XX:SharedArchiveFile=$server/classes.jsa"
  CQD_NODE_ID=$1 CQD_DATA_DIR=$base/data CQD_BLOB_STORE=database CQD_DEMO=$CQD_DEMO \
  CQD_DB_URL="jdbc:postgresql://$PGHOST:5432/$CQD_CLUSTER_DB" CQD_DB_DRIVER=org.postgresql.Driver \
  CQD_DB_USER=$PGUSER CQD_DB_PASSWORD=$PGPASSWORD CQD_PROXIES=127.0.0.1 \
  JAVA_OPTS="-Xms64m -Xmx1g -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true$jsa" \
    nohup "$server/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$2" \
    > "$base/console.log" 2>&1 &
  echo $! > "$base/pid"
}

case "${1:-}" in
  start)
    psql -qtA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$CQD_CLUSTER_DB'" | grep -q 1 \
      || psql -q -d postgres -c "CREATE DATABASE $CQD_CLUSTER_DB"
    start_server cqd-1 100
    healthy 8180 cqd-1
    # One installation, one set of keys: in demo mode server 1 generated them, server 2 uses the same.
    mkdir -p "$dir/cqd-2/data"
    cp -rn "$dir/cqd-1/data/keys" "$dir/cqd-2/data/" 2>/dev/null || true
    start_server cqd-2 200
    healthy 8280 cqd-2
    CQD_LB_BIND=127.0.0.1:$CQD_LB_PORT CQD_SERVER1=127.0.0.1:8180 CQD_SERVER2=127.0.0.1:8280 \
      haproxy -D -f docker/haproxy.cfg -p "$dir/haproxy.pid"
    echo "http://localhost:$CQD_LB_PORT (haproxy) → cqd-1 :8180, cqd-2 :8280; database $CQD_CLUSTER_DB"
    ;;
  stop)
    [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
    for n in cqd-1 cqd-2; do
      # the launcher script and its java child, by the ids this script recorded
      if [ -f "$dir/$n/pid" ]; then
        pid=$(cat "$dir/$n/pid")
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
      fi
    done
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

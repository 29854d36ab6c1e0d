#!/usr/bin/env bash
# Statistics benchmark: a year of LETTERS letters checking CANDIDATES candidates (default 50,000 / 2,000,000) generated
# in a new PostgreSQL database, then GET /api/statistics's work (the calendar's ordinals, the two aggregate queries, the
# total) for 2026 in total and by each grouping, ROUNDS times each.
# Usage: bench/statistics.sh [LETTERS] [CANDIDATES] [DB] [ROUNDS]   (PostgreSQL on 127.0.0.1:5432, user postgres)
#        KEEP=1 keeps the database afterwards (default: dropped); REUSE=1 runs against the kept one without generating
set -euo pipefail
LETTERS=${1:-50000}
CANDIDATES=${2:-2000000}
DB=${3:-cqd_bench_statistics}
ROUNDS=${4:-5}
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
URL="jdbc:postgresql://127.0.0.1:5432/$DB"
echo "PostgreSQL settings: $($PSQL -d postgres -At -c "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name)
  FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit')"); load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${REUSE:-0}" != 1 ]; then
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
  java -Xmx256m -cp "$CP" com.creditquerydesk.bench.StatisticsBench generate "$URL" "$LETTERS" "$CANDIDATES"
fi
java -Xmx256m -cp "$CP" com.creditquerydesk.bench.StatisticsBench run "$URL" "$ROUNDS"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${KEEP:-0}" = 1 ] || $PSQL -d postgres -c "DROP DATABASE $DB WITH (FORCE)"

#!/usr/bin/env bash
# Import benchmark: generate a register CSV of N rows (once, reused), import it into a fresh PostgreSQL
# database through the importer (heap capped at 512 MB), then \copy the same file into a same-shape table.
# Usage: bench/register-import.sh N [DB]     (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)
#        AGAIN=1 bench/register-import.sh N   also imports the same file a second time (unchanged: no new version)
#        CHANGED=1 bench/register-import.sh N then imports a snapshot with about 1% changed (N/300 removed, updated, added)
set -euo pipefail
N=${1:?rows}
DB=${2:-cqd_bench}
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
FILE=target/bench/register-$N.csv
[ -s "$FILE" ] || java -Xmx256m -cp "$CP" com.creditquerydesk.bench.RegisterBench generate "$FILE" "$N"
ls -l "$FILE"
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
echo "PostgreSQL settings: $($PSQL -d postgres -At -c "SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ', ' ORDER BY name)
  FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'max_wal_size', 'synchronous_commit',
  'wal_level', 'temp_buffers')") (the importer raises work_mem and maintenance_work_mem to 256MB in its own transaction)"
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
java -Xmx512m -cp "$CP" com.creditquerydesk.bench.RegisterBench import "jdbc:postgresql://127.0.0.1:5432/$DB" "$FILE"
if [ "${AGAIN:-0}" = 1 ]; then
  java -Xmx512m -cp "$CP" com.creditquerydesk.bench.RegisterBench import "jdbc:postgresql://127.0.0.1:5432/$DB" "$FILE"
fi
if [ "${CHANGED:-0}" = 1 ]; then
  CHANGED_FILE=target/bench/register-$N-changed.csv
  [ -s "$CHANGED_FILE" ] || java -Xmx256m -cp "$CP" com.creditquerydesk.bench.RegisterBench generate-changed "$CHANGED_FILE" "$N"
  java -Xmx512m -cp "$CP" com.creditquerydesk.bench.RegisterBench import "jdbc:postgresql://127.0.0.1:5432/$DB" "$CHANGED_FILE"
fi

$PSQL -d "$DB" -c "CREATE TABLE plain_copy (姓名 text, 身份证号码 text, 执行法院 text, 省份 text, 案号 text,
  执行依据文号 text, 生效法律文书确定的义务 text, 被执行人的履行情况 text, 失信被执行人具体情形 text, 立案时间 text, 发布时间 text)"
T0=$(date +%s.%N)
$PSQL -d "$DB" -c "\\copy plain_copy FROM '$FILE' WITH (FORMAT csv, HEADER true)"
T1=$(date +%s.%N)
echo "psql \\copy into a plain text table: $N rows in $(echo "$T1 - $T0" | bc) s = $(echo "$N / ($T1 - $T0)" | bc) rows/s"
$PSQL -d "$DB" -c "DROP TABLE plain_copy"

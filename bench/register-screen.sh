#!/usr/bin/env bash
# Screening benchmark: 1,000 candidates against the register imported by register-import.sh N,
# p50/p95 of one VALUES-join query on PostgreSQL beside a HashMap of the same keys.
# Usage: bench/register-screen.sh N [DB] [ROUNDS]
set -euo pipefail
N=${1:?rows}
DB=${2:-cqd_bench}
ROUNDS=${3:-50}
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
psql -h 127.0.0.1 -U postgres -d "$DB" -q -c "VACUUM ANALYZE register_record"
java -Xmx6g -cp "$CP" com.creditquerydesk.bench.RegisterBench screen "jdbc:postgresql://127.0.0.1:5432/$DB" "$N" "$ROUNDS"

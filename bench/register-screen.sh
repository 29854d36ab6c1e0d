#!/usr/bin/env bash
# Screening benchmark: lists of 1,000, 10,000 and 100,000 candidates against the register imported by
# register-import.sh N, p50/p95 of the one screening query on PostgreSQL beside a HashMap of the same keys.
# Usage: bench/register-screen.sh N [DB] [ROUNDS] [SIZES]    (ROUNDS for 1,000 candidates; SIZES e.g. 1000,10000)
set -euo pipefail
N=${1:?rows}
DB=${2:-cqd_bench}
ROUNDS=${3:-50}
SIZES=${4:-1000,10000,100000}
cd "$(dirname "$0")/.."
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
psql -h 127.0.0.1 -U postgres -d "$DB" -q -c "VACUUM ANALYZE register_record"
# the HashMap of 10 M keys needs about 1.4 GB; a heap that large is not needed below
HEAP=$([ "$N" -gt 2000000 ] && echo 6g || echo 1g)
java -Xmx$HEAP -cp "$CP" com.creditquerydesk.bench.RegisterBench screen "jdbc:postgresql://127.0.0.1:5432/$DB" "$N" "$ROUNDS" "$SIZES"

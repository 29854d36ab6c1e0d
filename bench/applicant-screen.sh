#!/usr/bin/env bash
# Bulk screening benchmark: an applicant list of A rows (default 100,000; 1% of them on the register) read, checked
# and screened as the server does for an upload, against the register imported by register-import.sh N, beside
# reading and checking alone and a HashMap probe of the same people, three rounds.
# Usage: bench/applicant-screen.sh N [DB] [A]      (PostgreSQL on 127.0.0.1:5432, user postgres, trust auth)
set -euo pipefail
N=${1:?register rows}
DB=${2:-cqd_bench}
A=${3:-100000}
cd "$(dirname "$0")/.."
mkdir -p target/bench
mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench/cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench/cp.txt)"
FILE=target/bench/applicants-$A-of-$N.csv
[ -s "$FILE" ] || java -Xmx256m -cp "$CP" com.creditquerydesk.bench.ApplicantBench generate "$FILE" "$A" "$N"
ls -l "$FILE"
# the server's part is bounded (a batch and the people seen); the HashMap of the reference needs the rest
HEAP=$([ "$N" -gt 2000000 ] && echo 6g || echo 1g)
java -Xmx$HEAP -cp "$CP" com.creditquerydesk.bench.ApplicantBench screen "jdbc:postgresql://127.0.0.1:5432/$DB" "$FILE"

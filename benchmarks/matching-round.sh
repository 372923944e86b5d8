#!/usr/bin/env bash
# Matching round: 193 states x the whole checklist (about 24,000 needs) against 250, 500 and 1,000 offers, and a
# quarter and a half of the states, to see how the cost grows. The engine alone (in memory, no database); the
# figures go to docs/performance.md with the machine they were measured on.
#
#   benchmarks/matching-round.sh            (RUNS=5 WARMUP=2 by default)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
./mvnw -q -B -pl matching-service -am install -DskipTests
CP_FILE="$(mktemp)"
./mvnw -q -B -pl matching-service dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
./mvnw -q -B -pl matching-service test-compile
cd matching-service
java -Druns="${RUNS:-5}" -Dwarmup="${WARMUP:-2}" -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
  org.tahub.matching.benchmark.MatchingRoundBenchmark 2>&1 | grep -v '^SLF4J'
rm -f "$CP_FILE"

#!/usr/bin/env bash
# Full matching round through the database: 193 Member States x the whole checklist (23,739 current needs) against
# 1,000 offers, as the service runs it after a change that affects every need (Rematch.run: one transaction per
# assessment on 2 threads, proposals written, the round's rows in the outbox, the relay sending the records to Kafka
# meanwhile). Four rounds (the first from nothing, nothing changed, every proposal changed, nothing changed again),
# run twice: cold, while the JIT compiler is still compiling, then warm, from nothing again. Each pass ends with one
# line: the first round, the all-rewritten one (target 10 s) and the one with nothing changed (target 3 s).
# Against the real embedded PostgreSQL and Kafka of the test run, all on the same cores; figures go to
# docs/performance.md.
#
#   benchmarks/full-round.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
./mvnw -q -B -pl matching-service -am install -DskipTests
cd matching-service
../mvnw -B -q test -Dtest=FullRoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^(cold|warm|events|[0-9]+ assessments)' || {
    echo "the benchmark failed: see matching-service/target/surefire-reports/" >&2; exit 1; }

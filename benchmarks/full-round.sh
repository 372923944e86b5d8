#!/usr/bin/env bash
# Full matching round through the database: 193 Member States x the whole checklist (23,739 current needs) against
# 1,000 offers, as the service runs it after a change that affects every need (Rematch.run: one transaction per
# assessment, proposals written, match.proposed events in the outbox, the relay sending them to Kafka meanwhile).
# Against the real embedded PostgreSQL and Kafka of the test run; figures go to docs/performance.md.
#
#   benchmarks/full-round.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
./mvnw -q -B -pl matching-service -am install -DskipTests
cd matching-service
../mvnw -B -q test -Dtest=FullRoundBenchmark -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E '^(first|every|events|[0-9]+ assessments)' || {
    echo "the benchmark failed: see matching-service/target/surefire-reports/" >&2; exit 1; }

#!/usr/bin/env bash
# Gateway overhead: throughput of the same GET through the gateway and straight to the owning service.
# Starts the local stack if it is not running (deploy/local/up.sh --detach), installs wrk from Debian if missing.
#
#   benchmarks/gateway-overhead.sh [DURATION_SECONDS] [CONNECTIONS] [PATH]
#
# Prints requests/s for both and the ratio; docs/performance.md records the figures and the machine.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DURATION="${1:-20}"
CONNECTIONS="${2:-32}"
RUN="${TAHUB_RUN_DIR:-$ROOT/.run}"
GATEWAY_PORT="${TAHUB_GATEWAY_PORT:-8080}"
INSTRUMENTS_PORT="${TAHUB_INSTRUMENTS_PORT:-8081}"
PATH_UNDER_TEST="${3:-/api/v1/activities/V.4}"

if ! command -v wrk >/dev/null; then
  echo "installing wrk (Debian package)"
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
"$ROOT/deploy/local/up.sh" --detach >/dev/null
# shellcheck disable=SC1091
source "$RUN/credentials.env"
# A high limit for this run only would need a restart; use the admin key's budget instead: the rate limit is per
# client and per minute, so run with TAHUB_RATE_LIMIT large (e.g. TAHUB_RATE_LIMIT=100000000 deploy/local/up.sh).

rps() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
echo "warming up"
wrk -t1 -c8 -d15s -H "X-API-Key: $TAHUB_ADMIN_KEY" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" >/dev/null
wrk -t1 -c8 -d15s "http://127.0.0.1:$INSTRUMENTS_PORT$PATH_UNDER_TEST" >/dev/null
direct=$(rps "http://127.0.0.1:$INSTRUMENTS_PORT$PATH_UNDER_TEST")
proxied=$(rps -H "X-API-Key: $TAHUB_ADMIN_KEY" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")
ratio=$(awk -v p="$proxied" -v d="$direct" 'BEGIN {printf "%.0f", 100 * p / d}')
echo "GET $PATH_UNDER_TEST, ${DURATION}s, $CONNECTIONS connections, wrk 2 threads, on $(nproc) cores"
echo "direct to instruments-service: $direct req/s"
echo "through the gateway:           $proxied req/s"
echo "proxied / direct:              $ratio %"

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

# The services answer only calls that carry the gateway's signed identity (TAHUB_IDENTITY_REQUIRED=true in the local
# stack): the direct calls carry one too, minted here with the shared secret (HS256, valid 290 s), so that both paths
# do the same work in the service.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
claims=$(printf '{"iss":"tahub-gateway","sub":"benchmark","tahub_role":"admin","iat":%d,"exp":%d}' "$now" "$((now + 290))" | b64url)
signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -hmac "$TAHUB_IDENTITY_SECRET" -binary | b64url)
IDENTITY="$header.$claims.$signature"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Tahub-Identity: $IDENTITY" "http://127.0.0.1:$INSTRUMENTS_PORT$PATH_UNDER_TEST")
[ "$status" = 200 ] || { echo "a direct call with the minted identity answered $status, not 200"; exit 1; }

rps() { wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" "$@" | awk '/Requests\/sec/ {print $2}'; }
echo "warming up"
wrk -t1 -c8 -d15s -H "X-API-Key: $TAHUB_ADMIN_KEY" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST" >/dev/null
wrk -t1 -c8 -d15s -H "X-Tahub-Identity: $IDENTITY" "http://127.0.0.1:$INSTRUMENTS_PORT$PATH_UNDER_TEST" >/dev/null
direct=$(rps -H "X-Tahub-Identity: $IDENTITY" "http://127.0.0.1:$INSTRUMENTS_PORT$PATH_UNDER_TEST")
proxied=$(rps -H "X-API-Key: $TAHUB_ADMIN_KEY" "http://127.0.0.1:$GATEWAY_PORT$PATH_UNDER_TEST")
ratio=$(awk -v p="$proxied" -v d="$direct" 'BEGIN {printf "%.0f", 100 * p / d}')
echo "GET $PATH_UNDER_TEST, ${DURATION}s, $CONNECTIONS connections, wrk 2 threads, on $(nproc) cores"
echo "direct to instruments-service: $direct req/s"
echo "through the gateway:           $proxied req/s"
echo "proxied / direct:              $ratio %"

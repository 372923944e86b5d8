#!/usr/bin/env bash
# Proposal latency: from the submit call of an assessment (through the gateway) to its first proposals being visible
# through the gateway (GET /api/v1/matches?assessment=...), for N assessments of N different states.
# Starts the local stack if it is not running. Prints every latency and the median and p95.
#
#   benchmarks/proposal-latency.sh [N]      (N = 30 by default; at most 150)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
N="${1:-30}"
RUN="${TAHUB_RUN_DIR:-$ROOT/.run}"
GATEWAY="http://127.0.0.1:${TAHUB_GATEWAY_PORT:-8080}"
"$ROOT/deploy/local/up.sh" --detach >/dev/null
# shellcheck disable=SC1091
source "$RUN/credentials.env"
ms() { date +%s%3N; }
# States that have no 2026 assessment yet, from the registry.
mapfile -t STATES < <(curl -sf -H "X-API-Key: $TAHUB_ADMIN_KEY" "$GATEWAY/api/v1/states?unStatus=member" \
  | grep -o '"iso3":"[A-Z]*"' | cut -d'"' -f4 | grep -v '^KEN$')
latencies=()
count=0
for iso3 in "${STATES[@]}"; do
  [ "$count" -ge "$N" ] && break
  body="{\"state\":\"$iso3\",\"period\":2026,\"visibility\":\"PROVIDERS\",\"answers\":[
    {\"activity\":\"V.4\",\"status\":\"NOT_IMPLEMENTED\",\"assistanceNeeded\":true,\"priority\":\"HIGH\"},
    {\"activity\":\"VII.A.1\",\"status\":\"PARTIALLY_IMPLEMENTED\",\"assistanceNeeded\":true,\"priority\":\"MEDIUM\"},
    {\"activity\":\"X.1\",\"status\":\"NOT_IMPLEMENTED\",\"assistanceNeeded\":true,\"priority\":\"LOW\"}]}"
  created=$(curl -s -H "X-API-Key: $TAHUB_ADMIN_KEY" -H 'Content-Type: application/json' -d "$body" "$GATEWAY/api/v1/assessments")
  id=$(printf '%s' "$created" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')
  [ -n "$id" ] || continue
  start=$(ms)
  curl -sf -o /dev/null -X POST -H "X-API-Key: $TAHUB_ADMIN_KEY" "$GATEWAY/api/v1/assessments/$id/submit"
  while :; do
    total=$(curl -s -H "X-API-Key: $TAHUB_ANALYST_KEY" "$GATEWAY/api/v1/matches?assessment=$id&size=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p')
    if [ "${total:-0}" -gt 0 ]; then break; fi
    if [ $(( $(ms) - start )) -gt 30000 ]; then echo "$iso3: no proposals within 30 s"; exit 1; fi
    sleep 0.01
  done
  latency=$(( $(ms) - start ))
  latencies+=("$latency")
  count=$((count + 1))
  echo "$iso3 $latency ms"
done
printf '%s\n' "${latencies[@]}" | sort -n | awk '{a[NR]=$1} END {
  p50 = a[int((NR + 1) / 2)]; i95 = int(NR * 0.95 + 0.999); if (i95 > NR) i95 = NR;
  printf "n=%d  median %d ms  p95 %d ms  max %d ms\n", NR, p50, a[i95], a[NR] }'

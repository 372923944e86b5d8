#!/usr/bin/env bash
# Says what of the local suite runs and whether it is healthy. Exit code 0 when everything is up and ready.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

all_ok=true
row() { printf '  %-22s %-10s %s\n' "$1" "$2" "$3"; }
row COMPONENT STATE DETAIL
for name in postgres kafka; do
  if pid_alive "$name"; then row "$name" running "pid $(recorded_pid "$name")"
  elif [ -f "$PIDS/$name.pid" ]; then row "$name" DEAD "recorded pid $(recorded_pid "$name") is gone"; all_ok=false
  else row "$name" "-" "not started by up.sh (external, or stopped)"; fi
done
for s in "${SERVICES[@]}" "${REPLICAS[@]}"; do
  name="${s%%:*}" port="${s##*:}"
  if pid_alive "$name"; then
    reply=$(http_get "http://127.0.0.1:$port/q/health/ready")
    if [ "${reply%% *}" = "200" ]; then row "$name" ready "pid $(recorded_pid "$name"), http://localhost:$port"
    else row "$name" NOT-READY "pid $(recorded_pid "$name"), /q/health/ready answered ${reply%% *}"; all_ok=false; fi
  else
    row "$name" stopped ""; all_ok=false
  fi
done
$all_ok

#!/usr/bin/env bash
# Stops what deploy/local/up.sh started (by the process ids it recorded, nothing else), gateway first,
# infrastructure last. The data under .run/ stays: up.sh starts again where it left, and starts again only what is
# not running.
#
#   deploy/local/down.sh                      stop everything
#   deploy/local/down.sh matching-service     stop only the named components (gateway, dashboard, matching-service,
#                                             assessments-service, instruments-service, kafka, postgres)
#
# Each is sent SIGTERM and given 30 s to stop cleanly (the services drain what is in flight) before SIGKILL.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

# Replicas first (a list from an earlier up.sh --replicas), then everything else.
ALL=()
for r in "${REPLICAS[@]}"; do ALL+=("${r%%:*}"); done
ALL+=(gateway dashboard matching-service assessments-service instruments-service kafka postgres)
if [ $# -eq 0 ]; then
  targets=("${ALL[@]}")
else
  targets=()
  for name in "$@"; do
    case " ${ALL[*]} " in
      *" $name "*) targets+=("$name") ;;
      *) fail "unknown component $name (one of: ${ALL[*]})" ;;
    esac
  done
fi

for name in "${targets[@]}"; do
  stop_process "$name"
  [ "$name" = postgres ] && rm -f "$RUN/pgdata.ready"
done
if [ $# -eq 0 ]; then
  echo "TA Hub is stopped."
else
  echo "Stopped: ${targets[*]}. deploy/local/up.sh --detach starts them again."
fi

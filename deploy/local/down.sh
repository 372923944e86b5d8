#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started (by the process ids it recorded, nothing else), gateway first,
# infrastructure last. The data under .run/ stays: up.sh starts again where it left.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

for name in gateway matching-service assessments-service instruments-service kafka postgres; do
  stop_process "$name"
done
rm -f "$RUN/pgdata.ready"
echo "TA Hub is stopped."

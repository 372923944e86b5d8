# Shared by up.sh, down.sh and status.sh: where things live and how to talk to them, with nothing but bash and a JDK.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# TAHUB_RUN_DIR: where the local data, logs, process ids and credentials live (default .run/ in the checkout).
RUN="${TAHUB_RUN_DIR:-$ROOT/.run}"
LOGS="$RUN/logs"
PIDS="$RUN/pids"
CREDENTIALS="$RUN/credentials.env"
INFRA_LIB="$ROOT/embedded-infrastructure/target/lib"
INFRA_JAR="$ROOT/embedded-infrastructure/target/embedded-infrastructure.jar"

GATEWAY_PORT="${TAHUB_GATEWAY_PORT:-8080}"
INSTRUMENTS_PORT="${TAHUB_INSTRUMENTS_PORT:-8081}"
ASSESSMENTS_PORT="${TAHUB_ASSESSMENTS_PORT:-8082}"
MATCHING_PORT="${TAHUB_MATCHING_PORT:-8083}"
DASHBOARD_PORT="${TAHUB_DASHBOARD_PORT:-8084}"
EMBEDDED_DB_PORT="${TAHUB_EMBEDDED_DB_PORT:-15432}"
EMBEDDED_KAFKA_PORT="${TAHUB_EMBEDDED_KAFKA_PORT:-19092}"
EMBEDDED_KAFKA_CONTROLLER_PORT="${TAHUB_EMBEDDED_KAFKA_CONTROLLER_PORT:-19093}"

# name, port, module directory: the services, in start order (the gateway last; the dashboard, a client of the
# gateway, with the services: it needs nothing to start).
SERVICES=("instruments-service:$INSTRUMENTS_PORT" "assessments-service:$ASSESSMENTS_PORT"
          "matching-service:$MATCHING_PORT" "dashboard:$DASHBOARD_PORT" "gateway:$GATEWAY_PORT")
DATABASES="tahub_instruments,tahub_assessments,tahub_matching,tahub_gateway"

# Further instances of the consumer services (up.sh --replicas matching=2,assessments=2, remembered in $RUN/replicas
# for down.sh and status.sh): name (the module's, with -2, -3...) and port (the first's, plus 100 per instance).
# Each joins its service's consumer groups under its own instance id; the gateway calls the first.
REPLICAS=()
replicas_spec() { cat "$RUN/replicas" 2>/dev/null || true; }
replicas_of() { # SPEC: fills REPLICAS; fails on what it cannot read
  REPLICAS=()
  local spec svc n base
  local -a specs
  IFS=',' read -ra specs <<<"$1"
  for spec in "${specs[@]}"; do
    [ -n "$spec" ] || continue
    svc="${spec%%=*}" n="${spec#*=}"
    case "$svc" in
      matching) base="$MATCHING_PORT" ;;
      assessments) base="$ASSESSMENTS_PORT" ;;
      *) echo "replicas: '$svc' is not a consumer service that can have several instances (matching, assessments)" >&2
         return 1 ;;
    esac
    [[ "$n" =~ ^[1-5]$ ]] || { echo "replicas: '$spec' needs a number of instances from 1 to 5" >&2; return 1; }
    for k in $(seq 2 "$n"); do REPLICAS+=("$svc-service-$k:$((base + 100 * (k - 1)))"); done
  done
}
replicas_of "$(replicas_spec)" 2>/dev/null || REPLICAS=()

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }
info() { printf '    %s\n' "$*"; }
fail() { printf '\033[31mxx  %s\033[0m\n' "$*" >&2; exit 1; }

# http_get URL [HEADER]: prints "STATUS BODY"; curl when present, else bash's /dev/tcp (HTTP/1.0, loopback only).
http_get() {
  local url="$1" header="${2:-}"
  if command -v curl >/dev/null 2>&1; then
    local out
    if [ -n "$header" ]; then
      out=$(curl -s -m 5 -H "$header" -w '\n%{http_code}' "$url" 2>/dev/null) || { echo "000"; return; }
    else
      out=$(curl -s -m 5 -w '\n%{http_code}' "$url" 2>/dev/null) || { echo "000"; return; }
    fi
    echo "$(tail -n1 <<<"$out") $(sed '$d' <<<"$out")"
    return
  fi
  local hostport="${url#http://}"; hostport="${hostport%%/*}"
  local path="/${url#http://*/}"; local host="${hostport%:*}" port="${hostport##*:}"
  exec 3<>"/dev/tcp/$host/$port" 2>/dev/null || { echo "000"; return; }
  printf 'GET %s HTTP/1.0\r\nHost: %s\r\n%s\r\n' "$path" "$hostport" "${header:+$header$'\r\n'}" >&3
  local response; response=$(timeout 5 cat <&3); exec 3<&-
  local status; status=$(head -n1 <<<"$response" | awk '{print $2}')
  echo "${status:-000} $(sed '1,/^\r\{0,1\}$/d' <<<"$response")"
}

# http_post_json URL JSON HEADER: prints "STATUS BODY" of a POST with a JSON body (curl, else /dev/tcp).
http_post_json() {
  local url="$1" body="$2" header="$3"
  if command -v curl >/dev/null 2>&1; then
    local out
    out=$(curl -s -m 10 -X POST -H "Content-Type: application/json" -H "$header" -d "$body" -w '\n%{http_code}' "$url" 2>/dev/null) \
      || { echo "000"; return; }
    echo "$(tail -n1 <<<"$out") $(sed '$d' <<<"$out")"
    return
  fi
  local hostport="${url#http://}"; hostport="${hostport%%/*}"
  local path="/${url#http://*/}"; local host="${hostport%:*}" port="${hostport##*:}"
  exec 3<>"/dev/tcp/$host/$port" 2>/dev/null || { echo "000"; return; }
  printf 'POST %s HTTP/1.0\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n\r\n%s' \
    "$path" "$hostport" "${#body}" "$header" "$body" >&3
  local response; response=$(timeout 10 cat <&3); exec 3<&-
  local status; status=$(head -n1 <<<"$response" | awk '{print $2}')
  echo "${status:-000} $(sed '1,/^\r\{0,1\}$/d' <<<"$response")"
}

# pid_alive NAME: true when the recorded process of NAME runs and is still ours (its command line matches).
pid_alive() {
  local file="$PIDS/$1.pid"
  [ -f "$file" ] || return 1
  local pid marker; read -r pid marker < "$file"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker"
}

recorded_pid() { awk '{print $1}' "$PIDS/$1.pid" 2>/dev/null; }

# start_process NAME MARKER COMMAND...: runs COMMAND in its own session (Ctrl-C reaches up.sh, which stops
# everything in order), logs to .run/logs/NAME.log, records "PID MARKER".
start_process() {
  local name="$1" marker="$2"; shift 2
  mkdir -p "$LOGS" "$PIDS"
  setsid "$@" >>"$LOGS/$name.log" 2>&1 < /dev/null 9>&- &
  local pid=$!
  echo "$pid $marker" > "$PIDS/$name.pid"
  # Until it execs the command, the child is still this shell, whose command line lacks the marker: pid_alive would
  # take that moment for a stop (it happened once on a loaded machine). Wait for the exec, boundedly.
  for _ in $(seq 1 50); do
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$marker" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
}

# stop_process NAME: SIGTERM, wait up to 30 s for a clean stop, then SIGKILL.
stop_process() {
  local name="$1"
  if pid_alive "$name"; then
    local pid; pid=$(recorded_pid "$name")
    local started; started=$(date +%s%N)
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      info "$name did not stop in 30 s: killing it"
      kill -KILL "$pid" 2>/dev/null
    else
      local ms=$(( ($(date +%s%N) - started) / 1000000 ))
      info "stopped $name (pid $pid) cleanly in ${ms} ms"
    fi
  fi
  rm -f "$PIDS/$name.pid"
}

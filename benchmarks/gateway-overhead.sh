#!/usr/bin/env bash
# Gateway overhead, measured against a peer: the same GETs, in one run and interleaved, straight to the owning
# service, through nginx (a keep-alive reverse proxy that only adds the identity header) and through the gateway,
# at each number of connections. Every answer that is not 2xx, and every socket timeout or connect error, is counted
# and fails the run: a figure that includes refusals is no figure.
#
#   benchmarks/gateway-overhead.sh [SECONDS_PER_RUN] [ROUNDS]
#
# Environment: BENCH_PATHS (space-separated, default the two of docs/performance.md), BENCH_CONNECTIONS ("32 64"),
# NGINX_WORKERS (1), BENCH_WARM_UP (seconds per route and path before measuring, 20), BENCH_FLOOR (1 adds a fourth
# route: benchmarks/floor/VertxFloorProxy.java, a bare Vert.x proxy, the floor of any proxy on the gateway's stack). Starts a stack of its own
# (deploy/local/up.sh on free ports, data under .run-bench, rate limits out of the way) and stops it at the end;
# installs wrk and nginx from Debian when missing.
# Prints the median requests/s of each path, connections and route, and gateway/nginx and gateway/direct.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SECONDS_PER_RUN="${1:-10}"
ROUNDS="${2:-3}"
PATHS=(${BENCH_PATHS:-/api/v1/activities/V.4 /api/v1/instruments?part=A\&size=20})
CONNECTIONS=(${BENCH_CONNECTIONS:-32 64})
NGINX_WORKERS="${NGINX_WORKERS:-1}"
RUN="$ROOT/.run-bench"

need() {
  command -v "$1" >/dev/null && return
  echo "installing $2 (Debian package)"
  apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; }
}
need wrk wrk
need nginx nginx-light
need openssl openssl

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
export TAHUB_RUN_DIR="$RUN"
export TAHUB_GATEWAY_PORT="$(free_port)" TAHUB_INSTRUMENTS_PORT="$(free_port)" TAHUB_ASSESSMENTS_PORT="$(free_port)"
export TAHUB_MATCHING_PORT="$(free_port)" TAHUB_EMBEDDED_DB_PORT="$(free_port)" TAHUB_EMBEDDED_KAFKA_PORT="$(free_port)"
export TAHUB_EMBEDDED_KAFKA_CONTROLLER_PORT="$(free_port)"
export TAHUB_RATE_LIMIT=1000000000 TAHUB_ADDRESS_RATE_LIMIT=1000000000
unset KAFKA_BOOTSTRAP_SERVERS TAHUB_DB_HOST
NGINX_PORT="$(free_port)"
FLOOR_PORT="$(free_port)"
FLOOR="${BENCH_FLOOR:-0}"
ROUTES=(direct nginx gateway)
[ "$FLOOR" = 1 ] && ROUTES+=(floor)

stop() {
  [ -n "${FLOOR_PID:-}" ] && kill "$FLOOR_PID" 2>/dev/null || true
  [ -f "$RUN/nginx/nginx.pid" ] && nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -s stop 2>/dev/null || true
  "$ROOT/deploy/local/down.sh" >/dev/null 2>&1 || true
}
trap stop EXIT
echo "starting a stack of its own (data in .run-bench)"
"$ROOT/deploy/local/up.sh" --detach --fresh >"$RUN.up.log" 2>&1 || { tail -20 "$RUN.up.log"; exit 1; }
# shellcheck disable=SC1091
source "$RUN/credentials.env"
# matching-service builds its classifier of every language in the background after it is ready: a minute or more of
# both cores, which would be measured as the proxies' cost. Wait for it (its readiness data say when).
printf 'waiting for matching-service to finish building its classifier '
for i in $(seq 1 600); do
  curl -s "http://127.0.0.1:$TAHUB_MATCHING_PORT/q/health/ready" | grep -q '"everyLanguage": *true' && break
  [ "$i" = 600 ] && { echo " not within 600 s"; exit 1; }
  [ $((i % 10)) = 0 ] && printf '.'
  sleep 1
done
echo " done"
if [ "$FLOOR" = 1 ]; then
  # Compiled against, and run on, the very Vert.x and Netty jars the gateway runs on.
  FLOOR_CP="$(ls "$ROOT"/gateway/target/quarkus-app/lib/main/*.jar | tr '\n' :)"
  mkdir -p "$RUN/floor"
  javac -d "$RUN/floor" -cp "$FLOOR_CP" "$ROOT/benchmarks/floor/VertxFloorProxy.java"
  java -Xmx256m -cp "$FLOOR_CP$RUN/floor" VertxFloorProxy "$FLOOR_PORT" "$TAHUB_INSTRUMENTS_PORT" >"$RUN/floor.log" 2>&1 &
  FLOOR_PID=$!
  for _ in $(seq 1 60); do
    (exec 3<>"/dev/tcp/127.0.0.1/$FLOOR_PORT") 2>/dev/null && break
    kill -0 "$FLOOR_PID" 2>/dev/null || { cat "$RUN/floor.log"; exit 1; }
    sleep 0.5
  done
fi

# The identity token the gateway would hand instruments-service (HS256, addressed to it, 60 s, with a jti), minted
# afresh before each direct and nginx run so that it is always within the validity the service accepts.
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
mint() {
  local now header claims signature
  now=$(date +%s)
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  claims=$(printf '{"iss":"tahub-gateway","aud":"instruments-service","sub":"benchmark","tahub_role":"admin","iat":%d,"exp":%d,"jti":"%s"}' \
    "$now" "$((now + 60))" "$(openssl rand -hex 16)" | b64url)
  signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -hmac "$TAHUB_IDENTITY_SECRET" -binary | b64url)
  printf '%s.%s.%s' "$header" "$claims" "$signature"
}

mkdir -p "$RUN/nginx/logs"
cat >"$RUN/nginx/nginx.conf" <<CONF
worker_processes $NGINX_WORKERS;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream instruments { server 127.0.0.1:$TAHUB_INSTRUMENTS_PORT; keepalive 128; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://instruments;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      include $RUN/nginx/identity.conf;
    }
  }
}
CONF
nginx_identity() {
  printf 'proxy_set_header X-Tahub-Identity "%s";\n' "$1" >"$RUN/nginx/identity.conf"
  if [ -f "$RUN/nginx/nginx.pid" ] && kill -0 "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -s reload
    sleep 0.5 # the old workers finish; nothing is measured during this
  else
    nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf"
  fi
}

url_of() {
  case "$1" in
    direct) echo "http://127.0.0.1:$TAHUB_INSTRUMENTS_PORT$2" ;;
    nginx) echo "http://127.0.0.1:$NGINX_PORT$2" ;;
    gateway) echo "http://127.0.0.1:$TAHUB_GATEWAY_PORT$2" ;;
    floor) echo "http://127.0.0.1:$FLOOR_PORT$2" ;;
  esac
}

# One wrk run; prints "requests_per_second failures" and keeps wrk's output in the run folder.
FAILED=0
measure() { # route path connections seconds
  local route="$1" path="$2" connections="$3" seconds="$4" out header
  case "$route" in
    direct) header="X-Tahub-Identity: $(mint)" ;;
    nginx) nginx_identity "$(mint)"; header="X-Bench: nginx" ;;
    gateway) header="X-API-Key: $TAHUB_ADMIN_KEY" ;;
    floor) header="X-Tahub-Identity: $(mint)" ;; # passed through as the client sent it
  esac
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --timeout 5s -H "$header" "$(url_of "$route" "$path")")
  echo "$out" >>"$RUN/wrk.log"
  local rps non2xx timeouts connect
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses/ {print $5}' <<<"$out")
  timeouts=$(awk -F'[ ,]+' '/Socket errors/ {print $11}' <<<"$out")
  connect=$(awk -F'[ ,]+' '/Socket errors/ {print $5}' <<<"$out")
  local failures=$(( ${non2xx:-0} + ${timeouts:-0} + ${connect:-0} ))
  if [ "$failures" -gt 0 ]; then
    echo "FAILED: $route $path $connections connections: ${non2xx:-0} non-2xx answers, ${timeouts:-0} timeouts, ${connect:-0} connect errors" >&2
    FAILED=1
  fi
  echo "$rps $failures"
}

nginx_identity "$(mint)"
for path in "${PATHS[@]}"; do
  checks=("direct|X-Tahub-Identity: $(mint)" "nginx|X-Bench: check" "gateway|X-API-Key: $TAHUB_ADMIN_KEY")
  [ "$FLOOR" = 1 ] && checks+=("floor|X-Tahub-Identity: $(mint)")
  for check in "${checks[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "${check#*|}" "$(url_of "${check%%|*}" "$path")" || true)
    [ "$status" = 200 ] || { echo "GET $path via ${check%%|*} answered $status, not 200"; exit 1; }
  done
done

# A JVM reaches its steady speed after its hot paths are compiled (C2): the gateway after about 40 s of this load.
# Every route is warmed alike, so that what is compared is the steady state of each, not the JIT.
WARM_UP="${BENCH_WARM_UP:-20}"
echo "warming up (JIT): $WARM_UP s per route and path"
for route in "${ROUTES[@]}"; do
  for path in "${PATHS[@]}"; do measure "$route" "$path" 32 "$WARM_UP" >/dev/null; done
done

declare -A RESULTS PAIRED
for ((round = 1; round <= ROUNDS; round++)); do
  for path in "${PATHS[@]}"; do
    for connections in "${CONNECTIONS[@]}"; do
      # Each round starts with another route, so that none always runs first or last.
      routes=("${ROUTES[@]}")
      shift_by=$(( (round - 1) % ${#routes[@]} ))
      routes=("${routes[@]:$shift_by}" "${routes[@]:0:$shift_by}")
      declare -A THIS_ROUND=()
      for route in "${routes[@]}"; do
        read -r rps _ < <(measure "$route" "$path" "$connections" "$SECONDS_PER_RUN")
        RESULTS["$path|$connections|$route"]+="$rps "
        THIS_ROUND[$route]="$rps"
        echo "round $round  $path  $connections connections  $route: $rps req/s"
      done
      # The ratio of runs made within the same half-minute: the machine's own speed, which drifts by more than the
      # difference measured, cancels out of it.
      PAIRED["$path|$connections"]+="$(awk -v g="${THIS_ROUND[gateway]}" -v n="${THIS_ROUND[nginx]}" 'BEGIN {print g / n}') "
    done
  done
done

median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo
echo "GETs on $(nproc) cores, wrk 2 threads, $SECONDS_PER_RUN s per run, $ROUNDS interleaved rounds, nginx $NGINX_WORKERS worker(s); medians:"
printf '%-40s %5s %12s %12s %12s %14s %15s %22s' "path" "conns" "direct" "nginx" "gateway" "gateway/nginx" "gateway/direct" "paired gw/nginx (range)"
[ "$FLOOR" = 1 ] && printf ' %12s %12s' "floor" "floor/nginx"
echo
for path in "${PATHS[@]}"; do
  for connections in "${CONNECTIONS[@]}"; do
    d=$(median "${RESULTS["$path|$connections|direct"]}")
    n=$(median "${RESULTS["$path|$connections|nginx"]}")
    g=$(median "${RESULTS["$path|$connections|gateway"]}")
    pairs="${PAIRED["$path|$connections"]}"
    range="$(tr ' ' '\n' <<<"$pairs" | grep -v '^$' | sort -g | awk 'NR == 1 {lo = $1} {hi = $1} END {printf "%.2f-%.2f", lo, hi}')"
    printf '%-40s %5s %12.0f %12.0f %12.0f %14.2f %15.2f %10.2f (%s)' "$path" "$connections" "$d" "$n" "$g" \
      "$(awk -v g="$g" -v n="$n" 'BEGIN {print g / n}')" "$(awk -v g="$g" -v d="$d" 'BEGIN {print g / d}')" \
      "$(median "$pairs")" "$range"
    if [ "$FLOOR" = 1 ]; then
      f=$(median "${RESULTS["$path|$connections|floor"]}")
      printf ' %12.0f %12.2f' "$f" "$(awk -v f="$f" -v n="$n" 'BEGIN {print f / n}')"
    fi
    echo
  done
done
if [ "$FAILED" -ne 0 ]; then
  echo "some answers were not 2xx (see above and $RUN/wrk.log): the figures do not count"
  exit 1
fi
echo "non-2xx answers: 0"

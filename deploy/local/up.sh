#!/usr/bin/env bash
# Starts the whole TA Hub suite on this machine with nothing but a JDK 17: a real PostgreSQL and a real Kafka broker
# (both from Maven Central artifacts, or yours: see README), the three services and the gateway.
#
#   deploy/local/up.sh            build what is missing, start, wait until ready, stay in the foreground (Ctrl-C stops all)
#   deploy/local/up.sh --detach   the same, then return and leave it running (deploy/local/down.sh stops it)
#   deploy/local/up.sh --fresh    stop anything running and start from empty data
#   deploy/local/up.sh --build    rebuild the services first even if they are built
#   deploy/local/up.sh --replicas matching=2,assessments=2
#                                 also start further instances of those consumer services (ports +100, +200...);
#                                 they share their service's consumer groups and database (docs/operations.md)
#
# Your own infrastructure: TAHUB_DB_HOST, TAHUB_DB_PORT (5432), TAHUB_DB_USER (postgres), TAHUB_DB_PASSWORD;
# KAFKA_BOOTSTRAP_SERVERS. Ports: TAHUB_GATEWAY_PORT (8080), TAHUB_INSTRUMENTS_PORT (8081), TAHUB_ASSESSMENTS_PORT
# (8082), TAHUB_MATCHING_PORT (8083), TAHUB_DASHBOARD_PORT (8084); the embedded ones: TAHUB_EMBEDDED_DB_PORT (15432), TAHUB_EMBEDDED_KAFKA_PORT
# (19092), TAHUB_EMBEDDED_KAFKA_CONTROLLER_PORT (19093). TAHUB_ADMIN_KEY: use this admin key instead of a generated
# one. TAHUB_RUN_DIR: where data, logs and credentials go (default .run/).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DETACH=false FRESH=false BUILD=false REPLICAS_ASKED=""
while [ $# -gt 0 ]; do
  case "$1" in
    --detach|-d) DETACH=true ;;
    --fresh) FRESH=true ;;
    --build) BUILD=true ;;
    --replicas) [ $# -ge 2 ] || fail "--replicas needs a list, e.g. --replicas matching=2,assessments=2"
                REPLICAS_ASKED="$2"; shift ;;
    --replicas=*) REPLICAS_ASKED="${1#--replicas=}" ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) fail "unknown option $1 (try --help)" ;;
  esac
  shift
done
if [ -n "$REPLICAS_ASKED" ]; then
  replicas_of "$REPLICAS_ASKED" || fail "could not read --replicas $REPLICAS_ASKED"
fi

command -v java >/dev/null || fail "java not found: TA Hub needs a JDK 17"
java_major=$(java -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}')
[ "${java_major:-0}" -ge 17 ] || fail "java $java_major found: TA Hub needs a JDK 17 or newer"

mkdir -p "$RUN" "$LOGS" "$PIDS"
exec 9>"$RUN/up.lock"
flock -n 9 || fail "another up.sh is running"

if $FRESH; then
  step "Starting from empty (--fresh)"
  "$ROOT/deploy/local/down.sh" >/dev/null
  rm -rf "$RUN/pgdata" "$RUN/pgdata.ready" "$RUN/kafka" "$RUN/replicas"
  [ -n "$REPLICAS_ASKED" ] || REPLICAS=()
  info "removed the local data under .run/"
fi

# 1. Build what is missing ----------------------------------------------------------------------------------
step "[1/6] Build"
missing=()
for s in "${SERVICES[@]}"; do
  name="${s%%:*}"
  [ -f "$ROOT/$name/target/quarkus-app/quarkus-run.jar" ] || missing+=("$name")
done
[ -d "$INFRA_LIB" ] && [ -f "$INFRA_JAR" ] || missing+=("embedded-infrastructure")
if $BUILD || [ ${#missing[@]} -gt 0 ]; then
  info "building ${missing[*]:-everything} (./mvnw package, tests skipped; log: $LOGS/build.log)"
  if ! (cd "$ROOT" && ./mvnw -B -q install -DskipTests >"$LOGS/build.log" 2>&1); then
    tail -n 30 "$LOGS/build.log" >&2
    fail "the build failed: see $LOGS/build.log"
  fi
  info "built"
else
  info "already built (use --build to rebuild)"
fi

# 2. Credentials ----------------------------------------------------------------------------------------------
step "[2/6] Credentials"
new_key() { head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n'; }
from_env="${TAHUB_ADMIN_KEY:-}"
if [ -f "$CREDENTIALS" ]; then
  # shellcheck disable=SC1090
  source "$CREDENTIALS"
fi
# The environment wins over the file; the file over a new key.
TAHUB_ADMIN_KEY="${from_env:-${TAHUB_ADMIN_KEY:-$(new_key)}}"
# The secret the gateway signs identities with and the services verify them with (32 bytes, hex).
TAHUB_IDENTITY_SECRET="${TAHUB_IDENTITY_SECRET:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
# The secret the dashboard seals its session cookies with (32 bytes, hex).
TAHUB_DASHBOARD_SESSION_SECRET="${TAHUB_DASHBOARD_SESSION_SECRET:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
umask 077
cat > "$CREDENTIALS" <<CREDS
# TA Hub local credentials, written by deploy/local/up.sh. Send a key as 'X-API-Key: <key>'.
TAHUB_ADMIN_KEY=$TAHUB_ADMIN_KEY
TAHUB_IDENTITY_SECRET=$TAHUB_IDENTITY_SECRET
TAHUB_DASHBOARD_SESSION_SECRET=$TAHUB_DASHBOARD_SESSION_SECRET
CREDS
umask 022
info "written to ${CREDENTIALS/#$ROOT\//}"

# 3. PostgreSQL -----------------------------------------------------------------------------------------------
step "[3/6] PostgreSQL"
CP="$INFRA_JAR:$INFRA_LIB/*"
if [ -n "${TAHUB_DB_HOST:-}" ]; then
  DB_HOST="$TAHUB_DB_HOST" DB_PORT="${TAHUB_DB_PORT:-5432}"
  DB_USER="${TAHUB_DB_USER:-postgres}" DB_PASSWORD="${TAHUB_DB_PASSWORD:-}"
  info "using your server at $DB_HOST:$DB_PORT"
  TAHUB_DB_USER="$DB_USER" TAHUB_DB_PASSWORD="$DB_PASSWORD" \
    java -cp "$CP" org.tahub.infrastructure.postgres.DatabaseCreator \
      "jdbc:postgresql://$DB_HOST:$DB_PORT/postgres" "$DATABASES" >>"$LOGS/postgres.log" 2>&1 \
    || fail "could not create the databases on $DB_HOST:$DB_PORT: see $LOGS/postgres.log"
else
  DB_HOST=127.0.0.1 DB_PORT="$EMBEDDED_DB_PORT" DB_USER=postgres DB_PASSWORD=
  if pid_alive postgres; then
    info "already running (pid $(recorded_pid postgres))"
  else
    rm -f "$RUN/pgdata.ready"
    start_process postgres PostgresLauncher java -Xmx128m -cp "$CP" \
      org.tahub.infrastructure.postgres.PostgresLauncher "$RUN/pgdata" "$DB_PORT" "$DATABASES"
    info "starting embedded PostgreSQL 17 on 127.0.0.1:$DB_PORT (data in ${RUN/#$ROOT\//}/pgdata)"
  fi
  for _ in $(seq 1 120); do
    [ -f "$RUN/pgdata.ready" ] && break
    pid_alive postgres || { tail -n 20 "$LOGS/postgres.log" >&2; fail "PostgreSQL stopped: see $LOGS/postgres.log"; }
    sleep 0.5
  done
  [ -f "$RUN/pgdata.ready" ] || fail "PostgreSQL not ready after 60 s: see $LOGS/postgres.log"
fi
info "databases $DATABASES ready"

# 4. Kafka ----------------------------------------------------------------------------------------------------
step "[4/6] Kafka"
if [ -n "${KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
  BOOTSTRAP="$KAFKA_BOOTSTRAP_SERVERS"
  info "using your cluster at $BOOTSTRAP"
else
  BOOTSTRAP="127.0.0.1:$EMBEDDED_KAFKA_PORT"
  if pid_alive kafka; then
    info "already running (pid $(recorded_pid kafka))"
  else
    mkdir -p "$RUN/kafka"
    cat > "$RUN/kafka/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$EMBEDDED_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$EMBEDDED_KAFKA_PORT,CONTROLLER://127.0.0.1:$EMBEDDED_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$EMBEDDED_KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$RUN/kafka/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    if [ ! -f "$RUN/kafka/data/meta.properties" ]; then
      cluster_id=$(java -cp "$CP" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka.log" | tail -n1)
      java -cp "$CP" kafka.tools.StorageTool format -t "$cluster_id" -c "$RUN/kafka/server.properties" \
        --standalone >>"$LOGS/kafka.log" 2>&1 || fail "could not format Kafka's storage: see $LOGS/kafka.log"
    fi
    start_process kafka kafka.Kafka java -Xmx512m -Dlog4j2.configurationFile="$ROOT/deploy/local/kafka-log4j2.properties" \
      -cp "$CP" kafka.Kafka "$RUN/kafka/server.properties"
    info "starting embedded Kafka (KRaft) on $BOOTSTRAP (data in ${RUN/#$ROOT\//}/kafka)"
  fi
  for _ in $(seq 1 120); do
    (exec 3<>"/dev/tcp/127.0.0.1/$EMBEDDED_KAFKA_PORT") 2>/dev/null && break
    pid_alive kafka || { tail -n 20 "$LOGS/kafka.log" >&2; fail "Kafka stopped: see $LOGS/kafka.log"; }
    sleep 0.5
  done
fi
java -cp "$CP" org.tahub.infrastructure.kafka.TopicProvisioner "$BOOTSTRAP" >>"$LOGS/kafka.log" 2>&1 \
  || fail "could not create the topics on $BOOTSTRAP: see $LOGS/kafka.log"
info "topics tahub.catalogue.v1, tahub.assessments.v1, tahub.matching.v1 ready"

# 5. Services -------------------------------------------------------------------------------------------------
step "[5/6] Services"
export KAFKA_BOOTSTRAP_SERVERS="$BOOTSTRAP" TAHUB_DB_USER="$DB_USER" TAHUB_DB_PASSWORD="$DB_PASSWORD" TAHUB_ADMIN_KEY
# The services answer only calls that carry the gateway's signed identity.
export TAHUB_IDENTITY_SECRET
# The local stack is a demonstration: matching loads its demonstration providers and offers (marked as such).
export TAHUB_DEMO_DATA="${TAHUB_DEMO_DATA:-true}"
export TAHUB_INSTRUMENTS_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/tahub_instruments"
export TAHUB_ASSESSMENTS_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/tahub_assessments"
export TAHUB_MATCHING_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/tahub_matching"
export TAHUB_GATEWAY_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/tahub_gateway"
export TAHUB_INSTRUMENTS_URL="http://127.0.0.1:$INSTRUMENTS_PORT" TAHUB_ASSESSMENTS_URL="http://127.0.0.1:$ASSESSMENTS_PORT"
export TAHUB_MATCHING_URL="http://127.0.0.1:$MATCHING_PORT"
# The dashboard behind the gateway at /dashboard, and the gateway as the API the dashboard calls
export TAHUB_DASHBOARD_URL="http://127.0.0.1:$DASHBOARD_PORT" TAHUB_GATEWAY_URL="http://127.0.0.1:$GATEWAY_PORT"
export TAHUB_DASHBOARD_PORT="$DASHBOARD_PORT" TAHUB_DASHBOARD_SESSION_SECRET
export TAHUB_GATEWAY_PORT="$GATEWAY_PORT" TAHUB_INSTRUMENTS_PORT="$INSTRUMENTS_PORT"
export TAHUB_ASSESSMENTS_PORT="$ASSESSMENTS_PORT" TAHUB_MATCHING_PORT="$MATCHING_PORT"
start_one() { # name port: a module's first instance, or a replica (matching-service-2) on its own port
  local name="$1" port="$2" module="${1%-[0-9]}"
  if pid_alive "$name"; then
    info "$name already running (pid $(recorded_pid "$name"))"
    return
  fi
  local jar="$ROOT/$module/target/quarkus-app/quarkus-run.jar"
  local port_var; port_var="TAHUB_$(tr '[:lower:]' '[:upper:]' <<<"${module%-service}")_PORT"
  # Its own port, and its own name in its service's consumer groups (static membership).
  start_process "$name" "$jar" env "$port_var=$port" TAHUB_INSTANCE_ID="$name" \
    java -Xmx384m -Djava.io.tmpdir="$RUN/tmp" -jar "$jar"
  mkdir -p "$RUN/tmp"
  info "starting $name on port $port"
}
wait_one() { # name port
  local name="$1" port="$2" ready=false
  printf '    waiting for %s to be ready ' "$name"
  for _ in $(seq 1 240); do
    reply=$(http_get "http://127.0.0.1:$port/q/health/ready")
    if [ "${reply%% *}" = "200" ]; then ready=true; break; fi
    pid_alive "$name" || break
    printf '.'
    sleep 0.5
  done
  if $ready; then
    printf ' ready\n'
  else
    printf ' failed\n'
    tail -n 30 "$LOGS/$name.log" >&2
    fail "$name did not become ready: see $LOGS/$name.log (the suite keeps running; deploy/local/down.sh stops it)"
  fi
}
# The services first, the gateway once they listen: it reads their access rules as it starts, and a connection to a
# loopback port nobody listens on yet can connect to itself (TCP self-connect) and hold the very port a service is
# about to bind.
for s in "${SERVICES[@]}"; do
  [ "${s%%:*}" = gateway ] || start_one "${s%%:*}" "${s##*:}"
done
for s in "${SERVICES[@]}"; do
  [ "${s%%:*}" = gateway ] || wait_one "${s%%:*}" "${s##*:}"
done
for s in "${SERVICES[@]}"; do
  [ "${s%%:*}" = gateway ] && { start_one "${s%%:*}" "${s##*:}"; wait_one "${s%%:*}" "${s##*:}"; }
done
# Further instances once the first is ready (it has loaded the reference data they then find).
if [ -n "$REPLICAS_ASKED" ]; then
  echo "$REPLICAS_ASKED" > "$RUN/replicas"
fi
for s in "${REPLICAS[@]}"; do
  start_one "${s%%:*}" "${s##*:}"
done
for s in "${REPLICAS[@]}"; do
  wait_one "${s%%:*}" "${s##*:}"
done

# 6. Reference data -------------------------------------------------------------------------------------------
step "[6/6] Reference data and keys"
count() { http_get "http://127.0.0.1:$GATEWAY_PORT$1" "X-API-Key: $TAHUB_ADMIN_KEY"; }
# occurrences PATTERN TEXT: how often PATTERN occurs (0 when never).
occurrences() { { grep -o "$1" <<<"$2" || true; } | wc -l; }
# json_number FIELD TEXT: the first number value of FIELD (empty when absent).
json_number() { { grep -o "\"$1\":[0-9]*" <<<"$2" || true; } | head -n1 | cut -d: -f2; }
n_areas=$(occurrences '"number"' "$(count /api/v1/areas)")
n_activities=$(occurrences '"ordinal"' "$(count /api/v1/activities)")
n_instruments=$(json_number total "$(count '/api/v1/instruments?size=1')")
info "the catalogue holds $n_areas areas, $n_activities activities and ${n_instruments:-?} instruments (loaded by instruments-service at start-up)"
n_template=0
for _ in $(seq 1 60); do
  n_template=$(json_number activityCount "$(count /api/v1/assessments/template)")
  [ "${n_template:-0}" = "$n_activities" ] && break
  sleep 0.5
done
info "assessments-service has read ${n_template:-0} activities from tahub.catalogue.v1"

# One key per role, issued through the gateway's admin API; a key that still works is kept.
ensure_key() {
  local var="$1" role="$2" extra="$3" current="${!1:-}"
  if [ -n "$current" ]; then
    local reply; reply=$(http_get "http://127.0.0.1:$GATEWAY_PORT/api/v1/areas" "X-API-Key: $current")
    if [ "${reply%% *}" = "200" ]; then echo "$current"; return; fi
  fi
  local reply; reply=$(http_post_json "http://127.0.0.1:$GATEWAY_PORT/api/v1/admin/api-keys" \
    "{\"name\":\"local $role\",\"role\":\"$role\"$extra}" "X-API-Key: $TAHUB_ADMIN_KEY")
  [ "${reply%% *}" = "201" ] || fail "could not issue the local $role key: $reply"
  { grep -o '"key":"[^"]*"' <<<"${reply#* }" || true; } | head -n1 | cut -d'"' -f4
}
TAHUB_STATE_KEY=$(ensure_key TAHUB_STATE_KEY state ',"state":"KEN"')
TAHUB_PROVIDER_KEY=$(ensure_key TAHUB_PROVIDER_KEY provider ',"provider":"unodc-tpb"')
TAHUB_ANALYST_KEY=$(ensure_key TAHUB_ANALYST_KEY analyst '')
TAHUB_CURATOR_KEY=$(ensure_key TAHUB_CURATOR_KEY curator '')
umask 077
cat > "$CREDENTIALS" <<CREDS
# TA Hub local credentials, written by deploy/local/up.sh. Send a key as 'X-API-Key: <key>'.
TAHUB_ADMIN_KEY=$TAHUB_ADMIN_KEY
# Shared by the gateway (signs who calls) and the services (verify it); not for clients
TAHUB_IDENTITY_SECRET=$TAHUB_IDENTITY_SECRET
# The dashboard's session cookies are sealed with it; not for clients
TAHUB_DASHBOARD_SESSION_SECRET=$TAHUB_DASHBOARD_SESSION_SECRET
# A focal point of Kenya (role state, KEN)
TAHUB_STATE_KEY=$TAHUB_STATE_KEY
# UNODC Terrorism Prevention Branch (role provider, unodc-tpb)
TAHUB_PROVIDER_KEY=$TAHUB_PROVIDER_KEY
# A Counter-Terrorism Committee analyst
TAHUB_ANALYST_KEY=$TAHUB_ANALYST_KEY
# A catalogue curator
TAHUB_CURATOR_KEY=$TAHUB_CURATOR_KEY
CREDS
umask 022
info "keys per role in ${CREDENTIALS/#$ROOT\//}: admin, state (KEN), provider (unodc-tpb), analyst, curator"

cat <<DONE

  TA Hub is up.
    Gateway      http://localhost:$GATEWAY_PORT/api/v1/   (every call needs an API key)
    Dashboard    http://localhost:$GATEWAY_PORT/dashboard/   (sign in with one of the keys below)
    Swagger UI   http://localhost:$GATEWAY_PORT/q/swagger-ui   (the whole API, merged)
    OpenAPI      http://localhost:$GATEWAY_PORT/api/v1/openapi
    Health       http://localhost:$GATEWAY_PORT/q/health
    Keys         TAHUB_ADMIN_KEY=$TAHUB_ADMIN_KEY
                 TAHUB_STATE_KEY=$TAHUB_STATE_KEY   (Kenya's focal point)
                 TAHUB_PROVIDER_KEY=$TAHUB_PROVIDER_KEY   (UNODC TPB)
                 TAHUB_ANALYST_KEY=$TAHUB_ANALYST_KEY
                 TAHUB_CURATOR_KEY=$TAHUB_CURATOR_KEY
                 (all in ${CREDENTIALS/#$ROOT\//})
    Try          curl -H "X-API-Key: \$TAHUB_ADMIN_KEY" http://localhost:$GATEWAY_PORT/api/v1/areas
    Logs         ${LOGS/#$ROOT\//}/    Status: deploy/local/status.sh    Stop: deploy/local/down.sh

DONE

if $DETACH; then
  exit 0
fi
echo "  Running in the foreground: Ctrl-C stops everything."
trap 'echo; step "Stopping"; "$ROOT/deploy/local/down.sh"; exit 0' INT TERM
while true; do
  sleep 5 &
  wait $! || true
done

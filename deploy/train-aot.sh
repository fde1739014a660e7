#!/bin/bash
# Trains the ahead-of-time class cache (JDK 24+) of an extracted service jar: starts the service
# once with jvm.options (less the cache it is about to write) against the database that
# SPRING_DATASOURCE_* name, sends it the requests of its everyday work (reads, writes, errors,
# the schema) so that the classes and method profiles of serving them are in the cache too, not
# only those of starting, and stops it, leaving app.aot.
#
#   deploy/train-aot.sh DIR [JAR]    DIR holds jvm.options and the extracted JAR (service.jar)
#
# TRAINING_PORT (18099) is where the service listens meanwhile; JAVA the java to run.
set -eu
dir=$1
jar=${2:-service.jar}
java=${JAVA:-java}
port=${TRAINING_PORT:-18099}
key="training$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
cd "$dir"
# the cache's own size is not bounded by the metaspace limit of the service that maps it
grep -v -e '-XX:AOTCache=' -e '-XX:MaxMetaspaceSize=' jvm.options >training.options
SERVER_PORT=$port AUTHENTIK_BOOTSTRAP_TOKEN=$key "$java" @training.options -XX:AOTCacheOutput=app.aot -jar "$jar" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

# request METHOD PATH [BODY [TOKEN]]: the response, headers and body (bash's /dev/tcp: the JRE
# image has no HTTP client)
request() {
  local body=${3:-} token=${4-$key}
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\n%sContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "${token:+Authorization: Bearer $token$'\r\n'}" "${#body}" "$body" >&3
  cat <&3
  exec 3<&-
}

waited=0
until request GET /actuator/health/readiness 2>/dev/null | grep -q '"UP"'; do
  kill -0 "$pid" 2>/dev/null || { echo "the service stopped before it was ready" >&2; exit 1; }
  [ "$waited" -lt 1200 ] || { echo "the service was not ready within 120 s" >&2; exit 1; }
  sleep 0.1
  waited=$((waited + 1))
done

stages=/api/v3/stages/password/
for i in $(seq 1 30); do
  pk=$(request POST "$stages" "{\"name\": \"training-$i\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"]}" \
    | sed -n 's/.*"pk":"\([^"]*\)".*/\1/p')
  [ -n "$pk" ] || { echo "training: a create failed" >&2; exit 1; }
  request POST "$stages" "{\"name\": \"training-flow-$i\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"], \"flow_set\": [{\"name\": \"Training $i\", \"slug\": \"training-$i\", \"title\": \"Training\", \"designation\": \"authentication\"}]}" >/dev/null
  request GET "$stages$pk/" >/dev/null
  request PATCH "$stages$pk/" '{"failed_attempts_before_cancel": 3}' >/dev/null
  request PUT "$stages$pk/" "{\"name\": \"training-$i\", \"backends\": [\"authentik.core.auth.InbuiltBackend\"], \"allow_show_password\": true}" >/dev/null
  request GET "$stages?page_size=100&ordering=name&search=training" >/dev/null
  request GET "$stages$pk/used_by/" >/dev/null
  request GET /api/v3/flows/instances/ >/dev/null
  request GET /api/v3/flows/bindings/ >/dev/null
  request GET /api/v3/stages/all/ >/dev/null
  request POST "$stages" '{"name": "", "backends": ["nope"], "failed_attempts_before_cancel": -1}' >/dev/null
  request GET "${stages}not-a-uuid/" >/dev/null
  request GET "$stages$pk/" "" "" >/dev/null
  request GET "$stages$pk/" "" "wrong-key" >/dev/null
  request DELETE "$stages$pk/" >/dev/null
done
request GET /api/v3/schema/ >/dev/null
request GET /actuator/prometheus >/dev/null

kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
rm training.options
test -s app.aot

#!/bin/bash
# Trains the ahead-of-time cache (JDK 25) of an extracted service jar: starts the service once with
# jvm.options (less the cache it is about to write) against the database that SPRING_DATASOURCE_*
# name, sends it the requests of its everyday work for TRAINING_SECONDS (30: TrainingLoad.java,
# reads, writes, errors, the schema), so that the classes and the method profiles of serving them
# are in the cache, not only those of starting, and stops it, leaving app.aot.
#
#   deploy/train-aot.sh DIR [JAR]    DIR holds jvm.options and the extracted JAR (service.jar)
#
# TRAINING_PORT (18099) is where the service listens meanwhile; JAVA the java to run (a JDK, unless
# DIR/training holds TrainingLoad compiled).
set -eu
dir=$1
jar=${2:-service.jar}
java=${JAVA:-java}
port=${TRAINING_PORT:-18099}
here=$(cd "$(dirname "$0")" && pwd)
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

# the steady state's requests for TRAINING_SECONDS on keep-alive connections (TrainingLoad.java;
# the image runs it compiled, as its JRE has no compiler)
if [ -f training/TrainingLoad.class ]; then load=(-cp training TrainingLoad); else load=("$here/TrainingLoad.java"); fi
"$java" -Xmx64m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "${load[@]}" "$port" "$key" "${TRAINING_SECONDS:-30}"
request GET /api/v3/schema/ >/dev/null
request GET /actuator/prometheus >/dev/null

kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
rm training.options
test -s app.aot

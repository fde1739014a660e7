#!/usr/bin/env bash
# Which of the project's classes one PATCH of a password stage passes through, in the order their
# methods return (JFR method tracing, Java 25): starts the built jar on a fresh database, sends a
# few PATCHes to warm it, then traces one. Records, interfaces and enums are left out of the trace
# (JFR cannot retransform records' classes) and so out of the list.
#
#   ./mvnw -q package -DskipTests && bench/request-classes.sh
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
. "$BENCH_DIR/lib.sh"
J=$(dirname "$JAVA_BIN")
JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)
WORK=$(mktemp -d)
DB="bench_trace_$$"
new_key
cleanup() { [ -z "$PID" ] || kill "$PID" 2>/dev/null; drop_database; rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/app" && cp "$JAR" "$WORK/app/service.jar"
start_service "$JAVA_BIN" "-Xmx256m" "$WORK/app/service.jar"
base="http://127.0.0.1:$PORT/api/v3/stages/password/"
auth=(-H "Authorization: Bearer $KEY" -H "Content-Type: application/json")
pk=$(curl -s "${auth[@]}" -d '{"name":"traced","backends":["authentik.core.auth.InbuiltBackend"]}' "$base" \
  | sed 's/.*"pk":"\([^"]*\)".*/\1/')
patch() { curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" -X PATCH -d "{\"failed_attempts_before_cancel\": $1}" "$base$pk/"; }
for i in 1 2 3; do patch "$i" >/dev/null; done
filter=$(cd "$ROOT/src/main/java" && grep -L -E "^(public |final |sealed )*(record|interface|enum|@interface) " $(find . -name '*.java') \
  | sed 's|^\./||; s|\.java$||; s|/|.|g' | grep -v package-info | tr '\n' ';' | sed 's/;$//')
"$J/jcmd" "$PID" JFR.start name=trace "method-trace=$filter" filename="$WORK/trace.jfr" >/dev/null
sleep 2
echo "PATCH answered $(patch 5)" >&2
sleep 1
"$J/jcmd" "$PID" JFR.stop name=trace >/dev/null
# the token listener's own thread renews its lease meanwhile: not the request's
"$J/jfr" print --events jdk.MethodTrace "$WORK/trace.jfr" | grep -o 'method = io\.passwordstage\.[A-Za-z.$]*' \
  | sed 's/method = //; s/\.[a-zA-Z$]*$//' | grep -v TokenChangeListener | awk '!seen[$0]++' | nl

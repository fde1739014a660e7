#!/usr/bin/env bash
# Slow and hostile clients against the packaged service (bench/slowclients.py says what they do
# and what is measured), in both configurations the project supports:
#
#   bench/slowclients.sh                 # the image's (Java 25, deploy/jvm.options, class cache), then
#                                        # the plain jar on Java 17: 2000 slow connections each, in
#                                        # three scenarios: all of them with a valid write token, all
#                                        # without a token, and spread over the five groups
#   SLOW_CONFIGS=plain bench/slowclients.sh          # only the plain jar
#   SLOW_SCENARIOS="valid-token patch" SLOW_IMAGE=2000 SLOW_PLAIN=2000 SLOW_SECONDS=70 bench/slowclients.sh
#
# A scenario is one group of bench/slowclients.py, or "all" for the five together. Each scenario
# gets a service of its own, started afresh.
# Builds the jar unless SLOW_JAR names one. The open-files limit is raised first, as a
# container's is. Exits non-zero when a configuration misses a target.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
. "$BENCH_DIR/lib.sh"

ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
WORK=$(mktemp -d)
DB="slow_$(date +%s)"
new_key
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  drop_database
  rm -rf "$WORK"
}
trap cleanup EXIT

if [ -z "${SLOW_JAR:-}" ]; then
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
  SLOW_JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)
fi

status=0
measure() { # measure NAME SLOW SCENARIO
  local groups=$3
  [ "$groups" = all ] && groups=no-token,wrong-token,valid-token,patch,slow-head
  seed_stages
  echo "== $1, $3: $2 slow connections for ${SLOW_SECONDS:-70} s (open files: $(ulimit -n))"
  python3 "$BENCH_DIR/slowclients.py" --base "http://127.0.0.1:$PORT" --token "$KEY" --database "$DB" \
    --slow "$2" --stages "$WORK/ids.txt" --seconds "${SLOW_SECONDS:-70}" --groups "$groups" || status=1
  if kill -0 "$PID" 2>/dev/null; then
    echo "service: still running"
    stop_service
  else
    echo "service: DIED ($(grep -m1 -E 'OutOfMemoryError|Terminating' "$WORK/service.log" || echo 'see its log'))"
    status=1; PID=""
  fi
}

for config in ${SLOW_CONFIGS:-image plain}; do
  case "$config" in
    image) prepare_app "$SLOW_JAR" "$WORK/app" ;;
  esac
  for scenario in ${SLOW_SCENARIOS:-valid-token no-token all}; do
    case "$config" in
      image)
        start_service "$JAVA_BIN" "$JAVA_FLAGS" "$WORK/app/service.jar"
        echo "image configuration: $("$JAVA_BIN" -version 2>&1 | head -n 1), $JAVA_FLAGS"
        measure image "${SLOW_IMAGE:-2000}" "$scenario"
        ;;
      plain)
        start_service java "" "$SLOW_JAR"
        echo "plain jar: $(java -version 2>&1 | head -n 1)"
        measure plain "${SLOW_PLAIN:-2000}" "$scenario"
        ;;
    esac
  done
done
exit $status

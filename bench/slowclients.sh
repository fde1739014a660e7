#!/usr/bin/env bash
# Slow and hostile clients against the packaged service (bench/slowclients.py says what they do
# and what is measured), in both configurations the project supports:
#
#   bench/slowclients.sh                 # the image's (Java 25, deploy/jvm.options, class cache), 1000 slow
#                                        # connections; then the plain jar on Java 17, 200
#   SLOW_CONFIGS=plain bench/slowclients.sh          # only the plain jar
#   SLOW_IMAGE=1000 SLOW_PLAIN=200 SLOW_SECONDS=70 bench/slowclients.sh
#
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
measure() { # measure NAME SLOW
  seed_stages
  echo "== $1: $2 slow connections for ${SLOW_SECONDS:-70} s (open files: $(ulimit -n))"
  python3 "$BENCH_DIR/slowclients.py" --base "http://127.0.0.1:$PORT" --token "$KEY" --database "$DB" \
    --slow "$2" --stages "$WORK/ids.txt" --seconds "${SLOW_SECONDS:-70}" || status=1
  stop_service
}

for config in ${SLOW_CONFIGS:-image plain}; do
  case "$config" in
    image)
      prepare_app "$SLOW_JAR" "$WORK/app"
      start_service "$JAVA_BIN" "$JAVA_FLAGS" "$WORK/app/service.jar"
      echo "image configuration: $("$JAVA_BIN" -version 2>&1 | head -n 1), $JAVA_FLAGS"
      measure image "${SLOW_IMAGE:-1000}"
      ;;
    plain)
      start_service java "" "$SLOW_JAR"
      echo "plain jar: $(java -version 2>&1 | head -n 1)"
      measure plain "${SLOW_PLAIN:-200}"
      ;;
  esac
done
exit $status

#!/usr/bin/env bash
# Starts the packaged service as the image runs it (Java 25+, deploy/jvm.options, a class cache
# trained as the image build trains it) on a fresh database, and runs a peer's side-by-side script
# against it, e.g. the Django REST framework application measured next to it:
#
#   bench/versus-peer.sh <path to the peer's side-by-side.sh> [SECONDS]
#
# The peer's script measures this service first, then starts the peer and measures it, and prints
# the ratios. Its own warm-up (15 s) is far shorter than the JIT needs (throughput still rises for
# minutes), so before handing over, the service's create and retrieve are warmed up here until
# they are warm (bench/lib.sh warm_up: the JIT quiet, the throughput steady), on 10 000 seeded stages. A Python peer needs no
# such warm-up. Builds the jar first unless BENCH_JAR names one.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
peer=${1:?the peer side-by-side script}; seconds=${2:-10}
WORK=$(mktemp -d); DB=bench_versus_peer
source "$BENCH_DIR/lib.sh"
trap '[[ -n "$PID" ]] && stop_service; drop_database; rm -rf "$WORK"' EXIT
jar=${BENCH_JAR:-}
if [[ -z "$jar" ]]; then
  (cd "$BENCH_DIR/.." && ./mvnw -q -B -DskipTests package >/dev/null)
  jar=$(ls "$BENCH_DIR"/../target/password-stage-service-*.jar | grep -v original | head -n 1)
fi
prepare_app "$jar" "$WORK/app"
new_key
start_service "$JAVA_BIN" "$JAVA_FLAGS" "$WORK/app/service.jar"
echo "service ready after $READY_MS ms ($JAVA_BIN $JAVA_FLAGS)"
seed_stages
settle
for op in create retrieve; do
  read -r slices rate how < <(warm_up "$op" 8)
  echo "warm-up of $op: $slices slices of 3 s, the last at $rate req/s ($how)"
  settle
done
"$peer" "http://127.0.0.1:$PORT/api/v3" "$KEY" "$seconds"

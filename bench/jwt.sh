#!/usr/bin/env bash
# A retrieve with an identity provider's JWT against the same retrieve with a static token of the
# same user, side by side on one service in the image's configuration (deploy/jvm.options, the
# trained class cache): warm-ups of both, then JWT_ROUNDS (10) pairs of short wrk runs alternating
# static and JWT, and the median of the paired ratios. The issuer is bench/jwt-issuer.mjs (Node).
#
#   bench/jwt.sh                  # BENCH_SECONDS=4 per run, 8 connections
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SECONDS_PER_RUN=${BENCH_SECONDS:-4}
ROUNDS=${JWT_ROUNDS:-10}
. "$BENCH_DIR/lib.sh"
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

WORK=$(mktemp -d)
DB="bench_jwt_$(date +%s)"
ISSUER_PORT=$((PORT + 7))
new_key
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  [ -n "${ISSUER:-}" ] && kill "$ISSUER" 2>/dev/null
  drop_database
  rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$ROOT" && ./mvnw -q -B package -DskipTests)
JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)
prepare_app "$JAR" "$WORK/app"

PORT=$ISSUER_PORT USERNAME=bench-jwt TOKEN_FILE="$WORK/jwt" node "$BENCH_DIR/jwt-issuer.mjs" &
ISSUER=$!
until [ -s "$WORK/jwt" ]; do sleep 0.05; done
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI="http://127.0.0.1:$ISSUER_PORT"
export SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=passwordstage
start_service "$JAVA_BIN" "$JAVA_FLAGS" "$WORK/app/service.jar"
seed_stages

api() { curl -fs -X "$1" "http://127.0.0.1:$PORT/api/v3$2" -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' ${3:+-d "$3"}; }
USER_PK=$(api POST /core/users/service_account/ '{"name": "bench-jwt"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["user_pk"])')
api POST "/rbac/permissions/assigned_by_users/$USER_PK/assign/" \
  '{"permissions": ["authentik_stages_password.view_passwordstage"]}' >/dev/null
STATIC="static$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
api POST /core/tokens/ "{\"identifier\": \"bench-static\", \"user\": $USER_PK, \"expiring\": false}" >/dev/null
api POST /core/tokens/bench-static/set_key/ "{\"key\": \"$STATIC\"}" >/dev/null
JWT=$(cat "$WORK/jwt")
BOOTSTRAP=$KEY

for token in "$STATIC" "$JWT"; do
  KEY=$token
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v3/stages/password/" -H "Authorization: Bearer $KEY")" = 200 ] \
    || { echo "a token was refused; see $WORK/service.log" >&2; cat "$WORK/service.log" >&2; exit 1; }
  read -r slices rate how < <(warm_up retrieve 8)
  echo "warm-up ($([ "$token" = "$STATIC" ] && echo static || echo jwt)): $slices slices, last $rate req/s, $how"
done

ratios=()
for round in $(seq 1 "$ROUNDS"); do
  KEY=$STATIC; static=$(run_wrk retrieve 8 "$SECONDS_PER_RUN" | awk '{print $1}')
  KEY=$JWT; jwt=$(run_wrk retrieve 8 "$SECONDS_PER_RUN" | awk '{print $1}')
  ratios+=("$(python3 -c "print(f'{$jwt / $static:.3f}')")")
  echo "round $round: static $static req/s, jwt $jwt req/s, jwt/static ${ratios[-1]}"
done
KEY=$BOOTSTRAP
python3 -c 'import statistics, sys; r = [float(x) for x in sys.argv[1:]]; print(f"retrieve, JWT against a static token of the same user: median jwt/static {statistics.median(r):.3f} (range {min(r):.3f}-{max(r):.3f}, {len(r)} pairs)")' "${ratios[@]}"

#!/usr/bin/env bash
# Benchmarks the packaged service against PostgreSQL's own limit: for each operation and
# concurrency, wrk drives the service over HTTP, then pgbench runs exactly the SQL the service
# sends for that operation, on the same database, at the same concurrency. Writes BENCHMARKS.md.
#
#   bench/run.sh                      # full run (about 15 minutes)
#   BENCH_SECONDS=5 SOAK_SECONDS=30 bench/run.sh   # quick look
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
SOAK_SECONDS=${SOAK_SECONDS:-300}
CONCURRENCY=${BENCH_CONCURRENCY:-"1 8 32"}
OPERATIONS=${BENCH_OPERATIONS:-"retrieve list patch create create_flow"}
PORT=${BENCH_PORT:-18080}
JAVA_FLAGS=${BENCH_JAVA_FLAGS:-"-Xms64m -Xmx160m -XX:+UseSerialGC -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -Xss512k -Dspring.aot.enabled=true"}
# glibc's per-thread malloc arenas inflate a JVM's resident memory for nothing
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# a JDK with an ahead-of-time class cache (24+) starts the service in about half the time
JAVA_BIN=${BENCH_JAVA:-$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/java 2>/dev/null | tail -n 1)}
JAVA_BIN=${JAVA_BIN:-java}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian package postgresql-contrib or postgresql)" >&2; exit 1; }

WORK=$(mktemp -d)
RESULTS="$WORK/results.tsv"
DB="bench_$(date +%s)"
KEY="bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
PID=""
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the service"
(cd "$ROOT" && ./mvnw -q -B package -DskipTests)
JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)

# start_service JAVA FLAGS JAR: starts the service on a fresh database, waits for readiness, sets PID
start_service() {
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "something already answers on port $PORT; stop it or set BENCH_PORT" >&2
    exit 1
  fi
  psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
  local start=$(date +%s%N)
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    SERVER_PORT=$PORT AUTHENTIK_BOOTSTRAP_TOKEN="$KEY" \
    "$1" $2 -jar "$3" >"$WORK/service.log" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 0.02
  done
  READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop_service() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

echo "start-up of the plain jar on Java 17, for reference"
start_service java "-Xmx192m" "$JAR"
printf 'ready_plain_ms\t%s\n' "$READY_MS" >>"$RESULTS"
echo "plain jar on $(java -version 2>&1 | head -n 1): ready after ${READY_MS} ms"
stop_service

RUN_JAR="$JAR"
if "$JAVA_BIN" -XX:AOTCacheOutput=/dev/null -version >/dev/null 2>&1; then
  echo "training an ahead-of-time class cache with $JAVA_BIN"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
  RUN_JAR="$WORK/app/$(basename "$JAR")"
  psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
    "$JAVA_BIN" $JAVA_FLAGS -XX:AOTCacheOutput="$WORK/app/app.aot" -Dspring.context.exit=onRefresh \
    -jar "$RUN_JAR" >"$WORK/training.log" 2>&1
  JAVA_FLAGS="$JAVA_FLAGS -XX:AOTCache=$WORK/app/app.aot"
fi
echo "starting the service with $JAVA_FLAGS"
start_service "$JAVA_BIN" "$JAVA_FLAGS" "$RUN_JAR"
printf 'ready_ms\t%s\n' "$READY_MS" >>"$RESULTS"
printf 'java\t%s\n' "$("$JAVA_BIN" -version 2>&1 | head -n 1)" >>"$RESULTS"
echo "ready after ${READY_MS} ms"

echo "seeding 10 000 stages"
psql -q -d "$DB" <<SQL >/dev/null
insert into passwordstage.authentik_flows_stage (stage_uuid, name)
  select md5('bench-' || i)::uuid, 'bench-' || lpad(i::text, 5, '0') from generate_series(1, 10000) i;
insert into passwordstage.authentik_stages_password_passwordstage (stage_ptr_id, backends)
  select md5('bench-' || i)::uuid, '{authentik.core.auth.InbuiltBackend}' from generate_series(1, 10000) i;
analyze;
SQL
psql -qAt -d "$DB" -c "select md5('bench-' || i)::uuid from generate_series(1, 10000) i" >"$WORK/ids.txt"
PAGE_IDS=$(psql -qAt -d "$DB" -c "select string_agg(quote_literal(stage_uuid::text) || '::uuid', ', ' order by name, stage_uuid) from (select stage_uuid, name from passwordstage.authentik_flows_stage order by name, stage_uuid limit 100) p")

# pgbench scripts: the templates with the shared statements spliced in
for template in "$BENCH_DIR"/pgbench/*.sql.in; do
  python3 - "$template" "$BENCH_DIR/pgbench" "$PAGE_IDS" >"$WORK/$(basename "$template" .in)" <<'PY'
import sys, pathlib
template, parts, page_ids = pathlib.Path(sys.argv[1]).read_text(), pathlib.Path(sys.argv[2]), sys.argv[3]
for part in ("token", "find", "flowset", "event"):
    template = template.replace("@%s.sql@" % part, (parts / (part + ".sql")).read_text().strip())
print(template.replace("@page_ids@", page_ids))
PY
done

# resident memory of the service, sampled every second
( while kill -0 "$PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$PID/status" >>"$WORK/rss.txt" 2>/dev/null; sleep 1; done ) &
SAMPLER=$!

export BENCH_DIR TOKEN="$KEY" IDS_FILE="$WORK/ids.txt"
run_wrk() { # op concurrency seconds [pace_ms]
  local threads=$(( $2 < 2 ? 1 : 2 ))
  RUN_ID="$(date +%s%N)" PACE_MS=${4:-0} wrk -t"$threads" -c"$2" -d"${3}s" --latency -s "$BENCH_DIR/wrk/$1.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk.out" 2>&1 || true
  python3 "$BENCH_DIR/parse_wrk.py" "$WORK/wrk.out"
}
run_pgbench() { # op concurrency seconds
  local threads=$(( $2 < 2 ? 1 : 2 ))
  pgbench -n -M prepared -c "$2" -j "$threads" -T "$3" -D hash="$HASH" -f "$WORK/$1.sql" "$DB" 2>&1 \
    | awk '/^tps = / {print $3; exit}'
}

# PostgreSQL's autovacuum analyses a table once a tenth of it has changed, and the new statistics
# make every connection re-plan its cached statements. Where autovacuum is off (as on some CI
# machines), a connection keeps the plans it made while the tables were nearly empty (sequential
# scans, including in the foreign-key checks) while the create phases grow them by tens of
# thousands of rows. So between phases, the benchmark does what autovacuum would have done.
AUTOVACUUM=$(psql -qAt -d "$DB" -c "show autovacuum")
printf 'autovacuum\t%s\n' "$AUTOVACUUM" >>"$RESULTS"
settle() { psql -q -d "$DB" -c "vacuum analyze" >/dev/null; }

echo "warming up"
# the JIT needs about half a minute of load before the figures settle
for op in $OPERATIONS; do run_wrk "$op" 8 "${WARMUP_SECONDS:-15}" >/dev/null; done
settle

for op in $OPERATIONS; do
  for c in $CONCURRENCY; do
    read -r rps p50 p99 errors < <(run_wrk "$op" "$c" "$SECONDS_PER_RUN")
    tps=$(run_pgbench "$op" "$c" "$SECONDS_PER_RUN")
    printf 'load\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$op" "$c" "$rps" "$p50" "$p99" "$errors" "$tps" >>"$RESULTS"
    settle
    echo "$op c=$c: service $rps req/s (p50 $p50 ms, p99 $p99 ms, errors $errors), pgbench $tps tps"
  done
  # p99 at half the maximum throughput seen for this operation, 8 connections each at a fixed pace
  max=$(awk -F'\t' -v op="$op" '$1 == "load" && $2 == op && $4 > m {m = $4} END {print m + 0}' "$RESULTS")
  if [ "${max%.*}" -gt 0 ]; then
    pace=$(python3 -c "print(max(1, round(8 * 1000 / ($max / 2))))")
    read -r rps p50 p99 errors < <(run_wrk "$op" 8 "$SECONDS_PER_RUN" "$pace")
    printf 'half\t%s\t%s\t%s\t%s\t%s\t%s\n' "$op" "$max" "$rps" "$p50" "$p99" "$errors" >>"$RESULTS"
    settle
    echo "$op at half of $max req/s: $rps req/s, p99 $p99 ms"
  fi
done

echo "the HTTP stack alone, at 8 connections"
read -r rps p50 p99 errors < <(run_wrk floor 8 "$SECONDS_PER_RUN")
printf 'floor\t%s\t%s\t%s\n' "$rps" "$p50" "$p99" >>"$RESULTS"
echo "403 without a database query: $rps req/s"

echo "soak: retrieve and partial update at 8 connections for ${SOAK_SECONDS} s"
window=$(( SOAK_SECONDS / 10 > 5 ? SOAK_SECONDS / 10 : 5 ))
elapsed=0
while [ "$elapsed" -lt "$SOAK_SECONDS" ]; do
  op=$([ $(( elapsed / window % 2 )) -eq 0 ] && echo retrieve || echo patch)
  read -r rps p50 p99 errors < <(run_wrk "$op" 8 "$window")
  printf 'soak\t%s\t%s\t%s\t%s\t%s\n' "$elapsed" "$op" "$rps" "$p99" "$errors" >>"$RESULTS"
  settle
  elapsed=$(( elapsed + window ))
done

RSS_MB=$(sort -n "$WORK/rss.txt" | tail -n 1 | awk '{printf "%.0f", $1 / 1024}')
printf 'rss_mb\t%s\n' "$RSS_MB" >>"$RESULTS"
python3 "$BENCH_DIR/report.py" "$RESULTS" "$JAVA_FLAGS" "$SECONDS_PER_RUN" >"$ROOT/BENCHMARKS.md"
cat "$ROOT/BENCHMARKS.md"

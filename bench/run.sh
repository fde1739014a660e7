#!/usr/bin/env bash
# Benchmarks the packaged service against PostgreSQL's own limit: for each operation and
# concurrency, wrk drives the service over HTTP, then pgbench runs exactly the SQL the service
# sends for that operation, on the same database, at the same concurrency. Writes BENCHMARKS.md.
#
#   bench/run.sh                      # full run (about 20 minutes)
#   BENCH_SECONDS=5 SOAK_SECONDS=30 bench/run.sh   # quick look
#   BENCH_PROFILE=0 bench/run.sh      # without the closing profiles (bench/profile.sh)
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
SOAK_SECONDS=${SOAK_SECONDS:-300}
CONCURRENCY=${BENCH_CONCURRENCY:-"1 8 32"}
OPERATIONS=${BENCH_OPERATIONS:-"retrieve list patch create create_flow"}
# PORT, JAVA_FLAGS, JAVA_BIN, MALLOC_ARENA_MAX, PG*, and the functions shared with compare.sh
. "$BENCH_DIR/lib.sh"

command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }
command -v pgbench >/dev/null || { echo "pgbench is missing (Debian package postgresql-contrib or postgresql)" >&2; exit 1; }

WORK=$(mktemp -d)
RESULTS="$WORK/results.tsv"
DB="bench_$(date +%s)"
new_key
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  [ -n "${SAMPLER:-}" ] && kill "$SAMPLER" 2>/dev/null
  drop_database
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "building the service"
(cd "$ROOT" && ./mvnw -q -B package -DskipTests)
JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)

echo "start-up of the plain jar on Java 17, for reference"
start_service java "-Xmx192m" "$JAR"
printf 'ready_plain_ms\t%s\n' "$READY_MS" >>"$RESULTS"
echo "plain jar on $(java -version 2>&1 | head -n 1): ready after ${READY_MS} ms"
stop_service

echo "the image's layout: extracted jar, deploy/jvm.options$(aot_supported && echo ", a class cache trained with $JAVA_BIN")"
prepare_app "$JAR" "$WORK/app"
RUN_JAR="$WORK/app/service.jar"
echo "starting the service with $JAVA_FLAGS: $(grep -v '^#' "$WORK/app/jvm.options" | sed 's/ *#.*//' | tr '\n' ' ')"
start_service "$JAVA_BIN" "$JAVA_FLAGS" "$RUN_JAR"
printf 'ready_ms\t%s\n' "$READY_MS" >>"$RESULTS"
printf 'java\t%s\n' "$("$JAVA_BIN" -version 2>&1 | head -n 1)" >>"$RESULTS"
echo "ready after ${READY_MS} ms"

echo "seeding 10 000 stages and 10 000 flows"
seed_stages
PAGE_IDS=$(psql -qAt -d "$DB" -c "select string_agg(quote_literal(stage_uuid::text) || '::uuid', ', ' order by name, stage_uuid) from (select stage_uuid, name from passwordstage.authentik_flows_stage order by name, stage_uuid limit 100) p")

# pgbench scripts: the templates with the shared statements spliced in
for template in "$BENCH_DIR"/pgbench/*.sql.in; do
  python3 - "$template" "$BENCH_DIR/pgbench" "$PAGE_IDS" >"$WORK/$(basename "$template" .in)" <<'PY'
import sys, pathlib
template, parts, page_ids = pathlib.Path(sys.argv[1]).read_text(), pathlib.Path(sys.argv[2]), sys.argv[3]
for part in ("find", "flowset", "event"):
    template = template.replace("@%s.sql@" % part, (parts / (part + ".sql")).read_text().strip())
print(template.replace("@page_ids@", page_ids))
PY
done

# resident memory of the service, sampled every second
( while kill -0 "$PID" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$PID/status" >>"$WORK/rss.txt" 2>/dev/null; sleep 1; done ) &
SAMPLER=$!

run_pgbench() { # op concurrency seconds
  local threads=$(( $2 < 2 ? 1 : 2 ))
  pgbench -n -M prepared -c "$2" -j "$threads" -T "$3" -D hash="$HASH" -f "$WORK/$1.sql" "$DB" 2>&1 \
    | awk '/^tps = / {print $3; exit}'
}

# settle (lib.sh) between phases does what autovacuum would have done; reset_data (lib.sh) also
# brings the database back to the seeded stages, so that each operation is measured on the same data
AUTOVACUUM=$(psql -qAt -d "$DB" -c "show autovacuum")
printf 'autovacuum\t%s\n' "$AUTOVACUUM" >>"$RESULTS"

echo "warming up until each operation is warm (bench/lib.sh warm_up)"
# the JIT can need a minute of load or more before the figures settle: each operation runs in 3 s
# slices until the JIT spent at most 5% of the last one compiling and the last three are within 5%
# of their mean (WARMUP_SECONDS: a fixed run instead)
for op in $OPERATIONS; do
  read -r slices rate how < <(warm_up "$op" 8)
  echo "  $op: $slices slices of warm-up, the last at $rate req/s ($how)"
  printf 'warmup\t%s\t%s\t%s\t%s\n' "$op" "$slices" "$rate" "$how" >>"$RESULTS"
done
reset_data

for op in $OPERATIONS; do
  for c in $CONCURRENCY; do
    read -r rps p50 p99 errors < <(run_wrk "$op" "$c" "$SECONDS_PER_RUN")
    tps=$(run_pgbench "$op" "$c" "$SECONDS_PER_RUN")
    printf 'load\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$op" "$c" "$rps" "$p50" "$p99" "$errors" "$tps" >>"$RESULTS"
    reset_data
    echo "$op c=$c: service $rps req/s (p50 $p50 ms, p99 $p99 ms, errors $errors), pgbench $tps tps"
  done
  # p99 at half the maximum throughput seen for this operation, 8 connections each at a fixed pace
  max=$(awk -F'\t' -v op="$op" '$1 == "load" && $2 == op && $4 > m {m = $4} END {print m + 0}' "$RESULTS")
  if [ "${max%.*}" -gt 0 ]; then
    pace=$(python3 -c "print(max(1, round(8 * 1000 / ($max / 2))))")
    read -r rps p50 p99 errors < <(run_wrk "$op" 8 "$SECONDS_PER_RUN" "$pace")
    printf 'half\t%s\t%s\t%s\t%s\t%s\t%s\n' "$op" "$max" "$rps" "$p50" "$p99" "$errors" >>"$RESULTS"
    reset_data
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

# an outage under load: creates at half of the highest create rate measured while PostgreSQL restarts
# (BENCH_RESTART_DATABASE: the command that restarts it; by default the Debian cluster's, where the
# benchmark may restart it; set it empty to skip the phase)
default_restart=""
if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ] && [ "$PGHOST" = 127.0.0.1 ]; then
  default_restart="pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql | tail -n 1) main restart -m fast"
fi
RESTART=${BENCH_RESTART_DATABASE-$default_restart}
if [ -n "$RESTART" ]; then
  max=$(awk -F'\t' '$1 == "load" && $2 == "create" && $4 > m {m = $4} END {print m + 0}' "$RESULTS")
  rate=$(python3 -c "print(max(50, round($max / 2)))")
  echo "outage: creates at $rate req/s for 20 s, PostgreSQL restarted after 6 s ($RESTART)"
  python3 "$BENCH_DIR/outage.py" "http://127.0.0.1:$PORT" "$KEY" "$rate" 20 6 "$RESTART" "$DB" >>"$RESULTS"
  tail -n 1 "$RESULTS"
fi

RSS_MB=$(sort -n "$WORK/rss.txt" | tail -n 1 | awk '{printf "%.0f", $1 / 1024}')
printf 'rss_mb\t%s\n' "$RSS_MB" >>"$RESULTS"
stop_service
kill "$SAMPLER" 2>/dev/null || true
SAMPLER=""

# where each operation's CPU goes: a fresh start of the same jar under JFR (BENCH_PROFILE=0 skips it)
if [ "${BENCH_PROFILE:-1}" != 0 ] && [ -x "$(dirname "$JAVA_BIN")/jcmd" ]; then
  echo "profiles of the floor request and each operation"
  PROFILE_JAR="$JAR" BENCH_SECONDS="$SECONDS_PER_RUN" WARMUP_SECONDS="${WARMUP_SECONDS:-15}" \
    BENCH_OPERATIONS="floor $OPERATIONS" "$BENCH_DIR/profile.sh" >"$WORK/profile.md" \
    || { echo "the profiles failed; BENCHMARKS.md goes without them" >&2; : >"$WORK/profile.md"; }
fi
# the sections of the other scripts' figures (bench/failover.sh, bench/warmup.sh) outlive a new report
awk '/^## (Failover|Warm-up|Where the memory goes)$/ {keep = 1; print; next} /^## / {keep = 0} keep' \
  "$ROOT/BENCHMARKS.md" >"$WORK/failover.md" 2>/dev/null || true
python3 "$BENCH_DIR/report.py" "$RESULTS" "$(grep -v '^#' "$WORK/app/jvm.options" | sed 's/ *#.*//' | tr '\n' ' ' | sed 's/ $//')" "$SECONDS_PER_RUN" "$WORK/profile.md" >"$ROOT/BENCHMARKS.md"
[ -s "$WORK/failover.md" ] && { echo; cat "$WORK/failover.md"; } >>"$ROOT/BENCHMARKS.md"
cat "$ROOT/BENCHMARKS.md"

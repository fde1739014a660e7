#!/usr/bin/env bash
# Where each benchmarked request's CPU goes. Starts the service as bench/run.sh does (the image's
# layout, deploy/jvm.options, a trained class cache), seeds and warms it up, then for the floor
# request and each operation runs wrk at 8 connections while JFR samples the service's threads and
# /proc counts the CPU time of the service (by thread group), of PostgreSQL and of the rest of the
# machine (the load generator). Prints, per operation, the CPU per request of each and the
# service's request-thread CPU split by layer (Tomcat, security, handler lookup, Spring MVC, JSON,
# validation, Hibernate, JDBC, pool, metrics, the service's own code, ...).
#
#   bench/profile.sh                                   # floor and the five operations, about 5 minutes
#   BENCH_SECONDS=5 BENCH_OPERATIONS="floor retrieve" bench/profile.sh
#
# Environment: BENCH_OPERATIONS ("floor retrieve list patch create create_flow"), BENCH_CONNECTIONS
# (8), BENCH_SECONDS (10), WARMUP_SECONDS (10), PROFILE_JAR (a built jar instead of building this
# checkout), PROFILE_OUT (a file that also receives the report), PROFILE_KEEP (a directory that
# keeps the recordings), and bench/lib.sh's BENCH_PORT, BENCH_JAVA, BENCH_JAVA_FLAGS.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
OPERATIONS=${BENCH_OPERATIONS:-"floor retrieve list patch create create_flow"}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
WARMUP=${WARMUP_SECONDS:-10}
. "$BENCH_DIR/lib.sh"
JDK_BIN=$(dirname "$JAVA_BIN")
[ -x "$JDK_BIN/jcmd" ] && [ -x "$JDK_BIN/jfr" ] || { echo "jcmd and jfr are needed next to $JAVA_BIN" >&2; exit 1; }
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; } >&2

WORK=$(mktemp -d)
mkdir "$WORK/tmp" "$WORK/jfr"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
DB="bench_profile_$(date +%s)_$$"
new_key
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  drop_database
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=${PROFILE_JAR:-}
if [ -z "$JAR" ]; then
  echo "building the service" >&2
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests) >&2
  JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)
fi
echo "the image's layout and class cache" >&2
prepare_app "$JAR" "$WORK/app"
# deep stacks: a request's frames from the socket to the SQL are well over JFR's default 64
start_service "$JAVA_BIN" "$JAVA_FLAGS -XX:FlightRecorderOptions:stackdepth=512 -Djava.io.tmpdir=$WORK/tmp" "$WORK/app/service.jar"
echo "ready after $READY_MS ms; seeding and warming up" >&2
seed_stages
settle
for op in $OPERATIONS; do run_wrk "$op" "$CONNECTIONS" "$WARMUP" >/dev/null; settle; done

# cpu_snapshot FILE: clock ticks of the machine, of each of the service's threads (by name) and of
# all PostgreSQL processes
cpu_snapshot() {
  {
    awk '/^cpu / {all = 0; for (i = 2; i <= NF; i++) all += $i; print "busy\t" $2 + $3 + $4 + $7 + $8; print "all\t" all}' /proc/stat
    for task in /proc/"$PID"/task/*; do
      # the name is field 2, in parentheses, and may hold spaces
      # (a thread or process may end between the listing and the read)
      sed -E 's/^[0-9]+ \((.*)\) [A-Za-z] (.*)$/\1\t\2/' "$task/stat" 2>/dev/null \
        | awk -F'\t' '{split($2, f, " "); print "thread " $1 "\t" f[11] + f[12]}' || true
    done
    for proc in /proc/[0-9]*; do
      if [ "$(cat "$proc/comm" 2>/dev/null)" = postgres ]; then
        awk '{sub(/^.*\) /, ""); print "postgres\t" $12 + $13}' "$proc/stat" 2>/dev/null || true
      fi
    done
  } >"$1"
}

RESULTS="$WORK/results.tsv"
for op in $OPERATIONS; do
  "$JDK_BIN/jcmd" "$PID" JFR.start name="$op" settings=profile method-profiling=max >/dev/null
  cpu_snapshot "$WORK/cpu-$op-before"
  read -r rps p50 p99 errors < <(run_wrk "$op" "$CONNECTIONS" "$SECONDS_PER_RUN")
  cpu_snapshot "$WORK/cpu-$op-after"
  "$JDK_BIN/jcmd" "$PID" JFR.stop name="$op" filename="$WORK/jfr/$op.jfr" >/dev/null
  "$JDK_BIN/jfr" print --events jdk.ExecutionSample --stack-depth 512 "$WORK/jfr/$op.jfr" >"$WORK/jfr/$op.txt"
  printf '%s\t%s\t%s\t%s\t%s\n' "$op" "$rps" "$p50" "$p99" "$errors" >>"$RESULTS"
  echo "$op: $rps req/s, p99 $p99 ms" >&2
  settle
done
if [ -n "${PROFILE_KEEP:-}" ]; then mkdir -p "$PROFILE_KEEP" && cp "$WORK"/jfr/*.jfr "$PROFILE_KEEP"/; fi

REPORT="$WORK/report.md"
{
  echo "java: $("$JAVA_BIN" -version 2>&1 | head -n 1); flags: $(grep -v '^#' "$WORK/app/jvm.options" | sed 's/ *#.*//' | tr '\n' ' ')"
  echo "$CONNECTIONS connections, ${SECONDS_PER_RUN} s per operation after ${WARMUP} s of warm-up each; $(nproc) cores; clock ticks $(getconf CLK_TCK)/s"
  echo
  python3 "$BENCH_DIR/profile.py" "$WORK" "$(getconf CLK_TCK)" "$SECONDS_PER_RUN" $OPERATIONS
} >"$REPORT"
cat "$REPORT"
if [ -n "${PROFILE_OUT:-}" ]; then cp "$REPORT" "$PROFILE_OUT"; fi

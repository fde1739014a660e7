#!/usr/bin/env bash
# How fast a new replica serves from its first second: for each build, starts the image's
# configuration (bench/lib.sh: the extracted jar, that build's deploy/jvm.options and class cache
# trained by that build's deploy/train-aot.sh) on a fresh database seeded as bench/run.sh seeds it,
# and from the first request records the throughput of every second for WARMUP_RUN_SECONDS (120),
# at WARMUP_CONNECTIONS (8) connections: creates on one start, retrieves on a second fresh start.
# Prints per build and operation the time to ready, the throughput of the first 10 s and at 30 s as
# shares of the steady state (the median of the last 30 s), and the resident memory after the
# load; writes each second to bench/results/warmup-<label>.tsv and draws every such file into
# bench/results/warmup.svg (bench/warmup_plot.py).
#
#   bench/warmup.sh REF[=LABEL] ...     # e.g. bench/warmup.sh fe1c9ce=before WORKTREE=after
#   WARMUP_NMT=1 bench/warmup.sh HEAD   # also where the memory goes (Native Memory Tracking)
#   WARMUP_APPS=DIR BENCH_JAVA_FLAGS="@jvm.options -X..." bench/warmup.sh HEAD=variant
#                                       # builds kept in DIR by ref and reused: JVM flags compared
#
# A REF is anything git rev-parse takes, or WORKTREE (the working tree as it is). Builds run one
# after the other; each is built in a scratch git worktree, as bench/compare.sh does.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(git -C "$BENCH_DIR" rev-parse --show-toplevel)
[ $# -ge 1 ] || { sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
RUN_SECONDS=${WARMUP_RUN_SECONDS:-120}
CONNECTIONS=${WARMUP_CONNECTIONS:-8}
OPERATIONS=${WARMUP_OPERATIONS:-"create retrieve"}
RESULTS_DIR=${WARMUP_RESULTS:-$BENCH_DIR/results}
. "$BENCH_DIR/lib.sh"
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

WORK=$(mktemp -d)
mkdir "$WORK/tmp"
APPS=${WARMUP_APPS:-$WORK/apps}
JAVA_FLAGS="$JAVA_FLAGS -Djava.io.tmpdir=$WORK/tmp${WARMUP_NMT:+ -XX:NativeMemoryTracking=summary}"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
DB="bench_warm_$(date +%s)_$$"
new_key
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  drop_database
  git -C "$ROOT" worktree prune >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$RESULTS_DIR"

# build REF: the image's layout of REF in $APPS/REF/app, trained with REF's own deploy files
build() {
  local src="$WORK/src" jar key
  key=$(echo "$1" | tr -c 'A-Za-z0-9._\n-' '_')
  APP="$APPS/$key/app"
  [ ! -f "$APP/service.jar" ] || { echo "$1: the build in $APP" >&2; return; }
  if [ "$1" = WORKTREE ]; then
    mkdir -p "$src"
    (cd "$ROOT" && git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
      if [ -e "$f" ]; then printf '%s\0' "$f"; fi
    done | tar -c --null -T - -f -) | tar -x -C "$src"
  else
    git -C "$ROOT" worktree add -q --detach "$src" "$1"
  fi
  echo "building $1" >&2
  (cd "$src" && ./mvnw -q -B package -DskipTests) >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
  jar=$(ls "$src"/target/*.jar | grep -v -e sources -e javadoc -e original | head -n 1)
  mkdir -p "$APPS/$key"
  cp -r "$src/deploy" "$APPS/$key/deploy"
  JVM_OPTIONS="$APPS/$key/deploy/jvm.options" DEPLOY_DIR="$APPS/$key/deploy" prepare_app "$jar" "$APP"
  git -C "$ROOT" worktree remove --force "$src" >/dev/null 2>&1 || rm -rf "$src"
}

# measure LABEL OP: one fresh start, RUN_SECONDS of OP in one-second wrk runs; appends to the TSV
measure() {
  start_service "$JAVA_BIN" "$JAVA_FLAGS" "$APP/service.jar"
  local ready=$READY_MS second rate
  seed_stages
  psql -q -d "$DB" -c "analyze" >/dev/null
  for ((second = 1; second <= RUN_SECONDS; second++)); do
    rate=$(run_wrk "$2" "$CONNECTIONS" 1 | awk '{print $1}')
    printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$second" "$rate" >>"$RESULTS_DIR/warmup-$1.tsv"
  done
  local rss
  rss=$(( $(ps -o rss= -p "$PID") / 1024 ))
  printf '%s\t%s\tready_ms\t%s\n%s\t%s\trss_mb\t%s\n' "$1" "$2" "$ready" "$1" "$2" "$rss" >>"$RESULTS_DIR/warmup-$1.tsv"
  if [ -n "${WARMUP_NMT:-}" ]; then
    "$(dirname "$JAVA_BIN")/jcmd" "$PID" VM.native_memory summary >"$RESULTS_DIR/memory-$1-$2.txt" 2>&1 || true
    "$(dirname "$JAVA_BIN")/jcmd" "$PID" GC.heap_info >>"$RESULTS_DIR/memory-$1-$2.txt" 2>&1 || true
    grep -E '^(VmRSS|RssAnon|RssFile|RssShmem)' "/proc/$PID/status" >>"$RESULTS_DIR/memory-$1-$2.txt" || true
  fi
  stop_service
}

for arg in "$@"; do
  ref=${arg%%=*}
  label=${arg#*=}
  [ "$label" != "$arg" ] || label=$(echo "$ref" | tr -c 'A-Za-z0-9._\n-' '_')
  build "$ref"
  : >"$RESULTS_DIR/warmup-$label.tsv"
  for op in $OPERATIONS; do
    echo "$label: $op, ${RUN_SECONDS} s from the first request" >&2
    measure "$label" "$op"
  done
done
python3 "$BENCH_DIR/warmup_plot.py" "$RESULTS_DIR" "$@"

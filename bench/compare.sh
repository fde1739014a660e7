#!/usr/bin/env bash
# Compares the throughput and p99 latency of two builds of the service on this machine, to show
# that a change kept the speed. Prints a table (old and new req/s as the median of the rounds,
# their ratio, p99) with the commits, JDK and JVM flags used; exits 0 whatever the ratios.
#
#   bench/compare.sh <old-ref> [<new-ref>]     # new defaults to HEAD
#   bench/compare.sh HEAD WORKTREE             # the uncommitted working tree against HEAD
#   BENCH_SECONDS=3 COMPARE_ROUNDS=2 WARMUP_SECONDS=3 bench/compare.sh HEAD~1   # quick look
#   COMPARE_MODE=interleaved BENCH_SECONDS=4 bench/compare.sh HEAD~1   # for a noisy machine
#
# A ref is anything git rev-parse takes; WORKTREE stands for the working tree as it is when the
# script starts (tracked and untracked files not ignored by git, copied without touching the
# index). Each side is built with ./mvnw package in a scratch git worktree (or copy) that is
# removed again; the service itself is never built or run from the repository's own working tree.
#
# The builds run one after the other, never at the same time, with bench/run.sh's JDK, JVM flags,
# MALLOC_ARENA_MAX and ahead-of-time class cache (one cache trained per build; see bench/lib.sh).
# Each round starts each build once, in the order old new, new old, old new, ... (ABBA), so that
# a drift of the machine's speed over the run weighs on both sides alike. Every start gets a fresh
# JVM and a fresh database, migrated by that build's own Flyway and seeded with the same 10 000
# stages and flows as bench/run.sh: seeding takes a second, no build meets a schema migrated by
# the other (an old build refuses a database that a newer migration has touched), and no start
# inherits the rows created by an earlier one. Per start: a warm-up of every operation, then one
# measured wrk run of every operation; after the warm-ups and after each run the database goes
# back to its seeded rows (bench/lib.sh reset_data, as bench/run.sh does).
#
# COMPARE_MODE=interleaved starts both builds once, at the same time (on BENCH_PORT and the port
# after it, each on its own fresh database) and measures every operation in COMPARE_ROUNDS (10)
# short slices alternating between them (old new, new old, ...): where the machine's speed drifts
# by tens of percent within minutes, as shared machines' do, only such close pairs compare.
#
# Environment: BENCH_OPERATIONS ("retrieve list patch create create_flow"), BENCH_CONNECTIONS (8),
# COMPARE_ROUNDS (3), BENCH_SECONDS (10, each measured run), WARMUP_SECONDS (unset: each operation
# warms up until its throughput settles, bench/lib.sh warm_up; set: one fixed run of that length), COMPARE_OUT (a file that also receives the report), and bench/lib.sh's BENCH_PORT,
# BENCH_JAVA, BENCH_JAVA_FLAGS. The wrk scripts and seed data are those of this bench/ directory,
# whichever refs are compared.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(git -C "$BENCH_DIR" rev-parse --show-toplevel)
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
OLD_REF=$1
NEW_REF=${2:-HEAD}
OPERATIONS=${BENCH_OPERATIONS:-"retrieve list patch create create_flow"}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
MODE=${COMPARE_MODE:-rounds}
ROUNDS=${COMPARE_ROUNDS:-$([ "$MODE" = interleaved ] && echo 10 || echo 3)}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
WARMUP_NOTE=${WARMUP_SECONDS:+"${WARMUP_SECONDS} s warm-up per operation and build"}
WARMUP_NOTE=${WARMUP_NOTE:-"warm-up per operation and build until it was warm (bench/lib.sh warm_up: 3 s slices until the JIT spent at most 5% of the last one compiling and the last three are within 5% of their mean; the slices each took are logged above)"}
. "$BENCH_DIR/lib.sh"

log() { echo "$*" >&2; }

# describe REF: prints 'commit<TAB>description' of a ref, or of the working tree for WORKTREE
describe() {
  if [ "$1" = WORKTREE ]; then
    local head changed
    head=$(git -C "$ROOT" rev-parse HEAD)
    changed=$(git -C "$ROOT" --no-optional-locks status --porcelain | wc -l)
    printf '%s\tworking tree: HEAD %s plus %s changed or untracked paths\n' "$head+worktree" "$head" "$changed"
  else
    local commit
    commit=$(git -C "$ROOT" rev-parse --verify --quiet "$1^{commit}") || { log "not a commit: $1"; exit 2; }
    printf '%s\t%s\n' "$commit" "$(git -C "$ROOT" log -1 --format='%h %s' "$commit")"
  fi
}
OLD_DESC=$(describe "$OLD_REF")
NEW_DESC=$(describe "$NEW_REF")
OLD_COMMIT=${OLD_DESC%%$'\t'*} OLD_DESC=${OLD_DESC#*$'\t'}
NEW_COMMIT=${NEW_DESC%%$'\t'*} NEW_DESC=${NEW_DESC#*$'\t'}

# other work on the machine shows in the ratios; the report gives the load before this script's own
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
command -v wrk >/dev/null || { apt-get update -q && apt-get install -y -q wrk; }

WORK=$(mktemp -d)
# the JVMs' temporary files (Tomcat's base and document directories) go with the scratch directory
mkdir "$WORK/tmp"
SHOWN_FLAGS=$JAVA_FLAGS
JAVA_FLAGS="$JAVA_FLAGS -Djava.io.tmpdir=$WORK/tmp"
# no NOTICE from "drop database if exists"
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
RESULTS="$WORK/results.tsv"
DB="bench_cmp_$(date +%s)_$$"
DB_BASE=$DB
new_key
WORKTREES=()
declare -A SIDE_PID=()
cleanup() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  drop_database
  local side
  for side in ${!SIDE_PID[@]}; do
    kill "${SIDE_PID[$side]}" 2>/dev/null; wait "${SIDE_PID[$side]}" 2>/dev/null || true
    DB="${DB_BASE}_$side" drop_database
  done
  local tree
  for tree in ${WORKTREES[@]+"${WORKTREES[@]}"}; do
    git -C "$ROOT" worktree remove --force "$tree" >/dev/null 2>&1 || true
  done
  git -C "$ROOT" worktree prune >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# copy_worktree DIR: the working tree's tracked (unless deleted) and untracked, not ignored files
copy_worktree() {
  mkdir -p "$1"
  (cd "$ROOT" && git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
    if [ -e "$f" ] || [ -L "$f" ]; then printf '%s\0' "$f"; fi
  done | tar -c --null -T - -f -) | tar -x -C "$1"
}

# checkout SIDE REF: the sources of REF in $WORK/src-SIDE
checkout() {
  if [ "$2" = WORKTREE ]; then
    log "$1: copying the working tree"
    copy_worktree "$WORK/src-$1"
  else
    log "$1: git worktree of $2"
    WORKTREES+=("$WORK/src-$1")
    git -C "$ROOT" worktree add -q --detach "$WORK/src-$1" "$2"
  fi
}

# build SIDE: builds $WORK/src-SIDE, keeps its jar in $WORK/SIDE, removes the sources, trains the
# class cache; sets RUN_JAR[SIDE] and FLAGS[SIDE]
declare -A RUN_JAR FLAGS
build() {
  local side=$1 src="$WORK/src-$1" jar
  log "$side: building"
  (cd "$src" && ./mvnw -q -B package -DskipTests) >"$WORK/build-$side.log" 2>&1 || { cat "$WORK/build-$side.log" >&2; exit 1; }
  jar=$(ls "$src"/target/*.jar | grep -v -e sources -e javadoc | head -n 1)
  mkdir -p "$WORK/$side"
  cp "$jar" "$WORK/$side/"
  jar="$WORK/$side/$(basename "$jar")"
  if [ -f "$src/.git" ]; then # a git worktree, not a copy
    git -C "$ROOT" worktree remove --force "$src"
  else
    rm -rf "$src"
  fi
  log "$side: the image's layout (this checkout's deploy/jvm.options$(aot_supported && echo ", a class cache trained with $JAVA_BIN"))"
  prepare_app "$jar" "$WORK/$side/app"
  RUN_JAR[$side]="$WORK/$side/app/service.jar"
  FLAGS[$side]=$JAVA_FLAGS
}
# both sources first, so that a WORKTREE side is the working tree as it was at the start
checkout old "$OLD_REF"
checkout new "$NEW_REF"
build old
build new
drop_database

ORDER=""
if [ "$MODE" = interleaved ]; then
  # both builds up at once, each on its own port and database; every operation measured in short
  # slices that alternate between them, so that the machine's drift weighs on both alike
  declare -A SIDE_PORT=([old]=$PORT [new]=$((PORT + 1)))
  use() { PORT=${SIDE_PORT[$1]}; DB="${DB_BASE}_$1"; JIT_PID=${SIDE_PID[$1]:-}; }
  for side in old new; do
    use "$side"
    start_service "$JAVA_BIN" "${FLAGS[$side]}" "${RUN_JAR[$side]}"
    SIDE_PID[$side]=$PID
    PID=""
    log "$side: ready after ${READY_MS} ms; seeding"
    seed_stages
    settle
  done
  for op in $OPERATIONS; do
    for side in old new; do
      use "$side"
      log "$op, $side: warm-up $(warm_up "$op" "$CONNECTIONS" | awk '{printf "%d slices, last %s req/s, %s", $1, $2, $3}')"
      reset_data
    done
  done
  for op in $OPERATIONS; do
    for slice in $(seq 1 "$ROUNDS"); do
      if [ $(( slice % 2 )) -eq 1 ]; then sides="old new"; else sides="new old"; fi
      for side in $sides; do
        use "$side"
        read -r rps p50 p99 errors < <(run_wrk "$op" "$CONNECTIONS" "$SECONDS_PER_RUN")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$slice" "$side" "$op" "$rps" "$p50" "$p99" "$errors" >>"$RESULTS"
        reset_data
      done
    done
    log "$op: $(awk -F'\t' -v op="$op" '$3 == op {n[$2]++; s[$2] += $4} END {printf "old %.0f, new %.0f req/s (mean of %d slices each)", s["old"] / n["old"], s["new"] / n["new"], n["old"]}' "$RESULTS")"
  done
  ORDER=" old and new alternating per slice (ABBA)"
fi
for round in $(seq 1 "$( [ "$MODE" = interleaved ] && echo 0 || echo "$ROUNDS")"); do
  if [ $(( round % 2 )) -eq 1 ]; then sides="old new"; else sides="new old"; fi
  for side in $sides; do
    ORDER="$ORDER $side"
    start_service "$JAVA_BIN" "${FLAGS[$side]}" "${RUN_JAR[$side]}"
    log "round $round, $side: ready after ${READY_MS} ms; seeding, warming up"
    seed_stages
    settle
    for op in $OPERATIONS; do
      log "$op, $side: warm-up $(warm_up "$op" "$CONNECTIONS" | awk '{printf "%d slices, last %s req/s, %s", $1, $2, $3}')"
    done
    reset_data
    for op in $OPERATIONS; do
      read -r rps p50 p99 errors < <(run_wrk "$op" "$CONNECTIONS" "$SECONDS_PER_RUN")
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$side" "$op" "$rps" "$p50" "$p99" "$errors" >>"$RESULTS"
      reset_data
      log "round $round, $side, $op: $rps req/s, p99 $p99 ms, errors $errors"
    done
    stop_service
    drop_database
  done
done

REPORT="$WORK/report.md"
{
  echo "old: $OLD_REF = $OLD_COMMIT ($OLD_DESC)"
  echo "new: $NEW_REF = $NEW_COMMIT ($NEW_DESC)"
  echo "java: $JAVA_BIN, $("$JAVA_BIN" -version 2>&1 | head -n 1)"
  echo "flags: $SHOWN_FLAGS ($JVM_OPTIONS$(aot_supported && echo ", its class cache trained per build")) -Djava.io.tmpdir=<scratch>, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
  if [ "$MODE" = interleaved ]; then
    echo "$CONNECTIONS connections; both builds running, each on its own database; ${WARMUP_NOTE}, then $ROUNDS slices of ${SECONDS_PER_RUN} s per operation and build,$ORDER"
  else
    echo "$CONNECTIONS connections; $ROUNDS rounds, starts in the order$ORDER; per start a ${WARMUP_NOTE}, and ${SECONDS_PER_RUN} s measured per operation"
  fi
  echo "load average before building $LOAD_BEFORE, after the last run $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  echo
  python3 - "$RESULTS" "$OPERATIONS" <<'PY'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
ops = sys.argv[2].split()
def values(side, op, column):
    return [float(r[column]) for r in rows if r[1] == side and r[2] == op]
def spread(side, op):  # how far apart a side's rounds are: (max - min) / median of req/s
    rps = values(side, op, 3)
    median = statistics.median(rps)
    return "%.0f%%" % (100 * (max(rps) - min(rps)) / median) if median else "-"
def paired(op):  # new/old within each round (or slice), median over them, and their range
    by_round = {}
    for r in rows:
        if r[2] == op:
            by_round.setdefault(r[0], {})[r[1]] = float(r[3])
    ratios = sorted(v["new"] / v["old"] for v in by_round.values() if v.get("old") and "new" in v)
    if not ratios:
        return "-"
    return "%.3f (%.2f–%.2f)" % (statistics.median(ratios), ratios[0], ratios[-1])
print("| operation | old req/s | new req/s | new/old | paired new/old (range) | old p99 ms | new p99 ms | errors old/new | spread old/new |")
print("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
for op in ops:
    old_rps, new_rps = statistics.median(values("old", op, 3)), statistics.median(values("new", op, 3))
    ratio = "%.3f" % (new_rps / old_rps) if old_rps else "-"
    print("| %s | %.0f | %.0f | %s | %s | %.2f | %.2f | %d/%d | %s/%s |" % (
        op, old_rps, new_rps, ratio, paired(op),
        statistics.median(values("old", op, 5)), statistics.median(values("new", op, 5)),
        sum(values("old", op, 6)), sum(values("new", op, 6)), spread("old", op), spread("new", op)))
print()
print("req/s and p99 are medians over the rounds (slices); the paired ratio is the median of new/old within")
print("each round (slice), which cancels the machine's drift between them; a ratio is only worth as much")
print("as the spread (max - min over median of req/s) and the paired range allow. Each run's req/s, in order:")
for op in ops:
    print("  %-12s %s" % (op, "  ".join("%s %.0f" % (r[1], float(r[3])) for r in rows if r[2] == op)))
PY
} >"$REPORT"
cat "$REPORT"
if [ -n "${COMPARE_OUT:-}" ]; then cp "$REPORT" "$COMPARE_OUT"; fi
exit 0

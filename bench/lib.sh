# Shared by bench/run.sh and bench/compare.sh (sourced, not run): the JDK and JVM flags, the
# service's start and readiness wait, the ahead-of-time class cache, the seed data the wrk scripts
# read, and one wrk run. The caller sets BENCH_DIR, WORK (a scratch directory), DB (the database
# name) and KEY (the bootstrap token), and stops the service in its own exit trap.

PORT=${BENCH_PORT:-18080}
# the JVM options the image ships (deploy/jvm.options, copied next to the extracted jar), unless
# BENCH_JAVA_FLAGS replaces them
JVM_OPTIONS=${BENCH_JVM_OPTIONS:-$(dirname "$BENCH_DIR")/deploy/jvm.options}
JAVA_FLAGS=${BENCH_JAVA_FLAGS:-@jvm.options}
# glibc's per-thread malloc arenas inflate a JVM's resident memory for nothing
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# a JDK with an ahead-of-time class cache (24+) starts the service in about half the time
JAVA_BIN=${BENCH_JAVA:-$(ls -d /usr/lib/jvm/temurin-2[5-9]*/bin/java 2>/dev/null | tail -n 1)}
JAVA_BIN=${JAVA_BIN:-java}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
PID=""

new_key() { # sets KEY, a fresh bootstrap token, and HASH, its SHA-256
  KEY="bench$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  HASH=$(printf '%s' "$KEY" | sha256sum | cut -d' ' -f1)
}

fresh_database() { psql -q -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB" >/dev/null; }
drop_database() { psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true; }

# start_service JAVA FLAGS JAR: starts the service on a fresh database, waits for readiness, sets PID.
# The service's JDBC URL is BENCH_DATASOURCE_URL when set (bench/failover.sh: a multi-host URL),
# else $DB on PGHOST:PGPORT; the fresh database is $DB on PGHOST:PGPORT either way.
start_service() {
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "something already answers on port $PORT; stop it or set BENCH_PORT" >&2
    exit 1
  fi
  fresh_database
  local start=$(date +%s%N)
  # from the jar's directory, by its relative name, as the image runs it (the class cache and the
  # options file are found there)
  (cd "$(dirname "$3")" && SPRING_DATASOURCE_URL="${BENCH_DATASOURCE_URL:-jdbc:postgresql://$PGHOST:$PGPORT/$DB}" \
    SPRING_DATASOURCE_USERNAME=$PGUSER \
    SERVER_PORT=$PORT AUTHENTIK_BOOTSTRAP_TOKEN="$KEY" \
    exec "$1" $2 -jar "$(basename "$3")") >"$WORK/service.log" 2>&1 &
  PID=$!
  until curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log"; exit 1; }
    sleep 0.02
  done
  READY_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}
stop_service() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }

# whether the JDK can write a class cache in one step (-XX:AOTCacheOutput, JDK 25+), as
# deploy/train-aot.sh does. Asked of its flags, not by writing one: the JVM replaces its output
# file with the cache, so a probe that wrote to /dev/null as root made /dev/null a regular file
aot_supported() { "$JAVA_BIN" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -qw AOTCacheOutput; }

# prepare_app JAR DIR: the image's layout in DIR: JAR extracted as DIR/service.jar, the JVM options
# next to it and, with a JDK that has one (24+), the class cache trained as the image build trains
# it (deploy/train-aot.sh, on a fresh database); run DIR/service.jar with JAVA_FLAGS. DEPLOY_DIR
# names another build's deploy/ to train with
prepare_app() {
  mkdir -p "$2"
  cp "$1" "$WORK/service.jar"
  java -Djarmode=tools -jar "$WORK/service.jar" extract --destination "$2" >/dev/null
  rm "$WORK/service.jar"
  if aot_supported; then
    cp "$JVM_OPTIONS" "$2/jvm.options"
    fresh_database
    SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" SPRING_DATASOURCE_USERNAME=$PGUSER \
      JAVA="$JAVA_BIN" "${DEPLOY_DIR:-$(dirname "$BENCH_DIR")/deploy}/train-aot.sh" "$2" >"$WORK/training.log" 2>&1 \
      || { cat "$WORK/training.log" >&2; exit 1; }
  else
    grep -v -- '-XX:AOTCache=' "$JVM_OPTIONS" >"$2/jvm.options"
  fi
}

# seed_stages: 10 000 stages in the service's database, their ids one a line in $WORK/ids.txt, and
# 10 000 flows bound to none of them: every table a create's foreign keys look into holds rows, so
# that its plans are those of a database in use (on an empty table's statistics PostgreSQL plans
# the foreign-key checks as sequential scans, which slow down as a run fills the table)
seed_stages() {
  psql -q -d "$DB" <<SQL >/dev/null
insert into passwordstage.authentik_flows_stage (stage_uuid, name)
  select md5('bench-' || i)::uuid, 'bench-' || lpad(i::text, 5, '0') from generate_series(1, 10000) i;
insert into passwordstage.authentik_stages_password_passwordstage (stage_ptr_id, backends)
  select md5('bench-' || i)::uuid, '{authentik.core.auth.InbuiltBackend}' from generate_series(1, 10000) i;
insert into passwordstage.authentik_policies_policybindingmodel (pbm_uuid)
  select md5('bench-flow-' || i)::uuid from generate_series(1, 10000) i;
insert into passwordstage.authentik_flows_flow (flow_uuid, policybindingmodel_ptr_id, name, slug, title, designation)
  select md5('bench-flow-' || i)::uuid, md5('bench-flow-' || i)::uuid, 'Bench flow ' || i,
    'bench-flow-' || lpad(i::text, 5, '0'), 'Bench', 'authentication' from generate_series(1, 10000) i;
analyze;
SQL
  psql -qAt -d "$DB" -c "select md5('bench-' || i)::uuid from generate_series(1, 10000) i" >"$WORK/ids.txt"
}

# run_wrk OP CONCURRENCY SECONDS [PACE_MS]: prints 'requests_per_second p50_ms p99_ms errors'
run_wrk() {
  local threads=$(( $2 < 2 ? 1 : 2 ))
  BENCH_DIR="$BENCH_DIR" TOKEN="$KEY" IDS_FILE="$WORK/ids.txt" RUN_ID="$(date +%s%N)" PACE_MS=${4:-0} \
    wrk -t"$threads" -c"$2" -d"${3}s" --latency -s "$BENCH_DIR/wrk/$1.lua" "http://127.0.0.1:$PORT" >"$WORK/wrk.out" 2>&1 || true
  python3 "$BENCH_DIR/parse_wrk.py" "$WORK/wrk.out"
}

# PostgreSQL's autovacuum analyses a table once a tenth of it has changed, and the new statistics
# make every connection re-plan its cached statements. Where autovacuum is off (as on some CI
# machines), a connection keeps the plans it made while the tables were nearly empty (sequential
# scans, including in the foreign-key checks) while the create phases grow them by tens of
# thousands of rows. So between phases, the benchmark does what autovacuum would have done.
settle() { psql -q -d "$DB" -c "vacuum analyze" >/dev/null; }

# reset_data: the database back to the seeded stages and flows (every row the benchmark's writes added is
# deleted, events included; a PATCH's new values stay), then settle. Every measured run starts from
# the same data, whatever the warm-ups and the runs before it wrote: a build that creates faster
# writes more rows in the same time, and without this every operation measured after its creates
# would run on bigger tables than the other build's (a list's count and page grow with them).
reset_data() {
  psql -q -d "$DB" >/dev/null <<'SQL'
delete from passwordstage.authentik_flows_flowstagebinding;
update passwordstage.authentik_stages_password_passwordstage set configure_flow_id = null
  where configure_flow_id is not null;
delete from passwordstage.authentik_flows_flow where slug not like 'bench-flow-%';
delete from passwordstage.authentik_policies_policybindingmodel p
  where not exists (select 1 from passwordstage.authentik_flows_flow f where f.policybindingmodel_ptr_id = p.pbm_uuid);
delete from passwordstage.authentik_stages_password_passwordstage s using passwordstage.authentik_flows_stage b
  where b.stage_uuid = s.stage_ptr_id and b.name not like 'bench-%';
delete from passwordstage.authentik_flows_stage where name not like 'bench-%';
delete from passwordstage.authentik_events_event;
SQL
  settle
}

# jit_seconds PID: the seconds the JVM's compilers have spent compiling so far (jstat, from the
# JVM's performance counters), or nothing when they cannot be read
jit_seconds() {
  local jstat
  jstat=$(dirname "$JAVA_BIN")/jstat
  [[ -x "$jstat" ]] || jstat=$(command -v jstat) || return 0
  "$jstat" -compiler "$1" 2>/dev/null | awk 'NR == 2 {print $4}' || true
}

# warm_up OP CONCURRENCY: runs OP in slices of WARMUP_SLICE_SECONDS (3 s) until it is warm: the JIT
# compilers spent at most WARMUP_JIT_SHARE (5%) of the last slice compiling, and the last three
# slices' throughputs are all within WARMUP_TOLERANCE (5%) of their mean; at most
# WARMUP_MAX_SLICES (40). Throughput alone is not enough: on two shared cores the compilers can
# work through a create's request path for a minute while its throughput holds still for three
# slices at 60% of where it ends. The service is JIT_PID, else PID; when its compilers cannot be
# read (no jstat) throughput alone decides. Prints "<slices> <req/s of the last slice>
# settled|capped". WARMUP_SECONDS, when set, replaces this with one fixed run of that length
# (prints "1 <req/s> fixed").
warm_up() {
  if [[ -n "${WARMUP_SECONDS:-}" ]]; then
    echo "1 $(run_wrk "$1" "$2" "$WARMUP_SECONDS" | awk '{print $1}') fixed"
    return
  fi
  local slice=${WARMUP_SLICE_SECONDS:-3} max=${WARMUP_MAX_SLICES:-40} tolerance=${WARMUP_TOLERANCE:-0.05}
  local jit_share=${WARMUP_JIT_SHARE:-0.05} pid=${JIT_PID:-$PID}
  local rates=() n=0 rate jit_before jit_after
  jit_before=$(jit_seconds "$pid")
  while (( n < max )); do
    rate=$(run_wrk "$1" "$2" "$slice" | awk '{print $1}')
    jit_after=$(jit_seconds "$pid")
    rates+=("$rate"); n=$((n + 1))
    if (( n >= 3 )) && python3 -c '
import sys
tolerance, slice, jit_share, before, after = sys.argv[1:6]
rates = [float(r) for r in sys.argv[6:]]; mean = sum(rates) / len(rates)
steady = mean > 0 and max(abs(r - mean) for r in rates) <= float(tolerance) * mean
quiet = not before or not after or float(after) - float(before) <= float(jit_share) * float(slice)
sys.exit(0 if steady and quiet else 1)' "$tolerance" "$slice" "$jit_share" "$jit_before" "$jit_after" "${rates[@]: -3}"; then
      echo "$n $rate settled"
      return
    fi
    jit_before=$jit_after
  done
  echo "$n $rate capped"
}

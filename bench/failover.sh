#!/usr/bin/env bash
# A PostgreSQL failover under load, as operators run one: a primary and a synchronous standby on
# this machine (PostgreSQL's own binaries, a temporary directory, two free ports from 5441), the
# service in the image's configuration (bench/lib.sh: the extracted jar, deploy/jvm.options, the
# trained class cache, a bootstrap token) with the multi-host URL
#
#   jdbc:postgresql://127.0.0.1:PRIMARY,127.0.0.1:STANDBY/failover?targetServerType=primary
#
# and creates at a fixed rate (bench/outage.py). Partway through, it does what a failover manager
# such as Patroni does: it fences the old primary (pg_ctl stop -m immediate) and then promotes the
# standby (pg_ctl promote). Afterwards it checks every acknowledged create on the new primary and
# prints a markdown table: creates acknowledged, acknowledged but missing (must be 0), refused and
# whether any refused one was stored anyway, other errors, the seconds from the promotion to the
# first 201, whether the service's token listener reconnected, and the 503 answers against the
# service's WARN lines about them. Everything it started (service, both clusters, the temporary
# directory) is stopped and removed on exit, whether it succeeded or not. No Docker: it needs the
# Debian package postgresql (initdb, pg_ctl, pg_basebackup; installed with apt-get when missing),
# psql, curl, python3 and a JDK. Run as root, the PostgreSQL commands run as the user postgres.
#
#   bench/failover.sh                                        # 200 creates/s for 20 s, failover at 8 s
#   FAILOVER_RATE=100 FAILOVER_SECONDS=30 FAILOVER_AT=10 bench/failover.sh
#
# FAILOVER_JAR: a built jar to use instead of building one with ./mvnw; FAILOVER_LOGS: a directory
# to keep the logs in (the service's, both clusters', the load's figures); FAILOVER_PG_VERSION: the
# PostgreSQL under /usr/lib/postgresql to use (by default the newest); FAILOVER_PRIMARY_PORT: where
# to look for the primary's free port (5441; the standby's is the next free one); BENCH_PORT,
# TRAINING_PORT: the service's port and the class cache training's (free ones from 18180, 18199).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH_DIR")
RATE=${FAILOVER_RATE:-200}
LOAD_SECONDS=${FAILOVER_SECONDS:-20}
FAILOVER_AT=${FAILOVER_AT:-8}
DB=failover
# resolved before the script moves into its temporary directory
FAILOVER_JAR=${FAILOVER_JAR:+$(realpath "$FAILOVER_JAR")}
FAILOVER_LOGS=${FAILOVER_LOGS:+$(realpath -m "$FAILOVER_LOGS")}

# free_port FROM: the first port from FROM on that nothing listens on
free_port() {
  local port=$1
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
PRIMARY_PORT=$(free_port "${FAILOVER_PRIMARY_PORT:-5441}")
STANDBY_PORT=$(free_port $((PRIMARY_PORT + 1)))
export BENCH_PORT=${BENCH_PORT:-$(free_port 18180)}
export TRAINING_PORT=${TRAINING_PORT:-$(free_port 18199)}
# lib.sh's psql calls (the fresh database, the class cache's training) go to the primary
export PGHOST=127.0.0.1 PGPORT=$PRIMARY_PORT PGUSER=postgres PGOPTIONS="-c client_min_messages=warning"
# PORT, JAVA_BIN, JAVA_FLAGS, new_key, prepare_app, start_service
. "$BENCH_DIR/lib.sh"

[ -d /usr/lib/postgresql ] || { apt-get update -q && apt-get install -y -q postgresql; }
PG_VERSION=${FAILOVER_PG_VERSION:-$(ls /usr/lib/postgresql | sort -V | tail -n 1)}
PGBIN=/usr/lib/postgresql/$PG_VERSION/bin
for tool in initdb pg_ctl pg_basebackup; do
  [ -x "$PGBIN/$tool" ] || { echo "$PGBIN/$tool is missing (Debian package postgresql-$PG_VERSION)" >&2; exit 1; }
done
# initdb refuses to run as root
AS_POSTGRES=()
[ "$(id -u)" = 0 ] && AS_POSTGRES=(runuser -u postgres --)
pg() { "${AS_POSTGRES[@]}" "$@"; }

TMP=$(mktemp -d -t failover.XXXXXX)
chmod 755 "$TMP"
PGDIR=$TMP/pg
WORK=$TMP/work
mkdir -p "$PGDIR" "$WORK"
[ "$(id -u)" = 0 ] && chown postgres: "$PGDIR"
# the postgres user must be able to stand in the working directory
cd "$TMP"

cleanup() {
  local status=$?
  # every step, whatever the one before it did
  set +e
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  for node in primary standby; do
    if [ -f "$PGDIR/$node/postmaster.pid" ]; then
      pg "$PGBIN/pg_ctl" -D "$PGDIR/$node" stop -m immediate >/dev/null 2>&1 || true
    fi
  done
  if [ -n "${FAILOVER_LOGS:-}" ]; then
    mkdir -p "$FAILOVER_LOGS"
    cp "$WORK"/*.log "$WORK"/*.tsv "$WORK"/*.txt "$PGDIR"/*.log "$FAILOVER_LOGS"/ 2>/dev/null || true
  fi
  if [ "$status" != 0 ]; then
    for log in "$WORK/service.log" "$WORK/training.log" "$PGDIR/primary.log" "$PGDIR/standby.log"; do
      [ -s "$log" ] && { echo "--- the end of $(basename "$log")" >&2; tail -n 30 "$log" >&2; }
    done
  fi
  cd /
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "PostgreSQL $PG_VERSION: a primary on port $PRIMARY_PORT and a synchronous standby on port $STANDBY_PORT"
pg "$PGBIN/initdb" -D "$PGDIR/primary" -U postgres --auth=trust >"$WORK/initdb.log" 2>&1 \
  || { cat "$WORK/initdb.log" >&2; exit 1; }
cat >>"$PGDIR/primary/postgresql.conf" <<EOF

# bench/failover.sh: the primary
listen_addresses = '127.0.0.1'
port = $PRIMARY_PORT
unix_socket_directories = '$PGDIR'
shared_buffers = 64MB
wal_level = replica
max_wal_senders = 4
# a COMMIT is acknowledged once the standby named here has it on disk too
synchronous_standby_names = 'standby'
synchronous_commit = on
EOF
pg "$PGBIN/pg_ctl" -D "$PGDIR/primary" -l "$PGDIR/primary.log" -w start >/dev/null
pg "$PGBIN/pg_basebackup" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$PGDIR/standby" -R -X stream -c fast
cat >>"$PGDIR/standby/postgresql.conf" <<EOF

# bench/failover.sh: the standby. Once promoted it has no standby of its own: it waits for none
# (as Patroni's synchronous_mode does when no replica is left; synchronous_mode_strict would refuse writes)
port = $STANDBY_PORT
synchronous_standby_names = ''
EOF
# the name the primary's synchronous_standby_names knows it by (later lines win)
echo "primary_conninfo = 'host=127.0.0.1 port=$PRIMARY_PORT user=postgres application_name=standby'" \
  >>"$PGDIR/standby/postgresql.auto.conf"
pg "$PGBIN/pg_ctl" -D "$PGDIR/standby" -l "$PGDIR/standby.log" -w start >/dev/null
for _ in $(seq 1 150); do
  SYNC_STATE=$(psql -qAt -d postgres -c "select sync_state from pg_stat_replication where application_name = 'standby'")
  [ "$SYNC_STATE" = sync ] && break
  sleep 0.2
done
[ "$SYNC_STATE" = sync ] || { echo "the standby did not become synchronous (sync_state '$SYNC_STATE')" >&2; exit 1; }
echo "the standby streams from the primary, sync_state $SYNC_STATE"

if [ -n "${FAILOVER_JAR:-}" ]; then
  JAR=$FAILOVER_JAR
else
  echo "building the service"
  (cd "$ROOT" && ./mvnw -q -B package -DskipTests)
  JAR=$(ls "$ROOT"/target/password-stage-service-*.jar | grep -v original | head -n 1)
fi
echo "the image's layout: extracted jar, deploy/jvm.options$(aot_supported && echo ", a class cache trained with $JAVA_BIN")"
prepare_app "$JAR" "$WORK/app"
new_key
export BENCH_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT/$DB?targetServerType=primary"
start_service "$JAVA_BIN" "$JAVA_FLAGS" "$WORK/app/service.jar"
echo "the service is ready after ${READY_MS} ms, on $BENCH_DATASOURCE_URL"

# what a failover manager does, in its order: fence the old primary, then promote the standby
cat >"$WORK/failover-event.sh" <<EOF
#!/bin/sh
echo mark stop
${AS_POSTGRES[*]} $PGBIN/pg_ctl -D $PGDIR/primary stop -m immediate -w
echo mark promote
${AS_POSTGRES[*]} $PGBIN/pg_ctl -D $PGDIR/standby promote -w
echo mark promoted
EOF
NEW_PRIMARY="host=127.0.0.1 port=$STANDBY_PORT dbname=$DB user=postgres"
echo "creates at $RATE/s for $LOAD_SECONDS s; at $FAILOVER_AT s the primary is stopped (-m immediate) and the standby promoted"
python3 "$BENCH_DIR/outage.py" "http://127.0.0.1:$PORT" "$KEY" "$RATE" "$LOAD_SECONDS" "$FAILOVER_AT" \
  "sh $WORK/failover-event.sh" "$NEW_PRIMARY" \
  --ready "psql -qAt -d '$NEW_PRIMARY' -c 'select pg_is_in_recovery()' | grep -qx f" >"$WORK/outage.tsv"

# the token listener: its warnings, and where its thread is now (in its listening loop once it has
# reconnected; in its pause or its connect while it has not), sampled a few times
sleep 3
JCMD=$(dirname "$JAVA_BIN")/jcmd
[ -x "$JCMD" ] || JCMD=$(command -v jcmd || true)
: >"$WORK/listener-stacks.txt"
if [ -n "$JCMD" ]; then
  for _ in 1 2 3 4 5; do
    "$JCMD" "$PID" Thread.print 2>/dev/null \
      | awk '/^"token-listener"/ {on = 1} on && /^$/ {on = 0; print "--"} on' >>"$WORK/listener-stacks.txt" || true
    sleep 0.3
  done
fi
SERVICE_CONNECTIONS=$(psql -qAt -d "$NEW_PRIMARY" -c \
  "select count(*) from pg_stat_activity where datname = '$DB' and backend_type = 'client backend' and pid <> pg_backend_pid()")

PG_VERSION=$PG_VERSION PRIMARY_PORT=$PRIMARY_PORT STANDBY_PORT=$STANDBY_PORT SYNC_STATE=$SYNC_STATE RATE=$RATE \
  LOAD_SECONDS=$LOAD_SECONDS SERVICE_CONNECTIONS=$SERVICE_CONNECTIONS \
  python3 - "$WORK/outage.tsv" "$WORK/service.log" "$WORK/listener-stacks.txt" <<'PY'
import os, re, sys
env = os.environ
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])]
marks = {r[1]: (float(r[2]), r[3]) for r in rows if r[0] == "mark"}
no_ack = next(r[1] for r in rows if r[0] == "no_ack")
event_exit = next(r[1] for r in rows if r[0] == "event_exit")
(_, acknowledged, missing, refused, present_refused, other_errors, non_json, down, recovery, before,
 statuses) = next(r for r in rows if r[0] == "outage")
by_status = dict(kv.split("=") for kv in statuses.split())
sent = sum(int(v) for v in by_status.values())
log = open(sys.argv[2], errors="replace").read().splitlines()
level = lambda line, name: re.match(r"^\S+\s+%s\s" % name, line) is not None
listener_warnings = [l for l in log if "Token change listener lost its connection" in l]
warn_503 = [l for l in log if level(l, "WARN") and re.search(r"503|[Dd]atabase (is )?unavailable", l)]
errors = [l for l in log if level(l, "ERROR")]
warnings = [l for l in log if level(l, "WARN")]
frames = [l for l in log if l.startswith("\tat ")]


def by_logger(lines):
    counts = {}
    for line in lines:
        found = re.search(r"\] (\S+)\s+: ", line)
        name = found.group(1).split(".")[-1] if found else "?"
        counts[name] = counts.get(name, 0) + 1
    return ", ".join("%s %d" % kv for kv in sorted(counts.items(), key=lambda kv: -kv[1]))



stacks = open(sys.argv[3]).read().split("--\n")
stacks = [s for s in stacks if s.strip()]
connected = [s for s in stacks if "TokenChangeListener.listen" in s
             and "TokenChangeListener.sleep" not in s and "TokenChangeListener.open" not in s]
if not stacks:
    listener = "unknown (no thread dump: jcmd missing)"
elif connected:
    listener = "yes: lost its connection (%d WARN lines), listening again (%d of %d thread dumps in its listening loop)" % (
        len(listener_warnings), len(connected), len(stacks))
else:
    listener = "**no**: %d WARN lines, and its thread is not listening (%d thread dumps)" % (len(listener_warnings), len(stacks))
stop_at, promote_at, promoted_at = marks["stop"][0], marks["promote"][0], marks["promoted"][0]
print()
print("| figure | value |")
print("|---|---|")
print("| PostgreSQL %s | primary :%s, standby :%s (sync_state %s), synchronous_commit=on |" % (
    env["PG_VERSION"], env["PRIMARY_PORT"], env["STANDBY_PORT"], env["SYNC_STATE"]))
print("| load | creates at %s/s for %s s, 8 clients (%s/s acknowledged before the failover) |" % (
    env["RATE"], env["LOAD_SECONDS"], before))
print("| failover at %.1f s | old primary stopped (-m immediate) in %.2f s, then standby promoted in %.2f s (event exit %s) |" % (
    stop_at, promote_at - stop_at, promoted_at - promote_at, event_exit))
print("| creates sent | %d (%s) |" % (sent, statuses))
print("| acknowledged (201) | %s |" % acknowledged)
print("| acknowledged but missing on the new primary | **%s** |" % missing)
print("| refused (503 and other statuses) | %s, of them stored anyway: **%s** |" % (refused, present_refused))
for row in rows:
    if row[0] == "refused_as":
        print("| refused as %s | %s, of them stored: **%s**%s |" % (
            "\"unavailable\" (never committed)" if row[1] == "unavailable" else "\"lost while being committed\"",
            row[2], row[3], " (must be 0)" if row[1] == "unavailable" else " (the outcome the text warns of)"))
print("| other errors (not a JSON 503, or no answer) | %d |" % (int(other_errors) + int(non_json)))
print("| stop of the old primary → new primary takes writes | %s s |" % down)
first = marks["promote"][1]
print("| promotion → first 201 | %s |" % ("never" if first == "never" else "%s s (%.2f s after the old primary's stop)" % (
    first, promote_at - stop_at + float(first))))
print("| longest time without a 201 | %s s |" % no_ack)
print("| every create of a second succeeds again | %s s after the new primary takes writes |" % recovery)
print("| token listener reconnected | %s |" % listener)
print("| 503 answers vs WARN lines about 503 / database unavailable | %s vs %d |" % (by_status.get("503", "0"), len(warn_503)))
print("| service log (from its start) | %d WARN (%s); %d ERROR (%s); %d stack-trace lines |" % (
    len(warnings), by_logger(warnings), len(errors), by_logger(errors), len(frames)))
print("| service connections on the new primary afterwards | %s |" % env["SERVICE_CONNECTIONS"])
for what, lines in (("first listener warning", listener_warnings), ("first ERROR line", errors)):
    if lines:
        print()
        print("%s: `%s`" % (what, lines[0][:300]))
PY

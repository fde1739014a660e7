"""An outage under load: creates at a fixed rate while something happens to PostgreSQL.

  python3 bench/outage.py URL TOKEN RATE SECONDS EVENT_AT "event command" DATABASE [--ready "command"]

Eight client threads send creates (each with its own stage name) at RATE requests per second in
all, for SECONDS; at EVENT_AT seconds the event command runs in a shell (bench/run.sh: a restart,
e.g. pg_ctlcluster 15 main restart; bench/failover.sh: the old primary stopped, the standby
promoted). The database counts as down from the event until the ready command (by default
`pg_isready -q`) succeeds again. Afterwards the database (psql -d DATABASE: a name or a connection
string, e.g. "host=127.0.0.1 port=5442 dbname=failover") is asked which names exist.

A line the event command prints as `mark NAME` is timestamped when it arrives: the output says how
long after it the first create was acknowledged (the command "start" is always marked).

Prints tab-separated lines for bench/run.sh's results file, the outage line last:

  mark    name  seconds_since_load_start  seconds_to_first_201_after_it
  no_ack  longest_seconds_between_two_201s
  event_exit  exit_status_of_the_event_command
  outage  acknowledged  missing_acknowledged  refused  present_refused  other_errors  non_json_errors
          db_down_seconds  recovery_seconds  rate_before  statuses
"""
import argparse
import collections
import http.client
import json
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

arguments = argparse.ArgumentParser()
for name in ("url", "token", "rate", "seconds", "event_at", "event", "database"):
    arguments.add_argument(name)
arguments.add_argument("--ready", default="pg_isready -q",
                       help="a shell command that succeeds once the database takes writes again")
options = arguments.parse_args()
url, token, event, database = options.url, options.token, options.event, options.database
rate, seconds, event_at = float(options.rate), float(options.seconds), float(options.event_at)
target = urllib.parse.urlparse(url)
run = uuid.uuid4().hex[:8]
THREADS = 8
results = []  # (sent_at, name, status, is_json, answered_at, detail)
lock = threading.Lock()
start = time.monotonic()


def client(index):
    connection = None
    interval = THREADS / rate
    next_at = start + index * interval / THREADS
    counter = 0
    while True:
        now = time.monotonic()
        if now - start >= seconds:
            return
        if now < next_at:
            time.sleep(next_at - now)
        next_at += interval
        counter += 1
        name = "outage-%s-%d-%d" % (run, index, counter)
        body = json.dumps({"name": name, "backends": ["authentik.core.auth.InbuiltBackend"]})
        sent = time.monotonic() - start
        try:
            if connection is None:
                connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            connection.request("POST", "/api/v3/stages/password/", body,
                               {"Authorization": "Bearer " + token, "Content-Type": "application/json"})
            response = connection.getresponse()
            text = response.read()
            detail = None
            try:
                parsed = json.loads(text)
                is_json = response.getheader("Content-Type", "").startswith("application/json")
                detail = parsed.get("detail") if isinstance(parsed, dict) else None
            except ValueError:
                is_json = False
            outcome = (sent, name, response.status, is_json, time.monotonic() - start, detail)
        except (OSError, http.client.HTTPException):
            connection = None
            outcome = (sent, name, None, False, time.monotonic() - start, None)
        with lock:
            results.append(outcome)


threads = [threading.Thread(target=client, args=(i,)) for i in range(THREADS)]
for thread in threads:
    thread.start()
time.sleep(max(0, event_at - (time.monotonic() - start)))
down_at = time.monotonic() - start
# the database is down from the event until the ready command succeeds again (pg_ctlcluster itself
# may wait, and even report a failure, well after the server is back)
command = subprocess.Popen(event, shell=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
marks = [("start", down_at)]


def read_marks():
    for line in command.stdout:
        if line.startswith("mark "):
            marks.append((line.split()[1], time.monotonic() - start))


# a daemon: a server the command starts may keep its output open long after the command is done
reader = threading.Thread(target=read_marks, daemon=True)
reader.start()
seen_down = False
while True:
    ready = subprocess.run(options.ready, shell=True, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL).returncode == 0
    if not ready:
        seen_down = True
    elif seen_down or command.poll() is not None:
        break
    time.sleep(0.02)
up_at = time.monotonic() - start
command.wait()
reader.join(timeout=1)
for thread in threads:
    thread.join()

names = subprocess.run(["psql", "-qAt", "-d", database, "-c",
                        "select name from passwordstage.authentik_flows_stage where name like 'outage-%s-%%'" % run],
                       capture_output=True, text=True, check=True).stdout.split()
stored = set(names)
acknowledged = [r for r in results if r[2] == 201]
refused = [r for r in results if r[2] is not None and r[2] != 201]
unanswered = [r for r in results if r[2] is None]
statuses = collections.Counter(str(r[2]) for r in results)
# throughput back: the first second after the database is up whose creates all succeed, at the rate
per_second = collections.defaultdict(lambda: [0, 0])
for sent, _, status, *_ in results:
    per_second[int(sent)][0] += 1
    per_second[int(sent)][1] += status == 201
before = [per_second[s][1] for s in range(1, int(down_at))]
recovery = None
for second in range(int(up_at), int(seconds)):
    sent, ok = per_second[second]
    if sent and ok == sent:
        recovery = max(0.0, second - up_at)
        break
acknowledged_at = sorted(r[4] for r in acknowledged)
for name, at in marks:
    after = [a for a in acknowledged_at if a > at]
    print("mark\t%s\t%.2f\t%s" % (name, at, "%.2f" % (after[0] - at) if after else "never"))
print("no_ack\t%.2f" % max((b - a for a, b in zip(acknowledged_at, acknowledged_at[1:])), default=seconds))
print("event_exit\t%d" % command.returncode)
# the 503s by what they told the client: "unavailable" (never asked to commit: must not be stored)
# or "commit unknown" (lost during COMMIT: may have been)
for kind, said in (("unavailable", "unavailable"), ("commit_unknown", "being committed")):
    told = [r for r in refused if said in str(r[5] or "")]
    print("refused_as\t%s\t%d\t%d" % (kind, len(told), sum(1 for r in told if r[1] in stored)))
print("\t".join(str(x) for x in [
    "outage", len(acknowledged), sum(1 for r in acknowledged if r[1] not in stored), len(refused),
    sum(1 for r in refused if r[1] in stored), len([r for r in refused if r[2] != 503]) + len(unanswered),
    sum(1 for r in refused if not r[3]), "%.1f" % (up_at - down_at),
    "%.1f" % recovery if recovery is not None else "never", "%.0f" % (sum(before) / len(before) if before else 0),
    " ".join("%s=%d" % kv for kv in sorted(statuses.items()))]))

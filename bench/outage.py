"""An outage under load: creates at a fixed rate while PostgreSQL restarts.

  python3 bench/outage.py URL TOKEN RATE SECONDS RESTART_AT "restart command" DATABASE

Eight client threads send creates (each with its own stage name) at RATE requests per second in
all, for SECONDS; at RESTART_AT seconds the restart command runs (e.g. pg_ctlcluster 15 main restart).
Afterwards the database (psql DATABASE) is asked which names exist. Prints one tab-separated line
per figure for bench/run.sh's results file:

  outage  acknowledged  missing_acknowledged  refused  present_refused  other_errors  non_json_errors
          db_down_seconds  recovery_seconds  rate_before  statuses
"""
import collections
import http.client
import json
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

url, token, rate, seconds, restart_at, restart, database = sys.argv[1:8]
rate, seconds, restart_at = float(rate), float(seconds), float(restart_at)
target = urllib.parse.urlparse(url)
run = uuid.uuid4().hex[:8]
THREADS = 8
results = []  # (sent_at, name, status, json_body)
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
            try:
                json.loads(text)
                is_json = response.getheader("Content-Type", "").startswith("application/json")
            except ValueError:
                is_json = False
            outcome = (sent, name, response.status, is_json)
        except (OSError, http.client.HTTPException):
            connection = None
            outcome = (sent, name, None, False)
        with lock:
            results.append(outcome)


threads = [threading.Thread(target=client, args=(i,)) for i in range(THREADS)]
for thread in threads:
    thread.start()
time.sleep(max(0, restart_at - (time.monotonic() - start)))
down_at = time.monotonic() - start
# the database is down from the restart until pg_isready answers again (pg_ctlcluster itself may
# wait, and even report a failure, well after the server is back)
command = subprocess.Popen(restart, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seen_down = False
while True:
    ready = subprocess.run(["pg_isready", "-q"]).returncode == 0
    if not ready:
        seen_down = True
    elif seen_down or command.poll() is not None:
        break
    time.sleep(0.02)
up_at = time.monotonic() - start
command.wait()
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
for sent, _, status, _ in results:
    per_second[int(sent)][0] += 1
    per_second[int(sent)][1] += status == 201
before = [per_second[s][1] for s in range(1, int(down_at))]
recovery = None
for second in range(int(up_at), int(seconds)):
    sent, ok = per_second[second]
    if sent and ok == sent:
        recovery = max(0.0, second - up_at)
        break
print("\t".join(str(x) for x in [
    "outage", len(acknowledged), sum(1 for r in acknowledged if r[1] not in stored), len(refused),
    sum(1 for r in refused if r[1] in stored), len([r for r in refused if r[2] != 503]) + len(unanswered),
    sum(1 for r in refused if not r[3]), "%.1f" % (up_at - down_at),
    "%.1f" % recovery if recovery is not None else "never", "%.0f" % (sum(before) / len(before) if before else 0),
    " ".join("%s=%d" % kv for kv in sorted(statuses.items()))]))

"""Renders bench/run.sh's results as BENCHMARKS.md."""
import os
import platform
import subprocess
import sys
from datetime import datetime, timezone

results, java_flags, seconds = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [line.rstrip("\n").split("\t") for line in open(results)]
value = {r[0]: r[1] for r in rows if len(r) == 2}
java_flags = java_flags.replace(os.path.dirname(results), "$WORK")
load = [r for r in rows if r[0] == "load"]
half = [r for r in rows if r[0] == "half"]
soak = [r for r in rows if r[0] == "soak"]
targets = {"create": 0.75, "create_flow": 0.75, "patch": 0.75, "retrieve": 0.45, "list": 0.5}


def run(command):
    try:
        return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "?"


cpu = run("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
memory = run("awk '/MemTotal/ {printf \"%.0f GiB\", $2/1048576}' /proc/meminfo")
out = []
out.append("# Benchmarks\n")
out.append("Produced by `bench/run.sh` on %s UTC. Machine: %s, %s cores, %s; service on %s; %s; %s.\n" % (
    datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"), cpu or platform.processor(), os.cpu_count(), memory,
    value.get("java", "?"), run("psql -V"), run("wrk -v 2>&1 | head -n 1").split(" [")[0]))
out.append("The service (JVM flags `%s`, `MALLOC_ARENA_MAX=2`) and PostgreSQL share the machine with the load generators; "
           "every pair of figures below was measured one right after the other in the same run, on the same "
           "database, at the same concurrency. pgbench runs exactly the SQL the service sends for the "
           "operation (`bench/pgbench/`), as prepared statements, in the same transactions. Between phases the "
           "benchmark runs `VACUUM ANALYZE`, as autovacuum would (autovacuum on this server: %s), so that neither "
           "side runs on plans made while the tables were nearly empty.\n" % (java_flags, value.get("autovacuum", "?")))
warmups = [r for r in rows if r[0] == "warmup"]
if warmups:
    out.append("Before measuring, each operation ran in 3 s slices until it was warm (the JIT compilers busy for "
               "at most 5%% of the last slice, and the last three slices' throughputs within 5%% of their mean; "
               "at most 40 slices), so that the figures are the service's and not its JIT compiler's: %s.\n" % ", ".join("%s %s slices (%s)" % (r[1], r[2], r[4]) for r in warmups))
floor = [r for r in rows if r[0] == "floor"]
floor_rps = float(floor[0][1]) if floor else 0
out.append("| operation | connections | service req/s | p50 ms | p99 ms | errors | pgbench tps | service ÷ pgbench | ceiling | target |")
out.append("|---|---|---|---|---|---|---|---|---|---|")
for _, op, c, rps, p50, p99, errors, tps in load:
    ratio = float(rps) / float(tps) if tps and float(tps) > 0 else 0
    ceiling = floor_rps / (floor_rps + float(tps)) if floor_rps and tps and float(tps) > 0 and c != "1" else 0
    target = targets.get(op, 0)
    verdict = "" if c != "8" else ("≥ %.2f: %s" % (target, "met" if ratio >= target else "missed"))
    out.append("| %s | %s | %s | %s | %s | %s | %s | %.2f | %s | %s |" % (
        op, c, rps, p50, p99, errors, tps, ratio, "%.2f" % ceiling if ceiling else "", verdict))
out.append("")
if floor_rps:
    out.append("**Ceiling.** The HTTP stack alone (Tomcat, the security filters, Spring MVC and the JSON error "
               "body: a GET without credentials, answered 403 without a database query) ran at **%.0f req/s** at 8 "
               "connections on this machine (p50 %s ms). Service, PostgreSQL and the load generator share its cores, "
               "so a request that also does the operation's SQL costs at least both: the service can reach about "
               "1 / (1/%.0f + 1/pgbench tps) req/s at best, a ratio of floor ÷ (floor + pgbench tps). The column "
               "*ceiling* gives that bound for each row (approximate: it counts the load generators' own work twice, "
               "and the JDBC client's work not at all). Where it is near or below the target, the target cannot be "
               "met with this HTTP stack on this machine, whatever the service's own code does.\n" % (
                   floor_rps, floor[0][2], floor_rps))
out.append("p99 latency at half of the highest throughput measured for the operation (8 connections, each at a fixed pace):\n")
out.append("| operation | max req/s | paced req/s | p50 ms | p99 ms | target p99 ≤ 10 ms |")
out.append("|---|---|---|---|---|---|")
for _, op, maximum, rps, p50, p99, errors in half:
    out.append("| %s | %s | %s | %s | %s | %s |" % (op, maximum, rps, p50, p99, "met" if float(p99) <= 10 else "missed"))
out.append("")
ready = int(value.get("ready_ms", "0"))
rss = int(value.get("rss_mb", "0"))
out.append("- Process start to ready (readiness UP, fresh database migrated): **%d ms** with the flags above "
           "(target ≤ 2000 ms: %s); the plain jar on Java 17 without a class cache: %s ms." % (
               ready, "met" if ready <= 2000 else "missed", value.get("ready_plain_ms", "?")))
out.append("- Highest resident memory of the service during the whole run: **%d MB** (target ≤ 250 MB: %s)." % (rss, "met" if rss <= 250 else "missed"))
if soak:
    by_op = {}
    for _, at, op, rps, p99, errors in soak:
        by_op.setdefault(op, []).append(float(rps))
    parts = []
    for op, series in by_op.items():
        first, last = series[0], series[-1]
        parts.append("%s %s req/s (first window %.0f, last %.0f, last ÷ first %.2f)" % (
            op, " → ".join("%.0f" % s for s in series), first, last, last / first if first else 0))
    out.append("- Soak, %d windows alternating retrieve and partial update at 8 connections: %s (target last ÷ first ≥ 0.95)." % (len(soak), "; ".join(parts)))
print("\n".join(out))
outage = [r for r in rows if r[0] == "outage"]
if outage:
    (_, acknowledged, missing, refused, present_refused, other_errors, non_json, down, recovery, before,
     statuses) = outage[0]
    out.append("- Outage under load: creates at half of the highest create rate (%s req/s before the outage) "
               "while PostgreSQL restarted (`pg_ctlcluster ... restart -m fast`; down for %s s): %s acknowledged, "
               "**%s of them missing** afterwards; %s refused, **%s of them stored**; errors other than a JSON 503: "
               "**%s** (answers by status: %s); every create succeeded again **%s s** after the database was back "
               "(target ≤ 5 s)." % (before, down, acknowledged, missing, refused, present_refused,
                                    int(other_errors) + int(non_json), statuses, recovery))
    print(out[-1])
if len(sys.argv) > 4 and os.path.exists(sys.argv[4]) and os.path.getsize(sys.argv[4]):
    print()
    print("## Where the CPU goes")
    print()
    print("From `bench/profile.sh` in the same run (a fresh start of the same build and flags, JFR sampling the "
          "service's threads; sampling itself costs some throughput, so its req/s are below the table's). The machine "
          "is saturated in every phase, so each operation's throughput is the machine's cores divided by the "
          "CPU per request of the service, PostgreSQL and the load generator together.")
    print()
    print(open(sys.argv[4]).read().strip())

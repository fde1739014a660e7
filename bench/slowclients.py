#!/usr/bin/env python3
"""Slow and hostile clients against a running service, with normal traffic measured meanwhile.

    bench/slowclients.py --base http://127.0.0.1:18080 --token KEY --database DB --slow 1000 \
        --stages ids.txt [--seconds 70] [--groups valid-token]

Keeps --slow connections open for --seconds, spread equally over the groups of --groups (all five
unless given; name one to put the whole count on it): request heads followed by a body trickled
one byte every 2 s with no token (no-token), with a wrong token (wrong-token), with a valid token
(valid-token: POST a stage), PATCH bodies trickled on distinct stages (patch: a valid token), and
request heads themselves trickled one byte every 2 s (slow-head). A connection the server ends is opened again a second later, so the
pressure holds for the whole run. Meanwhile four normal clients retrieve and create stages, and
readiness is asked every half second. Every half second PostgreSQL is asked how many of the
service's sessions sit in a transaction.

The normal clients, the readiness checks and the transaction count run in a process of their own
(this script with --measure-only), so that what they measure is the service's latency, not the
wait of an event loop busy with thousands of slow connections.

Prints, as "name: value" lines: the normal requests' count, failures, p50/p99/max latency;
readiness answers that were not UP; the most transactions seen open at once (and the longest open
one); per group, how many slow connections the server ended and after how long (max); and a
verdict line against the targets (normal p99 <= 250 ms, none over 1 s, none failed, readiness
always UP, no transaction held while a client sends, every slow body ended within 60 s).
Only connects to the --base host, which must be a loopback address; every loop is bounded by
--seconds.
"""
import argparse
import asyncio
import json
import random
import subprocess
import sys
import time
import urllib.parse

TRICKLE = 2.0
BODY = b'{"name": "slow-client-%d", "backends": ["authentik.core.auth.InbuiltBackend"]}'
PATCH = b'{"failed_attempts_before_cancel": 3}'
GROUPS = ["no-token", "wrong-token", "valid-token", "patch", "slow-head"]


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--base", required=True)
    p.add_argument("--token", required=True)
    p.add_argument("--database", required=True)
    p.add_argument("--slow", type=int, default=200)
    p.add_argument("--stages", required=True, help="a file of stage ids, one a line")
    p.add_argument("--seconds", type=float, default=70.0)
    p.add_argument("--measure-only", action="store_true",
                   help="run only the normal clients, readiness and transaction checks; print them as JSON")
    p.add_argument("--groups", default=",".join(GROUPS),
                   help="comma-separated groups the slow connections are spread over (default: all)")
    return p.parse_args()


class Run:
    def __init__(self, args):
        url = urllib.parse.urlparse(args.base)
        if url.hostname not in ("127.0.0.1", "localhost", "::1"):
            sys.exit("only a service on this machine's loopback address is a target")
        self.host, self.port = url.hostname, url.port or 80
        self.token = args.token
        self.database = args.database
        self.slow = args.slow
        self.seconds = args.seconds
        self.groups = [g for g in args.groups.split(",") if g]
        unknown = set(self.groups) - set(GROUPS)
        if unknown or not self.groups:
            sys.exit(f"unknown groups: {', '.join(sorted(unknown))}; known: {', '.join(GROUPS)}")
        with open(args.stages) as f:
            self.ids = [line.strip() for line in f if line.strip()]
        self.start = time.monotonic()
        self.end = self.start + args.seconds
        self.latencies = []
        self.failures = []
        self.not_ready = 0
        self.ready_checks = 0
        self.ended = {}  # group -> list of seconds until the server ended the connection
        self.open_now = {}  # group -> connections open right now
        self.max_in_transaction = 0
        self.longest_transaction = 0.0
        self.counter = 0

    def remaining(self):
        return self.end - time.monotonic()

    # ---- one plain HTTP/1.1 exchange on its own connection ----
    async def exchange(self, method, path, body=b"", token=True, timeout=5.0):
        head = f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\nConnection: close\r\n"
        if token:
            head += f"Authorization: Bearer {self.token}\r\n"
        if body:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        t0 = time.monotonic()
        reader, writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), timeout)
        try:
            writer.write(head.encode() + b"\r\n" + body)
            await writer.drain()
            data = await asyncio.wait_for(reader.read(), timeout)
        finally:
            writer.close()
        status = int(data.split(b" ", 2)[1]) if data.startswith(b"HTTP/1.1 ") else 0
        return status, time.monotonic() - t0, data

    async def normal_client(self, n):
        while self.remaining() > 0:
            self.counter += 1
            if self.counter % 4 == 0:
                method, path = "POST", "/api/v3/stages/password/"
                body, expect = BODY % (1_000_000 + self.counter + n * 10_000_000), 201
            else:
                method, path = "GET", f"/api/v3/stages/password/{random.choice(self.ids)}/"
                body, expect = b"", 200
            try:
                status, seconds, _ = await self.exchange(method, path, body)
                self.latencies.append(seconds)
                if status != expect:
                    self.failures.append(f"{method} {status}")
            except Exception as ex:  # a time-out or a refused connection is a failure
                self.latencies.append(5.0)
                self.failures.append(f"{method} {type(ex).__name__}")

    async def readiness(self):
        while self.remaining() > 0:
            self.ready_checks += 1
            try:
                status, _, data = await self.exchange("GET", "/actuator/health/readiness", token=False, timeout=2.0)
                if status != 200 or b'"UP"' not in data:
                    self.not_ready += 1
            except Exception:
                self.not_ready += 1
            await asyncio.sleep(0.5)

    async def transactions(self):
        sql = ("select count(*), coalesce(extract(epoch from max(now() - xact_start)), 0) from pg_stat_activity "
               f"where datname = '{self.database}' and state like 'idle in transaction%'")
        while self.remaining() > 0:
            out = await asyncio.create_subprocess_exec("psql", "-qAtX", "-F", " ", "-d", "postgres", "-c", sql,
                                                       stdout=asyncio.subprocess.PIPE)
            text, _ = await out.communicate()
            try:
                count, longest = text.decode().split()
                self.max_in_transaction = max(self.max_in_transaction, int(count))
                self.longest_transaction = max(self.longest_transaction, float(longest))
            except ValueError:
                pass
            await asyncio.sleep(0.5)

    # ---- slow clients ----
    def slow_request(self, group, n):
        path = "/api/v3/stages/password/"
        body, method, auth = BODY % n, "POST", ""
        if group == "no-token":
            pass
        elif group == "wrong-token":
            auth = "Authorization: Bearer not-a-token-of-this-service\r\n"
        elif group == "valid-token":
            auth = f"Authorization: Bearer {self.token}\r\n"
        elif group == "patch":
            auth = f"Authorization: Bearer {self.token}\r\n"
            method, body = "PATCH", PATCH
            path += self.ids[n % len(self.ids)] + "/"
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n{auth}Content-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        if group == "slow-head":
            return b"", head  # nothing sent at once: the head itself trickles
        return head, body

    async def slow_client(self, group, n):
        await asyncio.sleep(random.random() * 3)
        while self.remaining() > 3:
            at_once, trickled = self.slow_request(group, n)
            try:
                reader, writer = await asyncio.open_connection(self.host, self.port)
            except OSError:
                await asyncio.sleep(1)
                continue
            self.open_now[group] = self.open_now.get(group, 0) + 1
            t0 = time.monotonic()
            ended = False
            try:
                writer.write(at_once)
                await writer.drain()
                read = asyncio.ensure_future(reader.read(65536))
                for i in range(len(trickled)):
                    done, _ = await asyncio.wait([read], timeout=TRICKLE)
                    if done or self.remaining() <= 0:
                        break
                    writer.write(trickled[i:i + 1])
                    await writer.drain()
                if not read.done():
                    await asyncio.wait([read], timeout=max(0.0, min(TRICKLE, self.remaining())))
                if read.done():
                    ended = True  # an answer, or the connection closed, came from the server
                else:
                    read.cancel()
            except (ConnectionError, OSError):
                ended = True
            finally:
                self.open_now[group] -= 1
                writer.close()
            if ended:
                self.ended.setdefault(group, []).append(time.monotonic() - t0)
            await asyncio.sleep(1)

    async def measure(self):
        measured = [asyncio.ensure_future(self.normal_client(n)) for n in range(4)]
        measured.append(asyncio.ensure_future(self.readiness()))
        measured.append(asyncio.ensure_future(self.transactions()))
        await asyncio.gather(*measured)
        return {"latencies": self.latencies, "failures": self.failures, "not_ready": self.not_ready,
                "ready_checks": self.ready_checks, "max_in_transaction": self.max_in_transaction,
                "longest_transaction": self.longest_transaction}

    async def main(self, argv):
        groups = self.groups
        tasks = [asyncio.ensure_future(self.slow_client(groups[i % len(groups)], i)) for i in range(self.slow)]
        await asyncio.sleep(5)  # the slow connections are open before the measurement starts
        measurer = await asyncio.create_subprocess_exec(
            sys.executable, __file__, *argv, "--measure-only", "--seconds", str(max(1.0, self.remaining())),
            stdout=asyncio.subprocess.PIPE)
        out, _ = await measurer.communicate()
        for key, value in json.loads(out.decode()).items():
            setattr(self, key, value)
        await asyncio.gather(*tasks)
        return groups


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else 0.0


def report(run, groups):
    ms = [v * 1000 for v in run.latencies]
    print(f"slow connections: {run.slow} ({', '.join(groups)})")
    print(f"normal requests: {len(ms)}")
    print(f"normal failures: {len(run.failures)}" + (f" ({', '.join(sorted(set(run.failures))[:5])})" if run.failures else ""))
    print(f"normal p50 ms: {percentile(ms, 50):.1f}")
    print(f"normal p99 ms: {percentile(ms, 99):.1f}")
    print(f"normal max ms: {max(ms) if ms else 0:.1f}")
    print(f"readiness not UP: {run.not_ready} of {run.ready_checks}")
    print(f"transactions open at once (max): {run.max_in_transaction}, longest open s: {run.longest_transaction:.2f}")
    slowest_body = 0.0
    for group in groups:
        ended = run.ended.get(group, [])
        longest = max(ended) if ended else 0.0
        if group != "slow-head":
            slowest_body = max(slowest_body, longest)
        print(f"{group}: ended by the server {len(ended)} times, after at most {longest:.1f} s")
    ok = (percentile(ms, 99) <= 250 and (max(ms) if ms else 0) <= 1000 and not run.failures and run.not_ready == 0
          and run.longest_transaction < 1.0 and slowest_body <= 60 and len(ms) > 0)
    print(f"verdict: {'PASS' if ok else 'FAIL'} (targets: p99 <= 250 ms, none over 1 s, none failed, readiness UP, "
          "no transaction held open, every slow body ended within 60 s)")
    return ok


if __name__ == "__main__":
    arguments = parse_args()
    run = Run(arguments)
    if arguments.measure_only:
        print(json.dumps(asyncio.run(run.measure())))
        sys.exit(0)
    groups = asyncio.run(run.main(sys.argv[1:]))
    sys.exit(0 if report(run, groups) else 1)

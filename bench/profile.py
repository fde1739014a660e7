"""Report of bench/profile.sh: CPU per request by process, and the request threads' CPU by layer.

    python3 profile.py WORK CLOCK_TICKS SECONDS OP...

WORK holds results.tsv (op, req/s, p50, p99, errors), cpu-OP-before/after (bench/profile.sh's
snapshots) and jfr/OP.txt (`jfr print --events jdk.ExecutionSample`). A sample of a request thread
is given to the layer of the innermost frame that is not the JDK's own (so a HashMap lookup inside
Jackson counts as JSON), except that anything under the dispatcher's handler lookup or exception
resolution counts as that phase.
"""

import collections
import pathlib
import re
import sys

JDK = ("java.", "javax.", "jdk.", "sun.", "com.sun.")
# first matching prefix wins
LAYERS = [
    ("org.postgresql.", "JDBC driver"),
    ("com.zaxxer.hikari.", "connection pool"),
    ("org.hibernate.validator.", "Bean Validation"),
    ("jakarta.validation.", "Bean Validation"),
    ("org.hibernate.", "Hibernate"),
    ("jakarta.persistence.", "Hibernate"),
    ("org.springframework.data.", "Spring Data"),
    ("org.springframework.orm.", "transactions, JdbcClient"),
    ("org.springframework.transaction.", "transactions, JdbcClient"),
    ("org.springframework.jdbc.", "transactions, JdbcClient"),
    ("tools.jackson.", "JSON (Jackson)"),
    ("com.fasterxml.jackson.", "JSON (Jackson)"),
    ("io.micrometer.", "metrics, observation"),
    ("org.springframework.security.", "security filters"),
    ("io.passwordstage.", "the service's code"),
    ("org.springframework.web.", "Spring MVC (other)"),
    ("org.springframework.http.", "Spring MVC (other)"),
    ("org.springframework.", "Spring core, proxies"),
    ("org.apache.", "Tomcat"),
    ("ch.qos.logback.", "logging"),
    ("org.slf4j.", "logging"),
]
PHASES = [
    ("org.springframework.web.servlet.DispatcherServlet.getHandler(", "handler lookup"),
    ("org.springframework.web.servlet.DispatcherServlet.processHandlerException(", "exception resolution"),
]
FRAME = re.compile(r"^\s+([\w$.<>]+)\((.*)\)\s+line:")


def samples(path):
    """(thread name, [frames, innermost first]) of each execution sample."""
    thread, frames, in_stack = None, [], False
    for line in path.open(encoding="utf-8", errors="replace"):
        if line.startswith("jdk.ExecutionSample"):
            thread, frames, in_stack = None, [], False
        elif line.strip().startswith("sampledThread = "):
            thread = line.split('"')[1] if '"' in line else line.split("=", 1)[1].strip()
        elif line.strip().startswith("stackTrace = ["):
            in_stack = True
        elif in_stack and line.strip() in ("]", "...", "]\n"):
            in_stack = False
            if line.strip() == "]":
                yield thread, frames
        elif in_stack:
            match = FRAME.match(line)
            if match:
                frames.append(match.group(1) + "(")


def layer(frames):
    for frame in frames:
        for marker, phase in PHASES:
            if frame == marker:
                return phase
    for frame in frames:
        if frame.startswith(JDK):
            continue
        for prefix, name in LAYERS:
            if frame.startswith(prefix):
                return name
        return "other"
    return "JDK only"


def innermost_own(frames):
    for frame in frames:
        if not frame.startswith(JDK):
            return frame[:-1]
    return frames[0][:-1] if frames else "?"


def ticks(path):
    """busy and all ticks of the machine, ticks per service thread group, PostgreSQL's ticks."""
    values = collections.Counter()
    for line in path.read_text().splitlines():
        name, value = line.rsplit("\t", 1)
        if name.startswith("thread "):
            name = "thread " + group(name[len("thread "):])
        values[name] += int(value)
    return values


def group(thread):
    if thread.startswith("http-nio"):
        return "Tomcat threads"
    if "Compiler" in thread:
        return "JIT compilers"
    if thread.startswith(("GC ", "VM ")):
        return "GC and VM"
    return "other threads"


def main():
    work, clock, seconds, ops = pathlib.Path(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), sys.argv[4:]
    results = {}
    for line in (work / "results.tsv").read_text().splitlines():
        op, rps, p50, p99, errors = line.split("\t")
        results[op] = (float(rps), p50, p99, errors)
    cpu, layers, tops = {}, {}, {}
    for op in ops:
        before, after = ticks(work / ("cpu-%s-before" % op)), ticks(work / ("cpu-%s-after" % op))
        delta = {key: after[key] - before[key] for key in after}
        requests = results[op][0] * seconds
        per_request = lambda t: 1e6 * t / clock / requests if requests else 0  # noqa: E731
        service = sum(v for k, v in delta.items() if k.startswith("thread "))
        cpu[op] = {
            "machine": per_request(delta["busy"]),
            "service": per_request(service),
            "Tomcat threads": per_request(delta.get("thread Tomcat threads", 0)),
            "JIT compilers": per_request(delta.get("thread JIT compilers", 0)),
            "GC and VM": per_request(delta.get("thread GC and VM", 0)),
            "other threads": per_request(delta.get("thread other threads", 0)),
            "PostgreSQL": per_request(delta.get("postgres", 0)),
            "rest": per_request(delta["busy"] - service - delta.get("postgres", 0)),
            "busy share": delta["busy"] / delta["all"] if delta["all"] else 0,
        }
        counts, top, total = collections.Counter(), collections.Counter(), 0
        for thread, frames in samples(work / "jfr" / ("%s.txt" % op)):
            if not thread or "exec" not in thread or not frames:
                continue
            total += 1
            counts[layer(frames)] += 1
            top[innermost_own(frames)] += 1
        layers[op] = {name: n / total for name, n in counts.items()} if total else {}
        layers[op]["samples"] = total
        tops[op] = [(name, n / total) for name, n in top.most_common(8)] if total else []

    print("CPU time per request, in µs (all of the machine's cores; the rest is mostly the load generator)")
    print()
    print("| operation | req/s | p99 ms | machine busy | machine | service | of it Tomcat's threads | JIT | GC, VM | PostgreSQL | rest |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for op in ops:
        c, r = cpu[op], results[op]
        print("| %s | %.0f | %s | %.0f%% | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |" % (
            op, r[0], r[2], 100 * c["busy share"], c["machine"], c["service"], c["Tomcat threads"],
            c["JIT compilers"], c["GC and VM"], c["PostgreSQL"], c["rest"]))
    print()
    print("The request threads' CPU per request by layer, in µs (from the share of JFR's execution samples):")
    print()
    names = sorted({n for op in ops for n in layers[op] if n != "samples"},
                   key=lambda n: -sum(layers[op].get(n, 0) * cpu[op]["Tomcat threads"] for op in ops))
    print("| layer | " + " | ".join(ops) + " |")
    print("|---|" + "--:|" * len(ops))
    for name in names:
        print("| %s | %s |" % (name, " | ".join(
            "%.0f" % (layers[op].get(name, 0) * cpu[op]["Tomcat threads"]) for op in ops)))
    print("| samples | %s |" % " | ".join(str(layers[op]["samples"]) for op in ops))
    print()
    print("Innermost frames outside the JDK, most frequent first (share of the request threads' samples):")
    print()
    for op in ops:
        print("- %s: %s" % (op, "; ".join("%s %.0f%%" % (name, 100 * share) for name, share in tops[op])))


if __name__ == "__main__":
    main()

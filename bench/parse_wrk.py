"""Prints 'requests_per_second p50_ms p99_ms errors' from wrk --latency output."""
import re
import sys

text = open(sys.argv[1]).read()


def millis(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


rps = re.search(r"Requests/sec:\s+([\d.]+)", text)
p50 = re.search(r"^\s+50%\s+(\S+)", text, re.M)
p99 = re.search(r"^\s+99%\s+(\S+)", text, re.M)
errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
count = int(errors.group(1)) if errors else 0
if socket_errors:
    count += sum(int(n) for n in socket_errors.groups())
print(
    "%.1f %.2f %.2f %d"
    % (
        float(rps.group(1)) if rps else 0,
        millis(p50.group(1)) if p50 else 0,
        millis(p99.group(1)) if p99 else 0,
        count,
    )
)

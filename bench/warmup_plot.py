"""Draws bench/warmup.sh's per-second throughputs as an SVG and prints their summary.

  python3 bench/warmup_plot.py RESULTS_DIR REF=LABEL ...

Reads RESULTS_DIR/warmup-LABEL.tsv (label, operation, second, req/s; and ready_ms, rss_mb rows)
for every label given and every other warmup-*.tsv already there, writes RESULTS_DIR/warmup.svg
(one panel per operation, one line per label) and RESULTS_DIR/warmup.md (the summary table), and
prints the table. Steady state is the median of the last 30 seconds of a run.
"""
import collections
import glob
import os
import statistics
import sys

results = sys.argv[1]
given = [arg.split("=", 1)[-1] for arg in sys.argv[2:]]
labels = given + sorted(
    os.path.basename(path)[len("warmup-"):-len(".tsv")]
    for path in glob.glob(os.path.join(results, "warmup-*.tsv"))
    if os.path.basename(path)[len("warmup-"):-len(".tsv")] not in given)

rates = collections.defaultdict(dict)  # (label, op) -> {second: rate}
facts = collections.defaultdict(dict)  # (label, op) -> {ready_ms, rss_mb}
operations = []
for label in labels:
    with open(os.path.join(results, f"warmup-{label}.tsv")) as tsv:
        for line in tsv:
            _, op, key, value = line.rstrip("\n").split("\t")
            if op not in operations:
                operations.append(op)
            if key.isdigit():
                rates[(label, op)][int(key)] = float(value or 0)
            else:
                facts[(label, op)][key] = value


def summary(label, op):
    series = rates[(label, op)]
    seconds = sorted(series)
    steady = statistics.median(series[s] for s in seconds[-30:])
    first10 = statistics.mean(series[s] for s in seconds if s <= 10)
    at30 = statistics.mean([series[s] for s in seconds if 29 <= s <= 31] or [0])
    return steady, first10, at30


rows = ["| build | operation | ready ms | first 10 s req/s | share of steady | at 30 s | share | steady req/s | RSS after, MB |",
        "|---|---|--:|--:|--:|--:|--:|--:|--:|"]
for label in labels:
    for op in operations:
        if (label, op) not in rates:
            continue
        steady, first10, at30 = summary(label, op)
        f = facts[(label, op)]
        rows.append(f"| {label} | {op} | {f.get('ready_ms', '')} | {first10:.0f} | {first10 / steady:.0%} | "
                    f"{at30:.0f} | {at30 / steady:.0%} | {steady:.0f} | {f.get('rss_mb', '')} |")
table = "\n".join(rows) + "\n"
with open(os.path.join(results, "warmup.md"), "w") as out:
    out.write(table)
print(table)

# the plot: one panel per operation, side by side
WIDTH, HEIGHT, MARGIN = 520, 300, 50
COLOURS = ["#999999", "#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
panels = []
for index, op in enumerate(operations):
    x0 = index * (WIDTH + 20)
    series = [(label, rates[(label, op)]) for label in labels if (label, op) in rates]
    top = max(max(s.values()) for _, s in series) * 1.1 or 1
    end = max(max(s) for _, s in series)
    def px(second):
        return x0 + MARGIN + (WIDTH - MARGIN - 10) * second / end
    def py(rate):
        return HEIGHT - MARGIN + 10 - (HEIGHT - MARGIN - 10) * rate / top
    parts = [f'<text x="{x0 + WIDTH / 2}" y="16" text-anchor="middle" font-weight="bold">{op}s, req/s each second from the first request</text>',
             f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(end)}" y2="{py(0)}" stroke="black"/>',
             f'<line x1="{px(0)}" y1="{py(0)}" x2="{px(0)}" y2="{py(top)}" stroke="black"/>']
    for tick in range(0, int(end) + 1, 10):
        parts.append(f'<text x="{px(tick)}" y="{py(0) + 14}" text-anchor="middle" font-size="10">{tick}</text>')
    step = max(1, round(top / 5, -2) or top / 5)
    value = 0
    while value <= top:
        parts.append(f'<text x="{px(0) - 4}" y="{py(value) + 3}" text-anchor="end" font-size="10">{value:.0f}</text>')
        parts.append(f'<line x1="{px(0)}" y1="{py(value)}" x2="{px(end)}" y2="{py(value)}" stroke="#eeeeee"/>')
        value += step
    parts.append(f'<text x="{x0 + WIDTH / 2}" y="{HEIGHT - 8}" text-anchor="middle" font-size="11">seconds</text>')
    for number, (label, s) in enumerate(series):
        colour = COLOURS[labels.index(label) % len(COLOURS)]
        points = " ".join(f"{px(sec):.1f},{py(rate):.1f}" for sec, rate in sorted(s.items()))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{points}"/>')
        steady, _, _ = summary(label, op)
        parts.append(f'<text x="{px(end) - 4}" y="{py(0) - 10 - 14 * number}" text-anchor="end" font-size="11" fill="{colour}">'
                     f'{label} (steady {steady:.0f})</text>')
    panels.append("\n".join(parts))
total_width = len(operations) * (WIDTH + 20)
svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{total_width}" height="{HEIGHT}" font-family="sans-serif" font-size="12">\n'
       f'<rect width="100%" height="100%" fill="white"/>\n' + "\n".join(panels) + "\n</svg>\n")
with open(os.path.join(results, "warmup.svg"), "w") as out:
    out.write(svg)

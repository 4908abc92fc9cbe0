#!/usr/bin/env python3
"""Turns bench/work/results.tsv into the Markdown report (medians, ratios, targets, machine).

results.tsv has one line per timed run: scenario, label, N, repetition, seconds, max RSS (KiB), ok|FAILED.
machine.txt has one "key<TAB>value" line per fact; keys failure, note and warning may repeat.
"""
import argparse
import pathlib
import statistics
from collections import defaultdict

NAMES = {
    "empty": "empty Maven run (`validate`)",
    "psql": "psql -f, one txn per migration (floor)",
    "dbmigrate": "dbmigrate:up, txnMode=per-file",
    "dbmigrate-all": "dbmigrate:up, txnMode=all (default)",
    "flyway": "flyway:migrate",
    "liquibase": "liquibase:update",
}
ORDER = list(NAMES)
PEERS = [("dbmigrate", "× dbmigrate"), ("flyway", "× Flyway"), ("liquibase", "× Liquibase")]
DBMIGRATE_VARIANTS = ["dbmigrate", "dbmigrate-all"]
NOOP = {"empty": "empty Maven run (`validate`)", "up": "dbmigrate:up, nothing pending",
        "status": "dbmigrate:status"}


class Figure:
    """All runs of one label at one N."""

    def __init__(self):
        self.seconds, self.rss_kib, self.failed = [], [], 0

    @property
    def ok(self):
        return self.failed == 0 and bool(self.seconds)

    @property
    def median(self):
        return statistics.median(self.seconds) if self.ok else None

    @property
    def peak_mib(self):
        return max(self.rss_kib) / 1024 if self.rss_kib else None


def load(tsv):
    figures = defaultdict(Figure)
    for line in pathlib.Path(tsv).read_text().splitlines():
        scenario, label, n, _rep, secs, rss, status = line.split("\t")
        fig = figures[(scenario, label, int(n))]
        if status == "ok":
            fig.seconds.append(float(secs))
            fig.rss_kib.append(int(rss))
        else:
            fig.failed += 1
    return figures


def fmt(value, digits=2, suffix=""):
    return "–" if value is None else f"{value:.{digits}f}{suffix}"


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def spread(fig):
    return f"{min(fig.seconds):.2f}–{max(fig.seconds):.2f}" if fig.seconds else "–"


def apply_table(figures, sizes):
    out = ["| N | tool | median s | min–max s | × floor | × (floor + empty Maven) | "
           + " | ".join(name for _, name in PEERS) + " | peak RSS MiB |",
           "|---:|---|---:|---:|---:|---:|" + "---:|" * len(PEERS) + "---:|"]
    for n in sizes:
        get = lambda label: figures.get(("apply", label, n))
        med = lambda label: get(label).median if get(label) else None
        floor, empty = med("psql"), med("empty")
        base = None if floor is None or empty is None else floor + empty
        for label in ORDER:
            fig = get(label)
            if fig is None:
                continue
            t = fig.median
            shown = fmt(t) if fig.ok else f"FAILED ({fig.failed} of {fig.failed + len(fig.seconds)})"
            peers = ["—" if label == peer else fmt(ratio(t, med(peer))) for peer, _ in PEERS]
            out.append(f"| {n} | {NAMES[label]} | {shown} | {spread(fig)} | {fmt(ratio(t, floor))} | "
                       f"{fmt(ratio(t, base))} | " + " | ".join(peers) + f" | {fmt(fig.peak_mib, 0)} |")
    return out


def growth_table(figures, small, large):
    out = [f"| tool | N={small} s | N={large} s | growth | growth net of the empty Maven run |",
           "|---|---:|---:|---:|---:|"]
    e_small = figures[("apply", "empty", small)].median
    e_large = figures[("apply", "empty", large)].median
    for label in ORDER:
        if label == "empty" or ("apply", label, small) not in figures:
            continue
        a, b = figures[("apply", label, small)].median, figures[("apply", label, large)].median
        net = None
        if label != "psql" and None not in (a, b, e_small, e_large):
            net = ratio(b - e_large, a - e_small)
        out.append(f"| {NAMES[label]} | {fmt(a)} | {fmt(b)} | {fmt(ratio(b, a))} | "
                   f"{fmt(net) if label != 'psql' else '(no Maven)'} |")
    return out


def noop_table(figures, applied):
    out = ["| run | median s | min–max s | − empty Maven run s | peak RSS MiB |", "|---|---:|---:|---:|---:|"]
    empty = figures.get(("applied", "empty", applied))
    for label, name in NOOP.items():
        fig = figures.get(("applied", label, applied))
        if fig is None:
            continue
        delta = None if not fig.ok or empty is None or not empty.ok else fig.median - empty.median
        out.append(f"| {name} | {fmt(fig.median) if fig.ok else 'FAILED'} | {spread(fig)} | "
                   f"{fmt(delta, suffix='') if label != 'empty' else '—'} | {fmt(fig.peak_mib, 0)} |")
    setup = figures.get(("applied", "setup", applied))
    if setup is not None:
        out.append(f"\nSetup (once, not a target): applying the {applied} migrations with dbmigrate:up "
                   f"txnMode=per-file took {fmt(setup.median) if setup.ok else 'FAILED'} s, "
                   f"peak RSS {fmt(setup.peak_mib, 0)} MiB.")
    return out


def targets(figures, sizes, applied):
    """Rows of (target, measured, limit, PASS/FAIL/n/a)."""
    rows = []
    med = lambda label, n: figures[("apply", label, n)].median if ("apply", label, n) in figures else None
    small, large = sizes[0], sizes[-1]
    verdict = lambda ok: "n/a" if ok is None else ("PASS" if ok else "FAIL")
    for variant in DBMIGRATE_VARIANTS:
        if ("apply", variant, small) not in figures:
            continue
        name = NAMES[variant]
        t = med(variant, small)
        shown = lambda value, n: fmt(value, suffix=" s") if value is not None else (
            "run failed" if ("apply", variant, n) in figures else "–")
        floor, empty, flyway = med("psql", small), med("empty", small), med("flyway", small)
        limit = None if floor is None or empty is None else 1.15 * (floor + empty)
        rows.append((f"{name}, N={small}: ≤ 1.15 × (floor + empty Maven run)", shown(t, small),
                     fmt(limit, suffix=" s"), verdict(None if limit is None else t is not None and t <= limit)))
        limit = None if flyway is None else 0.45 * flyway
        rows.append((f"{name}, N={small}: ≤ 0.45 × Flyway", shown(t, small), fmt(limit, suffix=" s"),
                     verdict(None if limit is None else t is not None and t <= limit)))
        if large != small:
            g = ratio(med(variant, large), t)
            g_floor = ratio(med("psql", large), med("psql", small))
            limit = None if g_floor is None else 1.1 * g_floor
            rows.append((f"{name}: growth N={small}→{large} ≤ 1.1 × floor's growth",
                         fmt(g, suffix="×") if g is not None else "run failed",
                         fmt(limit, suffix="×"), verdict(None if limit is None else g is not None and g <= limit)))
        fig = figures.get(("apply", variant, large))
        peak = fig.peak_mib if fig is not None and fig.ok else None
        rows.append((f"{name}, N={large}: peak RSS of the Maven JVM < 512 MiB",
                     fmt(peak, 0, " MiB") if peak is not None else "run failed", "512 MiB",
                     verdict(None if fig is None else peak is not None and peak < 512)))
    empty = figures.get(("applied", "empty", applied))
    for goal in ("up", "status"):
        fig = figures.get(("applied", goal, applied))
        if fig is None:
            continue
        limit = empty.median + 1.0 if empty is not None and empty.ok else None
        rows.append((f"{NOOP[goal]}, {applied} applied: ≤ empty Maven run + 1.0 s", fmt(fig.median, suffix=" s"),
                     fmt(limit, suffix=" s"),
                     verdict(None if limit is None else fig.median is not None and fig.median <= limit)))
    return rows


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--tsv", required=True)
    p.add_argument("--machine", required=True)
    p.add_argument("--out", required=True, type=pathlib.Path)
    a = p.parse_args()

    figures = load(a.tsv)
    facts = [line.split("\t", 1) for line in pathlib.Path(a.machine).read_text().splitlines() if "\t" in line]
    fact = dict(facts)
    sizes = sorted({n for (scenario, _, n) in figures if scenario == "apply"})
    applied = max((n for (scenario, _, n) in figures if scenario == "applied"), default=None)

    md = [f"# dbmigrate-maven-plugin benchmark, {fact.get('date', '')}", "",
          f"Command: `{fact.get('command', 'bench/run.sh')}`. Every figure is the median of "
          f"{fact.get('repetitions', '?')} run(s), in wall-clock seconds, measured with GNU time around the whole "
          "command (JVM and Maven start included); each run of a tool gets a fresh database, created outside "
          "the timed part. Ratios divide the row's median by the column's median at the same N.", ""]
    if sizes:
        md += ["## Applying N migrations", ""] + apply_table(figures, sizes) + [""]
    if len(sizes) > 1:
        md += [f"## Growth from N={sizes[0]} to N={sizes[-1]}", ""] + growth_table(figures, sizes[0], sizes[-1]) + [""]
    if applied is not None:
        md += [f"## With {applied} versions applied (nothing pending)", ""] + noop_table(figures, applied) + [""]
    if sizes:
        md += ["## Targets (informational)", "", "| target | measured | limit | result |", "|---|---:|---:|---|"]
        md += [f"| {t} | {m} | {lim} | {r} |" for t, m, lim, r in targets(figures, sizes, applied)] + [""]
    problems = [(k, v) for k, v in facts if k in ("failure", "note", "warning")]
    if problems:
        md += ["## Failures and notes", ""] + [f"- {k}: {v}" for k, v in problems] + [""]
    md += ["## Machine and versions", ""]
    md += [f"- {k}: {v}" for k, v in facts if k not in ("date", "command", "repetitions", "failure", "note", "warning")]
    text = "\n".join(md) + "\n"
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()

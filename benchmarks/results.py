"""One measured figure beside its budget and a raw-SQLite baseline; the results table."""

from __future__ import annotations

import math
import os
import platform
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass
class Result:
    """``value`` and ``budget`` in seconds; ``baseline`` (seconds, same statistic) is what
    raw sqlite3 takes for the same data work on the same file, so ``ratio`` says how much
    the application adds on top of the database itself."""

    name: str
    value: float | None
    budget: float | None
    figure: str = ""
    baseline: float | None = None
    baseline_what: str = ""
    note: str = ""
    #: Extra budgets on the same measurement, e.g. p99 beside the median.
    also: tuple[tuple[str, float, float], ...] = ()

    @property
    def measured(self) -> bool:
        return self.value is not None

    @property
    def passed(self) -> bool | None:
        if self.value is None or self.budget is None:
            return None
        return self.value <= self.budget and all(v <= b for _, v, b in self.also)

    @property
    def verdict(self) -> str:
        p = self.passed
        return "—" if p is None else ("PASS" if p else "FAIL")

    @property
    def ratio(self) -> str:
        if self.value is None or not self.baseline:
            return "—"
        return f"{self.value / self.baseline:,.1f}×"


def fmt_seconds(s: float | None) -> str:
    if s is None:
        return "—"
    if s < 1:
        return f"{s * 1000:.2f} ms" if s < 0.1 else f"{s * 1000:.0f} ms"
    return f"{s:.2f} s"


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[k]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def timed(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def machine() -> str:
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return (f"{os.cpu_count()} CPUs (nproc), {platform.machine()}, {platform.system()} "
            f"{platform.release()}; Python {sys.version.split()[0]}; SQLite {sqlite3.sqlite_version}; "
            f"load average {load} (other processes share the machine)")


HEAD = ("Measurement", "Measured", "Budget", "Result", "Raw SQLite baseline", "Ratio")


def rows(results: Sequence[Result]) -> list[tuple[str, ...]]:
    out = []
    for r in results:
        measured = r.figure or fmt_seconds(r.value)
        budget = "—" if r.budget is None else f"<= {fmt_seconds(r.budget)}"
        if r.also:
            budget += "".join(f", {label} <= {fmt_seconds(b)}" for label, _, b in r.also)
        base = "—" if r.baseline is None else f"{fmt_seconds(r.baseline)} ({r.baseline_what})"
        out.append((r.name, measured, budget, r.verdict, base, r.ratio))
    return out


def text_table(results: Sequence[Result]) -> str:
    body = rows(results)
    widths = [max(len(h), *(len(r[i]) for r in body)) for i, h in enumerate(HEAD)]
    line = "  ".join(h.ljust(w) for h, w in zip(HEAD, widths, strict=True))
    out = [line, "-" * len(line)]
    out += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in body]
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(out + (["", *notes] if notes else []))


def markdown(results: Sequence[Result], *, dataset: str, generation: str, total: float) -> str:
    def esc(c: str) -> str:
        return c.replace("|", "\\|")

    out = [
        "# Benchmark results",
        "",
        f"- Date: {datetime.now():%Y-%m-%d %H:%M}",
        f"- Machine: {machine()}",
        f"- Data set: {dataset}",
        f"- Generation: {generation}",
        f"- Whole run: {total:.0f} s",
        "",
        "| " + " | ".join(HEAD) + " |",
        "|" + "---|" * len(HEAD),
    ]
    out += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows(results)]
    notes = [f"- **{r.name}**: {r.note}" for r in results if r.note]
    if notes:
        out += ["", "Notes:", "", *notes]
    return "\n".join(out) + "\n"

"""GUI timings, each in a new Python process, offscreen (``QT_QPA_PLATFORM=offscreen``).

Cold start: from ``Popen`` to the main window painted with the event loop idle, on the
working copy of the data set, through the application's own start-up (cheap integrity
check, migration check, catalogue read, every page built; the daily backup when due runs
in the background after the window is shown). The
first start takes the day's backup and is reported apart; the figure is the median of the
starts after it. The operating system's file cache is warm (the file was just read);
a start after a reboot reads the file from disk and is slower.

Scrolling: the longest ledger view the GUI has (the Stock page's stock card of the busiest
item at all sites, fetched 500 rows at a time as the view asks), scrolled a screen at a
time to the end; the longest frame. Baseline: the same table over an in-memory model.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .context import Bench
from .results import Result, median

STARTS = 3


def _probe(args: list[str], bench: Bench, timeout: float = 300) -> tuple[float, dict[str, Any]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HSP_DESK_DATA_DIR=str(bench.work.parent))
    t_spawn = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "benchmarks.gui_probe", *args], env=env,
                          capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parent.parent)
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"gui probe {args[0]} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}")
    return t_spawn, json.loads(line[len("RESULT "):])


def measure_start(bench: Bench, starts: int = STARTS) -> list[Result]:
    backups = bench.work.parent / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    runs = []
    for _ in range(starts + 1):
        spawn, r = _probe(["start", bench.work_url], bench)
        runs.append((spawn, r))
    shutil.rmtree(backups, ignore_errors=True)
    first_spawn, first = runs[0]
    totals = [r["ready"] - spawn for spawn, r in runs[1:]]
    spawn, mid = sorted(runs[1:], key=lambda sr: sr[1]["ready"] - sr[0])[len(totals) // 2]
    split = (f"interpreter {mid['top'] - spawn:.2f} s, "
             f"imports {mid['imported'] - mid['import_start']:.2f} s, "
             f"open_checked {mid['opened'] - mid['imported']:.2f} s, window built "
             f"{mid['shown'] - mid['opened']:.2f} s, first paint {mid['ready'] - mid['shown']:.2f} s")
    base = []
    for _ in range(starts):
        s, r = _probe(["qt-start"], bench)
        base.append(r["ready"] - s)
    t = median(totals)
    return [Result("Cold start to usable main window", t, 1.5, baseline=median(base),
                   baseline_what="empty PySide6 window", figure=f"{t:.2f} s (median of {starts})",
                   note=f"{split}. First start of the day (takes the daily backup): "
                        f"{first['ready'] - first_spawn:.2f} s, of which open_checked "
                        f"{first['opened'] - first['imported']:.2f} s. Offscreen, warm file cache.")]


def measure_scroll(bench: Bench, item: str) -> list[Result]:
    _, r = _probe(["scroll", bench.work_url, item], bench, timeout=600)
    _, b = _probe(["qt-scroll", str(r["rows_loaded"])], bench, timeout=600)
    total = int(bench.scalar("SELECT count(*) FROM movements") or 0)
    done = "to its last row" if r["complete"] else f"stopped after {r['frames']} frames (time limit)"
    return [Result("Stock card scrolling, longest frame", r["max"], 0.050, baseline=b["max"],
                   baseline_what="same table, in-memory model",
                   figure=f"max {r['max'] * 1000:.0f} ms, p99 {r['p99'] * 1000:.1f} ms, "
                          f"{r['over_50ms']} of {r['frames']} frames > 50 ms",
                   note=f"the GUI has no view over the whole ledger ({total:,} rows); its longest is "
                        f"the stock card of {item} at all sites: {r['rows_loaded']:,} rows scrolled {done}, "
                        f"a screen per frame; {r.get('waits', 0):,} steps waited at the end of the rows "
                        f"loaded for the page being read; opening the card took "
                        f"{r['open_card'] * 1000:.0f} ms. "
                        f"{_cpu(r)} Baseline max frame {b['max'] * 1000:.1f} ms ({b['frames']} frames). "
                        f"{_cpu(b)}")]


def _cpu(r: dict[str, Any]) -> str:
    """How much of the longest frame the program itself was running."""
    if "max_gui_cpu" not in r:
        return ""
    return (f"During the longest frame ({r['max'] * 1000:.0f} ms) the GUI thread ran "
            f"{r['max_gui_cpu'] * 1000:.0f} ms and the whole process {r['max_process_cpu'] * 1000:.0f} ms "
            f"of CPU, and the host took {r.get('max_stolen_ms', 0)} ms from this machine's CPUs "
            f"(steal, in 10 ms ticks; {r.get('stolen_ms', 0):,} ms over the whole scroll); the "
            f"longest garbage collection took {r['gc_max'] * 1000:.0f} ms (generation "
            f"{r['gc_generation']}).{_slow(r)}")


def _slow(r: dict[str, Any]) -> str:
    """The frames over 50 ms, each as it was spent: whether the program was running
    (GUI thread's CPU near the frame's length) or waiting for the machine."""
    slow = r.get("slow_frames") or []
    if not slow:
        return ""
    parts = [f"{wall:.0f} ms (GUI thread {gui:.0f}, process {proc:.0f}, steal {stolen}, "
             f"garbage collection {gcms:.0f}, {rows} rows appended)"
             for wall, gui, proc, stolen, gcms, rows in slow]
    return f" Frames over 50 ms, longest first: {'; '.join(parts)}."

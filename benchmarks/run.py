"""``python -m benchmarks``: the data set (generated once, cached), then every budget of
issue 10, printed as a table and written to benchmarks/results.md."""

from __future__ import annotations

import argparse
import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from . import measure_distribution, measure_gui, measure_reports, measure_stock, measure_verify
from .context import Bench
from .dataset import FULL, TINY, bench_dir, ensure_dataset
from .results import Result, fmt_seconds, markdown, text_table

RESULTS_MD = Path(__file__).resolve().parent / "results.md"
AREAS = ("stock", "distribution", "reports", "verify", "bundle", "start", "scroll")


def parse(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--tiny", action="store_true",
                   help="a tiny data set (2 sites, 10 items, 2,000 movements): checks the suite runs")
    p.add_argument("--only", default=",".join(AREAS),
                   help=f"comma-separated areas to measure (default all: {','.join(AREAS)})")
    p.add_argument("--scans", type=int, default=None, help="timed scans (default 200; tiny 20)")
    p.add_argument("--out", type=Path, default=None,
                   help="where to write the markdown table (default benchmarks/results.md; "
                        "with --tiny nothing unless given)")
    return p.parse_args(argv)


def collect(bench: Bench, only: set[str], *, tiny: bool, scans: int,
            report: Callable[[Result], None]) -> list[Result]:
    steps: list[tuple[str, Callable[[], list[Result]]]] = [
        ("stock", lambda: measure_stock.measure(bench)),
        ("verify", lambda: measure_verify.measure_verify(
            bench, activity=50 if tiny else measure_verify.ACTIVITY)),
        ("reports", lambda: measure_reports.measure(
            bench, dist_rows=200 if tiny else 20_000, xlsx_rows=500 if tiny else 100_000)),
        ("distribution", lambda: measure_distribution.measure(bench, scans=scans)),
        ("bundle", lambda: measure_verify.measure_bundle(bench, n=500 if tiny else 100_000)),
        ("start", lambda: measure_gui.measure_start(bench, starts=1 if tiny else measure_gui.STARTS)),
        ("scroll", lambda: measure_gui.measure_scroll(bench, bench.busiest_item()[0])),
    ]
    results: list[Result] = []
    for area, step in steps:
        if area not in only:
            continue
        if area in ("start", "scroll") and not bench.work.exists():
            measure_distribution.copy_database(bench.data.path, bench.work)
        # What the last step wrote (reports, copies of the 2 GB file) goes to disk before
        # this one is timed: otherwise its commits' fsyncs queue behind that writeback.
        if hasattr(os, "sync"):
            os.sync()
        t0 = time.perf_counter()
        try:
            got = step()
        except Exception as exc:  # one broken measurement must not hide the others
            traceback.print_exc()
            got = [Result(f"{area} (error)", None, None, figure=f"error: {exc!r}"[:200])]
        for r in got:
            report(r)
        print(f"  [{area}: {time.perf_counter() - t0:.1f} s]", flush=True)
        results += got
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    t_start = time.perf_counter()
    folder = bench_dir()
    # Nothing of the user's own data folder is touched (device id, GUI settings, backups).
    os.environ["HSP_DESK_DATA_DIR"] = str(folder / "data")
    (folder / "data").mkdir(parents=True, exist_ok=True)
    scale = TINY if args.tiny else FULL
    print(f"HSP Desk benchmarks: {scale.label()}", flush=True)
    data = ensure_dataset(scale, progress=lambda msg: print("  generating: " + msg, flush=True))
    took = f"generated in {data.seconds:.0f} s" if data.seconds else "generated"
    generation = (f"reused from cache ({took} earlier)" if data.cached else took) + f" ({data.path})"
    counts = ", ".join(f"{k} {v:,}" for k, v in sorted(data.counts.items()))
    print(f"Data set {generation}\n  {counts}", flush=True)
    work = folder / ("work-tiny" if args.tiny else "work") / "work.sqlite3"
    work.parent.mkdir(parents=True, exist_ok=True)
    bench = Bench(data, work, tiny=args.tiny)
    only = {a.strip() for a in args.only.split(",") if a.strip()}
    scans = args.scans or (20 if args.tiny else 200)

    def report(r: Result) -> None:
        print(f"  {r.name}: {r.figure or fmt_seconds(r.value)}  budget "
              f"{'—' if r.budget is None else fmt_seconds(r.budget)}  {r.verdict}  "
              f"baseline {fmt_seconds(r.baseline)}  ratio {r.ratio}", flush=True)

    results = collect(bench, only, tiny=args.tiny, scans=scans, report=report)
    total = time.perf_counter() - t_start
    print()
    print(text_table(results))
    print(f"\nWhole run: {total:.0f} s", flush=True)
    out = args.out or (None if args.tiny else RESULTS_MD)
    if out is not None:
        out.write_text(markdown(results, dataset=f"{scale.label()}; {counts}",
                                generation=generation, total=total), encoding="utf-8")
        print(f"Written to {out}")
    return 0

"""Stock on hand, one site and all sites, through ``services.stock.stock_on_hand`` (what
the Stock page and ``hsp-desk stock`` call). Baseline: the raw ``SUM ... GROUP BY`` over
the balance table."""

from __future__ import annotations

import time

from hsp_desk.services.stock import stock_on_hand

from .context import Bench
from .results import Result, median

REPEAT = 30


def _time(fn, repeat: int = REPEAT) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm: the first read pulls pages from disk once
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return median(out)


def measure(bench: Bench) -> list[Result]:
    db = bench.open()
    site = bench.busiest_hsp()

    def one() -> None:
        with db.session() as s:
            assert stock_on_hand(s, site)

    def every() -> None:
        with db.session() as s:
            assert stock_on_hand(s)

    t_one, t_all = _time(one), _time(every)
    with db.session() as s:
        n_one, n_all = len(stock_on_hand(s, site)), len(stock_on_hand(s))
    conn = bench.raw()
    site_id = conn.execute("SELECT id FROM sites WHERE code = ?", (site,)).fetchone()[0]
    b_one = _time(lambda: conn.execute(
        "SELECT item_id, sum(qty) FROM balances WHERE site_id = ? GROUP BY item_id", (site_id,)).fetchall())
    b_all = _time(lambda: conn.execute(
        "SELECT site_id, item_id, sum(qty) FROM balances GROUP BY site_id, item_id").fetchall())
    conn.close()
    bench.close()
    return [
        Result("Stock on hand, one site", t_one, 0.010, baseline=b_one,
               baseline_what="SUM GROUP BY", figure=f"{t_one * 1000:.1f} ms ({n_one} rows)",
               note=f"{site}; median of {REPEAT}, fresh session each"),
        Result("Stock on hand, all sites", t_all, 0.100, baseline=b_all,
               baseline_what="SUM GROUP BY", figure=f"{t_all * 1000:.1f} ms ({n_all} rows)"),
    ]

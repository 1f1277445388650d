"""Reports through ``services.reporting.produce_report`` (what the Reports page and
``hsp-desk report`` call): query, layout and file written.

- one month's stock report, all sites, PDF;
- a distribution report PDF of about 20,000 rows (the period is chosen backwards from the
  end of the ledger until its "by day, site and item" table has 20,000 rows);
- an XLSX export of 100,000 rows: the stock card of the busiest item, all sites, over the
  period that holds its last 100,000 movements.

Baselines: the raw SQL reading the same figures (aggregates or rows) on the same file.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from hsp_desk.services.reporting import ReportRequest, produce_report

from .context import MANAGER, Bench
from .results import Result, median

REPEAT = 3


def _last_full_month(last: date) -> tuple[date, date]:
    end = last.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


def _period_with_rows(conn: sqlite3.Connection, sql: str, want: int, last: date,
                      params: tuple[object, ...] = ()) -> tuple[date, int]:
    """The first day of the shortest period ending at ``last`` whose per-day row counts
    (``sql`` gives (day, rows) newest first) add up to at least ``want``."""
    total, first = 0, last
    for day, n in conn.execute(sql, params):
        total += int(n)
        first = date.fromisoformat(day)
        if total >= want:
            break
    return first, total


def _produce(bench: Bench, req: ReportRequest, today: date) -> float:
    db = bench.open()
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        with db.session() as s:
            produce_report(s, MANAGER, req, today=today)
        times.append(time.perf_counter() - t0)
    return median(times)


def _raw(conn: sqlite3.Connection, queries: list[tuple[str, tuple[object, ...]]]) -> float:
    times = []
    for _ in range(REPEAT):
        t0 = time.perf_counter()
        for sql, params in queries:
            conn.execute(sql, params).fetchall()
        times.append(time.perf_counter() - t0)
    return median(times)


def measure(bench: Bench, *, dist_rows: int = 20_000, xlsx_rows: int = 100_000) -> list[Result]:
    last = bench.last_day()
    # The last run's reports, kept to be looked at (not one more folder per run).
    out_dir = bench.work.parent / "reports"
    shutil.rmtree(out_dir, ignore_errors=True)
    out_dir.mkdir(parents=True)
    conn = bench.raw()
    results = []

    # One month's stock report, every site, PDF.
    start, end = _last_full_month(last)
    t = _produce(bench, ReportRequest("stock", out_dir / "stock.pdf", (), start, end), last)
    b, e = f"{start.isoformat()} 00:00:00.000000", f"{(end + timedelta(days=1)).isoformat()} 00:00:00.000000"
    base = _raw(conn, [
        ("SELECT m.site_id, m.item_id, m.kind, coalesce(o.reason, m.reason), sum(m.qty) FROM movements m "
         "LEFT JOIN movements o ON o.id = m.reverses WHERE m.occurred_at >= ? AND m.occurred_at < ? "
         "GROUP BY 1, 2, 3, 4", (b, e)),
        ("SELECT site_id, item_id, sum(qty) FROM balances GROUP BY 1, 2", ()),
        ("SELECT site_id, item_id, sum(qty) FROM movements WHERE occurred_at >= ? GROUP BY 1, 2", (e,)),
    ])
    pages = _pages(out_dir / "stock.pdf")
    results.append(Result("Stock report, one month, all sites (PDF)", t, 2.0, baseline=base,
                          baseline_what="same aggregates", figure=f"{t:.2f} s ({pages} pages)",
                          note=f"{start:%B %Y}"))

    # Distribution report PDF of about 20,000 rows.
    first, rows = _period_with_rows(conn, (
        "SELECT substr(occurred_at, 1, 10) AS d, count(DISTINCT site_id || item_id) FROM movements "
        "WHERE kind = 'distribution' GROUP BY d ORDER BY d DESC"), dist_rows, last)
    t = _produce(bench, ReportRequest("distribution", out_dir / "dist.pdf", (), first, last), last)
    b = f"{first.isoformat()} 00:00:00.000000"
    e = f"{(last + timedelta(days=1)).isoformat()} 00:00:00.000000"
    base = _raw(conn, [
        ("SELECT date(occurred_at), site_id, item_id, sum(qty) FROM movements WHERE kind = 'distribution' "
         "AND occurred_at >= ? AND occurred_at < ? GROUP BY 1, 2, 3", (b, e)),
        ("SELECT date(occurred_at), site_id, count(*), count(DISTINCT token_id) FROM distributions "
         "WHERE occurred_at >= ? AND occurred_at < ? GROUP BY 1, 2", (b, e)),
    ])
    pages = _pages(out_dir / "dist.pdf")
    results.append(Result(f"Distribution report, {rows:,} rows (PDF)", t, 3.0, baseline=base,
                          baseline_what="same aggregates", figure=f"{t:.2f} s ({pages} pages)",
                          note=f"{first} to {last}, all sites; rows = its 'by day, site and item' table"))

    # XLSX export of 100,000 rows: the busiest item's stock card, all sites.
    item, _n = bench.busiest_item()
    item_id = conn.execute("SELECT id FROM items WHERE code = ?", (item,)).fetchone()[0]
    first, rows = _period_with_rows(conn, (
        "SELECT substr(occurred_at, 1, 10) AS d, count(*) FROM movements WHERE item_id = ? "
        "GROUP BY d ORDER BY d DESC"), xlsx_rows, last, (item_id,))
    t = _produce(bench, ReportRequest("stock-card", out_dir / "card.xlsx", (), first, last, item), last)
    b = f"{first.isoformat()} 00:00:00.000000"
    base = _raw(conn, [
        ("SELECT m.occurred_at, m.kind, s.code, d.number, l.lot_no, l.expiry, m.qty, m.reason, dn.code, "
         "m.recorded_by, m.reverses, m.id FROM movements m JOIN sites s ON s.id = m.site_id "
         "LEFT JOIN documents d ON d.id = m.document_id LEFT JOIN lots l ON l.id = m.lot_id "
         "LEFT JOIN donors dn ON dn.id = m.donor_id WHERE m.item_id = ? AND m.occurred_at >= ? "
         "AND m.occurred_at < ? ORDER BY m.occurred_at, m.recorded_at, m.id", (item_id, b, e)),
    ])
    size = (out_dir / "card.xlsx").stat().st_size
    results.append(Result(f"XLSX export, {rows:,} rows", t, 3.0, baseline=base,
                          baseline_what="SELECT same rows", figure=f"{t:.2f} s ({size / 1e6:.1f} MB)",
                          note=f"stock card of {item}, all sites, {first} to {last}"))
    conn.close()
    bench.close()
    return results


def _pages(pdf: Path) -> int:
    data = pdf.read_bytes()
    return data.count(b"/Type /Page") - data.count(b"/Type /Pages")

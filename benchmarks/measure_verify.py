"""``hsp-desk verify`` on the whole data set, and the bundle import of 100,000 movements.

verify is measured twice, on a copy of the data set: ``verify --full`` (every row and
audit entry re-read: the first check on a database, or on demand), which leaves a
checkpoint; then 5,000 new movements arrive in a bundle (about nine days of this
branch's activity) and the routine ``hsp-desk verify`` runs, which recomputes every
balance, walks the audit entries written since the checkpoint and a rolling window of
50,000 older ones (with the rows they name), and counts every table.
The budget is the routine check's.

Baseline for verify: the raw ``SUM(qty) GROUP BY site, item, lot`` over the ledger and a
read of the balance table, i.e. the balance check alone done in SQL.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from hsp_desk.domain.ledger import new_id
from hsp_desk.services import verify as verify_service
from hsp_desk.services.context import Actor

from .context import MANAGER, Bench, copy_database
from .results import Result, median

CHECKER = Actor("hsp-desk verify", "BENCH-LAPTOP")
#: New movements between the full check and the routine one.
ACTIVITY = 5_000


def _timed_checks(split: list[tuple[str, float]]) -> list[Callable[..., Any]]:
    def timed(check: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(check)  # the check's name is its progress step
        def run(*args: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return check(*args)
            finally:
                split.append((check.__name__, time.perf_counter() - t0))
        return run
    return [timed(c) for c in verify_service.CHECKS]


def _verify(bench: Bench, url: str, *, full: bool) -> tuple[float, verify_service.VerifyReport, str]:
    split: list[tuple[str, float]] = []
    checks = verify_service.CHECKS
    verify_service.CHECKS = _timed_checks(split)
    try:
        db = bench.open(url)
        t0 = time.perf_counter()
        report = verify_service.run_verify(db, CHECKER, full=full)
        took = time.perf_counter() - t0
    finally:
        verify_service.CHECKS = checks
    return took, report, ", ".join(f"{name} {secs:.2f} s" for name, secs in split)


def measure_verify(bench: Bench, activity: int = ACTIVITY) -> list[Result]:
    path = bench.work.parent / "verify.sqlite3"
    copy_database(bench.data.path, path)
    url = f"sqlite:///{path}"
    try:
        full_t, full, full_split = _verify(bench, url, full=True)
        bench.close()
        data, _pairs = _bundle(bench, activity, path)
        from hsp_desk.services import sync_bundles as sb

        with bench.open(url).session() as s:
            sb.import_bundle(s, MANAGER, data)
        bench.close()
        t, routine, split = _verify(bench, url, full=False)
        bench.close()
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    conn = bench.raw()
    raw = []
    for _ in range(2):
        r0 = time.perf_counter()
        conn.execute("SELECT site_id, item_id, lot_id, sum(qty) FROM movements GROUP BY 1, 2, 3").fetchall()
        conn.execute("SELECT site_id, item_id, lot_key, qty FROM balances").fetchall()
        raw.append(time.perf_counter() - r0)
    conn.close()
    base = median(raw)

    scrub = routine.since.scrub if routine.since is not None else None
    window = (f" plus the rolling window of older entries {scrub[0]:,} to {scrub[1]:,} and the "
              "rows they wrote" if scrub else "")

    def verdict(report: verify_service.VerifyReport) -> str:
        n = len(report.problems)
        return "clean" if not n else f"{n} PROBLEMS, first: {report.problems[0]}"

    return [
        Result("hsp-desk verify (routine)", t, 10.0, baseline=base,
               baseline_what="SUM GROUP BY + balances",
               figure=f"{t:.2f} s ({verdict(routine)})",
               note=(f"after {activity:,} new movements arrived since the last check: "
                     f"{routine.entries_checked:,} new audit entries walked{window}, every "
                     f"balance recomputed, every table counted; {split}")),
        Result("hsp-desk verify --full", full_t, None, baseline=base,
               baseline_what="SUM GROUP BY + balances",
               figure=f"{full_t:.1f} s ({verdict(full)})",
               note=(f"{full.head[0]:,} audit entries and every audited row re-read; {full_split}. "
                     "No budget of its own: the first check on a database, or on demand")),
    ]


def bundle_module() -> str | None:
    """The sync bundle service, once issue 7 has built it."""
    for name in ("hsp_desk.services.sync_bundles", "hsp_desk.services.sync"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def _bundle(bench: Bench, n: int, path: Path | None = None) -> tuple[bytes, list[tuple[str, str]]]:
    """A sealed bundle from another laptop: ``n`` new movements (for each (site, item) in
    turn a receipt of 10 then three hand-outs of 1, as the sync tests do) at the data set's
    HSPs, with a branch key that the working copy gets too."""
    from hsp_desk.domain import bundle_format as bf
    from hsp_desk.domain.ledger import utcnow
    from hsp_desk.services import sync_bundles as sb

    path = path or bench.work
    conn = sqlite3.connect(path)
    pairs = conn.execute(
        "SELECT b.site_id, b.item_id FROM balances b JOIN sites s ON s.id = b.site_id "
        "JOIN items i ON i.id = b.item_id WHERE s.site_type <> 'warehouse' AND i.expiry_tracked = 0 "
        "GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    conn.close()
    db = bench.open(f"sqlite:///{path}")
    with db.session() as s:
        key = sb.create_key(s, MANAGER, "BENCH")
        secret, key_id = key.secret, key.key_id
        # The bundle's frame (every table it may carry), empty: nothing by this device yet.
        rows, versions = sb._collect(s, "LAPTOP-OTHER", 0, 0)
    start = utcnow() - timedelta(days=30)
    moves: dict[str, dict[str, object]] = {}
    for i in range(n):
        site_id, item_id = pairs[(i // 4) % len(pairs)]
        receipt = i % 4 == 0
        at = start + timedelta(seconds=i * 20)
        mid = new_id(at)  # as the other laptop made it, at the time
        moves[mid] = {
            "id": mid, "kind": "receipt" if receipt else "distribution", "site_id": site_id,
            "item_id": item_id, "lot_id": None, "qty": 10 if receipt else -1, "occurred_at": at,
            "recorded_at": at, "recorded_by": "volunteer-b", "device_id": "LAPTOP-OTHER",
            "document_id": None, "donor_id": None, "reason": None, "note": None, "reverses": None,
        }
    rows["movements"] = moves
    versions["movements"] = dict.fromkeys(moves)
    header = bf.BundleHeader("BENCH", "LAPTOP-OTHER", 1, utcnow(), key_id)
    return bf.seal_bundle(header, sb.build_payload(rows, versions, 1), secret), pairs


#: Imports timed, each into a fresh copy of the data set: one import is a single sample of
#: a few seconds, which a slow minute of a shared machine moves by half; the median of
#: three is reported, with every import and baseline in the note.
BUNDLE_ROUNDS = 3


def measure_bundle(bench: Bench, n: int = 100_000, rounds: int = BUNDLE_ROUNDS) -> list[Result]:
    name = bundle_module()
    label = f"Bundle import, {n:,} movements"
    if name is None:
        return [Result(label, None, 3.0, figure="not measured: bundle import not built yet")]
    took: list[float] = []
    base: list[float] = []
    size = 0
    for _ in range(rounds):
        try:
            t, b, size = _bundle_round(bench, n)
        except Exception as exc:  # the sync service is young: say why, never invent a figure
            bench.close()
            return [Result(label, None, 3.0,
                           figure=f"not measured: {type(exc).__name__}: {exc}"[:160])]
        took.append(t)
        base.append(b)
    mid = median(took)
    return [Result(label, mid, 3.0, baseline=median(base),
                   baseline_what="INSERT + UPDATE, one commit, same cache",
                   figure=f"{mid:.2f} s, median of {rounds} ({size / 1e6:.1f} MB bundle)",
                   note=f"{name}.import_bundle into a fresh working copy (1,000,000-movement "
                        "ledger) each time; receipts and hand-outs at the HSPs, one import, all or "
                        "nothing. Imports " + ", ".join(f"{t:.2f}" for t in took) + " s; baselines "
                        + ", ".join(f"{b:.2f}" for b in base) + " s")]


def _bundle_round(bench: Bench, n: int) -> tuple[float, float, int]:
    """One timed import into a fresh copy, then the raw baseline on that copy: (import
    seconds, baseline seconds, bundle bytes)."""
    from hsp_desk.services import sync_bundles as sb

    # A fresh copy: an import into the last run's copy would measure a bigger ledger.
    copy_database(bench.data.path, bench.work)
    data, pairs = _bundle(bench, n)
    if hasattr(os, "sync"):  # the set-up's writes (the last copy deleted, the key) go first
        os.sync()
    db = bench.open(bench.work_url)
    with db.session() as s:
        t0 = time.perf_counter()
        result = sb.import_bundle(s, MANAGER, data)
        took = time.perf_counter() - t0
    if result.status != "imported" or result.new_movements != n:
        raise RuntimeError(f"import gave {result.status}, {result.new_movements} movements")
    bench.close()
    # Baseline: the same movements and their balance changes, raw, in one transaction, with
    # the page cache the import gives itself (sync_bundles.IMPORT_CACHE_KIB): the same work
    # done raw. (With SQLite's default 2 MB cache this baseline was about 1.3x slower.)
    conn = bench.raw(bench.work)
    conn.execute(f"PRAGMA cache_size = {-sb.IMPORT_CACHE_KIB}")
    start = datetime.now() - timedelta(days=30)
    rows = []
    for i in range(n):  # keys and times as the bundle's
        site_id, item_id = pairs[(i // 4) % len(pairs)]
        when = start + timedelta(seconds=i * 20)
        at = when.isoformat(" ", "microseconds")
        rows.append((new_id(when), "receipt" if i % 4 == 0 else "distribution", site_id, item_id,
                     10 if i % 4 == 0 else -1, at, at))
    t0 = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT INTO movements (id, kind, site_id, item_id, qty, occurred_at, recorded_at, "
                     "recorded_by, device_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'raw', 'raw')", rows)
    conn.executemany("UPDATE balances SET qty = qty + ? WHERE site_id = ? AND item_id = ? AND lot_key = ''",
                     [(r[4], r[2], r[3]) for r in rows])
    conn.execute("COMMIT")
    base = time.perf_counter() - t0
    conn.close()
    return took, base, len(data)

"""``hsp-desk verify`` (every check in ``services.verify.CHECKS``) on the whole data set,
and the bundle import of 100,000 movements once sync bundles exist.

Baseline for verify: the raw ``SUM(qty) GROUP BY site, item, lot`` over the ledger and a
read of the balance table, i.e. the balance check alone done in SQL.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import time
import uuid
from datetime import datetime, timedelta

from hsp_desk.services import verify as verify_service

from .context import MANAGER, Bench, copy_database
from .results import Result, median


def measure_verify(bench: Bench) -> list[Result]:
    db = bench.open()
    per_check: list[tuple[str, float, int]] = []
    t0 = time.perf_counter()
    problems = []
    with db.session() as s:
        for check in verify_service.CHECKS:
            c0 = time.perf_counter()
            found = check(s)
            per_check.append((check.__name__, time.perf_counter() - c0, len(found)))
            problems += found
    total = time.perf_counter() - t0
    conn = bench.raw()
    raw = []
    for _ in range(2):
        r0 = time.perf_counter()
        conn.execute("SELECT site_id, item_id, lot_id, sum(qty) FROM movements GROUP BY 1, 2, 3").fetchall()
        conn.execute("SELECT site_id, item_id, lot_key, qty FROM balances").fetchall()
        raw.append(time.perf_counter() - r0)
    audit_rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    conn.close()
    bench.close()
    split = ", ".join(f"{name} {secs:.2f} s" for name, secs, _ in per_check)
    note = f"{audit_rows:,} audit entries; {split}"
    if problems:
        note += f"; {len(problems)} PROBLEMS FOUND, first: {problems[0]}"
    return [Result("hsp-desk verify", total, 10.0, baseline=median(raw),
                   baseline_what="SUM GROUP BY + balances", note=note,
                   figure=f"{total:.2f} s ({'clean' if not problems else f'{len(problems)} problems'})")]


def bundle_module() -> str | None:
    """The sync bundle service, once issue 7 has built it."""
    for name in ("hsp_desk.services.sync_bundles", "hsp_desk.services.sync"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def _bundle(bench: Bench, n: int) -> tuple[bytes, list[tuple[str, str]]]:
    """A sealed bundle from another laptop: ``n`` new movements (for each (site, item) in
    turn a receipt of 10 then three hand-outs of 1, as the sync tests do) at the data set's
    HSPs, with a branch key that the working copy gets too."""
    from hsp_desk.domain import bundle_format as bf
    from hsp_desk.domain.ledger import new_id, utcnow
    from hsp_desk.services import sync_bundles as sb

    conn = sqlite3.connect(bench.work)
    pairs = conn.execute(
        "SELECT b.site_id, b.item_id FROM balances b JOIN sites s ON s.id = b.site_id "
        "JOIN items i ON i.id = b.item_id WHERE s.site_type <> 'warehouse' AND i.expiry_tracked = 0 "
        "GROUP BY 1, 2 ORDER BY 1, 2").fetchall()
    conn.close()
    db = bench.open(bench.work_url)
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
        mid = new_id()
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


def measure_bundle(bench: Bench, n: int = 100_000) -> list[Result]:
    name = bundle_module()
    label = f"Bundle import, {n:,} movements"
    if name is None:
        return [Result(label, None, 3.0, figure="not measured: bundle import not built yet")]
    from hsp_desk.services import sync_bundles as sb

    if not bench.work.exists():
        copy_database(bench.data.path, bench.work)
    try:
        data, pairs = _bundle(bench, n)
        db = bench.open(bench.work_url)
        with db.session() as s:
            t0 = time.perf_counter()
            result = sb.import_bundle(s, MANAGER, data)
            took = time.perf_counter() - t0
        if result.status != "imported" or result.new_movements != n:
            raise RuntimeError(f"import gave {result.status}, {result.new_movements} movements")
    except Exception as exc:  # the sync service is young: say why, never invent a figure
        bench.close()
        return [Result(label, None, 3.0, figure=f"not measured: {type(exc).__name__}: {exc}"[:160])]
    bench.close()
    # Baseline: the same movements and their balance changes, raw, in one transaction.
    conn = bench.raw(bench.work)
    now = datetime.now()
    rows = []
    for i in range(n):
        site_id, item_id = pairs[(i // 4) % len(pairs)]
        at = (now + timedelta(seconds=i)).isoformat(" ", "microseconds")
        rows.append((str(uuid.uuid4()), "receipt" if i % 4 == 0 else "distribution", site_id, item_id,
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
    return [Result(label, took, 3.0, baseline=base, baseline_what="INSERT + UPDATE, one commit",
                   figure=f"{took:.2f} s ({len(data) / 1e6:.1f} MB bundle)",
                   note=f"{name}.import_bundle into the working copy (1,000,000-movement ledger); "
                        "receipts and hand-outs at the HSPs, one import, all or nothing")]

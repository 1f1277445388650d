"""``hsp-desk verify`` (every check in ``services.verify.CHECKS``) on the whole data set,
and the bundle import of 100,000 movements once sync bundles exist.

Baseline for verify: the raw ``SUM(qty) GROUP BY site, item, lot`` over the ledger and a
read of the balance table, i.e. the balance check alone done in SQL.
"""

from __future__ import annotations

import importlib.util
import time

from hsp_desk.services import verify as verify_service

from .context import Bench
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
    for name in ("hsp_desk.services.sync_bundles", "hsp_desk.services.sync", "hsp_desk.services.sync_bundle"):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def measure_bundle(bench: Bench) -> list[Result]:
    name = bundle_module()
    if name is None:
        return [Result("Bundle import, 100,000 movements", None, 3.0,
                       figure="not measured: bundle import not built yet")]
    return [Result("Bundle import, 100,000 movements", None, 3.0,
                   figure=f"not measured: {name} exists but this benchmark does not drive it yet")]

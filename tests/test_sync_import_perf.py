"""Bundle import speed (budget, issue 10: 100,000 movements in at most 3 s).

The suite imports 5,000 movements and checks the result (every balance, and the audit
trail, so that the import's fast digests equal ``audit.row_digest``). The timing is a
measurement: ``HSP_SYNC_PERF_N=100000 pytest tests/test_sync_import_perf.py -s`` prints it
and fails above the budget.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from hsp_desk.domain import bundle_format as bf
from hsp_desk.domain.ledger import new_id, utcnow
from hsp_desk.services import sync_bundles as sb
from hsp_desk.services.context import Actor
from hsp_desk.services.verify import verify
from hsp_desk.store.database import open_database
from hsp_desk.store.models import Balance, Movement

from .factories import seed_world

MEASURE = "HSP_SYNC_PERF_N" in os.environ
N = int(os.environ.get("HSP_SYNC_PERF_N", "5000"))
BUDGET_S = 3.0
BOSS = Actor("boss", "dev-branch")


def _bundle(tmp_path: Path, n: int) -> tuple[bytes, bytes, str, str]:
    """A genuine bundle of ``n`` movements (receipts and distributions at three sites)."""
    src = open_database(f"sqlite:///{tmp_path / 'src.sqlite3'}")
    with src.session() as s:
        world = seed_world(s)
        key = sb.create_key(s, BOSS, "MNE")
        rows, versions = sb._collect(s, BOSS.device, 0, 10**9)
        secret, key_id = key.secret, key.key_id
    src.dispose()
    sites = [world.warehouse.id, world.hsp.id, world.mobile.id]
    items = [world.water.id, world.soap.id, world.toothbrush.id, world.hygiene_kit.id]
    start = utcnow() - timedelta(days=365)
    moves: dict[str, dict[str, object]] = {}
    for i in range(n):
        receipt = (i // 12) % 4 == 0  # one receipt of 10 for three hand-outs of 1, per key
        at = start + timedelta(minutes=i)
        mid = new_id()
        moves[mid] = {
            "id": mid, "kind": "receipt" if receipt else "distribution",
            "site_id": sites[i % 3], "item_id": items[(i % 12) // 3], "lot_id": None,
            "qty": 10 if receipt else -1, "occurred_at": at, "recorded_at": at,
            "recorded_by": "ana", "device_id": "dev-laptop-a", "document_id": None,
            "donor_id": None, "reason": None, "note": None, "reverses": None,
        }
    rows["movements"] = moves
    versions["movements"] = dict.fromkeys(moves)
    header = bf.BundleHeader("MNE", "dev-laptop-a", 1, utcnow(), key_id)
    return bf.seal_bundle(header, sb.build_payload(rows, versions, 1), secret), secret, key_id, "MNE"


def test_import_of_many_movements_within_budget(tmp_path: Path) -> None:
    data, secret, key_id, branch = _bundle(tmp_path, N)
    dst = open_database(f"sqlite:///{tmp_path / 'dst.sqlite3'}")
    with dst.session() as s:
        from hsp_desk.store.models import SyncKey

        s.add(SyncKey(key_id=key_id, branch=branch, secret=secret, created_at=utcnow(), active=True))
        s.commit()
    with dst.session() as s:
        began = time.perf_counter()
        result = sb.import_bundle(s, BOSS, data)
        took = time.perf_counter() - began
    print(f"\nbundle import: {N} movements, {len(data) / 1e6:.1f} MB file, {took:.2f} s")
    assert result.new_movements == N
    with dst.session() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == N
        assert s.scalar(select(func.sum(Balance.qty))) == sum(
            10 if (i // 12) % 4 == 0 else -1 for i in range(N))
        assert verify(s) == []
    dst.dispose()
    assert not MEASURE or took <= BUDGET_S, f"{N} movements took {took:.2f} s (budget {BUDGET_S} s)"

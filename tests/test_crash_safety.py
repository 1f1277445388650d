"""Crash safety: a process recording receipts and distributions is killed (SIGKILL) at
random moments; after each kill the database passes its checks and ``verify``, every
distribution and receipt reported committed is there, and none is half-written."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.tokens import issue_cards
from hsp_desk.services.verify import verify
from hsp_desk.store import backup as backups
from hsp_desk.store.database import open_database
from hsp_desk.store.models import Distribution, DistributionLine, Document, Movement

from .factories import seed_world

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WORKER = r'''
import os, sys
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import distribute
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.store.database import open_database

db = open_database(sys.argv[1])
card = os.environ["CARD"]
actor = Actor("amina", "dev-crash", "coordinator")
n = 0
with db.session() as s:
    print("ready", flush=True)
    while True:
        n += 1
        if n % 3 == 0:
            doc = receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10), ReceiptLine("HYG-SOAP", 4)])
            print("R", doc.id, flush=True)
        else:
            d = distribute(s, actor, "MNE-ROZAJE", card if n % 2 else None,
                           [("WATER-05", 2), ("HYG-SOAP", 1)], head_count=None if n % 2 else 3)
            print("D", d.id, flush=True)
'''

KILLS = 5


def test_sigkill_while_recording_leaves_a_sound_database(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = f"sqlite:///{path}"
    db = open_database(url)
    boss = Actor("amina", "dev-setup", "branch_manager")
    with db.session() as s:
        seed_world(s)
        receive(s, boss, "MNE-ROZAJE", [ReceiptLine("WATER-05", 100_000), ReceiptLine("HYG-SOAP", 50_000)])
        (card,) = issue_cards(s, boss, "MNE-ROZAJE", 1)
    db.dispose()

    rnd = random.Random(2024)
    committed: dict[str, set[str]] = {"R": set(), "D": set()}
    started = time.monotonic()
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, url], stdout=subprocess.PIPE, text=True,
            env={**os.environ, "CARD": card.payload},
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rnd.uniform(0.2, 1.0))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        lines = [ln.split() for ln in out.splitlines() if ln.strip()]
        for kind, ident in lines[:-1]:  # the last line may be cut by the kill
            committed[kind].add(ident)
        if lines and len(lines[-1]) == 2 and len(lines[-1][1]) == 36:
            committed[lines[-1][0]].add(lines[-1][1])

        assert backups.check_database(path) is None
        db = open_database(url)
        with db.session() as s:
            assert [str(p) for p in verify(s)] == []
            dists = set(s.scalars(sa.select(Distribution.id)))
            docs = set(s.scalars(sa.select(Document.id).where(Document.kind == "grn")))
            assert committed["D"] <= dists
            assert committed["R"] <= docs
            # nothing half-written: every distribution has both its lines and movements,
            # every goods received note both its movements
            per_dist = dict(s.execute(
                sa.select(DistributionLine.distribution_id, sa.func.count())
                .group_by(DistributionLine.distribution_id)).all())
            assert all(per_dist.get(d) == 2 for d in dists)
            per_doc = dict(s.execute(
                sa.select(Movement.document_id, sa.func.count()).where(Movement.document_id.in_(docs))
                .group_by(Movement.document_id)).all())
            assert all(per_doc.get(d) == 2 for d in docs)
        db.dispose()
    print(f"{KILLS} kills; {len(committed['D'])} distributions and {len(committed['R'])} receipts "
          "reported committed, all found whole")
    assert len(committed["D"]) > 20 and len(committed["R"]) > 10, committed
    assert time.monotonic() - started < 60


"""Shared mode: several laptops of a branch work on one PostgreSQL server at once.

Four clients (threads, each with its own engine and sessions, as four laptops would have)
hammer one HSP with receipts, hand-outs and dispatches of the same item. At the end no
balance is negative, every balance equals the sum of its movements and the audit trail is
whole (verify), and no update was lost: what the clients were told succeeded is exactly
what the ledger holds.

The same card scanned on two laptops at once is tested in
tests/test_distribution_concurrency_pg.py (one ration, not two); the last unit raced for
in tests/test_concurrency_pg.py.
"""

from __future__ import annotations

import random
import threading
from collections import Counter

import pytest
from sqlalchemy import func, select

from hsp_desk.domain.errors import ConcurrentChange, InsufficientStock
from hsp_desk.services import distribution as ds
from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import TransferLine, dispatch
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand
from hsp_desk.store.database import open_database
from hsp_desk.store.models import Balance, Distribution, Document, Movement

from .conftest import new_pg_database
from .factories import seed_world

CLIENTS = 4
OPS = 30


@pytest.mark.postgres
def test_four_laptops_on_one_server_lose_nothing(pg_server) -> None:  # type: ignore[no-untyped-def]
    url = new_pg_database(pg_server)
    setup = open_database(url)
    with setup.session() as s:
        world = seed_world(s)
        receive(s, Actor("boss", "dev-boss"), "MNE-ROZAJE", [ReceiptLine("WATER-05", 20)])
    site_id, item_id, mobile_id = world.hsp.id, world.water.id, world.mobile.id

    told: Counter[str] = Counter()  # what the clients were told was recorded
    qty: Counter[str] = Counter()
    lock = threading.Lock()
    errors: list[BaseException] = []
    barrier = threading.Barrier(CLIENTS)

    def laptop(n: int) -> None:
        db = open_database(url, upgrade=False)  # its own engine and connection pool
        actor = Actor(f"user-{n}", f"dev-laptop-{n}", role="logistics_officer")
        rnd = random.Random(n)
        barrier.wait()
        try:
            for _ in range(OPS):
                op, amount = rnd.choice(["receive", "distribute", "distribute", "dispatch"]), \
                    rnd.randint(1, 4)
                with db.session() as s:
                    try:
                        if op == "receive":
                            receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", amount)])
                        elif op == "distribute":
                            ds.distribute(s, actor, "MNE-ROZAJE", None, [("WATER-05", amount)],
                                          head_count=amount)
                        else:
                            dispatch(s, actor, "MNE-ROZAJE", "MNE-MOBILE",
                                     [TransferLine("WATER-05", amount)])
                    except (InsufficientStock, ConcurrentChange):
                        with lock:
                            told[f"{op} refused"] += 1
                        continue
                with lock:
                    told[op] += 1
                    qty[op] += amount
        except BaseException as exc:  # reported below; a thread's exception is otherwise lost
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=laptop, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert not errors, errors
    assert sum(told.values()) == CLIENTS * OPS
    assert told["distribute"] > 0 and told["dispatch"] > 0 and told["receive"] > 0

    with setup.session() as s:
        assert s.scalar(select(func.min(Balance.qty))) >= 0
        # No lost update: every success is in the ledger, nothing else is.
        assert s.scalar(select(func.count()).select_from(Distribution)) == told["distribute"]
        assert s.scalar(select(func.count()).select_from(Document)
                        .where(Document.kind == "waybill")) == told["dispatch"]
        assert s.scalar(select(func.count()).select_from(Document)
                        .where(Document.kind == "grn")) == told["receive"] + 1
        expected = 20 + qty["receive"] - qty["distribute"] - qty["dispatch"]
        assert on_hand(s, site_id, item_id) == expected
        assert s.scalar(select(func.sum(Movement.qty)).where(
            Movement.site_id == site_id, Movement.item_id == item_id)) == expected
        assert on_hand(s, mobile_id, item_id) == 0  # dispatched, still in transit
        assert verify(s) == []
    setup.dispose()

"""Two laptops on one PostgreSQL database issue the last unit at the same moment."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import InsufficientStock
from hsp_desk.services import ledger
from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transaction import committing
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand
from hsp_desk.store.database import open_database
from hsp_desk.store.models import Movement

from .conftest import new_pg_database
from .factories import seed_world

ROUNDS = 10


@committing
def _hand_out(session, actor, site_id, item_id, qty):  # type: ignore[no-untyped-def]
    return ledger.post(session, actor, ledger.issue_drafts(
        session, MovementKind.DISTRIBUTION, site_id, item_id, qty))


def _stock_lines(with_lots: bool, round_no: int) -> list[ReceiptLine]:
    if with_lots:  # two lots of one unit: both laptops pick the same first lot
        return [ReceiptLine("BABY-CEREAL", 1, f"A{round_no}", date(2027, 1, 1)),
                ReceiptLine("BABY-CEREAL", 1, f"B{round_no}", date(2027, 2, 1))]
    return [ReceiptLine("WATER-05", 1)]


@pytest.mark.postgres
@pytest.mark.parametrize("with_lots", [False, True], ids=["no-lots", "fefo-lots"])
def test_last_unit_race_has_exactly_one_winner(pg_server, with_lots) -> None:  # type: ignore[no-untyped-def]
    db = open_database(new_pg_database(pg_server))
    boss = Actor("amina", "dev-a")
    with db.session() as s:
        world = seed_world(s)
    item = world.baby_food if with_lots else world.water
    qty = 2 if with_lots else 1
    site_id, item_id = world.hsp.id, item.id

    for round_no in range(ROUNDS):
        with db.session() as s:
            receive(s, boss, "MNE-ROZAJE", _stock_lines(with_lots, round_no))
        barrier = threading.Barrier(2)
        results: list[str] = []

        def laptop(name: str, barrier: threading.Barrier = barrier, results: list[str] = results) -> None:
            with db.session() as s:
                barrier.wait()
                try:
                    _hand_out(s, Actor(name, name), site_id, item_id, qty)
                    results.append("ok")
                except InsufficientStock:
                    results.append("refused")

        threads = [threading.Thread(target=laptop, args=(f"laptop-{i}",)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(results) == ["ok", "refused"], f"round {round_no}: {results}"
        with db.session() as s:
            assert on_hand(s, site_id, item_id) == 0

    with db.session() as s:
        issued = s.scalar(select(func.sum(Movement.qty)).where(Movement.kind == "distribution"))
        assert issued == -ROUNDS * qty
        assert verify(s) == []
    db.dispose()

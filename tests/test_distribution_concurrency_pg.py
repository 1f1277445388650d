"""One card scanned on two laptops at the same moment, on one PostgreSQL database: the
household gets one ration, not two."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from hsp_desk.services import distribution as ds
from hsp_desk.services import tokens as ts
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import EntitlementRefused
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.verify import verify
from hsp_desk.store.database import open_database
from hsp_desk.store.models import Distribution

from .conftest import new_pg_database
from .factories import seed_world

ROUNDS = 8


@pytest.mark.postgres
def test_same_card_on_two_laptops_gets_one_ration(pg_server) -> None:  # type: ignore[no-untyped-def]
    db = open_database(new_pg_database(pg_server))
    boss = Actor("amina", "dev-a")
    with db.session() as s:
        seed_world(s)
        receive(s, boss, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 100)])
        ds.set_rule(s, boss, "HYG-KIT", 1, 14)
        cards = ts.issue_cards(s, boss, "MNE-ROZAJE", ROUNDS)

    for round_no, card in enumerate(cards):
        barrier = threading.Barrier(2)
        results: list[str] = []

        def laptop(name: str, text: str, barrier: threading.Barrier = barrier,
                   results: list[str] = results) -> None:
            with db.session() as s:
                barrier.wait()
                try:
                    ds.distribute(s, Actor(name, name, role="volunteer"), "MNE-ROZAJE", text,
                                  [("HYG-KIT", 1)])
                    results.append("given")
                except EntitlementRefused:
                    results.append("refused")

        # one laptop scans the QR code, the other types the code
        threads = [threading.Thread(target=laptop, args=("laptop-1", card.payload)),
                   threading.Thread(target=laptop, args=("laptop-2", card.typed_code))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(results) == ["given", "refused"], f"round {round_no}: {results}"

    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Distribution)) == ROUNDS
        assert verify(s) == []
    db.dispose()

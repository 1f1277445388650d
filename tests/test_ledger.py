"""The stock ledger on both backends: receipts, issues, FEFO, reversal, immutability."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlalchemy import func, select

from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import AlreadyReversed, InsufficientStock, InvalidInput
from hsp_desk.services import adjustments, kits, ledger
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand
from hsp_desk.store.models import Balance, Movement


def distribute(session, actor, site, item, qty):  # type: ignore[no-untyped-def]
    drafts = ledger.issue_drafts(session, MovementKind.DISTRIBUTION, site.id, item.id, qty)
    rows = ledger.post(session, actor, drafts)
    session.commit()
    return rows


def test_receipt_creates_grn_movements_and_balance(session, world, actor) -> None:
    doc = receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 240)],
                  donor_code="IFRC-GRBMP", supplier="Regional logistics unit")
    assert doc.number == f"GRN-MNE-ROZAJE-{doc.occurred_at.year}-0001"
    (m,) = session.scalars(select(Movement).where(Movement.document_id == doc.id)).all()
    assert (m.kind, m.qty, m.recorded_by, m.device_id) == ("receipt", 240, "amina", "dev-test")
    assert m.donor_id is not None
    assert on_hand(session, world.hsp.id, world.water.id) == 240
    assert verify(session) == []


def test_barcode_finds_the_item(session, world, actor) -> None:
    receive(session, actor, "mne-rozaje", [ReceiptLine("3800000000050", 12)])
    assert on_hand(session, world.hsp.id, world.water.id) == 12


def test_distribution_beyond_stock_is_refused_and_writes_nothing(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 5)])
    before = session.scalar(select(func.count()).select_from(Movement))
    with pytest.raises(InsufficientStock) as err:
        distribute(session, actor, world.hsp, world.water, 6)
    session.rollback()
    assert "6 bottle asked for, 5 bottle on hand" in str(err.value)
    assert "Nothing was recorded" in str(err.value)
    assert session.scalar(select(func.count()).select_from(Movement)) == before
    assert on_hand(session, world.hsp.id, world.water.id) == 5


def test_fefo_issues_the_soonest_expiry_first(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [
        ReceiptLine("BABY-CEREAL", 10, "LATE", date(2027, 6, 1)),
        ReceiptLine("BABY-CEREAL", 10, "EARLY", date(2027, 1, 1)),
    ])
    rows = distribute(session, actor, world.hsp, world.baby_food, 14)
    issued = {session.get(Movement, r.id).lot_id: r.qty for r in rows}
    lots = {lot_id: lot_no for lot_id, lot_no in session.execute(
        sa.text("SELECT id, lot_no FROM lots"))}
    assert {lots[k]: v for k, v in issued.items()} == {"EARLY": -10, "LATE": -4}
    (row,) = stock_on_hand(session, "MNE-ROZAJE")
    assert row.qty == 6 and row.nearest_expiry == date(2027, 6, 1)


def test_expiry_tracked_item_needs_an_expiry_date(session, world, actor) -> None:
    with pytest.raises(InvalidInput, match="expiry date"):
        receive(session, actor, "MNE-ROZAJE", [ReceiptLine("BABY-CEREAL", 10)])
    assert session.scalar(select(func.count()).select_from(Movement)) == 0


def test_reversal_voids_once_and_keeps_history(session, world, actor) -> None:
    doc = receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 30)])
    original = session.scalar(select(Movement).where(Movement.document_id == doc.id))
    rev = ledger.reverse(session, actor, original.id, "typed 30 instead of 3")
    assert rev.qty == -30 and rev.reverses == original.id
    assert on_hand(session, world.hsp.id, world.water.id) == 0
    assert session.scalar(select(func.count()).select_from(Movement)) == 2
    with pytest.raises(AlreadyReversed):
        ledger.reverse(session, actor, original.id, "again")
    with pytest.raises(InvalidInput, match="itself a reversal"):
        ledger.reverse(session, actor, rev.id, "undo the undo")
    assert verify(session) == []


def test_reversing_a_receipt_already_used_is_refused(session, world, actor) -> None:
    doc = receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    distribute(session, actor, world.hsp, world.water, 8)
    original = session.scalar(select(Movement).where(Movement.document_id == doc.id))
    with pytest.raises(InsufficientStock):
        ledger.reverse(session, actor, original.id, "wrong site")
    assert on_hand(session, world.hsp.id, world.water.id) == 2


def test_movements_cannot_be_updated_or_deleted(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    with pytest.raises(sa.exc.DBAPIError, match="immutable"):
        session.execute(sa.text("UPDATE movements SET qty = 11"))
    session.rollback()
    with pytest.raises(sa.exc.DBAPIError, match="immutable"):
        session.execute(sa.text("DELETE FROM movements"))
    session.rollback()
    assert session.scalar(select(func.sum(Movement.qty))) == 10


def test_balance_cannot_go_negative_even_by_sql(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 1)])
    with pytest.raises(sa.exc.IntegrityError):
        session.execute(sa.text("UPDATE balances SET qty = -1"))
    session.rollback()


def test_adjustment_needs_a_fitting_reason(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 50)])
    with pytest.raises(InvalidInput, match="needs a reason"):
        adjustments.adjust(session, actor, "MNE-ROZAJE", "WATER-05", -3, "")
    with pytest.raises(InvalidInput, match="cannot be added"):
        adjustments.adjust(session, actor, "MNE-ROZAJE", "WATER-05", 3, "damaged")
    with pytest.raises(InvalidInput, match="not an adjustment reason"):
        adjustments.adjust(session, actor, "MNE-ROZAJE", "WATER-05", -3, "eaten")
    rows = adjustments.adjust(session, actor, "MNE-ROZAJE", "WATER-05", -3, "damaged",
                              note="crushed pallet")
    assert [(r.kind, r.qty, r.reason) for r in rows] == [("adjustment", -3, "damaged")]
    adjustments.adjust(session, actor, "MNE-ROZAJE", "WATER-05", 2, "found")
    assert on_hand(session, world.hsp.id, world.water.id) == 49
    with pytest.raises(InsufficientStock):
        adjustments.adjust(session, actor, "MNE-ROZAJE", "WATER-05", -50, "stolen")


def test_kit_assembly_consumes_components(session, world, actor) -> None:
    receive(session, actor, "MNE-WH", [ReceiptLine("HYG-SOAP", 20), ReceiptLine("HYG-TBRUSH", 7)])
    kits.assemble(session, actor, "MNE-WH", "HYG-KIT", 7)
    assert on_hand(session, world.warehouse.id, world.hygiene_kit.id) == 7
    assert on_hand(session, world.warehouse.id, world.soap.id) == 6
    assert on_hand(session, world.warehouse.id, world.toothbrush.id) == 0
    with pytest.raises(InsufficientStock, match="Toothbrush"):
        kits.assemble(session, actor, "MNE-WH", "HYG-KIT", 1)
    kits.disassemble(session, actor, "MNE-WH", "HYG-KIT", 2)
    assert on_hand(session, world.warehouse.id, world.soap.id) == 10
    assert on_hand(session, world.warehouse.id, world.hygiene_kit.id) == 5
    with pytest.raises(InvalidInput, match="not a kit"):
        kits.assemble(session, actor, "MNE-WH", "HYG-SOAP", 1)
    assert verify(session) == []


def test_verify_reports_a_tampered_balance(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    session.execute(sa.update(Balance).values(qty=7))
    session.commit()
    (problem,) = verify(session)
    assert "MNE-ROZAJE / WATER-05" in str(problem)
    assert "balance shows 7 but the movements add up to 10" in str(problem)

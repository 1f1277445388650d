"""Mobile HSP cycle on both backends: load sheet, distributions on the road, return count,
reconciliation, transfer back."""

from __future__ import annotations

import pytest

from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import InvalidInput
from hsp_desk.reports.mobile_cycle import load_sheet_pdf, reconciliation_pdf, reconciliation_xlsx
from hsp_desk.services import ledger, mobile_cycle
from hsp_desk.services.context import Actor
from hsp_desk.services.counts import CountEntry, ReasonEntry
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import TransferLine
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand

COORD = Actor("sara", "dev-test", "coordinator")


def distribute(session, actor, site, item, qty):  # type: ignore[no-untyped-def]
    drafts = ledger.issue_drafts(session, MovementKind.DISTRIBUTION, site.id, item.id, qty)
    ledger.post(session, actor, drafts)
    session.commit()


def test_trip_load_distribute_return_reconcile(session, world, actor, tmp_path) -> None:
    receive(session, actor, "MNE-WH", [ReceiptLine("WATER-05", 1000), ReceiptLine("HYG-SOAP", 200),
                                       ReceiptLine("HYG-KIT", 50)])
    trip = mobile_cycle.load_vehicle(session, actor, "MNE-WH", "MNE-MOBILE", [
        TransferLine("WATER-05", 300), TransferLine("HYG-SOAP", 60), TransferLine("HYG-KIT", 20)])
    assert trip.number.startswith("MOB-MNE-MOBILE-") and trip.status == "on_road"
    assert on_hand(session, world.mobile.id, world.water.id) == 300
    assert on_hand(session, world.warehouse.id, world.water.id) == 700
    load_sheet_pdf(mobile_cycle.reconciliation(session, trip.number), tmp_path / "load.pdf", "amina")
    with pytest.raises(InvalidInput, match="still on the road"):
        mobile_cycle.load_vehicle(session, actor, "MNE-WH", "MNE-MOBILE", [TransferLine("WATER-05", 1)])
    with pytest.raises(InvalidInput, match="not a mobile"):
        mobile_cycle.load_vehicle(session, actor, "MNE-WH", "MNE-ROZAJE", [TransferLine("WATER-05", 1)])

    # on the road
    distribute(session, COORD, world.mobile, world.water, 180)
    distribute(session, COORD, world.mobile, world.water, 40)
    distribute(session, COORD, world.mobile, world.hygiene_kit, 20)
    distribute(session, COORD, world.mobile, world.soap, 10)
    before = mobile_cycle.reconciliation(session, trip.number)
    water = next(x for x in before.lines if x.item_code == "WATER-05")
    assert (water.loaded, water.distributed, water.returned, water.unaccounted) == (300, 220, None, None)

    # back: 78 bottles (2 missing), 50 soap, 0 kits; soap is counted short without a reason
    back = [CountEntry("WATER-05", 78), CountEntry("HYG-SOAP", 48), CountEntry("HYG-KIT", 0)]
    with pytest.raises(NotAllowed, match="transfer"):  # a coordinator cannot send goods back
        mobile_cycle.record_return(session, COORD, trip.number, back)
    with pytest.raises(InvalidInput, match=r"HYG-SOAP.*has no reason"):
        mobile_cycle.record_return(session, actor, trip.number, back,
                                   reasons=[ReasonEntry("WATER-05", "damaged")])
    with pytest.raises(InvalidInput, match="HYG-KIT not counted"):
        mobile_cycle.record_return(session, actor, trip.number, back[:2])
    assert on_hand(session, world.mobile.id, world.water.id) == 80  # the refusals wrote nothing
    mobile_cycle.record_return(session, actor, trip.number, back, reasons=[
        ReasonEntry("WATER-05", "damaged", note="burst in the heat"),
        ReasonEntry("HYG-SOAP", "lost")])

    r = mobile_cycle.reconciliation(session, trip.number)
    assert r.status == "returned" and r.return_count and r.return_waybill
    got = {x.item_code: (x.loaded, x.distributed, x.returned, x.unaccounted, x.transferred_back)
           for x in r.lines}
    assert got == {"WATER-05": (300, 220, 78, 2, 78), "HYG-SOAP": (60, 10, 48, 2, 48),
                   "HYG-KIT": (20, 20, 0, 0, 0)}
    # the vehicle is empty, the warehouse has the rest back, the ledger adds up
    assert on_hand(session, world.mobile.id, world.water.id) == 0
    assert on_hand(session, world.warehouse.id, world.water.id) == 778
    assert verify(session) == []
    with pytest.raises(InvalidInput, match="returned already"):
        mobile_cycle.record_return(session, actor, trip.number, back)
    reconciliation_pdf(r, tmp_path / "trip.pdf", "sara")
    reconciliation_xlsx(r, tmp_path / "trip.xlsx", "sara")

    import pdfplumber

    with pdfplumber.open(tmp_path / "trip.pdf") as pdf:
        text = pdf.pages[0].extract_text()
    assert "Unaccounted" in text and r.number in text


def test_leftovers_on_board_count_as_opening(session, world, actor) -> None:
    receive(session, actor, "MNE-MOBILE", [ReceiptLine("WATER-05", 12)])  # left from an old trip
    receive(session, actor, "MNE-WH", [ReceiptLine("WATER-05", 100)])
    trip = mobile_cycle.load_vehicle(session, actor, "MNE-WH", "MNE-MOBILE", [TransferLine("WATER-05", 50)])
    distribute(session, COORD, world.mobile, world.water, 30)
    mobile_cycle.record_return(session, COORD, trip.number, [CountEntry("WATER-05", 32)], transfer_back=False)
    (line,) = mobile_cycle.reconciliation(session, trip.number).lines
    got = (line.opening, line.loaded, line.distributed, line.returned, line.unaccounted)
    assert got == (12, 50, 30, 32, 0)
    assert on_hand(session, world.mobile.id, world.water.id) == 32

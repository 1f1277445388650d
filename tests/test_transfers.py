"""Transfers: dispatch, in transit, receipt with a transit loss."""

from __future__ import annotations

import pytest

from hsp_desk.domain.errors import InsufficientStock, InvalidInput, NotFound
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import (
    TransferLine,
    dispatch,
    in_transit,
    receive_transfer,
    waybill_lines,
)
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand


def test_transfer_with_transit_loss(session, world, actor) -> None:
    receive(session, actor, "MNE-WH", [ReceiptLine("WATER-05", 500), ReceiptLine("HYG-SOAP", 40)])
    wb = dispatch(session, actor, "MNE-WH", "MNE-ROZAJE",
                  [TransferLine("WATER-05", 240), TransferLine("HYG-SOAP", 40)])
    assert wb.status == "in_transit" and wb.number.startswith("WB-MNE-WH-")
    assert on_hand(session, world.warehouse.id, world.water.id) == 260
    assert on_hand(session, world.hsp.id, world.water.id) == 0
    assert [d.number for d in in_transit(session, "MNE-ROZAJE")] == [wb.number]

    receive_transfer(session, actor, wb.number, {"WATER-05": 236})
    assert on_hand(session, world.hsp.id, world.water.id) == 236
    assert on_hand(session, world.hsp.id, world.soap.id) == 40
    lines = {line.item_code: (line.sent, line.received, line.lost)
             for line in waybill_lines(session, wb.number)}
    assert lines == {"WATER-05": (240, 236, 4), "HYG-SOAP": (40, 40, 0)}
    assert in_transit(session) == []
    assert verify(session) == []


def test_transfer_refusals(session, world, actor) -> None:
    receive(session, actor, "MNE-WH", [ReceiptLine("WATER-05", 10)])
    with pytest.raises(InsufficientStock):
        dispatch(session, actor, "MNE-WH", "MNE-ROZAJE", [TransferLine("WATER-05", 11)])
    with pytest.raises(InvalidInput, match="another site"):
        dispatch(session, actor, "MNE-WH", "MNE-WH", [TransferLine("WATER-05", 1)])
    with pytest.raises(NotFound, match="no site"):
        dispatch(session, actor, "MNE-WH", "NOWHERE", [TransferLine("WATER-05", 1)])
    wb = dispatch(session, actor, "MNE-WH", "MNE-ROZAJE", [TransferLine("WATER-05", 10)])
    with pytest.raises(InvalidInput, match="10 were sent"):
        receive_transfer(session, actor, wb.number, {"WATER-05": 11})
    with pytest.raises(InvalidInput, match="not on waybill"):
        receive_transfer(session, actor, wb.number, {"HYG-SOAP": 1})
    receive_transfer(session, actor, wb.number)
    with pytest.raises(InvalidInput, match="received only once"):
        receive_transfer(session, actor, wb.number)
    assert on_hand(session, world.hsp.id, world.water.id) == 10

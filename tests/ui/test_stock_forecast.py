"""Stock page: days of stock left at the use of the last 28 days, items that run out
within 7 days marked and kept by the "only problems" filter."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import TransferLine, dispatch
from hsp_desk.ui.stock_model import COL_DAYS_LEFT, COL_STATUS, RUNS_OUT_BG, SortRole

from .conftest import idle


def test_days_left_and_running_out_soon(qtbot, make_window, seeded, sqlite_db, actor) -> None:  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 100), ReceiptLine("HYG-SOAP", 50),
                                         ReceiptLine("HYG-TBRUSH", 10)])
        # 90 bottles sent on in the window: 90/28 a day, 10 left -> 3 days.
        dispatch(s, actor, "MNE-ROZAJE", "MNE-WH",
                 [TransferLine("WATER-05", 90), TransferLine("HYG-SOAP", 2)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("stock")
    idle(qtbot, win)
    by_code = {page.model.row_at(i).item_code: i for i in range(page.model.rowCount())}
    water = page.model.index(by_code["WATER-05"], COL_DAYS_LEFT)
    soap = page.model.index(by_code["HYG-SOAP"], COL_DAYS_LEFT)
    brush = page.model.index(by_code["HYG-TBRUSH"], COL_DAYS_LEFT)
    assert page.model.headerData(COL_DAYS_LEFT, Qt.Orientation.Horizontal) == "Days left"
    assert water.data() == "3"
    assert soap.data() == "672"  # 48 left at 2 per 28 days
    assert brush.data() == ""  # not used lately: no stock-out foreseen
    assert brush.data(SortRole) == float("inf")
    assert water.data(Qt.ItemDataRole.BackgroundRole).color() == RUNS_OUT_BG
    assert water.data(Qt.ItemDataRole.FontRole).bold()
    assert soap.data(Qt.ItemDataRole.BackgroundRole) is None
    status = page.model.index(by_code["WATER-05"], COL_STATUS).data()
    assert status == "Runs out in 3 days"

    page.problems_only.setChecked(True)
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 1).data() == "WATER-05"

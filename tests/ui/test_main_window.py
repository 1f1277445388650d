"""The main window shows the stock on hand of the chosen site (pytest-qt, offscreen)."""

from __future__ import annotations

from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.ui.main_window import MainWindow
from tests.factories import seed_world


def test_stock_of_the_current_site(qtbot, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        seed_world(s)
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 240)])
        receive(s, actor, "MNE-WH", [ReceiptLine("HYG-SOAP", 50)])
    win = MainWindow(sqlite_db, actor)
    qtbot.addWidget(win)
    assert win.model.rowCount() == 2
    assert "amina" in win.user_label.text()
    win.site_box.setCurrentIndex(win.site_box.findData("MNE-ROZAJE"))
    assert win.model.rowCount() == 1
    row = win.model.row_at(0)
    assert (row.item_code, row.qty) == ("WATER-05", 240)
    win.site_box.setCurrentIndex(0)
    qtbot.keyClicks(win.filter_edit, "soap")
    assert win.proxy.rowCount() == 1

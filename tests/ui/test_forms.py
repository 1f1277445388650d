"""Receive, transfer, adjust and kits pages, driven with the keyboard and the mouse."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox

from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.services.transfers import waybill_lines

from .conftest import idle


def _on_hand(db, site: str) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return {r.item_code: r.qty for r in stock_on_hand(s, site)}


def _error_box(qtbot, page) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorBox") is not None)
    return page.findChild(QMessageBox, "errorBox")


def test_a_receipt_from_the_keyboard(qtbot, make_window, seeded, sqlite_db) -> None:
    win = make_window("MNE-ROZAJE")
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = win.current_page
    assert page.key == "receive"
    page.donor.setCurrentIndex(page.donor.findData("IFRC-GRBMP"))
    qtbot.keyClicks(page.supplier, "Regional logistics unit")
    lines = page.lines
    # First line: a scanned barcode, then the quantity and Enter.
    qtbot.keyClicks(lines.item.lineEdit(), "3800000000050")
    lines.qty.setFocus()
    lines.qty.selectAll()
    qtbot.keyClicks(lines.qty, "120")
    qtbot.keyClick(lines.qty, Qt.Key.Key_Return)
    # Second line: an expiry-tracked item with lot and date.
    qtbot.keyClicks(lines.item.lineEdit(), "BABY-CEREAL")
    assert lines.expiry.isEnabled()
    lines.qty.selectAll()
    qtbot.keyClicks(lines.qty, "24")
    qtbot.keyClicks(lines.lot, "LOT-7")
    lines.expiry.setDate(QDate(2027, 3, 31))
    qtbot.keyClick(lines.lot, Qt.Key.Key_Return)
    assert lines.model.rowCount() == 2
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.result.isVisible())
    idle(qtbot, win)
    assert "GRN-MNE-ROZAJE-" in page.result.text()
    assert lines.model.rowCount() == 0
    assert _on_hand(sqlite_db, "MNE-ROZAJE") == {"WATER-05": 120, "BABY-CEREAL": 24}
    # The stock page was refreshed by the write.
    stock = win.show_page("stock")
    idle(qtbot, win)
    assert stock.model.rowCount() == 2


def test_a_line_needs_an_item_and_a_quantity(qtbot, make_window, seeded) -> None:
    win = make_window()
    page = win.show_page("receive")
    qtbot.mouseClick(page.lines.add_button, Qt.MouseButton.LeftButton)
    assert "Choose an item" in page.lines.hint.text()
    qtbot.keyClicks(page.lines.item.lineEdit(), "HYG-SOAP")
    qtbot.mouseClick(page.lines.add_button, Qt.MouseButton.LeftButton)
    assert "quantity above 0" in page.lines.hint.text()
    assert page.lines.model.rowCount() == 0


def test_an_empty_receipt_is_refused_in_plain_words(qtbot, make_window, seeded, sqlite_db) -> None:
    win = make_window()
    page = win.show_page("receive")
    qtbot.mouseClick(page.record, Qt.MouseButton.LeftButton)
    box = _error_box(qtbot, page)
    assert box.text() == "A goods received note needs at least one line."
    assert box.informativeText() == "Add the items received."
    assert _on_hand(sqlite_db, "MNE-ROZAJE") == {}


def test_a_transfer_dispatched_and_received(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-WH", [ReceiptLine("WATER-05", 100)])
    win = make_window("MNE-WH")
    page = win.show_page("transfer")
    idle(qtbot, win)
    page.to_site.setCurrentIndex(page.to_site.findData("MNE-ROZAJE"))
    qtbot.keyClicks(page.lines.item.lineEdit(), "WATER-05")
    page.lines.qty.selectAll()
    qtbot.keyClicks(page.lines.qty, "40")
    qtbot.keyClick(page.lines.qty, Qt.Key.Key_Return)
    qtbot.mouseClick(page.dispatch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible())
    idle(qtbot, win)
    assert "in transit" in page.result.text()
    assert _on_hand(sqlite_db, "MNE-WH") == {"WATER-05": 60}
    # At the sending site the waybill is listed but cannot be received there.
    assert page.waybills.rowCount() == 1
    page.waybill_table.selectRow(0)
    idle(qtbot, win)
    assert not page.receive_button.isEnabled()

    win.site_box.setCurrentIndex(win.site_box.findData("MNE-ROZAJE"))
    idle(qtbot, win)
    assert page.waybills.rowCount() == 1
    page.waybill_table.selectRow(0)
    idle(qtbot, win)
    assert page.receive_button.isEnabled()
    assert page.arrivals.rowCount() == 1
    # Two bottles broke on the way: type 38 in the Received cell.
    cell = page.arrivals.index(0, 3)
    page.arrival_table.setCurrentIndex(cell)
    page.arrival_table.edit(cell)
    editor = page.arrival_table.viewport().findChild(QSpinBox)
    editor.selectAll()
    qtbot.keyClicks(editor, "38")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.arrivals.row_at(0).received == 38)  # the delegate commits queued
    qtbot.mouseClick(page.receive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "received" in page.result.text())
    idle(qtbot, win)
    assert "2 unit(s) lost" in page.result.text()
    assert _on_hand(sqlite_db, "MNE-ROZAJE") == {"WATER-05": 38}
    assert page.waybills.rowCount() == 0
    with sqlite_db.session() as s:
        number = page.result.text().split()[1]
        (line,) = waybill_lines(s, number)
    assert (line.sent, line.received, line.lost) == (40, 38, 2)


def test_an_adjustment_without_reason_is_refused(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 50)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("adjust")
    idle(qtbot, win)
    qtbot.keyClicks(page.item.lineEdit(), "HYG-SOAP")
    page.qty.selectAll()
    qtbot.keyClicks(page.qty, "5")
    qtbot.mouseClick(page.record, Qt.MouseButton.LeftButton)
    box = _error_box(qtbot, page)
    assert "needs a reason" in box.text()
    box.close()
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorBox") is None)
    assert _on_hand(sqlite_db, "MNE-ROZAJE") == {"HYG-SOAP": 50}
    win.activateWindow()  # as the window manager does when the message box closes
    qtbot.waitUntil(win.isActiveWindow)

    page.reason.setCurrentIndex(page.reason.findData("damaged"))
    qtbot.keyClick(page, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.result.isVisible())
    idle(qtbot, win)
    assert _on_hand(sqlite_db, "MNE-ROZAJE") == {"HYG-SOAP": 45}
    assert page.reason.currentIndex() == 0  # the next adjustment asks for its reason again


def test_assembling_kits(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 10), ReceiptLine("HYG-TBRUSH", 10)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("kits")
    page.kit.select_code("HYG-KIT")
    idle(qtbot, win)
    assert page.components.rowCount() == 2
    page.count.setValue(4)
    qtbot.mouseClick(page.assemble_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible())
    idle(qtbot, win)
    assert _on_hand(sqlite_db, "MNE-ROZAJE") == {"HYG-SOAP": 2, "HYG-TBRUSH": 6, "HYG-KIT": 4}
    page.count.setValue(5)
    qtbot.mouseClick(page.assemble_button, Qt.MouseButton.LeftButton)
    box = _error_box(qtbot, page)
    assert "Not enough" in box.text()
    assert date.today()  # the refused kit order wrote nothing:
    assert _on_hand(sqlite_db, "MNE-ROZAJE")["HYG-KIT"] == 4

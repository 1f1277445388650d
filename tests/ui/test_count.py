"""A count from start to approval in the Count page: blind entry, variance, reason, approve."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.stock import stock_on_hand

from .conftest import idle


def test_a_count_approval(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 50), ReceiptLine("WATER-05", 20)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("count")
    idle(qtbot, win)
    assert page.blind.isChecked()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None)
    idle(qtbot, win)
    assert page.model.rowCount() == 2
    assert page.table.isColumnHidden(4)  # blind: no expected figures while counting
    rows = {page.model.row_at(i).item_code: i for i in range(2)}
    page.model.setData(page.model.index(rows["HYG-SOAP"], 3), "48")
    page.model.setData(page.model.index(rows["WATER-05"], 3), "20")
    qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None and page.view.status == "submitted")
    idle(qtbot, win)
    assert not page.table.isColumnHidden(4)  # submitted: the approver sees the variances
    soap = page.model.row_at(rows["HYG-SOAP"])
    assert (soap.expected, soap.variance) == (50, -2)
    page.model.setData(page.model.index(rows["HYG-SOAP"], 7), "damaged")
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "approved" in page.result.text() or win.ctx.tasks.last_error is not None)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    idle(qtbot, win)
    with sqlite_db.session() as s:
        on_hand = {r.item_code: r.qty for r in stock_on_hand(s, "MNE-ROZAJE")}
    assert on_hand == {"HYG-SOAP": 48, "WATER-05": 20}


def test_approval_without_a_reason_is_refused(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 50)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("count")
    idle(qtbot, win)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view is not None)
    idle(qtbot, win)
    page.model.setData(page.model.index(0, 3), "45")
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is not None and "no reason" in str(win.ctx.tasks.last_error)
    with sqlite_db.session() as s:
        assert {r.item_code: r.qty for r in stock_on_hand(s, "MNE-ROZAJE")} == {"HYG-SOAP": 50}


def test_the_count_line_says_kind_and_status_in_the_chosen_language(
        qtbot, make_window, seeded, sqlite_db, actor) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from hsp_desk.ui import i18n

    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 50)])
    app = QApplication.instance()
    assert i18n.install(app, "fr") == "fr"
    try:
        win = make_window("MNE-ROZAJE")
        page = win.show_page("count")
        idle(qtbot, win)
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.view is not None)
        idle(qtbot, win)
        # A full count, open: in words, not as stored ("full", "open").
        assert ": inventaire complet, à l'aveugle, ouvert ;" in page.status.text(), page.status.text()
    finally:
        i18n.install(app, "en")

"""Handover page: choose the items, start, count blind, open issues, close, save the PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsp_desk.services.handover import handover_items, handover_summary
from hsp_desk.services.receiving import ReceiptLine, receive

from .conftest import idle


def test_a_handover_from_start_to_the_signed_pdf(  # type: ignore[no-untyped-def]
    qtbot, make_window, seeded, sqlite_db, actor, tmp_path
) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 30), ReceiptLine("WATER-05", 100)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("handover")
    idle(qtbot, win)
    assert page.detail is None and not page.close_button.isEnabled()

    # The site's handover items: soap and water, kept for the next handovers too.
    page.set_checked(["HYG-SOAP", "WATER-05"])
    qtbot.mouseClick(page.save_items_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    with sqlite_db.session() as s:
        assert handover_items(s, "MNE-ROZAJE") == ["HYG-SOAP", "WATER-05"]

    qtbot.keyClicks(page.outgoing, "Amina H.")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.count is not None, timeout=10_000)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert page.model.rowCount() == 2
    assert page.table.isColumnHidden(4)  # blind: the expected figures stay hidden
    rows = {page.model.row_at(i).item_code: i for i in range(2)}
    page.model.setData(page.model.index(rows["HYG-SOAP"], 3), "28")
    page.model.setData(page.model.index(rows["WATER-05"], 3), "100")
    qtbot.keyClicks(page.incoming, "Marko P.")
    qtbot.keyClicks(page.issues, "Scanner battery low; water delivery expected Monday.")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "closed" in page.result.text() or win.ctx.tasks.last_error is not None)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert page.detail is not None and page.detail.row.status == "closed"
    assert not page.close_button.isEnabled()
    assert not page.table.isColumnHidden(5)  # closed: the variance shows
    soap = page.model.row_at(rows["HYG-SOAP"])
    assert soap.variance == -2

    number = page.detail.row.number
    with sqlite_db.session() as s:
        summary = handover_summary(s, number)
    assert (summary.outgoing, summary.incoming) == ("Amina H.", "Marko P.")
    assert summary.open_issues == "Scanner battery low; water delivery expected Monday."
    assert summary.count is not None and summary.count.status == "submitted"

    page.preset_path = tmp_path / "handover.pdf"
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.open_button.isVisible() or win.ctx.tasks.last_error is not None,
                    timeout=20_000)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert page.preset_path.read_bytes()[:5] == b"%PDF-"
    page.preset_path = tmp_path / "handover.xlsx"
    qtbot.mouseClick(page.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "handover.xlsx" in page.result.text(), timeout=20_000)
    assert page.preset_path.read_bytes()[:2] == b"PK"


def test_closing_without_the_incoming_name_is_refused(  # type: ignore[no-untyped-def]
    qtbot, make_window, seeded, sqlite_db, actor
) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 30)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("handover")
    idle(qtbot, win)
    page.set_checked(["HYG-SOAP"])
    qtbot.keyClicks(page.outgoing, "Amina H.")
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    idle(qtbot, win)
    page.model.setData(page.model.index(0, 3), "30")
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is not None
    assert "incoming" in str(win.ctx.tasks.last_error)
    with sqlite_db.session() as s:
        assert handover_summary(s, page.detail.row.number).status == "open"


def test_volunteers_do_not_see_the_handover_page(qtbot, make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    from hsp_desk.services.context import Actor

    win = make_window("MNE-ROZAJE", who=Actor("vol", "test-device", "volunteer"))
    assert "handover" not in win.pages and "admin" not in win.pages

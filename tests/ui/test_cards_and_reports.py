"""Cards page (a printed batch, a lost card replaced) and Reports page (a PDF saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.tokens import issue_cards, resolve

from .conftest import idle


def test_print_a_batch_and_replace_a_lost_card(  # type: ignore[no-untyped-def]
    qtbot, make_window, seeded, sqlite_db, actor, tmp_path
) -> None:
    win = make_window("MNE-ROZAJE")
    page = win.show_page("tokens")
    page.preset_path = tmp_path / "cards.pdf"
    page.count.setValue(10)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible())
    idle(qtbot, win)
    assert "10 cards on" in page.result.text()
    assert page.preset_path.read_bytes()[:5] == b"%PDF-"

    with sqlite_db.session() as s:
        old = issue_cards(s, actor, "MNE-ROZAJE", 1)[0]
    page.preset_path = tmp_path / "replacement.pdf"
    qtbot.keyClicks(page.lost, old.typed_code)
    qtbot.keyClick(page.lost, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "revoked" in page.result.text())
    idle(qtbot, win)
    assert page.preset_path.exists()
    new_code = page.result.text().split("New card ")[1].split(" ")[0]
    with sqlite_db.session() as s:
        new = resolve(s, new_code)
        assert new.status == "active" and new.replaces == old.token_id
        assert s.get(type(new), old.token_id).status == "revoked"


def test_save_a_stock_report(qtbot, make_window, seeded, sqlite_db, actor, tmp_path) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 40)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("reports")
    idle(qtbot, win)  # the report list is loaded on the first visit
    page.report.setCurrentIndex(page.report.findData("stock"))
    page.preset_path = tmp_path / "stock.pdf"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result.isVisible() or win.ctx.tasks.last_error is not None, timeout=20_000)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert page.preset_path.read_bytes()[:5] == b"%PDF-"

"""The main window shell: site selector, signed-in user, pages by role, right-to-left."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive

from .conftest import idle


def test_top_bar_shows_site_and_user_and_role(make_window, seeded) -> None:
    win = make_window("MNE-ROZAJE")
    assert win.site_box.currentData() == "MNE-ROZAJE"
    assert "amina" in win.user_label.text() and "branch manager" in win.user_label.text()
    assert [win.nav.item(i).text() for i in range(win.nav.count())] == [
        p.title() for p in win.pages.values()
    ]


def test_volunteer_sees_only_what_the_role_may_do(make_window, seeded) -> None:
    win = make_window(who=Actor("vol", "dev", "volunteer"))
    assert "receive" not in win.pages and "transfer" not in win.pages and "adjust" not in win.pages
    assert "stock" in win.pages
    assert "volunteer" in win.user_label.text()


def test_changing_site_reloads_the_current_page(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-WH", [ReceiptLine("HYG-SOAP", 50), ReceiptLine("WATER-05", 10)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("stock")
    idle(qtbot, win)
    assert page.model.rowCount() == 0
    win.site_box.setCurrentIndex(win.site_box.findData("MNE-WH"))
    idle(qtbot, win)
    assert page.model.rowCount() == 2
    assert "Podgorica warehouse" in page.heading.text()


def test_ctrl_number_switches_pages(qtbot, make_window, seeded) -> None:
    win = make_window()
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert win.current_page.key == "receive"
    assert win.nav.currentRow() == 2


def test_right_to_left_mirrors_the_layout(qtbot, make_window, seeded) -> None:
    app = QApplication.instance()
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        win = make_window()
        win.resize(1000, 600)
        qtbot.waitUntil(lambda: win.nav.isVisible())
        nav_x = win.nav.mapTo(win, QPoint(0, 0)).x()
        page_x = win.stack.mapTo(win, QPoint(0, 0)).x()
        assert win.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert nav_x > page_x  # the page list sits on the right, the page on the left
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

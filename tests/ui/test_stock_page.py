"""Stock page: filter as you type, low stock and near expiry marked, drill-down to the
stock card; the stock card model loads a million rows page by page."""

from __future__ import annotations

import threading
import time
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from hsp_desk.services import catalogue
from hsp_desk.services.adjustments import adjust
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.stock_card import CardCursor, CardRow, card_page
from hsp_desk.store.models import Item, Site
from hsp_desk.ui.stock_model import COL_STATUS, EXPIRY_BG, LOW_BG, StockCardModel

from .conftest import idle


def _stock(sqlite_db, actor) -> None:  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-ROZAJE", [
            ReceiptLine("WATER-05", 240),
            ReceiptLine("HYG-SOAP", 8),
            ReceiptLine("BABY-CEREAL", 30, "L1", date.today() + timedelta(days=10)),
        ])
        adjust(s, actor, "MNE-ROZAJE", "WATER-05", -12, "damaged")
        site = s.query(Site).filter_by(code="MNE-ROZAJE").one()
        soap = s.query(Item).filter_by(code="HYG-SOAP").one()
        catalogue.set_reorder_level(s, site, soap, 10)
        s.commit()


def test_filter_marks_and_drill_down(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    _stock(sqlite_db, actor)
    win = make_window("MNE-ROZAJE")
    page = win.show_page("stock")
    idle(qtbot, win)
    assert page.model.rowCount() == 3
    assert page.filter_edit.hasFocus()

    by_code = {page.model.row_at(i).item_code: i for i in range(3)}
    soap = page.model.index(by_code["HYG-SOAP"], COL_STATUS)
    cereal = page.model.index(by_code["BABY-CEREAL"], COL_STATUS)
    water = page.model.index(by_code["WATER-05"], COL_STATUS)
    assert soap.data() == "Low stock"
    assert soap.data(Qt.ItemDataRole.BackgroundRole).color() == LOW_BG
    assert soap.data(Qt.ItemDataRole.FontRole).bold()
    assert cereal.data().startswith("Expires in 10 days")
    assert cereal.data(Qt.ItemDataRole.BackgroundRole).color() == EXPIRY_BG
    assert water.data() == "" and water.data(Qt.ItemDataRole.BackgroundRole) is None

    qtbot.keyClicks(page.filter_edit, "wat")
    assert page.proxy.rowCount() == 1
    page.filter_edit.clear()
    page.problems_only.setChecked(True)
    assert page.proxy.rowCount() == 2
    page.problems_only.setChecked(False)

    qtbot.keyClicks(page.filter_edit, "water")
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == 1
    card = page.card.model
    # The card opens at once; its heading and rows arrive from their reads.
    qtbot.waitUntil(lambda: card.rowCount() == 2 and "on hand 228" in page.card.title.text())
    assert [card.row_at(i).balance for i in range(2)] == [240, 228]
    assert page.card.table.columnWidth(0) > 50  # sized to the first page
    qtbot.keyClick(page.card.table, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == 0


def test_all_sites_shows_every_site(qtbot, make_window, seeded, sqlite_db, actor) -> None:
    _stock(sqlite_db, actor)
    with sqlite_db.session() as s:
        receive(s, actor, "MNE-WH", [ReceiptLine("WATER-05", 1000)])
    win = make_window("MNE-ROZAJE")
    page = win.show_page("stock")
    idle(qtbot, win)
    assert page.model.rowCount() == 3
    qtbot.mouseClick(page.all_sites, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert page.model.rowCount() == 4
    assert not page.table.isColumnHidden(0)


def test_card_pages_carry_the_running_balance(seeded, sqlite_db, actor) -> None:
    with sqlite_db.session() as s:
        for n in range(1, 8):
            receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", n)],
                    occurred_at=datetime(2025, 1, n, 9))
        rows, cursor = card_page(s, "WATER-05", "MNE-ROZAJE", limit=3)
        balances = [r.balance for r in rows]
        while cursor is not None:
            more, cursor = card_page(s, "WATER-05", "MNE-ROZAJE", cursor, limit=3)
            balances += [r.balance for r in more]
    assert balances == [1, 3, 6, 10, 15, 21, 28]


def test_stock_card_model_stays_lazy_over_a_million_rows(qtbot) -> None:
    total = 1_000_000
    start = datetime(2020, 1, 1)
    calls: list[int] = []

    def fetch(cursor: CardCursor | None) -> tuple[list[CardRow], CardCursor | None]:
        first = 0 if cursor is None else int(cursor.movement_id) + 1
        calls.append(first)
        last = min(first + 500, total)
        rows = [CardRow(start + timedelta(minutes=i), "receipt", "S", None, None, 1, i + 1, None, "u", str(i))
                for i in range(first, last)]
        nxt = None if last == total else CardCursor(rows[-1].occurred_at, rows[-1].movement_id, last)
        return rows, nxt

    model = StockCardModel(fetch)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    qtbot.waitExposed(view)
    model.fetchMore()  # as StockCardView.show_card does
    assert model.rowCount() == 500
    began = time.perf_counter()
    for _ in range(20):  # twenty jumps to the end, as a user holding Page Down / End
        view.scrollToBottom()
        qtbot.wait(1)
    elapsed = time.perf_counter() - began
    assert 500 < model.rowCount() <= 500 * 22
    assert model.rowCount() < total
    assert model.index(model.rowCount() - 1, 6).data() == str(model.rowCount())
    assert elapsed < 5.0, elapsed


def _pages(total: int, size: int, threads: list[int], delay: float = 0.0):  # type: ignore[no-untyped-def]
    """A fetch over ``total`` numbered rows that records the thread of every read."""
    start = datetime(2020, 1, 1)

    def fetch(cursor: CardCursor | None) -> tuple[list[CardRow], CardCursor | None]:
        threads.append(threading.get_ident())
        time.sleep(delay)
        first = 0 if cursor is None else int(cursor.movement_id) + 1
        last = min(first + size, total)
        rows = [CardRow(start + timedelta(minutes=i), "receipt", "S", None, None, 1, i + 1, None, "u", str(i))
                for i in range(first, last)]
        return rows, (None if last == total else CardCursor(rows[-1].occurred_at, rows[-1].movement_id, last))

    return fetch


def _numbers(model: StockCardModel) -> list[int]:
    return [model.row_at(i).balance for i in range(model.rowCount())]


def test_stock_card_reads_the_next_page_ahead_off_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    threads: list[int] = []
    model = StockCardModel(_pages(1000, 200, threads))
    model.fetchMore()  # the first page: on the GUI thread
    assert threads == [gui]
    qtbot.waitUntil(lambda: len(threads) == 2 and model._ahead is not None)
    assert threads[1] != gui
    model.fetchMore()  # Qt asks for more: the page read ahead, no read on the GUI thread
    assert model.rowCount() == 400 and threads.count(gui) == 1
    while model.canFetchMore():
        qtbot.waitUntil(lambda: model._ahead is not None or not model._reading)
        model.fetchMore()
    assert _numbers(model) == list(range(1, 1001))
    assert threads.count(gui) == 1
    assert model.wait_for_reads()


def test_stock_card_outrun_waits_for_the_page_and_never_shows_one_twice(qtbot) -> None:
    """Asked for more while the next page is still being read (the user dragged the
    scroll bar to the end), the model does not read on the GUI thread, where a cold disk
    froze a frame for 500 ms: the page appears when it arrives."""
    gui = threading.get_ident()
    threads: list[int] = []
    model = StockCardModel(_pages(1000, 200, threads, delay=0.2))
    model.fetchMore()
    model.fetchMore()  # before the page read ahead came
    assert model.rowCount() == 200 and threads == [gui]
    qtbot.waitUntil(lambda: model.rowCount() == 400)  # appended as it arrived
    qtbot.waitUntil(lambda: model._ahead is not None)  # and the next one read ahead
    model.fetchMore()
    assert _numbers(model) == list(range(1, 601)) and threads.count(gui) == 1
    # A page on its way when another card is shown is dropped.
    model.reset(_pages(50, 200, threads))
    assert model.wait_for_reads()
    qtbot.wait(50)
    assert model.rowCount() == 0 and model._ahead is None
    model.fetchMore()
    assert _numbers(model) == list(range(1, 51)) and not model.canFetchMore()


def test_a_failed_read_ahead_is_not_retried_and_shows_on_the_gui_thread(qtbot) -> None:
    calls: list[bool] = []
    gui = threading.get_ident()

    def fetch(cursor):  # type: ignore[no-untyped-def]
        calls.append(threading.get_ident() == gui)
        if cursor is not None:
            raise OSError("disk gone")
        rows = [CardRow(datetime(2026, 1, 1), "receipt", "S", None, None, 1, 1, None, "u", "m0")]
        return rows, CardCursor(rows[0].occurred_at, "m0", 1)

    model = StockCardModel(fetch)
    model.fetchMore()
    qtbot.waitUntil(lambda: model._failed)
    qtbot.wait(100)
    assert calls == [True, False]  # one failed read ahead, not a loop of them
    with pytest.raises(OSError, match="disk gone"):
        model.fetchMore()
    assert calls == [True, False, True] and model.rowCount() == 1


def test_stock_card_cells_say_what_each_movement_was(qtbot) -> None:
    """Every column of a card row, its alignment and the colour of the quantity."""
    from PySide6.QtGui import QColor

    rows = [CardRow(datetime(2026, 3, 2, 9, 5), "receipt", "MNE-ROZAJE", "GRN-7", "L1", 40, 40,
                    None, "omar", "m1"),
            CardRow(datetime(2026, 3, 3, 14, 30), "distribution", "MNE-ROZAJE", None, None, -2, 38,
                    "undone", "vera", "m2")]
    model = StockCardModel(lambda cursor: (rows, None), read_ahead=False)
    model.fetchMore()
    shown = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(2)]
    assert shown == [
        ["2026-03-02 09:05", "Receipt", "MNE-ROZAJE", "GRN-7", "L1", "+40", "40", "", "omar"],
        ["2026-03-03 14:30", "Distribution", "MNE-ROZAJE", "", "", "-2", "38", "undone", "vera"],
    ]
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert [model.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) for c in (0, 5, 6)] == [
        None, right, right]
    colour = [model.index(r, 5).data(Qt.ItemDataRole.ForegroundRole).color() for r in range(2)]
    assert colour == [QColor("#1b5e20"), QColor("#b71c1c")]
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None

"""Stock: on hand per item at the current site (or all sites), filter as you type,
low stock, near expiry and items that run out within a week highlighted (days of stock
left at the use of the last 28 days), and a drill-down to the item's stock card."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.forecast import ForecastRow
from ...domain.roles import Permission
from ...services.forecast import DEFAULT_WINDOW_DAYS, stock_forecast
from ...services.stock import StockRow, stock_on_hand
from ...services.stock_card import CardCursor, CardHeader, CardRow, card_header, card_page
from ..context import AppContext
from ..icons import icon
from ..stock_model import RowRole, SortRole, StockCardModel, StockTableModel
from .base import Page

#: Rows fetched per scroll step of the stock card.
CARD_PAGE_ROWS = 200


class StockFilter(QSortFilterProxyModel):
    """Text filter over every column, plus "only what needs attention"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems_only = False
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortRole(SortRole)

    def set_problems_only(self, on: bool) -> None:
        # Qt 6.10 replaced invalidateFilter() by begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self.problems_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.problems_only = on
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if self.problems_only:
            model: StockTableModel = self.sourceModel()  # type: ignore[assignment]
            r = model.row_at(row)
            if not (r.low or model.near_expiry(r) or model.runs_out_soon(r)):
                return False
        return super().filterAcceptsRow(row, parent)


class StockCardView(QWidget):
    """One item's ledger with a running balance; Esc or Back returns to the stock list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.back_button = QPushButton(icon("undo"), self.tr("Back to stock (Esc)"))
        self.back_button.setObjectName("cardBack")
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.model = StockCardModel(self._fetch, self)
        self.table = QTableView()
        self.table.setObjectName("stockCardTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Fixed row heights keep scrolling through a long ledger cheap.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.table)
        self.item_code = ""
        self.site_code: str | None = None
        self._sized = False
        self.model.rowsInserted.connect(lambda *_: self._rows_arrived())

    def _fetch(self, cursor: CardCursor | None) -> tuple[list[CardRow], CardCursor | None]:
        if not self.item_code:
            return [], None
        # One keyset page per call, a couple of hundred rows: read on the GUI thread, 500
        # rows cost up to 25 ms of a frame on the benchmark, 200 about 10. The model calls
        # this on its read-ahead thread, and on the GUI thread only after a failed read;
        # read-only sessions take no lock, so no read waits for another (nor for a
        # hand-out being written).
        with self.ctx.db.read_session() as s:
            return card_page(s, self.item_code, self.site_code, cursor, limit=CARD_PAGE_ROWS)

    def show_card(self, item_code: str, site_code: str | None) -> None:
        """Open a card at once; its heading and its first rows are read off the GUI
        thread and shown as they arrive (on a cold disk, reading them here froze the
        window for most of a second)."""
        self.item_code, self.site_code = item_code, site_code
        self.title.setText(self.tr("Stock card: {code}; reading…").format(code=item_code))
        self._sized = False
        self.model.reset()
        self.model.start()
        self.table.setFocus()
        shown = (item_code, site_code)
        self.ctx.tasks.run_read(lambda s, _j: card_header(s, item_code, site_code),
                                lambda head: self._show_header(shown, head), parent=self)

    def _show_header(self, shown: tuple[str, str | None], head: CardHeader) -> None:
        if shown != (self.item_code, self.site_code):
            return  # another card was opened meanwhile
        where = self.site_code or self.tr("all sites")
        self.title.setText(
            self.tr("Stock card: {name} ({code}) at {site}; on hand {qty} {unit}; {n} movements").format(
                name=head.item_name, code=head.item_code, site=where, qty=head.on_hand,
                unit=head.unit, n=head.movements,
            )
        )

    def _rows_arrived(self) -> None:
        if not self._sized:  # the first page sets the column widths; later ones keep them
            self._sized = True
            self.table.resizeColumnsToContents()


class StockPage(Page):
    key = "stock"
    permission = Permission.VIEW_STOCK

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("stockFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter: type part of an item, category or site…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.all_sites = QCheckBox(self.tr("All sites"))
        self.all_sites.setObjectName("allSites")
        self.problems_only = QCheckBox(self.tr("Only low stock, near expiry or running out"))
        self.problems_only.setObjectName("problemsOnly")
        legend = QLabel(self.tr("Red, bold, with a warning sign: at or below the reorder level. Amber with an hourglass: expires within 30 days. Blue, bold: runs out within 7 days at the use of the last {days} days (Days left).").format(days=DEFAULT_WINDOW_DAYS))  # noqa: E501
        legend.setWordWrap(True)
        self.model = StockTableModel(self)
        self.proxy = StockFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("stockTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setToolTip(self.tr("Double-click or press Enter for the item's stock card"))
        self.card = StockCardView(ctx)
        self.stack = QStackedWidget()
        list_page = QWidget()
        lv = QVBoxLayout(list_page)
        lv.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 2)
        row.addWidget(self.all_sites)
        row.addWidget(self.problems_only)
        lv.addLayout(row)
        lv.addWidget(self.table)
        lv.addWidget(legend)
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.card)
        self.layout_.addWidget(self.stack)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.all_sites.toggled.connect(lambda _on: self.reload())
        self.problems_only.toggled.connect(self.proxy.set_problems_only)
        self.table.activated.connect(self.open_card)
        self.card.back_button.clicked.connect(self.close_card)
        esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.card)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.close_card)
        self.loading = False

    def title(self) -> str:
        return self.tr("Stock")

    def site_filter(self) -> str | None:
        return None if self.all_sites.isChecked() else (self.ctx.site_code or None)

    def reload(self) -> None:
        site = self.site_filter()
        self.set_heading(
            self.tr("Stock on hand: all sites") if site is None
            else self.tr("Stock on hand: {site}").format(site=self.ctx.site_name(site))
        )
        self.loading = True

        def job(session, _job):  # type: ignore[no-untyped-def]
            # The forecast is one GROUP BY over the last 28 days' issues: cheap enough to
            # read with the stock list, so the two always agree.
            return stock_on_hand(session, site), stock_forecast(session, site)

        self.ctx.tasks.run_db(job, self._loaded, parent=self)

    def _loaded(self, result: tuple[list[StockRow], list[ForecastRow]]) -> None:
        rows, forecast = result
        self.loading = False
        self.model.set_rows(rows, {(f.site_code, f.item_code): f.days_left for f in forecast})
        self.table.setColumnHidden(0, not self.all_sites.isChecked())
        self.table.resizeColumnsToContents()
        low = sum(1 for r in rows if r.low)
        soon = sum(1 for r in rows if self.model.near_expiry(r))
        out = sum(1 for r in rows if self.model.runs_out_soon(r))
        self.ctx.message.emit(
            self.tr("{n} items in stock; {low} low; {soon} near expiry; {out} run out within 7 days").format(
                n=len(rows), low=low, soon=soon, out=out)
        )

    def focus_first(self) -> None:
        if self.stack.currentIndex() == 0:
            self.filter_edit.setFocus()

    def open_card(self, index: QModelIndex) -> None:
        row: StockRow = self.proxy.data(index, RowRole) or self.model.row_at(
            self.proxy.mapToSource(index).row()
        )
        self.card.show_card(row.item_code, row.site_code)
        self.stack.setCurrentIndex(1)

    def close_card(self) -> None:
        self.stack.setCurrentIndex(0)
        self.table.setFocus()

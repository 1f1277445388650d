"""Qt table models over the stock service: stock on hand, and the lazy stock card.

Low stock is shown three ways (a warning icon, bold text, a red-ish background) and
near expiry two ways (an hourglass icon, an amber background), so it reads on a black
and white screen or printout too; the Status column says it in words. Days left is the
stock-out forecast at the rate of use of the last 28 days (services.forecast); an item that
runs out within a week is shown in bold with a blue background and "Runs out in n days".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ..services.stock import StockRow
from ..services.stock_card import CardCursor, CardRow
from .icons import icon

Index = QModelIndex | QPersistentModelIndex

SortRole = Qt.ItemDataRole.UserRole
RowRole = Qt.ItemDataRole.UserRole + 1

#: Lots expiring within this many days are "near expiry".
NEAR_EXPIRY_DAYS = 30

#: Items whose stock lasts this many days or less at the recent rate of use "run out soon".
RUNS_OUT_DAYS = 7

LOW_BG = QColor("#f9d6d5")
EXPIRY_BG = QColor("#ffe8c2")
RUNS_OUT_BG = QColor("#d6e4f9")


def _t(text: str) -> str:
    return QCoreApplication.translate("StockTableModel", text)


#: translate("Context", "...") with literal text, so that pyside6-lupdate extracts it.
translate = QCoreApplication.translate


(COL_SITE, COL_ITEM, COL_NAME, COL_CATEGORY, COL_QTY, COL_UNIT, COL_REORDER, COL_EXPIRY, COL_DAYS_LEFT,
 COL_STATUS) = range(10)
# QT_TRANSLATE_NOOP: extracted for translation here, translated in headerData.
HEADERS = [
    QT_TRANSLATE_NOOP("StockTableModel", "Site"), QT_TRANSLATE_NOOP("StockTableModel", "Item"),
    QT_TRANSLATE_NOOP("StockTableModel", "Name"), QT_TRANSLATE_NOOP("StockTableModel", "Category"),
    QT_TRANSLATE_NOOP("StockTableModel", "On hand"), QT_TRANSLATE_NOOP("StockTableModel", "Unit"),
    QT_TRANSLATE_NOOP("StockTableModel", "Reorder level"),
    QT_TRANSLATE_NOOP("StockTableModel", "Nearest expiry"),
    QT_TRANSLATE_NOOP("StockTableModel", "Days left"), QT_TRANSLATE_NOOP("StockTableModel", "Status"),
]


class StockTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []
        self.today = today
        #: Days of stock left per (site code, item code); None: nothing was used lately.
        self._days_left: dict[tuple[str, str], float | None] = {}

    def set_rows(self, rows: Sequence[StockRow],
                 days_left: dict[tuple[str, str], float | None] | None = None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._days_left = dict(days_left or {})
        self.endResetModel()

    def days_left(self, row: StockRow) -> float | None:
        return self._days_left.get((row.site_code, row.item_code))

    def runs_out_soon(self, row: StockRow) -> bool:
        days = self.days_left(row)
        return days is not None and days <= RUNS_OUT_DAYS

    def row_at(self, row: int) -> StockRow:
        return self._rows[row]

    def near_expiry(self, row: StockRow) -> bool:
        today = self.today or date.today()
        return row.nearest_expiry is not None and row.nearest_expiry <= today + timedelta(NEAR_EXPIRY_DAYS)

    def status(self, row: StockRow) -> str:
        words = []
        if row.low:
            words.append(translate("StockTableModel", "Low stock"))
        if row.nearest_expiry is not None:
            days = (row.nearest_expiry - (self.today or date.today())).days
            if days < 0:
                words.append(translate("StockTableModel", "Expired"))
            elif days <= NEAR_EXPIRY_DAYS:
                words.append(translate("StockTableModel", "Expires in {0} days").format(days))
        if self.runs_out_soon(row):
            words.append(translate("StockTableModel", "Runs out in {0} days").format(
                _days_text(self.days_left(row))))
        return ", ".join(words)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _t(HEADERS[section])
        return None

    def _value(self, row: StockRow, col: int) -> Any:
        if col == COL_DAYS_LEFT:
            return self.days_left(row)
        return (row.site_code, row.item_code, row.item_name, row.category, row.qty, row.unit,
                row.reorder_level, row.nearest_expiry, None, None)[col]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if col == COL_STATUS and role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return self.status(row)
        value = self._value(row, col)
        if col == COL_DAYS_LEFT and role in (Qt.ItemDataRole.DisplayRole, SortRole):
            if role == SortRole:  # nothing used: lasts for ever, sorts last
                return float("inf") if value is None else value
            return "" if value is None else _days_text(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SortRole:
            return value if value is not None else ""
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_QTY, COL_REORDER, COL_DAYS_LEFT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.low:
                return QBrush(LOW_BG)
            if self.near_expiry(row):
                return QBrush(EXPIRY_BG)
            if self.runs_out_soon(row):
                return QBrush(RUNS_OUT_BG)
        if role == Qt.ItemDataRole.FontRole and (
            (row.low and col in (COL_NAME, COL_QTY, COL_STATUS))
            or (self.runs_out_soon(row) and col in (COL_DAYS_LEFT, COL_STATUS))
        ):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and col == COL_NAME:
            if row.low:
                return icon("low")
            if self.near_expiry(row):
                return icon("expiry")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.status(row) or None
        return None


def _days_text(days: float | None) -> str:
    """Whole days, rounded down (a stock that lasts 6.8 days is gone on the 7th)."""
    if days is None:
        return ""
    return "<1" if 0 < days < 1 else str(int(days))


CARD_HEADERS = [
    QT_TRANSLATE_NOOP("StockCardModel", "Date"), QT_TRANSLATE_NOOP("StockCardModel", "Movement"),
    QT_TRANSLATE_NOOP("StockCardModel", "Site"), QT_TRANSLATE_NOOP("StockCardModel", "Document"),
    QT_TRANSLATE_NOOP("StockCardModel", "Lot"), QT_TRANSLATE_NOOP("StockCardModel", "In / out"),
    QT_TRANSLATE_NOOP("StockCardModel", "Balance"), QT_TRANSLATE_NOOP("StockCardModel", "Reason"),
    QT_TRANSLATE_NOOP("StockCardModel", "By"),
]
KIND_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("StockCardModel", "Receipt"),
    "transfer_out": QT_TRANSLATE_NOOP("StockCardModel", "Transfer out"),
    "transfer_in": QT_TRANSLATE_NOOP("StockCardModel", "Transfer in"),
    "distribution": QT_TRANSLATE_NOOP("StockCardModel", "Distribution"),
    "adjustment": QT_TRANSLATE_NOOP("StockCardModel", "Adjustment"),
    "count_correction": QT_TRANSLATE_NOOP("StockCardModel", "Count correction"),
    "kit_assembly": QT_TRANSLATE_NOOP("StockCardModel", "Kit assembly"),
    "kit_disassembly": QT_TRANSLATE_NOOP("StockCardModel", "Kit disassembly"),
}

Fetch = Callable[[CardCursor | None], tuple[list[CardRow], CardCursor | None]]
_GAIN, _LOSS = QColor("#1b5e20"), QColor("#b71c1c")
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_AT, _KIND, _QTY = (CardRow._fields.index(f) for f in ("occurred_at", "kind", "qty"))
#: The CardRow field shown in each plain column of the card.
_CARD_COLUMN = {col: CardRow._fields.index(f) for col, f in
                {2: "site_code", 3: "document", 4: "lot_no", 6: "balance", 7: "reason",
                 8: "user"}.items()}


class _Arrived(QObject):
    """Carries a page fetched on the prefetch thread to the GUI thread."""

    page = Signal(int, object, object)  # generation, the cursor it continues, result


class StockCardModel(QAbstractTableModel):
    """One item's ledger with its running balance, fetched page by page as the view
    scrolls (canFetchMore/fetchMore), so a million movements never load at once.

    Qt asks for more rows on the GUI thread, in the middle of a frame, when the view
    reaches the last row it has; a page read there adds 8 to 16 ms to that frame, and
    hundreds when the file's pages are not in memory (random reads of a 2 GB file). So
    the next page is read ahead on a thread of the model's own, as soon as one is shown,
    and fetchMore only appends it. A user who outruns the reading ahead (dragging the
    scroll bar to the end) sees the page appear when it arrives: the GUI thread never
    waits for the disk. It reads itself only a page whose reading ahead failed (so that
    the error shows as any other); :meth:`start` reads the first one on its thread too."""

    def __init__(self, fetch: Fetch, parent: Any = None, *, read_ahead: bool = True) -> None:
        super().__init__(parent)
        self._fetch = fetch
        # Rows as exact tuples, not CardRow instances: CPython stops tracking a plain tuple
        # of strings, numbers and datetimes, so the full collections that run as the card
        # grows do not walk tens of thousands of rows in the middle of a scroll (they took
        # 80-130 ms with 70,000 rows held as objects).
        self._rows: list[tuple[Any, ...]] = []
        self._cursor: CardCursor | None = None
        self._more = True
        # Created before the signal object, so destroyed first: its destructor waits for
        # a read in flight, which then never signals a deleted object.
        self._pool: QThreadPool | None = None
        if read_ahead:
            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(1)
        self._arrived = _Arrived(self)
        self._arrived.page.connect(self._on_page)
        #: Bumped by reset(): a page read for an earlier card is dropped.
        self._generation = 0
        self._reading = False
        self._ahead: tuple[list[CardRow], CardCursor | None] | None = None
        #: Qt asked for more while the page was being read: append it as it arrives.
        self._wanted = False
        #: The last read ahead failed: the next page is read on the GUI thread.
        self._failed = False

    def reset(self, fetch: Fetch | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows, self._cursor, self._more = [], None, True
        self._generation += 1
        self._ahead, self._reading, self._wanted, self._failed = None, False, False, False
        self.endResetModel()

    def row_at(self, row: int) -> CardRow:
        return CardRow._make(self._rows[row])

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        if self._ahead is not None:
            (rows, cursor), self._ahead = self._ahead, None
        elif self._reading:
            self._wanted = True  # appended by _on_page
            return
        else:  # the first page, or after a failed read ahead
            self._failed = False
            rows, cursor = self._fetch(self._cursor)
        self._more = cursor is not None
        self._cursor = cursor
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(map(tuple, rows))
            self.endInsertRows()
        self._read_ahead()

    def start(self) -> None:
        """Show the first page when it has been read on the model's thread (a card opened
        on a cold disk froze the window for most of a second); without a thread of its
        own, read it now."""
        if self._pool is None:
            self.fetchMore()
            return
        self._wanted = True
        self._read_ahead()

    def _read_ahead(self) -> None:
        if (self._pool is None or not self._more or self._reading or self._ahead is not None
                or self._failed):
            return
        self._reading = True
        fetch, cursor, generation, signal = self._fetch, self._cursor, self._generation, \
            self._arrived.page

        def read() -> None:
            try:
                result: object = fetch(cursor)
            except Exception as exc:  # shown when the GUI thread reads the page again
                result = exc
            signal.emit(generation, cursor, result)

        self._pool.start(read)

    def _on_page(self, generation: int, cursor: CardCursor | None, result: object) -> None:
        if generation != self._generation:
            return  # for a card no longer shown
        self._reading = False
        wanted, self._wanted = self._wanted, False
        if cursor != self._cursor:
            pass  # not the page that comes next (a page is never shown twice): dropped
        elif isinstance(result, BaseException):
            # Not retried in the background (a missing file would fail for ever): the
            # next page is read on the GUI thread, where the error shows as any other.
            self._failed = True
        else:
            self._ahead = result  # type: ignore[assignment]
        if wanted:
            self.fetchMore()
        else:
            self._read_ahead()  # after a dropped page; nothing to do otherwise

    def wait_for_reads(self, msecs: int = 30_000) -> bool:
        """Block until no page is being read ahead (closing, tests)."""
        return self._pool.waitForDone(msecs) if self._pool is not None else True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(CARD_HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate("StockCardModel", CARD_HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks about 1,200 times a frame while scrolling, mostly for roles answered
        # with None: the role is looked at first, and a row is read by position, without
        # building a CardRow (this was a quarter of a scrolled frame).
        if role == _DISPLAY:
            if not index.isValid():
                return None
            r = self._rows[index.row()]
            col = index.column()
            if col == 0:
                return r[_AT].strftime("%Y-%m-%d %H:%M")
            if col == 1:
                kind = r[_KIND]
                return QCoreApplication.translate("StockCardModel", KIND_LABELS.get(kind, kind))
            if col == 5:
                return f"{r[_QTY]:+d}"
            v = r[_CARD_COLUMN[col]]
            return "" if v is None else str(v)
        if role == _ALIGNMENT:
            return _RIGHT if index.column() in (5, 6) else None
        if role == _FOREGROUND and index.column() == 5 and index.isValid():
            return QBrush(_GAIN if self._rows[index.row()][_QTY] > 0 else _LOSS)
        return None

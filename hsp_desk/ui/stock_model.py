"""Qt table model over stock-on-hand rows from the stock service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..services.stock import StockRow

Index = QModelIndex | QPersistentModelIndex

COLUMNS = [
    ("Site", lambda r: r.site_code),
    ("Item", lambda r: r.item_code),
    ("Name", lambda r: r.item_name),
    ("Category", lambda r: r.category),
    ("On hand", lambda r: r.qty),
    ("Unit", lambda r: r.unit),
    ("Reorder level", lambda r: r.reorder_level),
    ("Nearest expiry", lambda r: r.nearest_expiry),
]
SortRole = Qt.ItemDataRole.UserRole


class StockTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StockRow] = []

    def set_rows(self, rows: Sequence[StockRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> StockRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == SortRole:
            return value if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.low:
            return QBrush(QColor("#fde2e1"))
        if role == Qt.ItemDataRole.ToolTipRole and row.low:
            return self.tr("At or below the reorder level")
        return None

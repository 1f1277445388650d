"""Small widgets the forms share: an item picker that takes a typed code, a name or a
scanned barcode, and a table model for the lines of a document being entered."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QCompleter, QFrame, QLabel, QWidget

from ..services.choices import ItemChoice, SiteChoice
from .icons import category_icon

Index = QModelIndex | QPersistentModelIndex
CodeRole = Qt.ItemDataRole.UserRole


class ItemPicker(QComboBox):
    """Editable combo of items: type part of a name or code, or scan a barcode."""

    item_chosen = Signal(str)
    #: Enter was pressed on a known item (a scanner sends the code and Enter).
    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Item: type a name or code, or scan"))
        self._items: list[ItemChoice] = []
        self._last: str | None = None
        self.currentIndexChanged.connect(lambda _i: self._changed())
        self.editTextChanged.connect(lambda _t: self._changed())
        self.lineEdit().returnPressed.connect(self._commit)

    def _changed(self) -> None:
        code = self.current_code()
        if code != self._last:
            self._last = code
            self.item_chosen.emit(code or "")

    def _commit(self) -> None:
        code = self.current_code()
        if code:
            self.committed.emit(code)

    def set_items(self, items: Sequence[ItemChoice]) -> None:
        self.blockSignals(True)
        self.clear()
        self._items = list(items)
        for it in self._items:
            self.addItem(category_icon(it.category), f"{it.name} ({it.code})", it.code)
        self.setCurrentIndex(-1)
        self.blockSignals(False)

    def current_code(self) -> str | None:
        """The chosen item, also when the text typed is an exact code, name or barcode."""
        text = self.currentText().strip()
        if not text:
            return None
        idx = self.currentIndex()
        if idx >= 0 and self.itemText(idx) == text:
            return str(self.itemData(idx))
        low = text.lower()
        for it in self._items:
            if low in (it.code.lower(), it.name.lower(), f"{it.name} ({it.code})".lower()) or (
                it.barcode and text == it.barcode
            ):
                return it.code
        return None

    def current_item(self) -> ItemChoice | None:
        code = self.current_code()
        return next((i for i in self._items if i.code == code), None)

    def select_code(self, code: str) -> None:
        self.setCurrentIndex(self.findData(code))


class SiteCombo(QComboBox):
    def set_sites(self, sites: Sequence[SiteChoice], *, exclude: str | None = None) -> None:
        keep = self.currentData()
        self.blockSignals(True)
        self.clear()
        for s in sites:
            if s.code != exclude:
                self.addItem(f"{s.code} — {s.name}", s.code)
        i = self.findData(keep)
        self.setCurrentIndex(i if i >= 0 else (0 if self.count() else -1))
        self.blockSignals(False)

    def current_code(self) -> str | None:
        return self.currentData() or None


@dataclass
class Column:
    title: str
    value: Callable[[Any], Any]
    editable: bool = False
    setter: Callable[[Any, Any], None] | None = None
    numeric: bool = False


class RowsModel(QAbstractTableModel):
    """A plain table model over a list of row objects, with named columns. Headers are
    translated by the owner (it passes translated titles)."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._rows: list[Any] = []

    def rows(self) -> list[Any]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row: Any) -> None:
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self.endInsertRows()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        value = col.value(self._rows[index.row()])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if role == Qt.ItemDataRole.EditRole:
                return value
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        col = self.columns[index.column()]
        if role != Qt.ItemDataRole.EditRole or col.setter is None:
            return False
        col.setter(self._rows[index.row()], value)
        self.dataChanged.emit(index, index)
        return True


def filter_proxy(model: QAbstractTableModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


def banner(text: str = "", kind: str = "info") -> QLabel:
    """A one-line message under a form: what was just recorded, in words."""
    label = QLabel(text)
    label.setObjectName(f"banner_{kind}")
    label.setWordWrap(True)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    set_banner_kind(label, kind)
    label.setVisible(bool(text))
    return label


_BANNER_COLOURS = {"info": "#e8f5e9", "warn": "#fff3e0"}


def set_banner_kind(label: QLabel, kind: str) -> None:
    """Colour a :func:`banner` for what it now says: ``info`` (green) or ``warn``."""
    colour = _BANNER_COLOURS.get(kind, _BANNER_COLOURS["info"])
    label.setStyleSheet(f"QLabel {{ background: {colour}; padding: 6px; }}")

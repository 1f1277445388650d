"""Entering the lines of a document (GRN, waybill) from the keyboard: pick the item,
type the quantity (and lot and expiry when asked), Enter adds the line, Delete
removes the selected one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.choices import ItemChoice
from ..widgets import Column, ItemPicker, RowsModel


@dataclass
class EnteredLine:
    item_code: str
    item_name: str
    unit: str
    qty: int
    lot_no: str | None = None
    expiry: date | None = None


class LinesEditor(QWidget):
    """An entry row over a table of the lines entered so far."""

    changed = Signal()

    def __init__(self, *, with_lots: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.with_lots = with_lots
        self.item = ItemPicker()
        self.item.setObjectName("lineItem")
        self.qty = QSpinBox()
        self.qty.setObjectName("lineQty")
        self.qty.setRange(0, 10_000_000)
        self.qty.setGroupSeparatorShown(True)
        self.lot = QLineEdit()
        self.lot.setObjectName("lineLot")
        self.lot.setPlaceholderText(self.tr("Lot / batch (optional)"))
        self.expiry = QDateEdit()
        self.expiry.setObjectName("lineExpiry")
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        self.expiry.setDate(QDate.currentDate().addMonths(6))
        self.expiry.setEnabled(False)
        self.expiry.setToolTip(self.tr("Only for items with an expiry date"))
        self.add_button = QPushButton(self.tr("Add line"))
        self.add_button.setObjectName("addLine")
        self.hint = QLabel()
        self.hint.setObjectName("lineHint")
        self.hint.setStyleSheet("color: #b71c1c;")

        cols = [
            Column(self.tr("Item"), lambda r: r.item_code),
            Column(self.tr("Name"), lambda r: r.item_name),
            Column(self.tr("Quantity"), lambda r: r.qty, numeric=True),
            Column(self.tr("Unit"), lambda r: r.unit),
        ]
        if with_lots:
            cols += [Column(self.tr("Lot"), lambda r: r.lot_no),
                     Column(self.tr("Expiry"), lambda r: r.expiry)]
        self.model = RowsModel(cols, self)
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)

        entry = QHBoxLayout()
        entry.addWidget(self.item, 3)
        entry.addWidget(QLabel(self.tr("Qty")))
        entry.addWidget(self.qty)
        if with_lots:
            entry.addWidget(self.lot, 1)
            entry.addWidget(QLabel(self.tr("Expiry")))
            entry.addWidget(self.expiry)
        else:
            self.lot.hide()
            self.expiry.hide()
        entry.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(entry)
        lay.addWidget(self.hint)
        lay.addWidget(self.table)

        self.item.item_chosen.connect(self._item_chosen)
        self.item.committed.connect(lambda _c: (self.qty.setFocus(), self.qty.selectAll()))
        self.add_button.clicked.connect(self.add_line)
        for w in (self.qty, self.lot, self.expiry):
            w.installEventFilter(self)
        delete = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if (isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.add_line()
            return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]

    def set_items(self, items: list[ItemChoice]) -> None:
        self.item.set_items(items)

    def _item_chosen(self, _code: str) -> None:
        it = self.item.current_item()
        self.expiry.setEnabled(bool(it and it.expiry_tracked and self.with_lots))
        if it is not None:
            self.qty.setSuffix(f" {it.unit}")

    def add_line(self) -> None:
        it = self.item.current_item()
        if it is None:
            self.hint.setText(self.tr("Choose an item from the list first."))
            self.item.setFocus()
            return
        if self.qty.value() <= 0:
            self.hint.setText(self.tr("Enter a quantity above 0."))
            self.qty.setFocus()
            self.qty.selectAll()
            return
        expiry = self.expiry.date().toPython() if (self.with_lots and it.expiry_tracked) else None
        lot = self.lot.text().strip() or None if self.with_lots else None
        self.model.append(EnteredLine(it.code, it.name, it.unit, self.qty.value(), lot, expiry))  # type: ignore[arg-type]
        self.hint.clear()
        self.qty.setValue(0)
        self.lot.clear()
        self.item.setCurrentIndex(-1)
        self.item.setEditText("")
        self.item.setFocus()
        self.table.resizeColumnsToContents()
        self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for r in rows:
            self.model.remove(r)
        self.changed.emit()

    def lines(self) -> list[EnteredLine]:
        return self.model.rows()

    def clear(self) -> None:
        self.model.set_rows([])
        self.hint.clear()
        self.changed.emit()

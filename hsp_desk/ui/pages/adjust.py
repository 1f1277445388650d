"""Adjust: stock damaged, expired, lost, stolen, found or corrected, always with a reason."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from ...domain.roles import Permission
from ...services.adjustments import adjust
from ...services.choices import LotChoice, adjustment_reasons, lots_on_hand
from ..context import AppContext
from ..errors import show_error
from ..icons import icon
from ..widgets import ItemPicker, banner
from .base import Page

REASON_LABELS = {
    "damaged": QT_TRANSLATE_NOOP("AdjustPage", "Damaged"),
    "expired": QT_TRANSLATE_NOOP("AdjustPage", "Expired"),
    "lost": QT_TRANSLATE_NOOP("AdjustPage", "Lost"),
    "stolen": QT_TRANSLATE_NOOP("AdjustPage", "Stolen"),
    "found": QT_TRANSLATE_NOOP("AdjustPage", "Found (adds stock)"),
    "correction": QT_TRANSLATE_NOOP("AdjustPage", "Correction (adds or removes)"),
}


class AdjustPage(Page):
    key = "adjust"
    permission = Permission.ADJUST

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.item = ItemPicker()
        self.item.setObjectName("adjustItem")
        self.remove = QRadioButton(self.tr("Remove from stock"))
        self.remove.setObjectName("adjustRemove")
        self.add = QRadioButton(self.tr("Add to stock"))
        self.add.setObjectName("adjustAdd")
        self.remove.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.remove)
        group.addButton(self.add)
        direction = QHBoxLayout()
        direction.addWidget(self.remove)
        direction.addWidget(self.add)
        direction.addStretch()
        self.qty = QSpinBox()
        self.qty.setObjectName("adjustQty")
        self.qty.setRange(0, 10_000_000)
        self.reason = QComboBox()
        self.reason.setObjectName("adjustReason")
        self.reason.addItem(self.tr("(choose a reason)"), "")
        for r in adjustment_reasons():
            self.reason.addItem(QCoreApplication.translate("AdjustPage", REASON_LABELS.get(r, r)), r)
        self.lot = QComboBox()
        self.lot.setObjectName("adjustLot")
        self.note = QLineEdit()
        self.note.setObjectName("adjustNote")
        self.note.setPlaceholderText(self.tr("What happened (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("Item"), self.item)
        form.addRow(self.tr("Direction"), direction)
        form.addRow(self.tr("Quantity"), self.qty)
        form.addRow(self.tr("Reason (required)"), self.reason)
        form.addRow(self.tr("Lot"), self.lot)
        form.addRow(self.tr("Note"), self.note)
        self.record = QPushButton(icon("adjust"), self.tr("Record adjustment (Ctrl+Enter)"))
        self.record.setObjectName("recordAdjustment")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.record)
        self.result = banner()
        self.layout_.addLayout(form)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.result)
        self.layout_.addStretch(1)
        self.record.clicked.connect(self.submit)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.submit)
        self.item.item_chosen.connect(self._load_lots)
        ctx.choices_changed.connect(lambda: self.item.set_items(self.ctx.items))
        self.item.set_items(ctx.items)
        self._fill_lots([])

    def title(self) -> str:
        return self.tr("Adjust")

    def reload(self) -> None:
        self.set_heading(self.tr("Adjust stock at {site}").format(site=self.ctx.site_name()))
        self._load_lots(self.item.current_code() or "")

    def focus_first(self) -> None:
        self.item.setFocus()

    def _load_lots(self, code: str) -> None:
        site = self.ctx.site_code
        if not code or not site:
            self._fill_lots([])
            return
        self.ctx.tasks.run_db(lambda s, _j: lots_on_hand(s, site, code), self._fill_lots, parent=self)

    def _fill_lots(self, lots: list[LotChoice]) -> None:
        self.lot.clear()
        self.lot.addItem(self.tr("(any lot: soonest expiry first)"), "")
        for lot in lots:
            self.lot.addItem(self.tr("{lot}: expires {expiry}, {qty} on hand").format(
                lot=lot.lot_no, expiry=lot.expiry or "-", qty=lot.on_hand), lot.lot_no)

    def submit(self) -> None:
        site = self.ctx.site_code
        code = self.item.current_code() or self.item.currentText().strip()
        qty = self.qty.value() * (1 if self.add.isChecked() else -1)
        reason = self.reason.currentData() or ""
        lot = self.lot.currentData() or None
        note = self.note.text().strip() or None
        actor = self.ctx.actor
        self.record.setEnabled(False)

        def job(session, _j):  # type: ignore[no-untyped-def]
            moves = adjust(session, actor, site, code, qty, reason, lot_no=lot, note=note)
            return len(moves)

        def done(_n: int) -> None:
            self.record.setEnabled(True)
            self.result.setText(self.tr("Recorded: {qty:+d} of {item} at {site} ({reason}).").format(
                qty=qty, item=code, site=site, reason=self.reason.currentText()))
            self.result.show()
            self.qty.setValue(0)
            self.reason.setCurrentIndex(0)
            self.note.clear()
            self._load_lots(code)

        def failed(exc: BaseException) -> None:
            self.record.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=failed)

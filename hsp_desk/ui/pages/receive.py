"""Receive: a goods received note (GRN) with donor, supplier, and lines with lots."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from ...domain.roles import Permission
from ...services.receiving import ReceiptLine, receive
from ..context import AppContext
from ..icons import icon
from ..widgets import banner
from .base import Page
from .lines import LinesEditor


class ReceivePage(Page):
    key = "receive"
    permission = Permission.RECEIVE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.donor = QComboBox()
        self.donor.setObjectName("donor")
        self.supplier = QLineEdit()
        self.supplier.setObjectName("supplier")
        self.supplier.setPlaceholderText(self.tr("Who delivered (optional)"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note (optional), e.g. the delivery note number"))
        form = QFormLayout()
        form.addRow(self.tr("Donor"), self.donor)
        form.addRow(self.tr("Supplier"), self.supplier)
        form.addRow(self.tr("Note"), self.note)
        self.lines = LinesEditor(with_lots=True)
        self.record = QPushButton(icon("receive"), self.tr("Record receipt (Ctrl+Enter)"))
        self.record.setObjectName("recordReceipt")
        self.record.setDefault(False)
        self.result = banner()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.record)
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.lines, 1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.result)
        self.record.clicked.connect(self.submit)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.submit)
        ctx.choices_changed.connect(self._fill)
        self._fill()

    def title(self) -> str:
        return self.tr("Receive")

    def _fill(self) -> None:
        self.donor.clear()
        self.donor.addItem(self.tr("(no donor)"), "")
        for d in self.ctx.donors:
            self.donor.addItem(f"{d.name} ({d.code})", d.code)
        self.lines.set_items(self.ctx.items)

    def reload(self) -> None:
        self.set_heading(self.tr("Receive goods at {site}").format(site=self.ctx.site_name()))

    def focus_first(self) -> None:
        self.lines.item.setFocus()

    def submit(self) -> None:
        entered = self.lines.lines()
        site = self.ctx.site_code
        donor = self.donor.currentData() or None
        supplier = self.supplier.text().strip() or None
        note = self.note.text().strip() or None
        lines = [ReceiptLine(e.item_code, e.qty, e.lot_no, e.expiry) for e in entered]
        actor = self.ctx.actor
        self.record.setEnabled(False)

        def job(session, _job):  # type: ignore[no-untyped-def]
            doc = receive(session, actor, site, lines, donor_code=donor, supplier=supplier, note=note)
            return doc.number

        def done(number: str) -> None:
            self.record.setEnabled(True)
            self.result.setText(self.tr("Recorded {number}: {n} line(s) received at {site}.").format(
                number=number, n=len(lines), site=site))
            self.result.show()
            self.lines.clear()
            self.supplier.clear()
            self.note.clear()
            self.lines.item.setFocus()

        def failed(exc: BaseException) -> None:
            self.record.setEnabled(True)
            from ..errors import show_error

            show_error(self, exc)

        self.last_number = None
        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=failed)

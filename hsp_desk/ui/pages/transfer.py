"""Transfer: dispatch a waybill to another site, and receive waybills in transit with
the quantities that actually arrived (the rest is the transit loss)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Permission
from ...services.choices import WaybillChoice, waybills_in_transit
from ...services.transfers import TransferLine, WaybillLine, dispatch, receive_transfer, waybill_lines
from ..context import AppContext
from ..errors import show_error
from ..icons import icon
from ..widgets import Column, RowsModel, SiteCombo, banner
from .base import Page
from .lines import LinesEditor


@dataclass
class ArrivalLine:
    item_code: str
    item_name: str
    unit: str
    sent: int
    received: int


def _set_received(row: ArrivalLine, value: object) -> None:
    with contextlib.suppress(TypeError, ValueError):
        row.received = max(0, int(value))  # type: ignore[call-overload]


class TransferPage(Page):
    key = "transfer"
    permission = Permission.TRANSFER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # Dispatch ----------------------------------------------------------------------
        self.to_site = SiteCombo()
        self.to_site.setObjectName("toSite")
        self.note = QLineEdit()
        self.note.setObjectName("waybillNote")
        self.note.setPlaceholderText(self.tr("Note (optional): driver, vehicle…"))
        self.lines = LinesEditor(with_lots=False)
        self.dispatch_button = QPushButton(icon("transfer"), self.tr("Dispatch waybill (Ctrl+Enter)"))
        self.dispatch_button.setObjectName("dispatch")
        send_box = QGroupBox(self.tr("Send goods"))
        form = QFormLayout()
        form.addRow(self.tr("To site"), self.to_site)
        form.addRow(self.tr("Note"), self.note)
        sv = QVBoxLayout(send_box)
        sv.addLayout(form)
        sv.addWidget(self.lines, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.dispatch_button)
        sv.addLayout(row)

        # Receive -----------------------------------------------------------------------
        self.waybills = RowsModel([
            Column(self.tr("Waybill"), lambda w: w.number),
            Column(self.tr("From"), lambda w: w.from_code),
            Column(self.tr("To"), lambda w: w.to_code),
            Column(self.tr("Dispatched"), lambda w: w.dispatched_at.strftime("%Y-%m-%d %H:%M")),
        ], self)
        self.waybill_table = QTableView()
        self.waybill_table.setObjectName("waybillTable")
        self.waybill_table.setModel(self.waybills)
        self.waybill_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.waybill_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.waybill_table.verticalHeader().setVisible(False)
        self.waybill_table.horizontalHeader().setStretchLastSection(True)
        self.arrivals = RowsModel([
            Column(self.tr("Item"), lambda r: r.item_code),
            Column(self.tr("Name"), lambda r: r.item_name),
            Column(self.tr("Sent"), lambda r: r.sent, numeric=True),
            Column(self.tr("Received"), lambda r: r.received, editable=True, setter=_set_received,
                   numeric=True),
            Column(self.tr("Lost in transit"), lambda r: r.sent - r.received, numeric=True),
        ], self)
        self.arrival_table = QTableView()
        self.arrival_table.setObjectName("arrivalTable")
        self.arrival_table.setModel(self.arrivals)
        self.arrival_table.verticalHeader().setVisible(False)
        self.arrival_table.horizontalHeader().setStretchLastSection(True)
        self.arrival_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.receive_button = QPushButton(icon("receive"), self.tr("Receive this waybill"))
        self.receive_button.setObjectName("receiveWaybill")
        self.receive_button.setEnabled(False)
        self.receive_hint = QLabel(self.tr("Choose a waybill; type what arrived in the Received column."))
        self.receive_hint.setWordWrap(True)
        recv_box = QGroupBox(self.tr("Waybills in transit"))
        rv = QVBoxLayout(recv_box)
        rv.addWidget(self.waybill_table, 1)
        rv.addWidget(self.receive_hint)
        rv.addWidget(self.arrival_table, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.receive_button)
        rv.addLayout(row)

        split = QSplitter()
        split.addWidget(send_box)
        split.addWidget(recv_box)
        split.setSizes([600, 500])
        self.result = banner()
        self.layout_.addWidget(split, 1)
        self.layout_.addWidget(self.result)

        self.dispatch_button.clicked.connect(self.submit_dispatch)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), send_box, activated=self.submit_dispatch)
        self.waybill_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._pick(cur.row()))
        self.receive_button.clicked.connect(self.submit_receipt)
        ctx.choices_changed.connect(self._fill)
        self._fill()
        self.selected: WaybillChoice | None = None

    def title(self) -> str:
        return self.tr("Transfer")

    def _fill(self) -> None:
        self.to_site.set_sites(self.ctx.sites, exclude=self.ctx.site_code)
        self.lines.set_items(self.ctx.items)

    def reload(self) -> None:
        site = self.ctx.site_code
        self.set_heading(self.tr("Transfers from and to {site}").format(site=self.ctx.site_name()))
        self.to_site.set_sites(self.ctx.sites, exclude=site)
        self.ctx.tasks.run_db(lambda s, _j: waybills_in_transit(s, site), self._waybills_loaded, parent=self)

    def _waybills_loaded(self, rows: list[WaybillChoice]) -> None:
        self.waybills.set_rows(rows)
        self.waybill_table.resizeColumnsToContents()
        self.arrivals.set_rows([])
        self.selected = None
        self.receive_button.setEnabled(False)

    def focus_first(self) -> None:
        self.lines.item.setFocus()

    # dispatch --------------------------------------------------------------------------

    def submit_dispatch(self) -> None:
        source, dest = self.ctx.site_code, self.to_site.current_code() or ""
        lines = [TransferLine(e.item_code, e.qty) for e in self.lines.lines()]
        note = self.note.text().strip() or None
        actor = self.ctx.actor
        self.dispatch_button.setEnabled(False)

        def job(session, _j):  # type: ignore[no-untyped-def]
            return dispatch(session, actor, source, dest, lines, note=note).number

        def done(number: str) -> None:
            self.dispatch_button.setEnabled(True)
            self.result.setText(self.tr("Waybill {number} dispatched to {site}; it is now in transit.").format(  # noqa: E501
                number=number, site=dest))
            self.result.show()
            self.lines.clear()
            self.note.clear()

        def failed(exc: BaseException) -> None:
            self.dispatch_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=failed)

    # receive ---------------------------------------------------------------------------

    def _pick(self, row: int) -> None:
        if row < 0 or row >= self.waybills.rowCount():
            return
        wb: WaybillChoice = self.waybills.row_at(row)
        self.selected = wb
        here = wb.to_code == self.ctx.site_code
        self.receive_button.setEnabled(here)
        self.receive_hint.setText(
            self.tr("Type what arrived in the Received column, then receive.") if here
            else self.tr("This waybill goes to {site}: receive it there (choose that site at the top).").format(  # noqa: E501
                site=wb.to_code)
        )
        number = wb.number
        self.ctx.tasks.run_db(lambda s, _j: waybill_lines(s, number), self._lines_loaded, parent=self)

    def _lines_loaded(self, lines: list[WaybillLine]) -> None:
        self.arrivals.set_rows([ArrivalLine(w.item_code, w.item_name, w.unit, w.sent, w.sent) for w in lines])
        self.arrival_table.resizeColumnsToContents()

    def submit_receipt(self) -> None:
        if self.selected is None:
            return
        number = self.selected.number
        received = {a.item_code: a.received for a in self.arrivals.rows()}
        lost = sum(a.sent - a.received for a in self.arrivals.rows())
        actor = self.ctx.actor
        self.receive_button.setEnabled(False)

        def job(session, _j):  # type: ignore[no-untyped-def]
            return receive_transfer(session, actor, number, received).number

        def done(_number: str) -> None:
            text = self.tr("Waybill {number} received.").format(number=number)
            if lost:
                text += " " + self.tr("{n} unit(s) lost in transit are recorded on the waybill.").format(n=lost)  # noqa: E501
            self.result.setText(text)
            self.result.show()

        def failed(exc: BaseException) -> None:
            self.receive_button.setEnabled(True)
            show_error(self, exc)

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=failed)

"""Count: start a count (blind by default), enter what is on the shelves, review the
variances with a reason each, approve (which writes the count corrections)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ...domain.counts import COUNT_KIND_TEXTS, COUNT_STATUS_TEXTS, CountView, VarianceReason
from ...domain.roles import Permission
from ...services.counts import (
    CountEntry,
    ReasonEntry,
    approve_count,
    count_view,
    counts_at,
    enter_counts,
    may_approve,
    set_reasons,
    start_count,
    submit_count,
)
from ..context import AppContext
from ..domain_texts import value_label
from ..errors import show_error
from ..icons import icon
from ..widgets import Column, RowsModel, banner
from .base import Page

COL_COUNTED, COL_REASON = 3, 7


@dataclass
class CountRow:
    item_code: str
    item_name: str
    lot_no: str | None
    counted: int | None
    expected: int | None
    variance: int | None
    reason: str | None
    counted_edited: bool = False
    reason_edited: bool = False


def _set_counted(row: CountRow, value: object) -> None:
    try:
        qty = int(str(value).strip())
    except (TypeError, ValueError):
        return
    row.counted, row.counted_edited = qty, True


def _set_reason(row: CountRow, value: object) -> None:
    row.reason, row.reason_edited = (str(value) or None), True


class ReasonDelegate(QStyledItemDelegate):
    """A drop-down of variance reasons in the Reason column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        box = QComboBox(parent)
        box.addItem("", "")
        for r in VarianceReason:
            box.addItem(r.label, r.value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CountPage(Page):
    key = "count"
    permission = Permission.COUNT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.count_box = QComboBox()
        self.count_box.setObjectName("countSelector")
        self.blind = QCheckBox(self.tr("Blind (counters do not see the expected figures)"))
        self.blind.setObjectName("blind")
        self.blind.setChecked(True)
        self.start_button = QPushButton(icon("count"), self.tr("Start a count"))
        self.start_button.setObjectName("startCount")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Count")))
        top.addWidget(self.count_box, 1)
        top.addWidget(self.blind)
        top.addWidget(self.start_button)
        self.status = QLabel()
        self.status.setObjectName("countStatus")
        self.status.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Item"), lambda r: r.item_code),
            Column(self.tr("Name"), lambda r: r.item_name),
            Column(self.tr("Lot"), lambda r: r.lot_no),
            Column(self.tr("Counted"), lambda r: r.counted, editable=True, setter=_set_counted, numeric=True),
            Column(self.tr("Expected"), lambda r: r.expected, numeric=True),
            Column(self.tr("Variance"), lambda r: None if r.variance is None else f"{r.variance:+d}",
                   numeric=True),
            Column(self.tr("Reason needed"), lambda r: "!" if r.variance and not r.reason else ""),
            Column(self.tr("Reason"), lambda r: r.reason, editable=True, setter=_set_reason),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("countTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setItemDelegateForColumn(COL_REASON, ReasonDelegate(self.table))
        self.save_button = QPushButton(self.tr("Save counts"))
        self.save_button.setObjectName("saveCounts")
        self.submit_button = QPushButton(self.tr("Counting done: submit"))
        self.submit_button.setObjectName("submitCount")
        self.approve_button = QPushButton(icon("count"), self.tr("Approve (writes the corrections)"))
        self.approve_button.setObjectName("approveCount")
        buttons = QHBoxLayout()
        buttons.addStretch()
        for b in (self.save_button, self.submit_button, self.approve_button):
            buttons.addWidget(b)
        self.result = banner()
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.status)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.result)
        self.view: CountView | None = None

        self.start_button.clicked.connect(self.start)
        self.count_box.currentIndexChanged.connect(lambda _i: self.load_count())
        self.save_button.clicked.connect(lambda: self.save())
        self.submit_button.clicked.connect(self.submit)
        self.approve_button.clicked.connect(self.approve)
        self.approve_button.setVisible(may_approve(ctx.actor))

    def title(self) -> str:
        return self.tr("Count")

    def reload(self) -> None:
        site = self.ctx.site_code
        self.set_heading(self.tr("Stock counts at {site}").format(site=self.ctx.site_name()))
        self.ctx.tasks.run_db(lambda s, _j: counts_at(s, site, active_only=True), self._counts_loaded,
                              parent=self)

    def _counts_loaded(self, numbers: list[str]) -> None:
        keep = self.count_box.currentText()
        self.count_box.blockSignals(True)
        self.count_box.clear()
        self.count_box.addItems(numbers)
        i = self.count_box.findText(keep)
        self.count_box.setCurrentIndex(i if i >= 0 else self.count_box.count() - 1)
        self.count_box.blockSignals(False)
        self.load_count()

    def number(self) -> str:
        return self.count_box.currentText()

    def load_count(self) -> None:
        number, actor = self.number(), self.ctx.actor
        if not number:
            self.view = None
            self.model.set_rows([])
            self.status.setText(self.tr("No count in progress here. Start one to count the shelves."))
            self._buttons()
            return
        self.ctx.tasks.run_db(lambda s, _j: count_view(s, actor, number), self._view_loaded, parent=self)

    def _view_loaded(self, view: CountView) -> None:
        self.view = view
        self.model.set_rows([
            CountRow(li.item_code, li.item_name, li.lot_no, li.counted, li.expected_at_count, li.variance,
                     li.reason) for li in view.lines
        ])
        self.table.setColumnHidden(4, not view.expected_visible)
        self.table.setColumnHidden(5, not view.expected_visible)
        self.table.setColumnHidden(6, not view.expected_visible)
        self.table.setColumnHidden(COL_REASON, not view.expected_visible)
        blind = self.tr("blind") if view.blind else self.tr("not blind")
        self.status.setText(self.tr("{number}: {kind} count, {blind}, {status}; {n} of {total} lines counted.").format(  # noqa: E501
            number=view.number, kind=value_label(COUNT_KIND_TEXTS, view.kind), blind=blind,
            status=value_label(COUNT_STATUS_TEXTS, view.status),
            n=view.counted_lines, total=len(view.lines)))
        self.table.resizeColumnsToContents()
        self._buttons()

    def _buttons(self) -> None:
        status = self.view.status if self.view else ""
        self.save_button.setEnabled(status in ("open", "submitted"))
        self.submit_button.setEnabled(status == "open")
        self.approve_button.setEnabled(status in ("open", "submitted"))

    # actions ---------------------------------------------------------------------------

    def start(self) -> None:
        site, actor, blind = self.ctx.site_code, self.ctx.actor, self.blind.isChecked()

        def job(session, _j):  # type: ignore[no-untyped-def]
            start_count(session, actor, site, blind=blind)
            return count_view(session, actor, counts_at(session, site, active_only=True)[-1])

        def done(view: CountView) -> None:
            self.count_box.blockSignals(True)
            self.count_box.addItem(view.number)
            self.count_box.setCurrentIndex(self.count_box.count() - 1)
            self.count_box.blockSignals(False)
            self._view_loaded(view)
            self.result.setText(self.tr("Count {number} started: type what is on each shelf.").format(
                number=view.number))
            self.result.show()

        self.ctx.tasks.run_db(job, done, parent=self, on_error=lambda e: show_error(self, e))

    def _entries(self) -> tuple[list[CountEntry], list[ReasonEntry]]:
        rows = self.model.rows()
        counted = [CountEntry(r.item_code, r.counted, r.lot_no) for r in rows
                   if r.counted_edited and r.counted is not None]
        reasons = [ReasonEntry(r.item_code, r.reason, r.lot_no) for r in rows if r.reason_edited and r.reason]
        return counted, reasons

    def save(self, then: Any = None) -> None:
        number, actor = self.number(), self.ctx.actor
        counted, reasons = self._entries()

        def job(session, _j):  # type: ignore[no-untyped-def]
            if counted:
                enter_counts(session, actor, number, counted)
            if reasons:
                set_reasons(session, actor, number, reasons)
            if then is not None:
                then(session, actor, number)
            return count_view(session, actor, number)

        def done(view: CountView) -> None:
            self._view_loaded(view)
            if view.status == "approved":
                self.result.setText(self.tr("Count {number} approved; the stock now matches the shelves.").format(  # noqa: E501
                    number=view.number))
                self.reload()
            else:
                self.result.setText(self.tr("Saved {n} line(s) of {number}.").format(
                    n=len(counted) + len(reasons), number=number))
            self.result.show()

        self.ctx.tasks.run_db(job, done, parent=self, writes=then is approve_count,
                              on_error=lambda e: show_error(self, e))

    def submit(self) -> None:
        self.save(then=submit_count)

    def approve(self) -> None:
        self.save(then=approve_count)


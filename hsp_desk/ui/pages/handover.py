"""Handover: the outgoing coordinator hands the site to the incoming one, with a blind
count of the site's handover items, the open issues, and the report to sign (PDF) or
keep (XLSX). Variances of the handover count are approved on the Count page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import Permission
from ...services.counts import CountEntry, enter_counts
from ...services.handover import close_handover, handover_items, set_handover_items, start_handover
from ...services.handover_desk import (
    HandoverDetail,
    HandoverRow,
    handover_detail,
    handovers_at,
    save_handover_report,
)
from ..context import AppContext
from ..errors import show_error
from ..icons import category_icon, icon
from ..widgets import Column, RowsModel, banner
from .base import Page
from .count import CountRow, _set_counted
from .save_as import ask_path

COL_COUNTED = 3

STATUS_LABELS = {"open": QT_TRANSLATE_NOOP("HandoverPage", "open"),
                 "closed": QT_TRANSLATE_NOOP("HandoverPage", "closed")}


def _status(status: str) -> str:
    return QCoreApplication.translate("HandoverPage", STATUS_LABELS.get(status, status))


def _utc(when: QDateTime) -> datetime:
    """A local date and time from the form as naive UTC, like every timestamp stored."""
    return datetime.fromtimestamp(when.toSecsSinceEpoch(), UTC).replace(tzinfo=None)


def _local(when: datetime | None) -> str:
    if when is None:
        return ""
    return when.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


class HandoverPage(Page):
    key = "handover"
    permission = Permission.HANDOVER

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preset_path: Path | None = None
        self.last_file: Path | None = None
        self.detail: HandoverDetail | None = None

        # Which handover ----------------------------------------------------------------
        self.handover_box = QComboBox()
        self.handover_box.setObjectName("handoverSelector")
        self.handover_box.setMinimumContentsLength(40)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Handover"))
        label.setBuddy(self.handover_box)
        top.addWidget(label)
        top.addWidget(self.handover_box, 1)

        # Start a handover --------------------------------------------------------------
        self.outgoing = QLineEdit()
        self.outgoing.setObjectName("outgoing")
        self.outgoing.setPlaceholderText(self.tr("Name of the coordinator handing over"))
        self.shift_start = QDateTimeEdit()
        self.shift_start.setObjectName("shiftStart")
        self.shift_start.setCalendarPopup(True)
        self.shift_start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.items_list = QListWidget()
        self.items_list.setObjectName("handoverItems")
        self.items_list.setToolTip(self.tr("Tick the items counted at this handover"))
        self.save_items_button = QPushButton(self.tr("Count these at every handover here"))
        self.save_items_button.setObjectName("saveHandoverItems")
        self.start_button = QPushButton(icon("handover"), self.tr("Start the handover"))
        self.start_button.setObjectName("startHandover")
        start_form = QFormLayout()
        start_form.addRow(self.tr("Outgoing coordinator"), self.outgoing)
        start_form.addRow(self.tr("Shift started at"), self.shift_start)
        start_box = QGroupBox(self.tr("Start a handover"))
        sv = QVBoxLayout(start_box)
        sv.addLayout(start_form)
        sv.addWidget(QLabel(self.tr("Items to count (blind):")))
        sv.addWidget(self.items_list, 1)
        sv.addWidget(self.save_items_button)
        sv.addWidget(self.start_button)
        start_box.setMaximumWidth(420)

        # The current handover ----------------------------------------------------------
        self.status = QLabel()
        self.status.setObjectName("handoverStatus")
        self.status.setWordWrap(True)
        self.model = RowsModel([
            Column(self.tr("Item"), lambda r: r.item_code),
            Column(self.tr("Name"), lambda r: r.item_name),
            Column(self.tr("Lot"), lambda r: r.lot_no),
            Column(self.tr("Counted"), lambda r: r.counted, editable=True, setter=_set_counted, numeric=True),
            Column(self.tr("Expected"), lambda r: r.expected, numeric=True),
            Column(self.tr("Variance"), lambda r: None if r.variance is None else f"{r.variance:+d}",
                   numeric=True),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("handoverCountTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.incoming = QLineEdit()
        self.incoming.setObjectName("incoming")
        self.incoming.setPlaceholderText(self.tr("Name of the coordinator taking over"))
        self.issues = QPlainTextEdit()
        self.issues.setObjectName("openIssues")
        self.issues.setPlaceholderText(self.tr(
            "Open issues for the next shift: stock expected, broken scanner, … (never about a person)"))
        self.issues.setMaximumHeight(90)
        self.save_counts_button = QPushButton(self.tr("Save counts"))
        self.save_counts_button.setObjectName("saveHandoverCounts")
        self.close_button = QPushButton(icon("handover"), self.tr("Close the handover"))
        self.close_button.setObjectName("closeHandover")
        self.pdf_button = QPushButton(icon("reports"), self.tr("Save PDF to sign…"))
        self.pdf_button.setObjectName("handoverPdf")
        self.xlsx_button = QPushButton(self.tr("Save Excel…"))
        self.xlsx_button.setObjectName("handoverXlsx")
        self.open_button = QPushButton(self.tr("Open the report"))
        self.open_button.setVisible(False)
        close_form = QFormLayout()
        close_form.addRow(self.tr("Incoming coordinator"), self.incoming)
        close_form.addRow(self.tr("Open issues"), self.issues)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_counts_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        current_box = QGroupBox(self.tr("This handover"))
        cv = QVBoxLayout(current_box)
        cv.addWidget(self.status)
        cv.addWidget(self.table, 1)
        cv.addLayout(close_form)
        cv.addLayout(buttons)

        body = QHBoxLayout()
        body.addWidget(start_box)
        body.addWidget(current_box, 1)
        self.result = banner()
        self.layout_.addLayout(top)
        self.layout_.addLayout(body, 1)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.open_button)

        self.handover_box.currentIndexChanged.connect(lambda _i: self.load_handover())
        self.save_items_button.clicked.connect(self.save_items)
        self.start_button.clicked.connect(self.start)
        self.save_counts_button.clicked.connect(lambda: self.save_counts())
        self.close_button.clicked.connect(self.close_handover)
        self.pdf_button.clicked.connect(lambda: self.save_report("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_report("xlsx"))
        self.open_button.clicked.connect(
            lambda: self.last_file and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file))))
        ctx.choices_changed.connect(lambda: self._fill_items(self.checked_items()))
        self._reset_shift_start()
        self._buttons()

    def title(self) -> str:
        return self.tr("Handover")

    def focus_first(self) -> None:
        if self.detail is not None and self.detail.row.status == "open":
            self.incoming.setFocus()
        else:
            self.outgoing.setFocus()

    def _reset_shift_start(self) -> None:
        # A shift usually began this morning; the coordinator corrects it if not.
        now = QDateTime.currentDateTime()
        start = QDateTime(now.date(), QTime(8, 0))
        self.shift_start.setDateTime(start if start < now else now.addSecs(-8 * 3600))

    # loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        site, actor = self.ctx.site_code, self.ctx.actor
        self.set_heading(self.tr("Shift handover at {site}").format(site=self.ctx.site_name()))
        if not site:
            return

        def job(session, _j):  # type: ignore[no-untyped-def]
            return handovers_at(session, actor, site), handover_items(session, site)

        self.ctx.tasks.run_db(job, self._loaded, parent=self)

    def _loaded(self, result: tuple[list[HandoverRow], list[str]]) -> None:
        rows, items = result
        self._fill_items(items)
        keep = self.handover_box.currentData()
        self.handover_box.blockSignals(True)
        self.handover_box.clear()
        for r in rows:
            who = f"{r.outgoing} → {r.incoming}" if r.incoming else r.outgoing
            self.handover_box.addItem(
                self.tr("{number}: {who}, {status}, since {start}").format(
                    number=r.number, who=who, status=_status(r.status), start=_local(r.shift_start)),
                r.number)
        i = self.handover_box.findData(keep)
        if i < 0:  # the newest open one, else the newest
            i = next((n for n, r in enumerate(rows) if r.status == "open"), 0 if rows else -1)
        self.handover_box.setCurrentIndex(i)
        self.handover_box.blockSignals(False)
        self.load_handover()

    def _fill_items(self, checked: list[str]) -> None:
        self.items_list.clear()
        wanted = set(checked)
        for it in self.ctx.items:
            entry = QListWidgetItem(category_icon(it.category), f"{it.name} ({it.code})")
            entry.setData(Qt.ItemDataRole.UserRole, it.code)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if it.code in wanted else Qt.CheckState.Unchecked)
            self.items_list.addItem(entry)

    def checked_items(self) -> list[str]:
        out = []
        for n in range(self.items_list.count()):
            entry = self.items_list.item(n)
            if entry.checkState() == Qt.CheckState.Checked:
                out.append(str(entry.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, codes: list[str]) -> None:
        self._fill_items(codes)

    def number(self) -> str:
        return str(self.handover_box.currentData() or "")

    def load_handover(self) -> None:
        number, actor = self.number(), self.ctx.actor
        if not number:
            self._shown(None)
            return
        self.ctx.tasks.run_db(lambda s, _j: handover_detail(s, actor, number), self._shown, parent=self)

    def _shown(self, detail: HandoverDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.model.set_rows([])
            self.status.setText(self.tr(
                "No handover here yet. Fill in the left side and start one at the end of the shift."))
            self._buttons()
            return
        r = detail.row
        view = detail.count
        rows = [CountRow(li.item_code, li.item_name, li.lot_no, li.counted, li.expected_at_count, li.variance,
                         li.reason) for li in view.lines] if view else []
        self.model.set_rows(rows)
        shown = bool(view and view.expected_visible)
        for col in (4, 5):
            self.table.setColumnHidden(col, not shown)
        if r.status == "open":
            text = self.tr("{number} is open: {who} hands over. Count each line without looking at "
                           "the stock list (blind), then enter the incoming coordinator and close.").format(
                number=r.number, who=r.outgoing)
            if view is None:
                text += " " + self.tr("No items are counted at this handover.")
        else:
            text = self.tr("{number} closed: {out} handed over to {inc} at {end}.").format(
                number=r.number, out=r.outgoing, inc=r.incoming or "", end=_local(r.shift_end))
            if view is not None and view.status == "submitted":
                text += " " + self.tr("Count {count} waits for approval on the Count page (a reason for each "
                                      "variance).").format(count=view.number)
        self.status.setText(text)
        self.incoming.setText(r.incoming or "")
        self.issues.setPlainText(detail.open_issues or "")
        self.table.resizeColumnsToContents()
        self._buttons()

    def _buttons(self) -> None:
        d = self.detail
        is_open = d is not None and d.row.status == "open"
        counting = is_open and d is not None and d.count is not None and d.count.status == "open"
        self.save_counts_button.setEnabled(counting)
        self.close_button.setEnabled(is_open)
        self.incoming.setEnabled(is_open)
        self.issues.setReadOnly(not is_open)
        self.pdf_button.setEnabled(d is not None)
        self.xlsx_button.setEnabled(d is not None)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if counting
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()

    # actions ---------------------------------------------------------------------------

    def save_items(self) -> None:
        site, actor, codes = self.ctx.site_code, self.ctx.actor, self.checked_items()

        def done(n: int) -> None:
            self._say(self.tr("{n} item(s) are now counted at every handover at {site}.").format(
                n=n, site=self.ctx.site_name(site)))

        self.ctx.tasks.run_db(lambda s, _j: set_handover_items(s, actor, site, codes), done, parent=self,
                              on_error=lambda e: show_error(self, e))

    def start(self) -> None:
        site, actor = self.ctx.site_code, self.ctx.actor
        outgoing = self.outgoing.text().strip()
        start = _utc(self.shift_start.dateTime())
        codes = self.checked_items() or None

        def job(session, _j):  # type: ignore[no-untyped-def]
            row = start_handover(session, actor, site, outgoing, shift_start=start, item_codes=codes)
            return row.number

        def done(number: str) -> None:
            self._say(self.tr("Handover {number} started. Count the lines, then close it.").format(
                number=number))
            self.handover_box.blockSignals(True)
            self.handover_box.insertItem(0, number, number)
            self.handover_box.setCurrentIndex(0)
            self.handover_box.blockSignals(False)

        # writes=True: the pages reload (this one too, keeping the new handover chosen), and
        # the Count page lists the handover's count.
        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=lambda e: show_error(self, e))

    def _entries(self) -> list[CountEntry]:
        return [CountEntry(r.item_code, r.counted, r.lot_no) for r in self.model.rows()
                if r.counted_edited and r.counted is not None]

    def save_counts(self) -> None:
        d = self.detail
        if d is None or d.count is None:
            return
        count_no, actor, entries = d.count.number, self.ctx.actor, self._entries()
        if not entries:
            self._say(self.tr("Type the counted figures in the Counted column first."))
            return

        def done(_r: object) -> None:
            self._say(self.tr("Saved {n} counted line(s).").format(n=len(entries)))
            self.load_handover()

        self.ctx.tasks.run_db(lambda s, _j: enter_counts(s, actor, count_no, entries), done, parent=self,
                              on_error=lambda e: show_error(self, e))

    def close_handover(self) -> None:
        d = self.detail
        if d is None:
            return
        number, actor = d.row.number, self.ctx.actor
        count_no = d.count.number if d.count is not None and d.count.status == "open" else None
        entries = self._entries() if count_no else []
        incoming, issues = self.incoming.text().strip(), self.issues.toPlainText()

        def job(session, _j):  # type: ignore[no-untyped-def]
            if entries:
                enter_counts(session, actor, count_no, entries)
            close_handover(session, actor, number, incoming, open_issues=issues)
            return number

        def done(n: str) -> None:
            self._say(self.tr("Handover {number} closed. Save the PDF and sign it together.").format(
                number=n))

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=lambda e: show_error(self, e))

    def save_report(self, fmt: str) -> None:
        d = self.detail
        if d is None:
            return
        number, actor = d.row.number, self.ctx.actor
        path = ask_path(self, self.tr("Save the handover report"), f"{number}.{fmt}",
                        "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)", self.preset_path)
        if path is None:
            return

        def done(out: Path) -> None:
            self.last_file = out
            self._say(self.tr("Saved: {path}").format(path=out))
            self.open_button.setVisible(True)

        self.ctx.tasks.run_db(lambda s, _j: save_handover_report(s, actor, number, path), done, parent=self,
                              label=self.tr("Producing the handover report…"),
                              on_error=lambda e: show_error(self, e))

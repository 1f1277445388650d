"""Reports: pick a report, the sites and the period, save it as PDF or Excel. The report
is produced in the background with a progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...domain.roles import Permission
from ..context import AppContext
from ..icons import icon
from ..widgets import ItemPicker, banner
from .base import Page
from .save_as import ask_path


class ReportsPage(Page):
    key = "reports"
    permission = Permission.REPORTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preset_path: Path | None = None
        self.last_file: Path | None = None
        self.report = QComboBox()
        self.report.setObjectName("reportKind")
        self.all_sites = QCheckBox(self.tr("All sites (branch managers)"))
        self.all_sites.setEnabled(ctx.allowed(Permission.REPORTS_ALL_SITES))
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(self.date_to)
        period.addStretch()
        self.item = ItemPicker()
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. GRN-MNE-ROZAJE-2026-0007"))
        self.fmt = QComboBox()
        self.fmt.addItem("PDF", "pdf")
        self.fmt.addItem("Excel (XLSX)", "xlsx")
        self.save_button = QPushButton(icon("reports"), self.tr("Save report as…"))
        self.save_button.setObjectName("saveReport")
        form = QFormLayout()
        form.addRow(self.tr("Report"), self.report)
        form.addRow(self.tr("Sites"), self.all_sites)
        form.addRow(self.tr("Period (from, to)"), period)
        form.addRow(self.tr("Item (stock card)"), self.item)
        form.addRow(self.tr("Document number (GRN, waybill)"), self.number)
        form.addRow(self.tr("Format"), self.fmt)
        self.open_button = QPushButton(self.tr("Open the report"))
        self.open_button.setVisible(False)
        self.result = banner()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        self.layout_.addLayout(form)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.open_button)
        self.layout_.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.report.currentIndexChanged.connect(lambda _i: self._fields())
        self.open_button.clicked.connect(
            lambda: self.last_file and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file))))
        ctx.choices_changed.connect(lambda: self.item.set_items(self.ctx.items))
        self.item.set_items(ctx.items)
        self._fields()

    def title(self) -> str:
        return self.tr("Reports")

    def reload(self) -> None:
        self.set_heading(self.tr("Reports for {site}").format(site=self.ctx.site_name()))
        if not self.report.count():
            # The report modules pull in reportlab and openpyxl (about two seconds): they
            # are imported in the worker on the first visit, never at start-up.
            self.save_button.setEnabled(False)
            self.ctx.tasks.run(lambda _j: _report_names(), self._names_loaded, parent=self)

    def _names_loaded(self, names: dict[str, str]) -> None:
        for name, text in names.items():
            self.report.addItem(text[:1].upper() + text[1:], name)
        self.save_button.setEnabled(True)

    def focus_first(self) -> None:
        self.report.setFocus()

    def _fields(self) -> None:
        name = self.report.currentData()
        self.item.setEnabled(name == "stock-card")
        self.number.setEnabled(name in ("grn", "waybill"))

    def save(self) -> None:
        name, fmt = self.report.currentData(), self.fmt.currentData()
        site = self.ctx.site_code
        path = ask_path(self, self.tr("Save the report"), f"{name}-{site}.{fmt}",
                        "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)", self.preset_path)
        if path is None:
            return
        from ...services.reporting import ReportRequest

        req = ReportRequest(
            name=name, out=path, sites=() if self.all_sites.isChecked() else (site,),
            date_from=self.date_from.date().toPython(), date_to=self.date_to.date().toPython(),
            item_code=self.item.current_code(), number=self.number.text().strip() or None,
        )
        actor = self.ctx.actor

        def done(out: Path) -> None:
            self.last_file = out
            self.result.setText(self.tr("Saved: {path}").format(path=out))
            self.result.show()
            self.open_button.setVisible(True)

        from ...services.reporting import produce_report

        # Every kind of report is produced in a read-only session in tests/test_reports.py.
        self.ctx.tasks.run_read(lambda s, _j: produce_report(s, actor, req), done, parent=self,
                              label=self.tr("Producing the report…"), cancellable=False)


def _report_names() -> dict[str, str]:
    from ...services.reporting import REPORTS

    return dict(REPORTS)

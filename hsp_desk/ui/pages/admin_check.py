"""The Admin page's ledger check: ``hsp-desk verify`` behind a button, for the logistics
officer who reconciles what it finds.

The check runs on the background pool in a read-only session, so the desk can go on
handing items out while it reads; its progress and a Cancel button stay on the tab
instead of a dialog that would block the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.verify import Problem, VerifyReport, run_verify
from ..context import AppContext
from ..errors import show_error
from ..tasks import Job
from ..widgets import Column, RowsModel, banner, set_banner_kind


class LedgerCheckTab(QWidget):
    """Check the ledger (what was written since the last check) or everything."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        #: The words shown for each check while it runs, by the check's function name.
        self.steps = {
            "check_balances": self.tr("Recomputing every balance from the ledger…"),
            "check_audit_trail": self.tr("Checking that every entry is as HSP Desk wrote it…"),
            "check_distributions": self.tr("Checking the hand-outs against the ledger…"),
        }
        self.info = QLabel(self.tr(
            "The check recomputes every stock balance from the movements, and checks that "
            "nothing was changed outside HSP Desk. It only reads: hand-outs can go on while it "
            "runs. A routine check reads what was written since the last one (seconds); "
            "\"Check everything\" re-reads the whole ledger (about half a minute per million "
            "movements)."))
        self.info.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check the ledger"))
        self.check_button.setObjectName("checkLedger")
        self.full_button = QPushButton(self.tr("Check everything"))
        self.full_button.setObjectName("checkEverything")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancelCheck")
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("checkProgress")
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.step = QLabel()
        self.step.setObjectName("checkStep")
        self.step.hide()
        self.result = banner()
        self.result.setObjectName("checkResult")
        self.problems_model = RowsModel([
            Column(self.tr("Where"), lambda p: p.where),
            Column(self.tr("What was found"), lambda p: p.what),
        ], self)
        self.problems = QTableView()
        self.problems.setObjectName("checkProblems")
        self.problems.setModel(self.problems_model)
        self.problems.verticalHeader().setVisible(False)
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setWordWrap(True)
        self.problems.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.full_button)
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addLayout(buttons)
        lay.addWidget(self.progress)
        lay.addWidget(self.step)
        lay.addWidget(self.result)
        lay.addWidget(self.problems, 1)
        lay.addStretch()
        self.check_button.clicked.connect(lambda: self.start(full=False))
        self.full_button.clicked.connect(lambda: self.start(full=True))
        self.cancel_button.clicked.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.job is not None

    def start(self, *, full: bool) -> None:
        if self.running:
            return
        db, actor, steps = self.ctx.db, self.ctx.actor, self.steps
        self.result.hide()
        self.problems.hide()
        self._set_running(True)

        def job(j: Job) -> VerifyReport:
            return run_verify(db, actor, full=full,
                              progress=lambda done, total, name: j.progress(
                                  done, total, steps.get(name, "")))

        self.job = self.ctx.tasks.run(
            job, self._done, parent=self, background=True, on_progress=self._progress,
            on_error=self._failed, on_finished=lambda: self._set_running(False))

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.step.setText(self.tr("Stopping the check…"))
            self.step.show()

    def _set_running(self, running: bool) -> None:
        if not running:
            if self.job is not None and self.job.cancelled:
                self.step.setText(self.tr("The check was stopped. Nothing was changed."))
            else:
                self.step.clear()
            self.step.setVisible(bool(self.step.text()))
            self.job = None
        self.check_button.setEnabled(not running)
        self.full_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if text and not (self.job is not None and self.job.cancelled):
            self.step.setText(text)
            self.step.show()

    def _done(self, report: VerifyReport) -> None:
        if report.problems:
            self._show_problems(report.problems)
            return
        if report.full:
            text = self.tr("No problem found. Every balance matches the ledger, and every row and "
                           "all {n} audit entries are as HSP Desk wrote them.").format(
                n=f"{report.head[0]:,}")
        else:
            text = self.tr("No problem found. Every balance matches the ledger, and the {n} entries "
                           "written since the last check ({when} UTC) are as HSP Desk wrote them.").format(
                n=f"{report.entries_checked:,}",
                when=f"{report.since_at:%Y-%m-%d %H:%M}" if report.since_at else "")
        set_banner_kind(self.result, "info")
        self.result.setText(text)
        self.result.show()

    def _show_problems(self, problems: list[Problem]) -> None:
        set_banner_kind(self.result, "warn")
        self.result.setText(self.tr(
            "{n} problem(s) found; nothing was changed. Each line says where. Keep recording as "
            "usual, and send this list to your branch manager: the database was changed outside "
            "HSP Desk (or damaged), and the backup from before the change can be restored on the "
            "\"Backup and restore\" tab.").format(n=len(problems)))
        self.result.show()
        self.problems_model.set_rows(problems)
        self.problems.resizeColumnToContents(0)
        self.problems.setColumnWidth(0, min(self.problems.columnWidth(0), self.width() // 2))
        self.problems.resizeRowsToContents()
        self.problems.show()

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)

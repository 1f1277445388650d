"""Tokens: print a batch of new cards, and replace a lost card (the household keeps its
history, so the new card gets no second ration in the same period)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLineEdit, QPushButton, QSpinBox, QWidget

from ...domain.roles import Permission
from ...services.card_sheets import issue_sheet, replacement_sheet
from ..context import AppContext
from ..icons import icon
from ..widgets import banner
from .base import Page
from .save_as import ask_path


class TokensPage(Page):
    key = "tokens"
    permission = Permission.ISSUE_TOKENS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        #: Set by tests and scripts to skip the Save-as dialog.
        self.preset_path: Path | None = None
        self.last_file: Path | None = None
        self.count = QSpinBox()
        self.count.setObjectName("cardCount")
        self.count.setRange(1, 2000)
        self.count.setValue(100)
        self.print_button = QPushButton(icon("tokens"), self.tr("Print new cards…"))
        self.print_button.setObjectName("printCards")
        batch = QGroupBox(self.tr("New cards"))
        f = QFormLayout(batch)
        f.addRow(self.tr("How many cards"), self.count)
        f.addRow("", self.print_button)
        self.lost = QLineEdit()
        self.lost.setObjectName("lostCard")
        self.lost.setPlaceholderText(self.tr("Scan the old card, or type its code"))
        self.replace_button = QPushButton(self.tr("Replace the lost card…"))
        self.replace_button.setObjectName("replaceCard")
        repl = QGroupBox(self.tr("Lost or damaged card"))
        f = QFormLayout(repl)
        f.addRow(self.tr("Old card"), self.lost)
        f.addRow("", self.replace_button)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.setVisible(False)
        self.result = banner()
        self.layout_.addWidget(batch)
        self.layout_.addWidget(repl)
        self.layout_.addWidget(self.result)
        self.layout_.addWidget(self.open_button)
        self.layout_.addStretch(1)
        self.print_button.clicked.connect(self.print_batch)
        self.replace_button.clicked.connect(self.replace)
        self.lost.returnPressed.connect(self.replace)
        self.open_button.clicked.connect(
            lambda: self.last_file and QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_file))))

    def title(self) -> str:
        return self.tr("Cards")

    def reload(self) -> None:
        self.set_heading(self.tr("Anonymous cards at {site}").format(site=self.ctx.site_name()))

    def focus_first(self) -> None:
        self.count.setFocus()

    def _done(self, path: Path, text: str) -> None:
        self.last_file = path
        self.result.setText(text)
        self.result.show()
        self.open_button.setVisible(True)

    def print_batch(self) -> None:
        site, actor, n = self.ctx.site_code, self.ctx.actor, self.count.value()
        path = ask_path(self, self.tr("Save the card sheet"), f"cards-{site}.pdf", "PDF (*.pdf)",
                        self.preset_path)
        if path is None:
            return
        self.ctx.tasks.run_db(
            lambda s, _j: issue_sheet(s, actor, site, n, path),
            lambda res: self._done(path, self.tr("{n} cards on {pages} page(s): {path}").format(
                n=res[0], pages=res[1], path=path)),
            parent=self, label=self.tr("Printing cards…"), writes=True)

    def replace(self) -> None:
        card, site, actor = self.lost.text().strip(), self.ctx.site_code, self.ctx.actor
        if not card:
            self.lost.setFocus()
            return
        path = ask_path(self, self.tr("Save the new card"), "replacement-card.pdf", "PDF (*.pdf)",
                        self.preset_path)
        if path is None:
            return

        def done(code: str) -> None:
            self.lost.clear()
            self._done(path, self.tr(
                "The old card is revoked. New card {code} (same household): {path}").format(
                code=code, path=path))

        self.ctx.tasks.run_db(lambda s, _j: replacement_sheet(s, actor, card, site, path), done,
                              parent=self, writes=True)

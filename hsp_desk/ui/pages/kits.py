"""Kits: assemble kits from their components on hand, or take kits apart."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QSpinBox, QTableView, QWidget

from ...domain.roles import Permission
from ...services.choices import ComponentChoice, kit_components
from ...services.kits import assemble, disassemble
from ..context import AppContext
from ..errors import show_error
from ..icons import icon
from ..widgets import Column, ItemPicker, RowsModel, banner
from .base import Page


class KitsPage(Page):
    key = "kits"
    permission = Permission.ADJUST

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kit = ItemPicker()
        self.kit.setObjectName("kitPicker")
        self.count = QSpinBox()
        self.count.setObjectName("kitCount")
        self.count.setRange(0, 100_000)
        form = QFormLayout()
        form.addRow(self.tr("Kit"), self.kit)
        form.addRow(self.tr("How many kits"), self.count)
        self.components = RowsModel([
            Column(self.tr("Component"), lambda c: c.code),
            Column(self.tr("Name"), lambda c: c.name),
            Column(self.tr("Per kit"), lambda c: c.per_kit, numeric=True),
            Column(self.tr("Needed"), lambda c: c.per_kit * self.count.value(), numeric=True),
            Column(self.tr("On hand"), lambda c: c.on_hand, numeric=True),
            Column(self.tr("Enough for"), lambda c: c.on_hand // c.per_kit, numeric=True),
        ], self)
        self.table = QTableView()
        self.table.setObjectName("componentTable")
        self.table.setModel(self.components)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.assemble_button = QPushButton(icon("kits"), self.tr("Assemble"))
        self.assemble_button.setObjectName("assemble")
        self.disassemble_button = QPushButton(self.tr("Take apart"))
        self.disassemble_button.setObjectName("disassemble")
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.disassemble_button)
        buttons.addWidget(self.assemble_button)
        self.result = banner()
        self.layout_.addLayout(form)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.result)
        self.kit.item_chosen.connect(lambda _c: self._load())
        self.count.valueChanged.connect(lambda _v: self.components.layoutChanged.emit())
        self.assemble_button.clicked.connect(lambda: self.submit(True))
        self.disassemble_button.clicked.connect(lambda: self.submit(False))
        self.count.lineEdit().returnPressed.connect(lambda: self.submit(True))
        ctx.choices_changed.connect(self._fill)
        self._fill()

    def title(self) -> str:
        return self.tr("Kits")

    def _fill(self) -> None:
        self.kit.set_items([i for i in self.ctx.items if i.is_kit])

    def reload(self) -> None:
        self.set_heading(self.tr("Assemble kits at {site}").format(site=self.ctx.site_name()))
        self._load()

    def focus_first(self) -> None:
        self.kit.setFocus()

    def _load(self) -> None:
        code, site = self.kit.current_code(), self.ctx.site_code
        if not code or not site:
            self.components.set_rows([])
            return
        self.ctx.tasks.run_db(lambda s, _j: kit_components(s, site, code), self._loaded, parent=self)

    def _loaded(self, rows: list[ComponentChoice]) -> None:
        self.components.set_rows(rows)
        self.table.resizeColumnsToContents()

    def submit(self, build: bool) -> None:
        code = self.kit.current_code() or self.kit.currentText().strip()
        site, n = self.ctx.site_code, self.count.value()
        actor = self.ctx.actor
        fn = assemble if build else disassemble

        def job(session, _j):  # type: ignore[no-untyped-def]
            fn(session, actor, site, code, n)
            return n

        def done(_n: int) -> None:
            self.result.setText(
                (self.tr("Assembled {n} × {kit} at {site}.") if build
                 else self.tr("Took apart {n} × {kit} at {site}.")).format(n=n, kit=code, site=site))
            self.result.show()
            self.count.setValue(0)
            self._load()

        self.ctx.tasks.run_db(job, done, parent=self, writes=True,
                              on_error=lambda exc: show_error(self, exc))

"""Admin: the catalogue (items, Excel import), sites and their reorder levels, entitlement
rules, users, backups, settings and (when installed) offline sync, one tab each. A tab
is shown only to the roles its service allows; the services check again."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.entitlements import FLAG_TEXTS
from ...domain.errors import InvalidInput
from ...domain.roles import Permission
from ...services import catalogue_admin
from ...services.catalogue import ItemSpec
from ...services.catalogue_admin import CatalogueRow, ReorderRow, RuleRow
from ...services.choices import SiteChoice
from ...services.distribution import delete_rule, set_rule
from ...services.excel_import import ImportRejected, ImportResult, import_workbook, write_template
from ...services.forecast import set_reorder_level
from ..context import AppContext
from ..domain_texts import flag_label, localized_text
from ..errors import show_error
from ..icons import icon
from ..widgets import Column, RowsModel, banner, filter_proxy, set_banner_kind
from .admin_check import LedgerCheckTab
from .admin_system import BackupTab, SettingsTab, SyncTab, UsersTab
from .base import Page
from .save_as import ask_path

UNITS = ["piece", "bottle", "pack", "box", "kit", "litre", "kg", "pair", "card"]


def ask_open_path(parent: QWidget, title: str, filters: str, preset: Path | None) -> Path | None:
    """An Open dialog, skipped when a path is preset (tests, scripted screenshots)."""
    if preset is not None:
        return preset
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


def table(model: object, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)  # type: ignore[arg-type]
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    return view


def parse_components(text: str) -> dict[str, int]:
    """"HYG-SOAP:2; HYG-TBRUSH:1" -> {"HYG-SOAP": 2, "HYG-TBRUSH": 1} (the Excel template's form)."""
    out: dict[str, int] = {}
    for part in text.replace(",", ";").split(";"):
        part = part.strip()
        if not part:
            continue
        code, _, qty = part.partition(":")
        try:
            n = int(qty.strip() or "1")
        except ValueError:
            raise InvalidInput(f"Kit component '{part}' is not CODE:QUANTITY.",
                               "Write the components as HYG-SOAP:2; HYG-TBRUSH:1.") from None
        out[code.strip().upper()] = out.get(code.strip().upper(), 0) + n
    return out


def _yes(flag: bool) -> str:
    return "✓" if flag else ""


class CatalogueTab(QWidget):
    """Every item; add one (or a kit); import a catalogue or receipts from Excel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preset_open: Path | None = None
        self.preset_save: Path | None = None
        self.model = RowsModel([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Category"), lambda r: r.category),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Barcode"), lambda r: r.barcode),
            Column(self.tr("Expiry"), lambda r: _yes(r.expiry_tracked)),
            Column(self.tr("Serial"), lambda r: _yes(r.serial_tracked)),
            Column(self.tr("Kit components"), lambda r: r.components),
        ], self)
        self.proxy = filter_proxy(self.model, self)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: type part of a code, name or category…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = table(self.proxy, "catalogueTable")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

        # Add an item -------------------------------------------------------------------
        self.code = QLineEdit()
        self.code.setObjectName("newItemCode")
        self.code.setPlaceholderText(self.tr("e.g. HYG-SHAMPOO"))
        self.name = QLineEdit()
        self.name.setObjectName("newItemName")
        self.category = QComboBox()
        self.category.setObjectName("newItemCategory")
        for c in catalogue_admin.categories():
            self.category.addItem(c, c)
        self.unit = QComboBox()
        self.unit.setObjectName("newItemUnit")
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.barcode = QLineEdit()
        self.barcode.setObjectName("newItemBarcode")
        self.expiry = QCheckBox(self.tr("Expiry date on every delivery"))
        self.expiry.setObjectName("newItemExpiry")
        self.serial = QCheckBox(self.tr("Serial numbers (SIM cards)"))
        self.serial.setObjectName("newItemSerial")
        self.components = QLineEdit()
        self.components.setObjectName("newItemComponents")
        self.components.setPlaceholderText(self.tr("For a kit: HYG-SOAP:2; HYG-TBRUSH:1"))
        self.add_button = QPushButton(icon("admin"), self.tr("Add the item"))
        self.add_button.setObjectName("addItem")
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Base unit"), self.unit)
        form.addRow(self.tr("Barcode"), self.barcode)
        form.addRow("", self.expiry)
        form.addRow("", self.serial)
        form.addRow(self.tr("Kit components"), self.components)
        form.addRow("", self.add_button)
        add_box = QGroupBox(self.tr("Add an item"))
        add_box.setLayout(form)
        add_box.setEnabled(ctx.allowed(Permission.CATALOGUE))

        # Excel import ------------------------------------------------------------------
        self.import_kind = QComboBox()
        self.import_kind.setObjectName("importKind")
        for kind, text in (("catalogue", self.tr("Item catalogue")),
                           ("receipts", self.tr("Goods received (receipts)"))):
            self.import_kind.addItem(text, kind)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.setObjectName("importExcel")
        self.template_button = QPushButton(self.tr("Save an empty template…"))
        self.template_button.setObjectName("saveTemplate")
        self.problems = QListWidget()
        self.problems.setObjectName("importProblems")
        self.problems.setVisible(False)
        self.problems.setMaximumHeight(140)
        imp = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.import_kind, 1)
        imp.addLayout(row)
        imp.addWidget(self.template_button)
        imp.addWidget(self.import_button)
        imp.addWidget(QLabel(self.tr("Every row is checked first: one wrong row and nothing is imported.")))
        imp.addStretch()
        import_box = QGroupBox(self.tr("Import from Excel"))
        import_box.setLayout(imp)
        import_box.setEnabled(ctx.allowed(Permission.IMPORT))

        self.result = banner()
        side = QVBoxLayout()
        side.addWidget(add_box)
        side.addWidget(import_box)
        left = QVBoxLayout()
        left.addWidget(self.filter_edit)
        left.addWidget(self.table, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.result)
        lay.addWidget(self.problems)

        self.add_button.clicked.connect(self.add_item)
        self.import_button.clicked.connect(self.import_excel)
        self.template_button.clicked.connect(self.save_template)

    def reload(self) -> None:
        self.ctx.tasks.run_db(lambda s, _j: catalogue_admin.catalogue_rows(s), self._loaded, parent=self)

    def _loaded(self, rows: list[CatalogueRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _say(self, text: str, kind: str = "info") -> None:
        self.result.setText(text)
        set_banner_kind(self.result, kind)
        self.result.show()

    def add_item(self) -> None:
        actor = self.ctx.actor
        try:
            parts = parse_components(self.components.text())
        except InvalidInput as exc:
            show_error(self, exc)
            return
        spec = ItemSpec(
            code=self.code.text().strip().upper(), name=self.name.text().strip(),
            category=str(self.category.currentData()), unit=self.unit.currentText().strip() or "piece",
            barcode=self.barcode.text().strip() or None, expiry_tracked=self.expiry.isChecked(),
            serial_tracked=self.serial.isChecked(), components=parts or None,
        )

        def done(code: str) -> None:
            self._say(self.tr("{code} was added to the catalogue.").format(code=code))
            for w in (self.code, self.name, self.barcode, self.components):
                w.clear()
            self.expiry.setChecked(False)
            self.serial.setChecked(False)
            self.ctx.reload_choices()
            self.reload()

        self.ctx.tasks.run_db(lambda s, _j: catalogue_admin.create_item(s, actor, spec), done, parent=self,
                              writes=True, on_error=lambda e: show_error(self, e))

    def import_excel(self) -> None:
        kind, actor = str(self.import_kind.currentData()), self.ctx.actor
        path = ask_open_path(self, self.tr("Import from Excel"), "Excel (*.xlsx)", self.preset_open)
        if path is None:
            return
        self.problems.clear()
        self.problems.setVisible(False)

        def done(res: ImportResult) -> None:
            self._say(self.tr("Imported {rows} row(s) from {file}: {created}.").format(
                rows=res.rows, file=path.name, created=", ".join(res.created)))
            self.ctx.reload_choices()
            self.reload()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ImportRejected):
                self._say(self.tr("Nothing was imported: {n} problem(s) in {file}. Correct these rows "
                                  "and import again.").format(n=len(exc.problems), file=path.name), "warn")
                self.problems.addItems([localized_text(p.text()) for p in exc.problems])
                self.problems.setVisible(True)
            else:
                show_error(self, exc)

        self.ctx.tasks.run_db(lambda s, _j: import_workbook(s, actor, kind, path), done, parent=self,
                              writes=True, label=self.tr("Checking and importing the workbook…"),
                              on_error=failed)

    def save_template(self) -> None:
        kind = str(self.import_kind.currentData())
        path = ask_path(self, self.tr("Save the template"), f"hsp-desk-{kind}-template.xlsx",
                        "Excel (*.xlsx)", self.preset_save)
        if path is None:
            return

        def done(_r: object) -> None:
            self._say(self.tr("Template saved: {path}. Fill it in and import it here.").format(path=path))

        self.ctx.tasks.run(lambda _j: write_template(kind, path), done, parent=self,
                           on_error=lambda e: show_error(self, e))


def _set_level(row: ReorderEdit, value: object) -> None:
    text = str(value).strip()
    if text == "":
        row.level, row.edited = None, True
        return
    try:
        row.level, row.edited = max(0, int(text)), True
    except ValueError:
        return


class ReorderEdit:
    """A reorder row being edited in the table."""

    def __init__(self, r: ReorderRow) -> None:
        self.item_code, self.item_name, self.unit, self.on_hand = r.item_code, r.item_name, r.unit, r.on_hand
        self.level: int | None = r.level
        self.edited = False


class SitesTab(QWidget):
    """The sites, and per site the reorder level of each item (low stock at or below it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sites_model = RowsModel([
            Column(self.tr("Code"), lambda s: s.code),
            Column(self.tr("Name"), lambda s: s.name),
            Column(self.tr("Type"), lambda s: s.site_type.replace("_", " ")),
        ], self)
        self.sites_table = table(self.sites_model, "sitesTable")
        # Long site names are elided, so that the code and the type stay in view.
        header = self.sites_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.levels = RowsModel([
            Column(self.tr("Item"), lambda r: r.item_code),
            Column(self.tr("Name"), lambda r: r.item_name),
            Column(self.tr("On hand"), lambda r: r.on_hand, numeric=True),
            Column(self.tr("Unit"), lambda r: r.unit),
            Column(self.tr("Reorder level"), lambda r: r.level, editable=True, setter=_set_level,
                   numeric=True),
        ], self)
        self.levels_table = table(self.levels, "reorderTable")
        self.levels_table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.site_label = QLabel()
        self.site_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save reorder levels"))
        self.save_button.setObjectName("saveReorderLevels")
        self.result = banner()
        right = QVBoxLayout()
        right.addWidget(self.site_label)
        right.addWidget(self.levels_table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.sites_table, 2)
        body.addLayout(right, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.result)
        self.sites_table.selectionModel().currentRowChanged.connect(
            lambda cur, _p: self._site_chosen(cur.row()))
        self.save_button.clicked.connect(self.save)
        self.site_code = ""

    def reload(self) -> None:
        self.sites_model.set_rows(self.ctx.sites)
        codes = [s.code for s in self.ctx.sites]
        wanted = self.site_code or self.ctx.site_code
        row = codes.index(wanted) if wanted in codes else 0
        if codes:
            self.sites_table.selectRow(row)
            self._site_chosen(row)

    def _site_chosen(self, row: int) -> None:
        if row < 0:
            return
        site: SiteChoice = self.sites_model.row_at(row)
        self.site_code = site.code
        self.site_label.setText(self.tr("Reorder levels at {site}: an item at or below its level is low "
                                        "stock. Leave empty for none.").format(
            site=f"{site.code} {site.name}"))
        code = site.code
        self.ctx.tasks.run_db(lambda s, _j: catalogue_admin.reorder_rows(s, code), self._levels_loaded,
                              parent=self)

    def _levels_loaded(self, rows: list[ReorderRow]) -> None:
        self.levels.set_rows([ReorderEdit(r) for r in rows])
        self.levels_table.resizeColumnsToContents()

    def save(self) -> None:
        site, actor = self.site_code, self.ctx.actor
        changed = [(r.item_code, r.level) for r in self.levels.rows() if r.edited]
        if not changed:
            self.result.setText(self.tr("Type a level in the Reorder level column first."))
            self.result.show()
            return

        def job(session, _j):  # type: ignore[no-untyped-def]
            for code, level in changed:
                set_reorder_level(session, actor, site, code, level)
            return len(changed)

        def done(n: int) -> None:
            self.result.setText(self.tr("Saved {n} reorder level(s) at {site}.").format(n=n, site=site))
            self.result.show()

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=lambda e: show_error(self, e))


class RulesTab(QWidget):
    """Entitlement rules: at most N of an item or category per household per D days."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("Applies to"), lambda r: r.label),
            Column(self.tr("At most"), lambda r: r.max_qty, numeric=True),
            Column(self.tr("Per days"), lambda r: r.period_days, numeric=True),
            Column(self.tr("× household"), lambda r: _yes(r.per_member)),
            Column(self.tr("Only with"), lambda r: flag_label(r.requires_flag)),
        ], self)
        self.table = table(self.model, "rulesTable")
        self.target = QComboBox()
        self.target.setObjectName("ruleTarget")
        self.max_qty = QSpinBox()
        self.max_qty.setObjectName("ruleMax")
        self.max_qty.setRange(1, 10_000)
        self.days = QSpinBox()
        self.days.setObjectName("ruleDays")
        self.days.setRange(1, 3660)
        self.days.setValue(14)
        self.per_member = QCheckBox(self.tr("Times the household size"))
        self.flag = QComboBox()
        self.flag.addItem(self.tr("(every household)"), "")
        for key in FLAG_TEXTS:
            self.flag.addItem(flag_label(key), key)
        self.save_button = QPushButton(self.tr("Save the rule"))
        self.save_button.setObjectName("saveRule")
        self.delete_button = QPushButton(self.tr("Remove the chosen rule"))
        form = QFormLayout()
        form.addRow(self.tr("Item or category"), self.target)
        form.addRow(self.tr("At most"), self.max_qty)
        form.addRow(self.tr("Per (days)"), self.days)
        form.addRow("", self.per_member)
        form.addRow(self.tr("Only for a household with"), self.flag)
        form.addRow("", self.save_button)
        form.addRow("", self.delete_button)
        box = QGroupBox(self.tr("Add or change a rule"))
        box.setLayout(form)
        self.result = banner()
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addWidget(box, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.result)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur.row()))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def _fill_targets(self) -> None:
        keep = self.target.currentData()
        self.target.clear()
        for c in catalogue_admin.categories():
            target = f"category:{c}"
            self.target.addItem(self.tr("any {category} item").format(category=c), target)
        for it in self.ctx.items:
            self.target.addItem(f"{it.name} ({it.code})", it.code)
        i = self.target.findData(keep)
        self.target.setCurrentIndex(max(i, 0))

    def reload(self) -> None:
        self._fill_targets()
        self.ctx.tasks.run_db(lambda s, _j: catalogue_admin.rule_rows(s), self._loaded, parent=self)

    def _loaded(self, rows: list[RuleRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _chosen(self, row: int) -> None:
        if row < 0:
            return
        r: RuleRow = self.model.row_at(row)
        self.target.setCurrentIndex(max(0, self.target.findData(r.target)))
        self.max_qty.setValue(r.max_qty)
        self.days.setValue(r.period_days)
        self.per_member.setChecked(r.per_member)
        self.flag.setCurrentIndex(max(0, self.flag.findData(r.requires_flag or "")))

    def _run(self, fn, text: str) -> None:  # type: ignore[no-untyped-def]
        def done(_r: object) -> None:
            self.result.setText(text)
            self.result.show()
            self.reload()

        self.ctx.tasks.run_db(fn, done, parent=self, writes=True, on_error=lambda e: show_error(self, e))

    def save(self) -> None:
        actor, target = self.ctx.actor, str(self.target.currentData())
        qty, days, per, flag = (self.max_qty.value(), self.days.value(), self.per_member.isChecked(),
                                self.flag.currentData() or None)
        self._run(lambda s, _j: set_rule(s, actor, target, qty, days, per_member=per, requires_flag=flag),
                  self.tr("Rule saved: at most {n} per {d} days for {what}.").format(
                      n=qty, d=days, what=self.target.currentText()))

    def delete(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        actor, target = self.ctx.actor, self.model.row_at(row).target
        self._run(lambda s, _j: delete_rule(s, actor, target), self.tr("Rule removed."))


class AdminPage(Page):
    key = "admin"
    #: The lowest permission of any tab: logistics officers see the catalogue and sites.
    permission = Permission.CATALOGUE

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.catalogue: CatalogueTab | None = None
        self.sites: SitesTab | None = None
        self.rules: RulesTab | None = None
        self.users: UsersTab | None = None
        self.check: LedgerCheckTab | None = None
        self.backup: BackupTab | None = None
        self.settings: SettingsTab | None = None
        self.sync: SyncTab | None = None
        if ctx.allowed(Permission.CATALOGUE) or ctx.allowed(Permission.IMPORT):
            self.catalogue = CatalogueTab(ctx)
            self.tabs.addTab(self.catalogue, icon("stock"), self.tr("Catalogue"))
        if ctx.allowed(Permission.CATALOGUE):
            self.sites = SitesTab(ctx)
            self.tabs.addTab(self.sites, self.tr("Sites and reorder levels"))
        if ctx.allowed(Permission.SETTINGS):
            self.rules = RulesTab(ctx)
            self.tabs.addTab(self.rules, icon("distribute"), self.tr("Entitlement rules"))
        if ctx.allowed(Permission.USERS):
            self.users = UsersTab(ctx)
            self.tabs.addTab(self.users, icon("person"), self.tr("Users"))
        if ctx.allowed(Permission.ADJUST):
            self.check = LedgerCheckTab(ctx)
            self.tabs.addTab(self.check, self.tr("Ledger check"))
        if ctx.allowed(Permission.BACKUP):
            self.backup = BackupTab(ctx)
            self.tabs.addTab(self.backup, self.tr("Backup and restore"))
        if ctx.allowed(Permission.SETTINGS):
            self.settings = SettingsTab(ctx)
            self.tabs.addTab(self.settings, self.tr("Settings"))
        # Offline sync is its own engineer's service: the tab appears once it is installed.
        if ctx.allowed(Permission.SYNC) and importlib.util.find_spec("hsp_desk.services.sync_bundles"):
            self.sync = SyncTab(ctx)
            self.tabs.addTab(self.sync, icon("transfer"), self.tr("Sync between laptops"))
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._reload_tab())

    def title(self) -> str:
        return self.tr("Admin")

    def reload(self) -> None:
        self.set_heading(self.tr("Administration"))
        self._reload_tab()

    def _reload_tab(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is not None and hasattr(tab, "reload"):
            tab.reload()

    def show_tab(self, tab: QWidget) -> QWidget:
        self.tabs.setCurrentWidget(tab)
        return tab


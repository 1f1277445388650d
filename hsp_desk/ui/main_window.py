"""The main window: site selector, signed-in user, and the stock on hand."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.context import Actor
from ..services.sites import list_sites
from ..services.stock import stock_on_hand
from ..store.database import Database
from .stock_model import SortRole, StockTableModel

ALL_SITES = ""


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("HSP Desk"))
        self.resize(1100, 700)

        self.site_box = QComboBox()
        self.site_box.setObjectName("siteSelector")
        self.site_box.addItem(self.tr("All sites"), ALL_SITES)
        with db.session() as s:
            for site in list_sites(s):
                self.site_box.addItem(f"{site.code} — {site.name}", site.code)
        self.user_label = QLabel(self.tr("Signed in: {user}").format(user=actor.user))
        self.user_label.setObjectName("userLabel")
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter items…"))
        self.filter_edit.setClearButtonEnabled(True)

        self.model = StockTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setObjectName("stockTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Site:")))
        top.addWidget(self.site_box, 1)
        top.addWidget(self.filter_edit, 1)
        top.addStretch()
        top.addWidget(self.user_label)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.table)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.site_box.currentIndexChanged.connect(self.refresh)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.refresh()

    def current_site_code(self) -> str | None:
        return self.site_box.currentData() or None

    def refresh(self) -> None:
        with self.db.session() as s:
            rows = stock_on_hand(s, self.current_site_code())
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.statusBar().showMessage(self.tr("{n} stock lines").format(n=len(rows)))

"""The main window: a top bar (site, signed-in user and role), the page list on the
left, the current page, and a status bar with a busy indicator."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services.context import Actor
from ..store.database import Database
from ..store.paths import data_dir
from .context import AppContext
from .icons import icon
from .pages import available
from .pages.base import Page


def gui_settings() -> QSettings:
    """Per-laptop GUI preferences (last site, window size) next to the database."""
    return QSettings(str(data_dir() / "hsp-desk-gui.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    def __init__(self, db: Database, actor: Actor, *, site_code: str | None = None) -> None:
        super().__init__()
        self.ctx = AppContext(db, actor, self)
        self.db = db
        self.actor = actor
        self.setWindowTitle(self.tr("HSP Desk"))
        self.resize(1200, 760)

        # Top bar ---------------------------------------------------------------------
        brand = QLabel(self.tr("HSP Desk"))
        brand.setStyleSheet("font-size: 15pt; font-weight: 700; color: #c62828;")
        self.site_box = QComboBox()
        self.site_box.setObjectName("siteSelector")
        self.site_box.setMinimumContentsLength(30)
        self.site_box.setToolTip(self.tr("The site you are working at (Ctrl+L)"))
        for s in self.ctx.sites:
            self.site_box.addItem(f"{s.code} — {s.name}", s.code)
        site_label = QLabel(self.tr("&Site:"))
        site_label.setBuddy(self.site_box)
        self.user_label = QLabel(
            self.tr("Signed in: {user} ({role})").format(user=actor.user, role=self.ctx.role_label())
        )
        self.user_label.setObjectName("userLabel")
        user_icon = QLabel()
        user_icon.setPixmap(icon("person").pixmap(QSize(20, 20)))
        top = QHBoxLayout()
        top.addWidget(brand)
        top.addSpacing(24)
        top.addWidget(site_label)
        top.addWidget(self.site_box, 1)
        top.addStretch(1)
        top.addWidget(user_icon)
        top.addWidget(self.user_label)
        self.top_bar = QWidget()
        self.top_bar.setObjectName("topBar")
        self.top_bar.setLayout(top)
        self.top_bar.setStyleSheet("QWidget#topBar { border-bottom: 1px solid #ccc; }")

        # Navigation and pages --------------------------------------------------------
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(28, 28))
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for n, cls in enumerate(available(self.ctx)):
            page = cls(self.ctx)
            self.pages[cls.key] = page
            self.stack.addWidget(page)
            entry = QListWidgetItem(icon(cls.key), page.title())
            entry.setData(Qt.ItemDataRole.UserRole, cls.key)
            if n < 9:
                entry.setToolTip(f"Ctrl+{n + 1}")
                QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self,
                          activated=lambda key=cls.key: self.show_page(key))
            self.nav.addItem(entry)
        QShortcut(QKeySequence("Ctrl+L"), self, activated=self.site_box.setFocus)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout()
        outer.setContentsMargins(4, 4, 4, 0)
        outer.addWidget(self.top_bar)
        outer.addLayout(body, 1)
        central = QWidget()
        central.setLayout(outer)
        self.setCentralWidget(central)

        # Status bar ------------------------------------------------------------------
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.statusBar().addPermanentWidget(self.busy)
        self.ctx.tasks.busy_changed.connect(self.busy.setVisible)
        self.ctx.message.connect(lambda text: self.statusBar().showMessage(text, 15_000))

        self.nav.currentRowChanged.connect(self._nav_changed)
        self.site_box.currentIndexChanged.connect(
            lambda _i: self.ctx.set_site(self.site_box.currentData() or ""))
        settings = gui_settings()
        wanted = site_code or str(settings.value("site", "") or "")
        idx = self.site_box.findData(wanted)
        self.site_box.setCurrentIndex(idx if idx >= 0 else 0)
        self.ctx.set_site(self.site_box.currentData() or "")
        if self.nav.count():
            self.nav.setCurrentRow(0)

    # ------------------------------------------------------------------------------

    @property
    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def show_page(self, key: str) -> Page:
        page = self.pages[key]
        self.nav.setCurrentRow(self.stack.indexOf(page))
        return page

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.current_page.activate()

    def current_site_code(self) -> str:
        return self.ctx.site_code

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        gui_settings().setValue("site", self.ctx.site_code)
        self.ctx.tasks.cancel_background()
        self.ctx.tasks.wait()
        super().closeEvent(event)

"""What every page of the main window has: a title, an icon, the permission it needs,
and hooks for "shown", "site changed" and "data changed"."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.roles import Permission
from ..context import AppContext


class Page(QWidget):
    #: Object name, icon name (resources/icons/<key>.svg) and navigation key.
    key: ClassVar[str] = ""
    permission: ClassVar[Permission] = Permission.VIEW_STOCK

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{self.key}")
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setStyleSheet("QLabel#pageHeading { font-size: 16pt; font-weight: 600; }")
        self.layout_.addWidget(self.heading)
        ctx.site_changed.connect(self._on_site_changed)
        ctx.tasks.data_changed.connect(self._on_data_changed)

    def title(self) -> str:
        raise NotImplementedError

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    # hooks -------------------------------------------------------------------------

    def activate(self) -> None:
        """The page was shown: reload what is stale, put the focus where work starts."""
        if self._stale:
            self._stale = False
            self.reload()
        self.focus_first()

    def reload(self) -> None:
        """Read what the page shows (in a worker when it may take long)."""

    def focus_first(self) -> None:
        """Focus the field where the work on this page starts."""

    def _on_site_changed(self, _code: str) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def _on_data_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.reload()

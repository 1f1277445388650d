"""Creating the QApplication and showing the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..services.context import Actor
from ..store.database import Database
from .main_window import MainWindow


def run(db: Database, actor: Actor) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("HSP Desk")
    window = MainWindow(db, actor)
    window.show()
    return app.exec()

"""The Qt half of ``hsp-desk --self-test``: translations, icons (the SVG image plugin),
the right-to-left layout, and the main window with every page on a throw-away database.

A frozen build that lost a .qm file, an icon or a Qt plugin fails here instead of at a
coordinator's desk. Runs on the "offscreen" platform, so no window is shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ..domain.languages import LANGUAGES, SOURCE_LANGUAGE
from ..services.context import Actor
from ..store.database import Database
from ..store.locations import resources_dir

Check = tuple[str, Callable[[], str]]


def qt_checks(db: Database, actor: Actor) -> list[Check]:
    """(name, check) pairs; a check returns what it saw or raises with what is wrong."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QSize, Qt
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .icons import icon

    app = QApplication.instance() or QApplication(["hsp-desk"])

    def translations() -> str:
        missing = [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE
                   and i18n.load_translator(lang) is None]
        if missing:
            raise RuntimeError(f"no .qm file loads for {', '.join(missing)} in {i18n.translations_dir()}")
        return f"{len(LANGUAGES) - 1} .qm files load ({', '.join(k for k in LANGUAGES if k != 'en')})"

    def right_to_left() -> str:
        try:
            i18n.install(app, "ar")  # type: ignore[arg-type]
            title = QCoreApplication.translate("MainWindow", "Signed in: {user} ({role})")
            if app.layoutDirection() != Qt.LayoutDirection.RightToLeft:
                raise RuntimeError("Arabic did not turn the layout right to left")
            if title == "Signed in: {user} ({role})":
                raise RuntimeError("the Arabic translation did not translate the main window")
            return f"Arabic: right-to-left layout, {title!r}"
        finally:
            i18n.install(app, "en")  # type: ignore[arg-type]

    def icons() -> str:
        names = sorted(p.stem for p in (resources_dir() / "icons").glob("*.svg"))
        if not names:
            raise RuntimeError(f"no icon in {resources_dir() / 'icons'}")
        blank = [n for n in names if icon(n).pixmap(QSize(24, 24)).isNull()]
        if blank:
            raise RuntimeError("icons that do not draw (SVG image plugin missing?): " + ", ".join(blank))
        return f"{len(names)} SVG icons draw"

    def main_window() -> str:
        from .main_window import MainWindow

        window = MainWindow(db, actor)
        try:
            pages = list(window.pages)
            for key in pages:
                window.show_page(key)
            QCoreApplication.processEvents()
            window.ctx.tasks.wait()
            return f"main window opens with {len(pages)} pages ({', '.join(pages)})"
        finally:
            window.close()
            window.deleteLater()
            QCoreApplication.processEvents()

    return [("translations", translations), ("right-to-left", right_to_left), ("icons", icons),
            ("main window", main_window)]

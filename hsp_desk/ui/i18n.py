"""The one place that loads translations (.qm) and sets the layout direction.

Every user-visible string in hsp_desk.ui goes through ``self.tr()`` or
``QCoreApplication.translate(context, text)``; ``pyside6-lupdate hsp_desk/ui -ts
resources/translations/hsp_desk_<lang>.ts`` extracts them and ``pyside6-lrelease``
builds the .qm files this module loads.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..store.locations import resources_dir

#: Languages written right to left (Arabic, Farsi/Dari, Pashto, Urdu, Hebrew, Kurdish Sorani).
RTL_LANGUAGES = frozenset({"ar", "fa", "prs", "ps", "ur", "he", "ckb"})

_installed: list[QTranslator] = []


def tr(text: str, context: str = "hsp_desk") -> str:
    """Translate a string outside a QObject (module-level tables, enum labels)."""
    return QCoreApplication.translate(context, text)


def current_language(explicit: str | None = None) -> str:
    """``explicit``, else HSP_DESK_LANG, else the system locale; e.g. 'en', 'ar', 'fr'."""
    name = explicit or os.environ.get("HSP_DESK_LANG") or QLocale.system().name()
    return name.split("_")[0].split("-")[0].lower() or "en"


def is_rtl(language: str) -> bool:
    return language.split("_")[0].lower() in RTL_LANGUAGES


def install(app: QApplication, language: str | None = None) -> str:
    """Load our .qm and Qt's own (for standard dialogs) for ``language``; set direction.

    English needs no file; a missing .qm leaves the English text (never an error).
    Returns the language code in use.
    """
    lang = current_language(language)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(f"hsp_desk_{lang}", str(resources_dir() / "translations")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    set_direction(app, lang)
    return lang


def set_direction(app: QApplication, language: str) -> None:
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )

"""The one place that loads translations (.qm) and sets the layout direction.

Every user-visible string in hsp_desk.ui goes through ``self.tr()`` or
``QCoreApplication.translate(context, text)`` (module-level tables: ``QT_TRANSLATE_NOOP``);
``python resources/translations/update.py`` extracts them with ``pyside6-lupdate`` into
``resources/translations/hsp_desk_<lang>.ts`` and builds the .qm files this module loads
with ``pyside6-lrelease``.

The language is, in this order: the one asked for (``hsp-desk --lang``, tests), the
``HSP_DESK_LANG`` environment variable, the ``language`` setting of the database, the
system's locale; English when none of them has a translation.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from ..domain.languages import LANGUAGES, RTL_LANGUAGES, SOURCE_LANGUAGE, normalise
from ..domain.languages import is_rtl as _is_rtl
from ..store.locations import resources_dir

__all__ = ["LANGUAGES", "RTL_LANGUAGES", "current_language", "install", "is_rtl", "tr"]

_installed: list[QTranslator] = []


def tr(text: str, context: str = "hsp_desk") -> str:
    """Translate a string outside a QObject (module-level tables, enum labels)."""
    return QCoreApplication.translate(context, text)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def current_language(explicit: str | None = None, stored: str | None = None) -> str:
    """``explicit``, else HSP_DESK_LANG, else ``stored`` (the database setting), else the
    system locale; always one of LANGUAGES, e.g. 'en', 'ar', 'sr_Latn'."""
    name = explicit or os.environ.get("HSP_DESK_LANG") or stored or QLocale.system().name()
    return normalise(name)


def is_rtl(language: str) -> bool:
    return _is_rtl(language)


def load_translator(language: str, parent: QCoreApplication | None = None) -> QTranslator | None:
    """Our translator for ``language`` (None for English or when its .qm is missing)."""
    lang = normalise(language)
    if lang == SOURCE_LANGUAGE:
        return None
    ours = QTranslator(parent)
    return ours if ours.load(f"hsp_desk_{lang}", str(translations_dir())) else None


def install(app: QApplication, language: str | None = None, *, stored: str | None = None) -> str:
    """Load our .qm and Qt's own (for standard dialogs) for the language; set direction.

    English needs no file; a missing .qm leaves the English text (never an error).
    Returns the language code in use.
    """
    lang = current_language(language, stored)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != SOURCE_LANGUAGE:
        ours = load_translator(lang, app)
        if ours is not None:
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        qt_name = "qtbase_" + lang.split("_")[0]  # Qt ships "qtbase_sr" etc. where it has one
        if qt.load(qt_name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    set_direction(app, lang)
    return lang


def set_direction(app: QApplication, language: str) -> None:
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if is_rtl(language) else Qt.LayoutDirection.LeftToRight
    )

"""Errors in plain words: an HspError's text in the user's language, anything else
apologised for.

The services raise HspErrors with English templates and their values (domain.errors);
the templates are in the translation files under the context "errors" (collected into
``error_texts.py`` by ``resources/translations/update.py extract``). A translation that
cannot be filled in (a placeholder it lacks) falls back to the English text: the person
at the desk always learns what happened.

Boxes open window-modal and non-blocking (``open()``), so keyboard flow and tests go on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import HspError, render
from ..services.storage_errors import explain
from .domain_texts import translated

#: translate("errors", "...") with literal text, so that pyside6-lupdate extracts it.
translate = QCoreApplication.translate


def localized(exc: HspError) -> tuple[str, str]:
    """(what happened, what to do) of ``exc`` in the language of the interface."""
    try:
        return (render(exc.what_template, exc.values, translated),
                render(exc.todo_template, exc.values, translated))
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return exc.what, exc.todo


def describe(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for a person at the HSP, not for a developer."""
    if isinstance(exc, HspError):
        return localized(exc)
    storage = explain(exc)  # a full disk, a file open in Excel...: what to do, in words
    if storage is not None:
        return localized(storage)
    text = str(exc).strip() or type(exc).__name__
    return (translate("errors", "Something went wrong: {0}").format(text),
            translate("errors", "Nothing was saved."))


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> QMessageBox:
    what, todo = describe(exc)
    box = QMessageBox(parent)
    box.setObjectName("errorBox")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("errors", "Not done") if isinstance(exc, HspError)
                       else translate("errors", "Something went wrong"))
    box.setText(what)
    if todo:
        box.setInformativeText(todo)
    if details and not isinstance(exc, HspError):
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str, informative: str = "") -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("infoBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("errors", "Done"))
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box

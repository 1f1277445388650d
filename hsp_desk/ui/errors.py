"""Errors in plain words: an HspError's own text as it is, anything else apologised for.

Boxes open window-modal and non-blocking (``open()``), so keyboard flow and tests go on.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain.errors import HspError

#: translate("errors", "...") with literal text, so that pyside6-lupdate extracts it.
translate = QCoreApplication.translate


def describe(exc: BaseException) -> tuple[str, str]:
    """(what happened, what to do) for a person at the HSP, not for a developer."""
    if isinstance(exc, HspError):
        return exc.what, exc.todo
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

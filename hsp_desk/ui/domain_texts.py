"""Words of the domain shown in the window, in the user's language: the household flags,
the statuses and kinds the services name (domain.errors.Text, translated under the
context "errors", where update.py puts every Text of the code)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from ..domain.entitlements import FLAG_TEXTS
from ..domain.errors import Text, render


def translated(template: str) -> str:
    return QCoreApplication.translate("errors", template) if template else template


def localized_text(text: Text) -> str:
    """A Text of the domain in the language of the interface (English if its
    translation cannot be filled in)."""
    try:
        return render(text.template, text.values, translated)
    except (KeyError, IndexError, ValueError):
        return str(text)


def value_label(texts: Mapping[str, Text], value: str) -> str:
    """A stored value (a status, a kind) in words from ``texts``, as stored if it has none."""
    text = texts.get(value)
    return localized_text(text) if text is not None else value


def flag_label(name: str | None) -> str:
    """A household flag (``infant_in_household``) in words; "" for none."""
    return value_label(FLAG_TEXTS, name or "")

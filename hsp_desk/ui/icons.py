"""Icons from resources/icons/*.svg (drawn for HSP Desk), cached per name."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..store.locations import resources_dir


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon if there is none."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def category_icon(category: str) -> QIcon:
    found = icon(f"cat-{category}")
    return found if not found.isNull() else icon("cat-other")

"""Where the migrations and resources folders are, from a source checkout or a wheel."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

_REPO = Path(__file__).resolve().parents[2]


def _find(top_level: str, package: str) -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if frozen:
        candidate = Path(frozen) / top_level
        if candidate.is_dir():
            return candidate
    candidate = _REPO / top_level
    if candidate.is_dir():
        return candidate
    return Path(str(resources.files(package)))


def migrations_dir() -> Path:
    return _find("migrations", "hsp_desk._migrations")


def resources_dir() -> Path:
    return _find("resources", "hsp_desk._resources")

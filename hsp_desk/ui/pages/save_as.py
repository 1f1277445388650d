"""Choosing where a file goes: a Save-as dialog, skipped when a path is preset (tests,
scripted screenshots)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_path(parent: QWidget, title: str, suggested: str, filters: str, preset: Path | None) -> Path | None:
    if preset is not None:
        return preset
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested), filters)
    return Path(name) if name else None

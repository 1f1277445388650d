"""Helpers for the GUI tests: a main window on a seeded SQLite database, and waiting for
the background tasks the pages start."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from hsp_desk.services.context import Actor
from hsp_desk.store.database import Database
from hsp_desk.ui.main_window import MainWindow
from tests.factories import World, seed_world


@pytest.fixture
def seeded(sqlite_db: Database) -> World:
    with sqlite_db.session() as s:
        return seed_world(s)


@pytest.fixture
def make_window(qtbot, sqlite_db: Database, actor: Actor) -> Callable[..., MainWindow]:  # type: ignore[no-untyped-def]
    def make(site: str = "MNE-ROZAJE", who: Actor | None = None) -> MainWindow:
        win = MainWindow(sqlite_db, who or actor, site_code=site)
        qtbot.addWidget(win)
        win.show()
        win.activateWindow()  # shortcuts (Ctrl+Z, Ctrl+Enter) need the active window
        qtbot.waitUntil(win.isActiveWindow)
        idle(qtbot, win)
        return win

    return make


def idle(qtbot, win: MainWindow, timeout: int = 10_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until every background job of the window has finished and reported."""
    qtbot.waitUntil(lambda: not win.ctx.tasks.busy, timeout=timeout)


@pytest.fixture(autouse=True)
def _patient_waits(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Workers run on a thread pool; on a loaded 2-core CI machine 5 s (pytest-qt's
    default) has been too short. A wait that succeeds returns at once, so this only
    lengthens the time a real failure takes to report."""
    qtbot.waitUntil = functools.partial(qtbot.waitUntil, timeout=20_000)
    qtbot.waitSignal = functools.partial(qtbot.waitSignal, timeout=20_000)

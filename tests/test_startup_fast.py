"""Start-up stays fast on a big database: the cheap check, the lazy Alembic, and the
daily backup moved off the start-up path of the desktop application."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from hsp_desk.services import backups as backup_service
from hsp_desk.store import backup as backups
from hsp_desk.store import migrate
from hsp_desk.store.database import open_database


def _filled(path: Path) -> str:
    url = f"sqlite:///{path}"
    open_database(url).dispose()
    return url


def test_the_fast_heads_are_alembics_heads() -> None:
    assert migrate._fast_heads() == migrate.head_revisions()


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path) -> None:
    url = _filled(tmp_path / "hsp-desk.sqlite3")
    code = (
        "import sys\nfrom hsp_desk.store.backup import open_checked\n"
        f"open_checked({url!r}, daily=False).dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_cheap_check_catches_what_it_says(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    _filled(path)
    assert backups.check_database(path) is None
    data = bytearray(path.read_bytes())
    # Not SQLite at all.
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"x" * 4096)
    assert "header" in (backups.check_database(bad) or "")
    # A damaged table root page: found without reading the whole file.
    conn = __import__("sqlite3").connect(path)
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'movements'").fetchone()
    conn.close()
    page = int.from_bytes(data[16:18], "big")
    data[(root - 1) * page:root * page] = b"\xff" * page
    path.write_bytes(bytes(data))
    assert backups.check_database(path) is not None


def test_the_gui_path_skips_the_daily_backup_and_the_service_takes_it(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    backups.open_checked(url, daily=False).dispose()
    assert backups.list_backups(path) == []
    taken = backup_service.daily_backup_if_due(url)
    assert taken is not None and [b.kind for b in backups.list_backups(path)] == ["daily"]
    assert backups.integrity_problem(taken) is None  # the full check ran on the copy
    assert backup_service.daily_backup_if_due(url) is None  # once a day
    assert backup_service.daily_backup_if_due("postgresql://x/y") is None


def test_needs_upgrade_still_sees_a_pending_migration(tmp_path: Path) -> None:
    from alembic import command

    engine = sa.create_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    cfg = migrate.alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    assert migrate.needs_upgrade(engine)
    engine.dispose()

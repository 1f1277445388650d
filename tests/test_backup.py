"""Backups (online API, checked, rotated), start-up integrity check, restore."""

from __future__ import annotations

import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from hsp_desk.cli import main
from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.verify import verify
from hsp_desk.store import backup as backups
from hsp_desk.store.database import open_database
from hsp_desk.store.models import Movement

from .factories import seed_world

BOSS = Actor("amina", "dev-1", "branch_manager")


def _filled(path: Path) -> str:
    url = f"sqlite:///{path}"
    db = open_database(url)
    with db.session() as s:
        seed_world(s)
        receive(s, BOSS, "MNE-ROZAJE", [ReceiptLine("WATER-05", 100)])
    db.dispose()
    return url


def _movements(url: str) -> int:
    engine = sa.create_engine(url)
    with engine.connect() as c:
        n = c.execute(sa.select(sa.func.count()).select_from(Movement)).scalar_one()
    engine.dispose()
    return int(n)


def _corrupt(path: Path) -> None:
    """Overwrite every page but the first with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    rnd = random.Random(7)
    for start in range(page, len(data), page):
        data[start:start + page] = rnd.randbytes(min(page, len(data) - start))
    path.write_bytes(bytes(data))


def test_backup_is_a_checked_copy_with_a_dated_name(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    target = backups.take_backup(path, "daily", now=datetime(2026, 3, 1, 8, 30, 0))
    assert target == tmp_path / "backups" / "hsp-desk-20260301-083000.sqlite3"
    assert backups.integrity_problem(target) is None and backups.is_hsp_database(target)
    assert not Path(str(target) + "-wal").exists()  # a single file, not WAL
    assert _movements(f"sqlite:///{target}") == _movements(url) == 1
    manual = backups.take_backup(path, "manual", now=datetime(2026, 3, 1, 8, 30, 0))
    assert manual.name == "hsp-desk-20260301-083000-manual.sqlite3"
    again = backups.take_backup(path, "daily", now=datetime(2026, 3, 1, 8, 30, 0))
    assert again.name == "hsp-desk-20260301-083000-1.sqlite3"
    found = backups.list_backups(path)
    assert found[0].path == again and sorted(b.kind for b in found) == ["daily", "daily", "manual"]


def test_the_copy_is_consistent_while_someone_writes(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    db = open_database(url)
    with db.session() as s:  # a write in progress, not committed
        receive.__wrapped__(s, BOSS, "MNE-ROZAJE", [ReceiptLine("WATER-05", 5)])  # type: ignore[attr-defined]
        s.flush()
        target = backups.take_backup(path, "manual")
        s.commit()
    db.dispose()
    assert _movements(f"sqlite:///{target}") == 1 and _movements(url) == 2


def test_rotation_keeps_14_daily_and_5_before_migrations(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    _filled(path)
    start = datetime(2026, 1, 1, 3, 0, 0)
    for day in range(20):
        backups.take_backup(path, "daily", now=start + timedelta(days=day))
    for n in range(8):
        backups.take_backup(path, "premigrate", now=start + timedelta(days=n, hours=1))
    kept = backups.list_backups(path)
    daily = [b for b in kept if b.kind == "daily"]
    pre = [b for b in kept if b.kind == "premigrate"]
    assert len(daily) == 14 and len(pre) == 5
    assert daily[0].taken_at == start + timedelta(days=19)  # the newest are kept
    assert daily[-1].taken_at == start + timedelta(days=6)


def test_daily_backup_only_when_due(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    _filled(path)
    now = datetime(2026, 5, 1, 9, 0, 0)
    assert backups.daily_backup_if_due(path, now) is not None
    assert backups.daily_backup_if_due(path, now + timedelta(hours=23)) is None
    assert backups.daily_backup_if_due(path, now + timedelta(hours=25)) is not None
    # the application takes it at start-up
    for b in backups.list_backups(path):
        b.path.unlink()
    backups.open_checked(f"sqlite:///{path}").dispose()
    assert [b.kind for b in backups.list_backups(path)] == ["daily"]


def test_a_backup_is_taken_before_a_migration(tmp_path: Path) -> None:
    from alembic import command

    from hsp_desk.store.migrate import alembic_config

    path = tmp_path / "hsp-desk.sqlite3"
    engine = sa.create_engine(f"sqlite:///{path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    db = backups.open_checked(f"sqlite:///{path}", daily=False)
    db.dispose()
    (pre,) = backups.list_backups(path)
    assert pre.kind == "premigrate"
    with sqlite3.connect(pre.path) as c:  # the copy is of the database before migrating
        assert c.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]


def test_a_corrupt_database_is_moved_aside_and_the_backup_offered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    good = backups.take_backup(path, "daily")
    db = open_database(url)
    with db.session() as s:  # work done after the backup: lost with the disk
        receive(s, BOSS, "MNE-ROZAJE", [ReceiptLine("WATER-05", 1)])
    db.dispose()
    _corrupt(path)
    garbage = path.read_bytes()

    with pytest.raises(backups.CorruptDatabase) as err:
        backups.open_checked(url)
    e = err.value
    assert e.backup is not None and e.backup.path == good
    assert good.name in str(e) and "hsp-desk restore --latest" in str(e)
    assert not path.exists() and e.moved_to.read_bytes() == garbage  # moved, not deleted
    # and no empty database silently takes its place
    with pytest.raises(backups.MissingDatabase, match="restore --latest"):
        backups.open_checked(url)
    assert not path.exists()
    # the command line says the same, then restores
    assert main(["stock", "--database-url", url]) == 2
    assert "missing" in capsys.readouterr().err
    assert main(["restore", "--latest", "--database-url", url]) == 0
    assert good.name in capsys.readouterr().out
    assert main(["verify", "--database-url", url]) == 0
    assert _movements(url) == 1
    assert e.moved_to.exists()


def test_the_cli_reports_a_corrupt_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    backups.take_backup(path, "daily")
    _corrupt(path)
    assert main(["stock", "--database-url", url]) == 2
    err = capsys.readouterr().err
    assert "is damaged" in err and "moved aside" in err and "hsp-desk restore --latest" in err


def test_restore_keeps_the_current_database_and_refuses_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    older = backups.take_backup(path, "manual")
    db = open_database(url)
    with db.session() as s:
        receive(s, BOSS, "MNE-ROZAJE", [ReceiptLine("WATER-05", 2)])
    db.dispose()
    before = path.read_bytes()

    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as c:
        c.execute("CREATE TABLE t (x)")
    for bad, msg in [(junk, "damaged"), (other, "not an HSP Desk database"),
                     (tmp_path / "nope.sqlite3", "no file")]:
        with pytest.raises(backups.DatabaseProblem, match=msg):
            backups.restore(path, bad)
        assert path.read_bytes() == before  # nothing changed
    moved = backups.restore(path, older)
    assert moved is not None and moved.read_bytes() == before
    assert _movements(url) == 1 and _movements(f"sqlite:///{moved}") == 2
    db = open_database(url)
    with db.session() as s:
        assert verify(s) == []
    db.dispose()


def test_postgresql_backups_are_the_servers_job(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql://hsp@127.0.0.1:1/none"
    assert main(["backup", "--database-url", url]) == 2
    assert "pg_dump" in capsys.readouterr().err
    assert main(["restore", "--latest", "--database-url", url]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_cli_backup_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hsp-desk.sqlite3"
    url = _filled(path)
    out = tmp_path / "usb" / "copy.sqlite3"
    assert main(["backup", "--out", str(out), "--database-url", url]) == 0
    assert backups.is_hsp_database(out)
    assert main(["backup", "--database-url", url]) == 0
    assert main(["backup", "--list", "--database-url", url]) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and "hsp-desk-" in listing

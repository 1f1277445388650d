"""The write-ahead log is copied back into the SQLite file by a thread of its own, in a
pause between commits, never inside a user's commit (store/checkpointer.py)."""

from __future__ import annotations

import sqlite3
import struct
import time
from pathlib import Path

import sqlalchemy as sa

from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.store.checkpointer import BACKSTOP_PAGES, WalCheckpointer
from hsp_desk.store.database import Database

from .factories import seed_world
from .test_audit import COORD


def _wal_frames(db: Database) -> tuple[int, int]:
    """(frames in the log, frames already copied back), read from the wal-index header in
    the -shm file (mxFrame at byte 16, nBackfill at byte 96), so nothing is checkpointed
    by looking."""
    shm = Path(db.url.split("///", 1)[1] + "-shm").read_bytes()
    return struct.unpack("=I", shm[16:20])[0], struct.unpack("=I", shm[96:100])[0]


def _wait(cond, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if cond():
            return True
        time.sleep(0.02)
    return cond()


def test_commits_are_copied_back_after_a_pause(sqlite_db: Database) -> None:
    cp = sqlite_db.checkpointer
    assert cp is not None
    with sqlite_db.session() as s:
        seed_world(s)
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    assert _wait(lambda: cp.runs >= 1), "the checkpointer never ran"
    log, done = _wal_frames(sqlite_db)
    assert log > 0 and done == log, (log, done)
    assert cp.last_error is None


def test_the_commit_itself_does_not_checkpoint(sqlite_db: Database) -> None:
    """SQLite's own checkpoint is pushed out to the backstop on every connection."""
    with sqlite_db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKSTOP_PAGES


def test_a_steady_stream_is_checkpointed_by_the_deadline(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    cp = WalCheckpointer(path, quiet=0.5, max_delay=0.3)
    try:
        t_end = time.monotonic() + 1.5
        while time.monotonic() < t_end:  # a commit every 20 ms: never a 0.5 s pause
            conn.execute("INSERT INTO t VALUES (1)")
            cp.poke()
            time.sleep(0.02)
        assert cp.runs >= 2, cp.runs
    finally:
        cp.stop()
        conn.close()


def test_stop_ends_the_thread_and_a_failure_is_not_fatal(tmp_path: Path) -> None:
    cp = WalCheckpointer(tmp_path / "missing" / "nowhere.sqlite3", quiet=0.01, max_delay=0.05)
    cp.poke()
    assert _wait(lambda: cp.last_error is not None)
    first = cp._thread
    cp.last_error = None
    cp.poke()  # still alive after the error
    assert _wait(lambda: cp.last_error is not None)
    assert first is not None and first.is_alive()
    cp.stop()
    assert not first.is_alive() and cp._thread is None
    cp.stop()  # twice is harmless


def test_the_database_stays_checkpointed_after_dispose(sqlite_db: Database) -> None:
    """A restore from a backup disposes the database and goes on using it."""
    cp = sqlite_db.checkpointer
    assert cp is not None
    with sqlite_db.session() as s:
        seed_world(s)
    sqlite_db.dispose()
    runs = cp.runs
    with sqlite_db.session() as s:
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    assert _wait(lambda: cp.runs > runs), "no checkpoint after dispose"
    log, done = _wal_frames(sqlite_db)
    assert done == log


def test_dispose_stops_the_checkpointer(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        seed_world(s)
    cp = sqlite_db.checkpointer
    assert cp is not None and cp._thread is not None
    thread = cp._thread
    sqlite_db.dispose()
    assert not thread.is_alive() and cp._thread is None


def test_postgresql_has_no_checkpointer(db: Database) -> None:
    assert (db.checkpointer is None) == (not db.is_sqlite)
    with db.session() as s:
        assert s.execute(sa.text("SELECT 1")).scalar() == 1

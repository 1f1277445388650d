"""What every measurement shares: the cached data set, a working copy for writes, the
actors, and facts about the data (busiest site and item, the end of the ledger)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hsp_desk.services.context import Actor
from hsp_desk.store.database import Database, open_database

from .dataset import Generated

MANAGER = Actor("bench-manager", "BENCH-LAPTOP", "branch_manager")
VOLUNTEER = Actor("bench-volunteer", "BENCH-LAPTOP", "volunteer")
LOGISTICS = Actor("bench-logistics", "BENCH-LAPTOP", "logistics_officer")


def copy_database(src: Path, dst: Path) -> Path:
    """A consistent copy (the cached file is checkpointed, so the main file is enough),
    on disk before it returns: otherwise the kernel writes 2 GB back while the next
    measurement runs, and every fsync of a timed commit waits behind it."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
    shutil.copyfile(src, dst)
    with open(dst, "rb+") as f:
        os.fsync(f.fileno())
    return dst


@dataclass
class Bench:
    data: Generated
    work: Path
    tiny: bool = False
    _dbs: list[Database] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The cached data set, for read-only measurements."""
        return f"sqlite:///{self.data.path}"

    @property
    def work_url(self) -> str:
        """The working copy, for measurements that write."""
        return f"sqlite:///{self.work}"

    def open(self, url: str | None = None) -> Database:
        db = open_database(url or self.url, upgrade=False)
        self._dbs.append(db)
        return db

    def raw(self, path: Path | None = None) -> sqlite3.Connection:
        """A raw sqlite3 connection with the application's pragmas."""
        conn = sqlite3.connect(path or self.data.path, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def close(self) -> None:
        for db in self._dbs:
            db.dispose()
        self._dbs.clear()

    # -- facts about the data ----------------------------------------------------------

    def scalar(self, sql: str, *params: object) -> object:
        conn = sqlite3.connect(self.data.path)
        try:
            row = conn.execute(sql, params).fetchone()
            return row[0] if row else None
        finally:
            conn.close()

    def last_day(self) -> date:
        return date.fromisoformat(str(self.scalar("SELECT max(occurred_at) FROM movements"))[:10])

    def busiest_hsp(self) -> str:
        return str(self.scalar(
            "SELECT s.code FROM movements m JOIN sites s ON s.id = m.site_id "
            "WHERE s.site_type <> 'warehouse' GROUP BY s.code ORDER BY count(*) DESC LIMIT 1"))

    def busiest_item(self) -> tuple[str, int]:
        conn = sqlite3.connect(self.data.path)
        try:
            code, n = conn.execute(
                "SELECT i.code, count(*) FROM movements m JOIN items i ON i.id = m.item_id "
                "GROUP BY i.code ORDER BY count(*) DESC LIMIT 1").fetchone()
            return str(code), int(n)
        finally:
            conn.close()

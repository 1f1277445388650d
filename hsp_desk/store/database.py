"""Opening a database: engine, session factory, and migrations run at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

# Importing audit installs the flush listener that chains every audited write.
from . import audit as _audit  # noqa: F401
from . import migrate
from .checkpointer import BACKSTOP_PAGES, WalCheckpointer
from .engine import READ_ONLY, make_engine, make_session_factory, resolve_database_url, sqlite_path


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    #: Copies the write-ahead log back off the commit path (SQLite files only).
    checkpointer: WalCheckpointer | None = None

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def read_session(self) -> Session:
        """A session that only reads: on SQLite it neither waits for nor holds the write
        lock (a page of the stock card read while a hand-out is recorded, or on another
        thread at the same time); a write in it fails. PostgreSQL: a plain session."""
        if not self.is_sqlite:
            return self.sessions()
        return self.sessions(bind=self.engine.execution_options(**{READ_ONLY: True}))

    def dispose(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.stop()
        self.engine.dispose()


def _checkpoint_in_background(engine: Engine, path: Path) -> WalCheckpointer:
    checkpointer = WalCheckpointer(path)

    @event.listens_for(engine, "connect")
    def _backstop(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")

    # On the connection's return to the pool, i.e. after its commit (the "commit" event
    # comes before it: a long commit would outlast the pause and be left unchecked).
    # A bulk writer (the bundle import) may turn SQLite's own checkpoint off for its
    # commit; the backstop is set again here, whatever it did.
    @event.listens_for(engine, "checkin")
    def _returned(dbapi_conn: Any, _record: Any) -> None:
        if dbapi_conn is not None:
            dbapi_conn.execute(f"PRAGMA wal_autocheckpoint = {BACKSTOP_PAGES}")
        checkpointer.poke()

    return checkpointer


def open_database(
    url: str | None = None,
    *,
    upgrade: bool = True,
    before_migrate: Callable[[Database], None] | None = None,
) -> Database:
    """Open (and by default create or upgrade) the database at ``url``.

    ``before_migrate`` runs before a migration of a database that already holds data:
    that is where the backup is taken.
    """
    resolved = resolve_database_url(url)
    engine = make_engine(resolved)
    path = sqlite_path(resolved)
    db = Database(resolved, engine, make_session_factory(engine),
                  _checkpoint_in_background(engine, path) if path is not None else None)
    if upgrade:
        hook = (lambda: before_migrate(db)) if before_migrate else None
        migrate.upgrade(engine, before=hook)
    return db


__all__ = ["Database", "open_database", "sqlite_path"]

"""Opening a database: engine, session factory, and migrations run at start-up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

# Importing audit installs the flush listener that chains every audited write.
from . import audit as _audit  # noqa: F401
from . import migrate
from .engine import make_engine, make_session_factory, resolve_database_url, sqlite_path


@dataclass
class Database:
    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


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
    db = Database(resolved, engine, make_session_factory(engine))
    if upgrade:
        hook = (lambda: before_migrate(db)) if before_migrate else None
        migrate.upgrade(engine, before=hook)
    return db


__all__ = ["Database", "open_database", "sqlite_path"]

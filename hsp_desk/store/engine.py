"""Engine and session factory for SQLite (embedded default) and PostgreSQL (shared).

SQLite is opened as DESIGN.md §8b asks: WAL, ``synchronous=FULL`` so a committed
distribution survives a power cut, foreign keys on every connection, and writers start
with ``BEGIN IMMEDIATE`` and a busy timeout so two instances on one file wait for each
other instead of failing with "database is locked".
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from .paths import check_safe_location, default_database_path

BUSY_TIMEOUT_MS = 30_000


def resolve_database_url(explicit: str | None = None) -> str:
    """``--database-url`` first, then ``HSP_DESK_DATABASE_URL``, then the SQLite default."""
    url = explicit or os.environ.get("HSP_DESK_DATABASE_URL")
    if not url:
        return f"sqlite:///{default_database_path()}"
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        # psycopg 3 is the driver we ship; SQLAlchemy's bare scheme means psycopg2.
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for PostgreSQL or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


#: Execution option of a session that only reads (Database.read_session).
READ_ONLY = "hsp_read_only"


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event below issue BEGIN, not the sqlite3 module.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A writer takes the write lock at once, so that two writers never deadlock
        # half-way. A reader (READ_ONLY) takes none: in WAL mode it reads its snapshot
        # while others write, where BEGIN IMMEDIATE would queue it behind every writer
        # and reader, in SQLite's busy back-off of up to 100 ms a try. query_only makes a
        # write in it fail loudly instead of taking the lock late.
        read_only = bool(conn.get_execution_options().get(READ_ONLY))
        info = conn.connection.info
        if info.get(READ_ONLY, False) != read_only:
            conn.exec_driver_sql(f"PRAGMA query_only = {int(read_only)}")
            info[READ_ONLY] = read_only
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine for ``url``, refusing a SQLite file in an unsafe folder."""
    path = sqlite_path(url)
    if path is not None:
        check_safe_location(path.resolve())
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs
        )
        _configure_sqlite(engine)
        return engine
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)

"""Backups from the desktop application: back up now, list, restore (SQLite only).

A thin use-case layer over :mod:`hsp_desk.store.backup` that checks the branch manager's
``backup`` permission and turns "this is PostgreSQL" into a clear message. A restore
replaces the database file: the caller must close every connection first and start again
afterwards (the GUI closes itself).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..domain.errors import DatabaseProblem
from ..domain.roles import Permission
from ..store import backup as store_backup
from ..store.engine import sqlite_path
from .context import Actor
from .permissions import require

#: The text of :data:`hsp_desk.store.backup.PG_ADVICE`, written out here so that the
#: translation extractor sees it where the error is raised.
PG_ADVICE = (
    "This database is on a PostgreSQL server, whose backups are the server's job: "
    "use pg_dump (and pg_restore to bring one back), scheduled on the server."
)


@dataclass(frozen=True)
class BackupRow:
    path: Path
    taken_at: datetime
    kind: str
    size_bytes: int


def database_file(database_url: str) -> Path | None:
    """The SQLite file behind ``database_url``; None on PostgreSQL."""
    return sqlite_path(database_url)


def _file(database_url: str) -> Path:
    path = sqlite_path(database_url)
    if path is None:
        raise DatabaseProblem(PG_ADVICE, "Ask the server's administrator for the pg_dump schedule.")
    return path


def list_backups(actor: Actor, database_url: str) -> list[BackupRow]:
    require(actor, Permission.BACKUP)
    out = []
    for b in store_backup.list_backups(_file(database_url)):
        try:
            size = b.path.stat().st_size
        except OSError:  # rotated away between the listing and now
            continue
        out.append(BackupRow(b.path, b.taken_at, b.kind, size))
    return out


def backup_now(actor: Actor, database_url: str, *, out: Path | None = None) -> Path:
    """A checked copy of the database in the backups folder (or at ``out``)."""
    require(actor, Permission.BACKUP)
    path = _file(database_url)
    problem = store_backup.check_database(path)
    if problem is not None:
        raise DatabaseProblem(
            "The database {path} is damaged ({problem}), so it was not backed up.",
            "Restore the newest good backup (Admin, Backup).", path=path, problem=problem,
        )
    return store_backup.take_backup(path, "manual", out=out)


def daily_backup_if_due(database_url: str) -> Path | None:
    """The day's backup (with its full integrity check) unless one is younger than a day.

    The desktop application runs this in the background once its window is shown, so
    the start-up itself only does the cheap check. PostgreSQL: nothing (pg_dump's job).
    No permission is needed: it is the application's own housekeeping, not a user's act.
    """
    path = sqlite_path(database_url)
    if path is None or not path.is_file():
        return None
    return store_backup.daily_backup_if_due(path)


def restore_backup(actor: Actor, database_url: str, backup_file: Path) -> Path | None:
    """Put ``backup_file`` in place of the database; the current one is kept aside and its
    new name returned. Every connection to the database must be closed."""
    require(actor, Permission.BACKUP)
    return store_backup.restore(_file(database_url), Path(backup_file))

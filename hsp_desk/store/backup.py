"""Backups of the SQLite database, the start-up integrity check, and restore.

Backups are taken with SQLite's online backup API (safe while the application writes),
checked with ``PRAGMA integrity_check`` before they count, and kept in a ``backups``
folder beside the database as ``<name>-YYYYmmdd-HHMMSS[-kind].sqlite3`` (UTC): daily ones
(14 kept), before every migration (5 kept), and by hand (10 kept).

At start-up (:func:`open_checked`) a database that fails its cheap check (header, schema,
the ends of every table: milliseconds; the full check runs with the daily backup, in the
background in the desktop application) is moved aside, never
deleted, and :class:`CorruptDatabase` names the newest good backup and the command that
restores it; an empty database is never created silently where one was lost.

On PostgreSQL, backups are the database server's job (pg_dump); see :data:`PG_ADVICE`.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.errors import DatabaseProblem
from ..domain.ledger import utcnow
from .database import Database, open_database
from .engine import resolve_database_url, sqlite_path

BACKUP_DIR = "backups"
KEEP = {"daily": 14, "premigrate": 5, "manual": 10}
DAILY_EVERY = timedelta(hours=24)

PG_ADVICE = (
    "This database is on a PostgreSQL server, whose backups are the server's job: "
    "use pg_dump (and pg_restore to bring one back), scheduled on the server."
)

_STAMP = "%Y%m%d-%H%M%S"


class CorruptDatabase(DatabaseProblem):
    """The database failed its integrity check at start-up and was moved aside."""

    def __init__(self, path: Path, problem: str, moved_to: Path, backup: BackupInfo | None) -> None:
        self.path = path
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup
        super().__init__(
            "The database {file} is damaged ({detail}). It was moved aside to "
            "{moved}, and nothing was deleted.",
            "The newest good backup is {newest} (taken {taken} UTC). "
            "Restore it with: hsp-desk restore --latest" if backup is not None else
            "No good backup was found. Ask your logistics officer for help before "
            "starting again with an empty database.",
            file=path, detail=problem, moved=moved_to.name,
            newest=backup.path.name if backup is not None else "",
            taken=backup.taken_at.strftime("%Y-%m-%d %H:%M") if backup is not None else "",
        )


class MissingDatabase(DatabaseProblem):
    """The database file is gone although backups (or a damaged copy) of it exist."""

    def __init__(self, path: Path, backup: BackupInfo | None) -> None:
        self.path = path
        self.backup = backup
        super().__init__(
            "The database {file} is missing, but earlier copies of it exist, so an empty one "
            "was not created in its place.",
            "Restore the newest good backup ({newest}) with: hsp-desk restore --latest. "
            "To start with an empty database instead, move the backups folder away." if backup else
            "Restore a backup with: hsp-desk restore FILE. "
            "To start with an empty database instead, move the backups folder away.",
            file=path, newest=backup.path.name if backup else "",
        )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str


# ---------------------------------------------------------------------------------------
# Checks


def _connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    # mode=rw never creates a missing file (that is the point).
    return sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True, timeout=30)


def integrity_problem(path: Path, *, quick: bool = False) -> str | None:
    """None when SQLite finds ``path`` sound, else what is wrong, in a few words.

    ``quick`` runs ``quick_check`` (everything but index contents: seconds instead of
    minutes on a five-year database), used at every start-up.
    """
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        return f"it cannot be opened: {exc}"
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
    except sqlite3.Error as exc:
        return f"SQLite says: {exc}"
    except UnicodeDecodeError:  # the check quoted damaged bytes: damaged all the same
        return "SQLite says: the file is damaged (its check reported unreadable text)"
    finally:
        conn.close()
    if rows == ["ok"]:
        return None
    return "SQLite says: " + "; ".join(str(r) for r in rows[:3])


_HEADER = b"SQLite format 3\x00"


def cheap_problem(path: Path) -> str | None:
    """None when ``path`` opens as SQLite and its schema and every table's ends read.

    What it catches, in milliseconds whatever the size: a file that is not SQLite (bad
    header), a damaged page 1 or schema (``sqlite_master`` cannot be read or parsed), and
    damaged root or edge pages of any table (its first and last rows are read, which walks
    the b-tree from the root down both sides). What it cannot see: damage deep inside a
    table or an index. That is what the full ``PRAGMA integrity_check`` finds; it runs
    on the daily backup (in the background, once the window is shown), on every backup
    taken, and the ledger itself is checked by ``hsp-desk verify``.
    """
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return f"it cannot be read: {exc}"
    if not header.startswith(_HEADER):
        return "it is not an SQLite database (bad file header)"
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        return f"it cannot be opened: {exc}"
    try:
        tables = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL"
        ).fetchall()
        for name, sql in tables:
            if str(sql).upper().startswith("CREATE VIRTUAL"):
                continue
            quoted = '"' + str(name).replace('"', '""') + '"'
            conn.execute(f"SELECT * FROM {quoted} LIMIT 1").fetchall()
            if "WITHOUT ROWID" not in str(sql).upper():
                conn.execute(f"SELECT max(rowid) FROM {quoted}").fetchall()
    except sqlite3.Error as exc:
        return f"SQLite says: {exc}"
    except UnicodeDecodeError:
        return "SQLite says: the schema holds unreadable text"
    finally:
        conn.close()
    return None


def check_database(path: Path) -> str | None:
    """The start-up check: None if ``path`` is missing, empty or sound; else the problem.

    Only the cheap check (:func:`cheap_problem`): a full check of a five-year database
    takes minutes; it runs with the daily backup instead.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    return cheap_problem(path)


def is_hsp_database(path: Path) -> bool:
    try:
        conn = _connect(path, readonly=True)
    except sqlite3.Error:
        return False
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return {"alembic_version", "movements", "items", "sites"} <= names


def check_backup_file(path: Path) -> None:
    """Raise :class:`DatabaseProblem` unless ``path`` is a sound HSP Desk database."""
    if not path.is_file():
        raise DatabaseProblem("There is no file {path}.", "Check the name of the backup file.",
                              path=path)
    problem = integrity_problem(path)
    if problem is not None:
        raise DatabaseProblem(
            "The backup {name} is damaged ({problem}).", "Choose an older backup.",
            name=path.name, problem=problem,
        )
    if not is_hsp_database(path):
        raise DatabaseProblem(
            "{name} is not an HSP Desk database.", "Choose a file made by hsp-desk backup.",
            name=path.name,
        )


# ---------------------------------------------------------------------------------------
# Taking and listing backups


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / BACKUP_DIR


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(db_path.stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?(?:-(premigrate|manual))?\.sqlite3$"
    )


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    for f in folder.iterdir():
        m = pattern.match(f.name)
        if m:
            taken = datetime.strptime(m.group(1), _STAMP)
            found.append((taken, int(m.group(2) or 0), f.stat().st_mtime_ns,
                          BackupInfo(f, taken, m.group(3) or "daily")))
    return [t[3] for t in sorted(found, key=lambda t: t[:3], reverse=True)]


def _copy(src_path: Path, dst_path: Path) -> None:
    """Online backup API copy, then fsync, so the copy is whole on disk."""
    src = _connect(src_path)
    try:
        dst = sqlite3.connect(dst_path)
        try:
            src.backup(dst)
            # A backup is a single file: no WAL beside it.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    with open(dst_path, "rb+") as fh:
        os.fsync(fh.fileno())


def take_backup(db_path: Path, kind: str = "manual", *, out: Path | None = None,
                now: datetime | None = None) -> Path:
    """Copy the database, verify the copy, and (in the backups folder) rotate.

    ``out`` writes the copy to that file instead (not rotated).
    """
    if kind not in KEEP:
        raise ValueError(kind)
    if not db_path.is_file():
        raise DatabaseProblem("There is no database at {path} to back up.", "Check the path.",
                              path=db_path)
    if out is not None:
        target = out
        if target.exists():
            raise DatabaseProblem("{path} exists already.", "Choose a new file name.", path=target)
        target.parent.mkdir(parents=True, exist_ok=True)
    else:
        folder = backup_dir(db_path)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = (now or utcnow()).strftime(_STAMP)
        suffix = "" if kind == "daily" else f"-{kind}"
        target = folder / f"{db_path.stem}-{stamp}{suffix}.sqlite3"
        n = 1
        while target.exists():
            target = folder / f"{db_path.stem}-{stamp}-{n}{suffix}.sqlite3"
            n += 1
    partial = target.with_name(target.name + ".partial")
    try:
        _copy(db_path, partial)
        problem = integrity_problem(partial)
        if problem is not None:
            raise DatabaseProblem(
                "The backup copy failed its check ({problem}).",
                "The database itself may be damaged: run hsp-desk verify.", problem=problem,
            )
        os.replace(partial, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    if out is None:
        rotate(db_path)
    return target


def rotate(db_path: Path, keep: dict[str, int] | None = None) -> list[Path]:
    """Delete the oldest backups of each kind beyond what is kept. Returns those removed."""
    limits = keep or KEEP
    removed = []
    seen: dict[str, int] = {}
    for b in list_backups(db_path):
        seen[b.kind] = seen.get(b.kind, 0) + 1
        if seen[b.kind] > limits.get(b.kind, 10):
            b.path.unlink()
            removed.append(b.path)
    return removed


def daily_backup_if_due(db_path: Path, now: datetime | None = None) -> Path | None:
    """Take the daily backup unless one of any kind is younger than a day."""
    when = now or utcnow()
    backups = list_backups(db_path)
    if backups and when - backups[0].taken_at < DAILY_EVERY:
        return None
    return take_backup(db_path, "daily", now=when)


def latest_good_backup(db_path: Path) -> BackupInfo | None:
    for b in list_backups(db_path):
        if integrity_problem(b.path) is None and is_hsp_database(b.path):
            return b
    return None


# ---------------------------------------------------------------------------------------
# Moving aside and restoring


def _companions(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def move_aside(path: Path, label: str, now: datetime | None = None) -> Path:
    """Rename the database (and its -wal/-shm files) to ``<name>.<label>-<stamp>.sqlite3``."""
    stamp = (now or utcnow()).strftime(_STAMP)
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
        n += 1
    for src, dst in zip(_companions(path), _companions(target), strict=True):
        if src.exists():
            try:
                os.replace(src, dst)
            except PermissionError as exc:
                raise DatabaseProblem(
                    "{path} is in use and cannot be moved.",
                    "Close HSP Desk on this laptop (every window), then try again.", path=src,
                ) from exc
    return target


def restore(db_path: Path, backup_file: Path) -> Path | None:
    """Put ``backup_file`` in the place of the database.

    The backup is checked first; the current database (if any) is moved aside, never
    deleted, and its new name returned. HSP Desk must not have the database open.
    """
    check_backup_file(backup_file)
    moved = move_aside(db_path, "before-restore") if db_path.exists() else None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    partial = db_path.with_name(db_path.name + ".restoring")
    try:
        _copy(backup_file, partial)
        os.replace(partial, db_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return moved


# ---------------------------------------------------------------------------------------
# Start-up


def _has_lost_copies(db_path: Path) -> bool:
    if list_backups(db_path):
        return True
    return any(db_path.parent.glob(f"{db_path.stem}.corrupt-*{db_path.suffix}"))


def open_checked(
    url: str | None = None,
    *,
    daily: bool = True,
    on_backup: Callable[[Path], None] | None = None,
) -> Database:
    """Open the database as the application does at start-up.

    SQLite: a damaged file is moved aside and :class:`CorruptDatabase` raised; a missing
    file whose backups exist raises :class:`MissingDatabase` instead of creating an empty
    one; a backup is taken before any migration and, with ``daily``, the day's backup
    (with its full integrity check) before returning. The desktop application passes
    ``daily=False`` and takes the day's backup in the background once its window is
    shown. The start-up check itself is the cheap one (:func:`cheap_problem`).
    PostgreSQL: opened as it is (the server's own backups apply).
    """
    resolved = resolve_database_url(url)
    path = sqlite_path(resolved)
    if path is None:
        return open_database(resolved)
    if path.exists() and path.stat().st_size > 0:
        problem = check_database(path)
        if problem is not None:
            moved = move_aside(path, "corrupt")
            raise CorruptDatabase(path=path, problem=problem, moved_to=moved,
                                  backup=latest_good_backup(path))
        existed = True
    else:
        if _has_lost_copies(path):
            raise MissingDatabase(path=path, backup=latest_good_backup(path))
        existed = False

    def before_migrate(_db: Database) -> None:
        taken = take_backup(path, "premigrate")
        if on_backup:
            on_backup(taken)

    db = open_database(resolved, before_migrate=before_migrate)
    if existed and daily:
        taken = daily_backup_if_due(path)
        if taken and on_backup:
            on_backup(taken)
    return db

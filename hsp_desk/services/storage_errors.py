"""Full disks, read-only folders, files held open by another program and failing disks,
in words a volunteer can act on.

A report saved over a workbook that is still open in Excel, a backup to a full USB
stick, a laptop whose disk filled up during a hand-out: Python says "[Errno 28] No space
left on device" or "(sqlite3.OperationalError) database or disk is full". These
functions turn such errors into a :class:`StorageProblem` that says what happened and
what to do. Nothing is lost by the failure itself: a write to the database is rolled
back whole (services.transaction) and files are written next to their target and
renamed into place (services.reporting), so the error is the whole story.
"""

from __future__ import annotations

import errno

from sqlalchemy.exc import DBAPIError

from ..domain.errors import HspError

#: SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes keep
#: the primary one in their low byte.
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 8, 10, 13
#: PostgreSQL: disk_full, insufficient_resources' out-of-space family.
_PG_FULL = {"53100"}


class StorageProblem(HspError):
    """A file or the database could not be written (or read) on the disk."""


def _name(filename: object) -> str:
    """The file's name without its folders, for Windows paths too (C:\\Users\\...)."""
    return str(filename).replace("\\", "/").rsplit("/", 1)[-1] if filename else ""


def explain_os_error(exc: OSError) -> StorageProblem | None:
    """``exc`` in plain words when it is about the disk or the file; None otherwise."""
    file = _name(exc.filename)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return StorageProblem(
            "The disk is full: {file} could not be written." if file else
            "The disk is full: the file could not be written.",
            "Nothing was saved. Free some space (empty the recycle bin, move old reports or "
            "backups to a USB stick), then try again.", file=file)
    if exc.errno == errno.EROFS:
        return StorageProblem(
            "{file} is on a disk that cannot be written to (read-only)." if file else
            "The file is on a disk that cannot be written to (read-only).",
            "Nothing was saved. Choose another folder, such as Documents, or unlock the USB "
            "stick, then try again.", file=file)
    if isinstance(exc, PermissionError):
        return StorageProblem(
            "HSP Desk may not write {file}." if file else "HSP Desk may not write the file.",
            "Nothing was saved. If the file is open in another program (Excel, a PDF reader), "
            "close it; or choose another folder, such as Documents. Then try again.", file=file)
    return None


def explain_database_error(exc: DBAPIError) -> StorageProblem | None:
    """``exc`` in plain words when the database's disk is full, read-only or failing;
    None for any other database error."""
    orig = exc.orig
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    state = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if primary == _SQLITE_FULL or state in _PG_FULL:
        return StorageProblem(
            "The disk that holds the database is full.",
            "Nothing was recorded; what was recorded before is safe. Free some space on that "
            "disk (empty the recycle bin, move old reports or backups to a USB stick), then "
            "record it again.")
    if primary == _SQLITE_READONLY:
        return StorageProblem(
            "The database cannot be written to: its file or folder is read-only.",
            "Nothing was recorded. Ask your logistics officer to check the folder where the "
            "database is kept, then start HSP Desk again.")
    if primary == _SQLITE_IOERR:
        return StorageProblem(
            "The disk did not let HSP Desk read or write the database (a disk I/O error).",
            "Nothing was recorded. Check that the disk or USB stick that holds it is still "
            "connected, then start HSP Desk again. If it happens again, the disk may be "
            "failing: restore the newest backup on another disk (Admin, Backup and restore).")
    return None


def explain(exc: BaseException) -> StorageProblem | None:
    """Either of the above for any exception; None when it is not about storage."""
    if isinstance(exc, DBAPIError):
        return explain_database_error(exc)
    if isinstance(exc, OSError):
        return explain_os_error(exc)
    return None

"""Where files live: the user data folder (platformdirs), overridable for tests and
portable installs, and the refusal of unsafe folders for the SQLite file."""

from __future__ import annotations

import os
import re
import uuid
from pathlib import Path

import platformdirs

from ..domain.errors import DatabaseProblem

APP_NAME = "HSP Desk"
APP_AUTHOR = "HSP Desk"

#: Folders synchronised by a cloud client: SQLite's locking does not survive them and a
#: half-synchronised WAL file corrupts the database.
_CLOUD_SYNC = re.compile(
    r"(onedrive|dropbox|google ?drive|my drive|icloud ?drive|nextcloud|owncloud|box sync)",
    re.IGNORECASE,
)


def data_dir() -> Path:
    """The folder holding the database, backups and the device id.

    ``HSP_DESK_DATA_DIR`` overrides it (tests, portable installs on a USB stick).
    """
    override = os.environ.get("HSP_DESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "hsp-desk.sqlite3"


def check_safe_location(path: Path) -> None:
    """Refuse a SQLite file on a network share or in a cloud-sync folder (DESIGN.md §8b)."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        raise DatabaseProblem(
            "The database {path} is on a network share, where it can be corrupted.",
            "Keep it on this laptop's own disk, or ask the branch for a shared PostgreSQL "
            "server.", path=text,
        )
    if _CLOUD_SYNC.search(text):
        raise DatabaseProblem(
            "The database {path} is inside a cloud-sync folder, which corrupts it.",
            "Move it out of that folder (the default location is safe), or set "
            "HSP_DESK_DATA_DIR to a local folder.", path=text,
        )


def device_id() -> str:
    """A stable id for this laptop, recorded with every write."""
    path = data_dir() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except FileNotFoundError:
        pass
    value = f"dev-{uuid.uuid4().hex[:12]}"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(value, encoding="ascii")
    os.replace(tmp, path)
    return value

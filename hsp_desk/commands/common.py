"""What every subcommand shares: opening the database, the acting user, printing tables."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence

from ..domain.errors import HspError
from ..services import settings
from ..services.context import Actor
from ..store.backup import open_checked
from ..store.database import Database
from ..store.paths import data_dir, device_id


def database(args: argparse.Namespace) -> Database:
    """Open the database as at start-up: integrity check, backup before a migration and
    once a day (SQLite). Opened once per command; :func:`cli_actor` reuses it."""
    db = getattr(args, "_hsp_database", None)
    if db is None:
        db = open_checked(getattr(args, "database_url", None))
        args._hsp_database = db
        with db.session() as s:  # reports and cards in the language chosen in the settings
            settings.apply_language_to_reports(s)
    return db


def demo_database_url() -> str:
    return f"sqlite:///{data_dir() / 'hsp-desk-demo.sqlite3'}"


class SignInNeeded(HspError):
    """A writing command on a database that has users, without a signed-in user."""


def cli_actor(args: argparse.Namespace, db: Database | None = None) -> Actor:
    """Who a writing command acts as.

    A database without users yet (a fresh install, before ``hsp-desk users add``) is
    worked on as the local "system" branch manager, so that ``hsp-desk demo`` works on a
    new machine. Once users exist, a writing command needs ``--user NAME`` (or
    ``HSP_DESK_USER``) and that user's password, read from ``HSP_DESK_PASSWORD`` or asked
    for at the terminal; it then acts with that user's role.
    """
    import getpass
    import os

    from ..services.users import authenticate, has_users

    db = db or database(args)
    with db.session() as s:
        if not has_users(s):
            return Actor.system(device_id())
        name = getattr(args, "user", None) or os.environ.get("HSP_DESK_USER")
        if not name:
            raise SignInNeeded(
                "This database has users, so this command needs to know who you are.",
                "Add --user NAME (the password is asked for, or read from HSP_DESK_PASSWORD).",
            )
        password = os.environ.get("HSP_DESK_PASSWORD")
        if password is None:
            if not sys.stdin.isatty():
                raise SignInNeeded(
                    f"No password for {name}: there is no terminal to ask for it.",
                    "Set HSP_DESK_PASSWORD, or run the command in a terminal.",
                )
            password = getpass.getpass(f"Password for {name}: ")
        return authenticate(s, name, password, device=device_id())


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], fmt: str = "table") -> None:
    if fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows(rows)
        return
    text = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in text]) for i, h in enumerate(headers)]
    numeric = [bool(text) and all(r[i].lstrip("-").isdigit() or not r[i] for r in text)
               for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            c.rjust(w) if numeric[i] else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()
    print(line(list(headers)))
    print("  ".join("-" * w for w in widths))
    for r in text:
        print(line(r))

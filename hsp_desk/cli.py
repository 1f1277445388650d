"""``hsp-desk``: the GUI by default, plus headless subcommands calling the same services."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sqlalchemy.exc import DBAPIError

from . import __version__
from .domain.errors import HspError
from .services.storage_errors import explain

#: Modules under hsp_desk.commands whose register() adds subcommands.
COMMAND_MODULES = ["stock", "forecast", "tokens", "counts", "reports", "gui", "admin", "sync"]


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url", default=argparse.SUPPRESS,
        help="SQLAlchemy URL, e.g. postgresql://user:pw@host/hsp (default: the SQLite file in "
             "the user data folder, or HSP_DESK_DATABASE_URL)",
    )
    common.add_argument(
        "--user", default=argparse.SUPPRESS,
        help="sign in as this user for commands that write (password asked for, or read "
             "from HSP_DESK_PASSWORD); not needed while the database has no users",
    )
    parser = argparse.ArgumentParser(
        prog="hsp-desk", parents=[common],
        description="Stock and distributions of Red Cross / Red Crescent Humanitarian Service "
                    "Points. With no command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"hsp-desk {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created on first use)")
    parser.add_argument("--lang", metavar="CODE", default=None,
                        help="language of the desktop application for this start: en, fr, sr_Latn, "
                             "el, bg, ar (default: the 'language' setting, else the system's)")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (database, migrations, PDF, XLSX, fonts, "
                             "translations, icons) in a temporary folder; exit 1 on a failure")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(f"hsp_desk.commands.{name}").register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.self_test:
            from .commands.selftest import run_self_test

            return run_self_test()
        if args.command is None:
            from .commands.gui import run_gui

            return run_gui(args)
        return int(args.handler(args))
    except HspError as exc:
        print(f"hsp-desk: {exc}", file=sys.stderr)
        return 2
    except (OSError, DBAPIError) as exc:
        storage = explain(exc)  # a full disk, a read-only folder...: said in words
        if storage is None:
            raise
        print(f"hsp-desk: {storage}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("hsp-desk: stopped.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

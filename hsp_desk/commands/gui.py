"""Starting the desktop application, and ``hsp-desk screenshots`` of every page."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from ..services import demo as demo_service
from ..services.context import Actor
from ..store.backup import open_checked
from ..store.paths import device_id
from .common import demo_database_url


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "screenshots", parents=[common],
        help="build a small demo database in a temporary folder, open every page of the "
             "desktop application and save a PNG of each (run under xvfb-run or offscreen)",
    )
    p.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    p.add_argument("--days", type=int, default=14, help="days of demo activity (default 14)")
    p.add_argument("--language", default="en", help="UI language, e.g. en, ar (default en)")
    p.set_defaults(handler=cmd_screenshots)


def _build_demo_if_empty(db, actor: Actor, days: int = 30) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        if demo_service.is_empty(s):
            def progress(done: int, total: int) -> None:
                if sys.stderr.isatty() or done == total:
                    print(f"\rCreating the demo database (first start only): {done * 100 // total}%",
                          end="", file=sys.stderr)

            demo_service.build_demo(s, actor, days=days, progress=progress)
            print(file=sys.stderr)


def run_gui(args: argparse.Namespace) -> int:
    url = getattr(args, "database_url", None)
    if args.demo:
        url = demo_database_url()
    # The daily backup (minutes on a big database) runs in the background once the
    # window is shown (ui.app.Session.start); only the cheap check runs before it.
    db = open_checked(url, daily=False)
    if args.demo:
        _build_demo_if_empty(db, Actor.system(device_id()))
    from ..ui.app import run

    # The GUI signs its user in itself (first-run wizard, sign-in dialog, screen lock).
    return run(db, language=getattr(args, "lang", None), demo_hint=bool(args.demo))


def cmd_screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory(prefix="hsp-shots-") as tmp:
        os.environ["HSP_DESK_DATA_DIR"] = tmp  # the temporary demo never touches real data
        db = open_checked(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        _build_demo_if_empty(db, Actor.system(device_id()), days=args.days)
        from ..ui.screenshots import take_screenshots

        files = take_screenshots(db, args.out, language=args.language)
        db.dispose()
    for f in files:
        print(f)
    return 0

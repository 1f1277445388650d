"""Starting the desktop application from the command line."""

from __future__ import annotations

import argparse
import sys

from ..services import demo as demo_service
from ..store.database import open_database
from .common import cli_actor, demo_database_url


def run_gui(args: argparse.Namespace) -> int:
    url = getattr(args, "database_url", None)
    if args.demo:
        url = demo_database_url()
    db = open_database(url)
    actor = cli_actor(args)
    if args.demo:
        with db.session() as s:
            if demo_service.is_empty(s):
                print("Creating the demo database (first start only)...", file=sys.stderr)
                demo_service.build_demo(s, actor)
    from ..ui.app import run

    return run(db, actor)

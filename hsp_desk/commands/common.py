"""What every subcommand shares: opening the database, the acting user, printing tables."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence

from ..services.context import Actor
from ..store.database import Database, open_database
from ..store.paths import data_dir, device_id


def database(args: argparse.Namespace) -> Database:
    return open_database(getattr(args, "database_url", None))


def demo_database_url() -> str:
    return f"sqlite:///{data_dir() / 'hsp-desk-demo.sqlite3'}"


def cli_actor(args: argparse.Namespace) -> Actor:
    import getpass

    user = getattr(args, "user", None) or getpass.getuser() or "cli"
    return Actor(user=user, device=device_id())


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

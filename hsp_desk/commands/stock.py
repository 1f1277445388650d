"""``hsp-desk stock``, ``sites``, ``items``, ``verify`` and ``demo``."""

from __future__ import annotations

import argparse
import sys

from sqlalchemy import select

from ..services import demo as demo_service
from ..services.context import Actor
from ..services.stock import stock_on_hand
from ..services.verify import check_fingerprint, parse_fingerprint, run_verify
from ..store.models import Item, Site
from ..store.paths import device_id
from .common import cli_actor, database, print_table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("stock", parents=[common], help="stock on hand per site and item")
    p.add_argument("--site", help="site code (default: all sites)")
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.set_defaults(handler=cmd_stock)

    p = sub.add_parser("verify", parents=[common],
                       help="recompute every balance from the ledger and check the audit trail; "
                            "exit 1 on any difference")
    p.add_argument("--full", action="store_true",
                   help="re-read every row and audit entry, not only what was written since "
                        "the last clean check (takes about a minute per million movements)")
    p.add_argument("--fingerprint", metavar="ENTRY:DIGITS",
                   help="also check that the ledger still has the fingerprint printed on a "
                        "handover report, e.g. 12345:3fa2 9c1d 77b0 e412 (quote it)")
    p.set_defaults(handler=cmd_verify)

    p = sub.add_parser("demo", parents=[common], help="fill an empty database with demo data")
    p.add_argument("--days", type=int, default=30, help="days of activity (default 30)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("sites", parents=[common], help="list the sites and their codes")
    p.set_defaults(handler=cmd_sites)
    p = sub.add_parser("items", parents=[common], help="list the item catalogue")
    p.set_defaults(handler=cmd_items)


def cmd_stock(args: argparse.Namespace) -> int:
    db = database(args)
    with db.read_session() as s:
        rows = stock_on_hand(s, args.site)
    print_table(
        ["site", "item", "name", "unit", "on_hand", "reorder_level", "nearest_expiry"],
        [[r.site_code, r.item_code, r.item_name, r.unit, r.qty, r.reorder_level, r.nearest_expiry]
         for r in rows],
        args.format,
    )
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    db = database(args)
    wanted = parse_fingerprint(args.fingerprint) if args.fingerprint else None
    report = run_verify(db, Actor("hsp-desk verify", device_id()), full=args.full)
    problems = list(report.problems)
    if wanted is not None:
        with db.read_session() as s:
            mismatch = check_fingerprint(s, *wanted)
        if mismatch is not None:
            problems.append(mismatch)
    if problems:
        print(f"verify: {len(problems)} problem(s) found:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        print("Nothing was changed. Send this list to your logistics officer.", file=sys.stderr)
        return 1
    print("verify: every balance matches the ledger.")
    if wanted is not None:
        print(f"verify: audit entry {wanted[0]:,} still has the fingerprint printed on the paper: "
              "the audit trail up to it was not rewritten since.")
    if report.full:
        print(f"verify: every row and all {report.head[0]:,} audit entries are as HSP Desk "
              "wrote them.")
    else:
        print(f"verify: the {report.entries_checked:,} audit entries written since the last check "
              f"({report.since_at:%Y-%m-%d %H:%M} UTC) and the rows they name are as HSP Desk wrote them, "
              "and no table has rows the audit trail does not account for.")
        if report.since is not None and report.since.scrub is not None:
            first, last = report.since.scrub
            print(f"verify: older audit entries {first:,} to {last:,} and the rows they wrote were "
                  "re-read too; each routine check re-reads the next ones.")
        last_full = (f"on {report.last_full_at:%Y-%m-%d}" if report.last_full_at is not None
                     else "never")
        print(f"verify: last full check {last_full}; 'hsp-desk verify --full' re-reads everything.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    db = database(args)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty() or done == total:
            print(f"\rbuilding demo data: {done * 100 // total}%", end="", file=sys.stderr)

    with db.session() as s:
        empty = demo_service.is_empty(s)
    # A database that already holds sites is refused by build_demo with a clear message;
    # no need to ask who is signing in for that.
    actor = cli_actor(args, db) if empty else Actor.system()
    with db.session() as s:
        counts = demo_service.build_demo(s, actor, days=args.days, progress=progress)
    print(file=sys.stderr)
    print("demo data created: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def cmd_sites(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        sites = s.scalars(select(Site).order_by(Site.code))
        rows = [[x.code, x.name, x.site_type, x.modality] for x in sites]
    print_table(["code", "name", "type", "modality"], rows)
    return 0


def cmd_items(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        rows = [[i.code, i.name, i.category, i.unit] for i in s.scalars(select(Item).order_by(Item.code))]
    print_table(["code", "name", "category", "unit"], rows)
    return 0

"""``hsp-desk forecast`` (days of stock left) and ``hsp-desk reorder-level``."""

from __future__ import annotations

import argparse

from ..domain.errors import InvalidInput
from ..services.forecast import DEFAULT_WINDOW_DAYS, set_reorder_level, stock_forecast
from .common import cli_actor, database, print_table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "forecast", parents=[common],
        help="low stock and days of stock left at the rate of use of the last N days",
    )
    p.add_argument("--site", help="site code (default: all sites)")
    p.add_argument("--item", help="item code (default: all items)")
    p.add_argument("--days", type=int, default=DEFAULT_WINDOW_DAYS,
                   help=f"days of use the rate is taken over (default {DEFAULT_WINDOW_DAYS})")
    p.add_argument("--low", action="store_true",
                   help="only items at or below their reorder level, or out of stock")
    p.add_argument("--format", choices=["table", "csv"], default="table")
    p.set_defaults(handler=cmd_forecast)

    p = sub.add_parser("reorder-level", parents=[common],
                       help="set the reorder level of an item at a site")
    p.add_argument("site", help="site code")
    p.add_argument("item", help="item code")
    p.add_argument("level", help="reorder level in the item's unit, or 'none' to remove it")
    p.set_defaults(handler=cmd_reorder_level)


def cmd_forecast(args: argparse.Namespace) -> int:
    db = database(args)
    with db.read_session() as s:
        rows = stock_forecast(s, args.site, args.days, item_code=args.item)
    if args.low:
        rows = [r for r in rows if r.low or r.forecast.out]
    print_table(
        ["site", "item", "name", "unit", "on_hand", "reorder_level", "low", "per_day",
         "days_left", "stock_out"],
        [[r.site_code, r.item_code, r.item_name, r.unit, r.on_hand, r.reorder_level,
          "LOW" if r.low else "", f"{r.daily_rate:.1f}",
          "" if r.days_left is None else f"{r.days_left:.1f}", r.stockout_date or "never"]
         for r in rows],
        args.format,
    )
    return 0


def cmd_reorder_level(args: argparse.Namespace) -> int:
    try:
        level = None if args.level.lower() == "none" else int(args.level)
    except ValueError:
        raise InvalidInput(f"'{args.level}' is not a reorder level.",
                           "Give a whole number, or 'none' to remove it.") from None
    db = database(args)
    with db.session() as s:
        set_reorder_level(s, cli_actor(args), args.site, args.item, level)
    print(f"reorder level of {args.item} at {args.site}: {args.level}")
    return 0

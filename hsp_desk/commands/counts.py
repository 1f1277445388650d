"""``hsp-desk count``, ``hsp-desk handover`` and ``hsp-desk mobile``: stock counts, shift
handovers and mobile HSP trips from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from ..domain.errors import InvalidInput
from ..reports import count_sheet
from ..reports import mobile_cycle as mobile_report
from ..reports.handover import handover_pdf, handover_xlsx
from ..services import counts, handover, mobile_cycle
from ..services.counts import CountEntry, ReasonEntry
from ..services.transfers import TransferLine
from .common import cli_actor, database, print_table


def _pairs(texts: list[str]) -> list[tuple[str, int, str | None]]:
    """``ITEM=QTY`` or ``ITEM@LOT=QTY`` arguments."""
    out = []
    for text in texts:
        key, sep, qty = text.partition("=")
        if not sep:
            raise InvalidInput(f"'{text}' is not ITEM=QTY.", "Write e.g. WATER-05=120 or BABY-CEREAL@L123=4.")
        item, _, lot = key.partition("@")
        try:
            out.append((item.strip(), int(qty), lot.strip() or None))
        except ValueError:
            raise InvalidInput(f"'{qty}' in '{text}' is not a whole number.", "Give the quantity counted.") \
                from None
    return out


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date and time.", "Write it as 2026-03-31T14:00 (UTC).") \
            from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    count = sub.add_parser("count", help="stock counts: start, enter, submit, approve, sheets")
    cs = count.add_subparsers(dest="count_command", metavar="ACTION", required=True)
    p = cs.add_parser("start", parents=[common], help="start a count (freezes the expected figures)")
    p.add_argument("site")
    p.add_argument("--items", nargs="+", metavar="ITEM", help="a partial count of these items only")
    p.add_argument("--not-blind", action="store_true", help="show the counter the expected figures")
    p.add_argument("--note")
    p.set_defaults(handler=cmd_count_start)
    p = cs.add_parser("enter", parents=[common], help="enter counted figures (ITEM=QTY, ITEM@LOT=QTY)")
    p.add_argument("number")
    p.add_argument("figures", nargs="*", metavar="ITEM=QTY")
    p.add_argument("--xlsx", type=Path, help="import a filled-in count entry workbook instead")
    p.add_argument("--counted-at", help="when the paper count was made (UTC, ISO format)")
    p.set_defaults(handler=cmd_count_enter)
    p = cs.add_parser("show", parents=[common], help="a count's lines (expected only when allowed)")
    p.add_argument("number")
    p.set_defaults(handler=cmd_count_show)
    p = cs.add_parser("submit", parents=[common], help="end the counting")
    p.add_argument("number")
    p.set_defaults(handler=cmd_count_submit)
    p = cs.add_parser("reason", parents=[common], help="the reason for a line's variance")
    p.add_argument("number")
    p.add_argument("item", help="item code, or ITEM@LOT")
    p.add_argument("reason", help="damaged, expired, lost, stolen, found, counting_error, "
                                  "unrecorded_distribution, unrecorded_receipt, other")
    p.add_argument("--note")
    p.set_defaults(handler=cmd_count_reason)
    p = cs.add_parser("approve", parents=[common], help="approve: write the count corrections")
    p.add_argument("number")
    p.set_defaults(handler=cmd_count_approve)
    p = cs.add_parser("sheet", parents=[common],
                      help="print the count sheet (PDF), the entry workbook or the variance report")
    p.add_argument("number")
    p.add_argument("--pdf", type=Path, help="the count sheet to take to the shelves")
    p.add_argument("--xlsx", type=Path, help="the entry workbook to fill in")
    p.add_argument("--report", type=Path, help="count and variance report (.pdf or .xlsx)")
    p.set_defaults(handler=cmd_count_sheet)

    ho = sub.add_parser("handover", help="shift handover: items, start, close, report")
    hs = ho.add_subparsers(dest="handover_command", metavar="ACTION", required=True)
    p = hs.add_parser("items", parents=[common], help="set the items counted at every handover")
    p.add_argument("site")
    p.add_argument("items", nargs="+")
    p.set_defaults(handler=cmd_handover_items)
    p = hs.add_parser("start", parents=[common], help="open a handover and its blind count")
    p.add_argument("site")
    p.add_argument("--outgoing", required=True, help="name of the outgoing coordinator")
    p.add_argument("--shift-start", required=True, help="start of the shift (UTC, ISO format)")
    p.add_argument("--items", nargs="+", help="items to count (default: the site's handover items)")
    p.set_defaults(handler=cmd_handover_start)
    p = hs.add_parser("close", parents=[common], help="hand over to the incoming coordinator")
    p.add_argument("number")
    p.add_argument("--incoming", required=True)
    p.add_argument("--issues", help="open issues, free text")
    p.set_defaults(handler=cmd_handover_close)
    p = hs.add_parser("report", parents=[common], help="the handover report, PDF and/or XLSX")
    p.add_argument("number")
    p.add_argument("--pdf", type=Path)
    p.add_argument("--xlsx", type=Path)
    p.set_defaults(handler=cmd_handover_report)

    mob = sub.add_parser("mobile", help="mobile HSP trips: load, return, reconciliation")
    ms = mob.add_subparsers(dest="mobile_command", metavar="ACTION", required=True)
    p = ms.add_parser("load", parents=[common], help="load the vehicle from a warehouse (ITEM=QTY)")
    p.add_argument("warehouse")
    p.add_argument("mobile")
    p.add_argument("lines", nargs="+", metavar="ITEM=QTY")
    p.set_defaults(handler=cmd_mobile_load)
    p = ms.add_parser("return", parents=[common], help="count on return, approve, send the rest back")
    p.add_argument("number")
    p.add_argument("counted", nargs="+", metavar="ITEM=QTY")
    p.add_argument("--reason", action="append", default=[], metavar="ITEM=REASON")
    p.add_argument("--keep", action="store_true", help="keep the goods in the vehicle")
    p.set_defaults(handler=cmd_mobile_return)
    p = ms.add_parser("report", parents=[common], help="reconciliation (and load sheet) of a trip")
    p.add_argument("number")
    p.add_argument("--pdf", type=Path)
    p.add_argument("--xlsx", type=Path)
    p.add_argument("--load-sheet", type=Path, help="the load sheet PDF")
    p.set_defaults(handler=cmd_mobile_report)


# --------------------------------------------------------------------------- count

def cmd_count_start(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        c = counts.start_count(s, actor, args.site, kind="partial" if args.items else "full",
                               item_codes=args.items, blind=not args.not_blind, note=args.note)
        view = counts.count_view(s, actor, s.get(counts.Document, c.document_id).number)
    print(f"count {view.number} started: {len(view.lines)} line(s), "
          f"{'blind' if view.blind else 'expected figures shown'}")
    return 0


def cmd_count_enter(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        if args.xlsx:
            done = counts.import_count_workbook(s, actor, args.number, args.xlsx,
                                                counted_at=_when(args.counted_at))
        else:
            if not args.figures:
                raise InvalidInput("No figures given.", "Give ITEM=QTY pairs, or --xlsx FILE.")
            done = counts.enter_counts(s, actor, args.number,
                                       [CountEntry(i, q, lot) for i, q, lot in _pairs(args.figures)],
                                       now=_when(args.counted_at))
    print(f"{len(done)} line(s) entered on {args.number}")
    return 0


def cmd_count_show(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        v = counts.count_view(s, actor, args.number)
    print(f"{v.number} at {v.site_code}: {v.kind} count, {'blind, ' if v.blind else ''}{v.status}")
    print_table(["item", "lot", "expected", "counted", "variance", "reason", "correction"],
                [[x.item_code, x.lot_no, x.expected_at_count, x.counted, x.variance, x.reason, x.correction]
                 for x in v.lines])
    return 0


def cmd_count_submit(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        counts.submit_count(s, actor, args.number)
    print(f"{args.number} submitted: give a reason for each variance, then approve")
    return 0


def cmd_count_reason(args: argparse.Namespace) -> int:
    item, _, lot = args.item.partition("@")
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        counts.set_reasons(s, actor, args.number, [ReasonEntry(item, args.reason, lot or None, args.note)])
    print(f"reason recorded for {args.item}")
    return 0


def cmd_count_approve(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        counts.approve_count(s, actor, args.number)
        v = counts.count_view(s, actor, args.number)
    changed = [x for x in v.lines if x.correction]
    print(f"{v.number} approved: {len(changed)} correction(s) written")
    return 0


def cmd_count_sheet(args: argparse.Namespace) -> int:
    if not (args.pdf or args.xlsx or args.report):
        raise InvalidInput("Say what to write.", "Give --pdf, --xlsx and/or --report with a file name.")
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        view = counts.count_view(s, actor, args.number)
    if args.pdf:
        count_sheet.count_sheet_pdf(view, args.pdf, actor.user)
        print(f"count sheet: {args.pdf}")
    if args.xlsx:
        count_sheet.count_entry_xlsx(view, args.xlsx, actor.user)
        print(f"entry workbook: {args.xlsx}")
    if args.report:
        if args.report.suffix.lower() == ".xlsx":
            count_sheet.variance_report_xlsx(view, args.report, actor.user)
        else:
            count_sheet.variance_report_pdf(view, args.report, actor.user)
        print(f"count and variance report: {args.report}")
    return 0


# --------------------------------------------------------------------------- handover

def cmd_handover_items(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        n = handover.set_handover_items(s, actor, args.site, args.items)
    print(f"{args.site}: {n} item(s) counted at every handover")
    return 0


def cmd_handover_start(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        row = handover.start_handover(s, actor, args.site, args.outgoing, shift_start=_when(args.shift_start),
                                      item_codes=args.items)
        count_no = handover.handover_count_number(s, row.number)
    print(f"handover {row.number} started" + (f"; count {count_no} (blind)" if count_no else "; no count"))
    return 0


def cmd_handover_close(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        row = handover.close_handover(s, actor, args.number, args.incoming, open_issues=args.issues)
    print(f"handover {row.number}: {row.outgoing} -> {row.incoming}")
    return 0


def cmd_handover_report(args: argparse.Namespace) -> int:
    if not (args.pdf or args.xlsx):
        raise InvalidInput("Say what to write.", "Give --pdf and/or --xlsx with a file name.")
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        summary = handover.handover_summary(s, args.number)
    if args.pdf:
        handover_pdf(summary, args.pdf, actor.user)
        print(f"handover report: {args.pdf}")
    if args.xlsx:
        handover_xlsx(summary, args.xlsx, actor.user)
        print(f"handover workbook: {args.xlsx}")
    return 0


# --------------------------------------------------------------------------- mobile

def cmd_mobile_load(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        trip = mobile_cycle.load_vehicle(s, actor, args.warehouse, args.mobile,
                                         [TransferLine(i, q) for i, q, _ in _pairs(args.lines)])
    print(f"trip {trip.number} on the road")
    return 0


def cmd_mobile_return(args: argparse.Namespace) -> int:
    reasons = []
    for text in args.reason:
        item, sep, reason = text.partition("=")
        if not sep:
            raise InvalidInput(f"'{text}' is not ITEM=REASON.", "Write e.g. WATER-05=damaged.")
        reasons.append(ReasonEntry(item, reason))
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        mobile_cycle.record_return(s, actor, args.number,
                                   [CountEntry(i, q, lot) for i, q, lot in _pairs(args.counted)],
                                   reasons=reasons, transfer_back=not args.keep)
        r = mobile_cycle.reconciliation(s, args.number)
    print_table(["item", "loaded", "distributed", "returned", "unaccounted"],
                [[x.item_code, x.loaded, x.distributed, x.returned, x.unaccounted] for x in r.lines])
    return 0


def cmd_mobile_report(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        r = mobile_cycle.reconciliation(s, args.number)
    if args.load_sheet:
        mobile_report.load_sheet_pdf(r, args.load_sheet, actor.user)
    if args.pdf:
        mobile_report.reconciliation_pdf(r, args.pdf, actor.user)
    if args.xlsx:
        mobile_report.reconciliation_xlsx(r, args.xlsx, actor.user)
    if not (args.pdf or args.xlsx or args.load_sheet):
        print_table(["item", "before", "loaded", "distributed", "returned", "unaccounted"],
                    [[x.item_code, x.opening, x.loaded, x.distributed, x.returned, x.unaccounted]
                     for x in r.lines])
    return 0

"""``hsp-desk report NAME ...`` and ``hsp-desk import catalogue|receipts|template ...``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..domain.errors import InvalidInput
from ..services import excel_import
from ..services.reporting import REPORTS, ReportRequest, produce_report
from .common import cli_actor, database


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-31") from None


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "report", parents=[common], help="write a report as PDF or XLSX",
        description="Write a report. Names: " + "; ".join(f"{k}: {v}" for k, v in REPORTS.items()),
    )
    p.add_argument("name", choices=list(REPORTS), metavar="NAME", help=", ".join(REPORTS))
    p.add_argument("--site", action="append", default=[], metavar="CODE",
                   help="site code; repeat for several sites (default: all sites)")
    p.add_argument("--branch", metavar="CODE",
                   help="every site of a branch: the site with this code and the sites under it")
    p.add_argument("--national-society", metavar="CODE",
                   help="every site of a National Society (e.g. MNE)")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                   help="first day, YYYY-MM-DD (default: first day of --to's month)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                   help="last day, included (default: today; for expiry: the 'as of' day)")
    p.add_argument("--item", help="item code (stock-card)")
    p.add_argument("--number", help="document number (grn, waybill)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help="output file ending in .pdf or .xlsx")
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "import", parents=[common], help="import an item catalogue or receipts from Excel",
        description="Import from an .xlsx workbook: every row is checked first; if any row is "
                    "wrong, nothing is imported and the bad rows are listed. "
                    "'import template catalogue|receipts --out FILE.xlsx' writes an empty template.",
    )
    p.add_argument("what", choices=["catalogue", "receipts", "template"])
    p.add_argument("file", metavar="FILE_OR_KIND",
                   help="the .xlsx to import; after 'template': catalogue or receipts")
    p.add_argument("--out", type=Path, help="where to write the template (.xlsx)")
    p.add_argument("--check", action="store_true", help="only check the rows; import nothing")
    p.set_defaults(handler=cmd_import)


def cmd_report(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    # Read-only: a report run here must not make the hand-outs of the desk wait.
    with db.read_session() as s:
        sites = list(args.site)
        if args.branch or args.national_society:
            from ..services.sites import consolidated_site_codes

            sites += consolidated_site_codes(s, actor, branch=args.branch,
                                             national_society=args.national_society)
        req = ReportRequest(args.name, args.out, tuple(dict.fromkeys(sites)), args.date_from,
                            args.date_to, args.item, args.number)
        out = produce_report(s, actor, req)
    print(f"report written: {out}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.what == "template":
        if args.file not in excel_import.KINDS:
            raise InvalidInput(f"There is no template '{args.file}'.", "Use catalogue or receipts.")
        out = args.out or Path(f"hsp-desk-{args.file}-template.xlsx")
        if out.suffix.lower() != ".xlsx":
            raise InvalidInput(f"'{out.name}' does not end in .xlsx.", "Name the template FILE.xlsx.")
        excel_import.write_template(args.file, out)
        print(f"template written: {out}")
        return 0
    db = database(args)
    actor = None if args.check else cli_actor(args, db)
    with db.session() as s:
        if args.check:
            problems = excel_import.check_workbook(s, args.what, Path(args.file))
            for p in problems:
                print(p, file=sys.stderr)
            print(f"{len(problems)} problem(s) found." if problems else "every row is fine.")
            return 1 if problems else 0
        result = excel_import.import_workbook(s, actor, args.what, Path(args.file))
    what = "item(s) added" if result.kind == "catalogue" else "goods received note(s) written"
    print(f"imported {result.rows} row(s): {len(result.created)} {what}: {', '.join(result.created)}")
    return 0

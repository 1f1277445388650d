"""Donor report: what each donor's goods were, where they went, and what is left.

Received: every receipt (GRN line) with a donor in the period, per donor, item and site.
Where it went: goods received in a lot (expiry-tracked goods, or any line with a lot number)
are followed through the ledger lot by lot, up to the end of the period: transferred to
which site, distributed, adjusted, and what is left there. Goods received without a lot
number mix with other stock of the same item on arrival; their later movements cannot be
told apart from other donors' goods, and the report says so instead of guessing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.models import Donor, Item, Movement, Site
from .common import Period, make_header, sites_for
from .pdf_base import Column, GroupRow, PdfReport, ReportHeader, TotalRow, data_table
from .xlsx_base import XColumn, XlsxReport


@dataclass(frozen=True)
class DonorReceipt:
    donor_code: str
    donor_name: str
    item_code: str
    item_name: str
    unit: str
    site_code: str
    qty: int
    #: Part of ``qty`` received in lots, which the report can follow.
    traced_qty: int


@dataclass
class DonorFlow:
    """Where one donor's traced lots of an item stand at one site at the end of the period."""

    donor_code: str
    item_code: str
    item_name: str
    unit: str
    site_code: str
    received: int = 0
    transferred_in: int = 0
    transferred_out: int = 0
    distributed: int = 0
    adjusted: int = 0
    left: int = 0


@dataclass(frozen=True)
class DonorReport:
    period: Period
    sites: list[Site]
    receipts: list[DonorReceipt]
    flows: list[DonorFlow]


_FLOW = {"receipt": "received", "transfer_in": "transferred_in", "transfer_out": "transferred_out",
         "distribution": "distributed"}


def donor_report(session: Session, site_codes: Sequence[str] | None, period: Period) -> DonorReport:
    """Receipts with a donor at the sites named (all when None) during ``period``."""
    sites = sites_for(session, site_codes)
    site_ids = [s.id for s in sites]
    in_period = (Movement.kind == "receipt", Movement.donor_id.is_not(None),
                 Movement.occurred_at >= period.begin_at, Movement.occurred_at < period.end_at)
    rq = (select(Donor.code, Donor.name, Item.code, Item.name, Item.unit, Site.code,
                 func.sum(Movement.qty))
          .join(Donor, Donor.id == Movement.donor_id).join(Item, Item.id == Movement.item_id)
          .join(Site, Site.id == Movement.site_id).where(*in_period)
          .group_by(Donor.code, Donor.name, Item.code, Item.name, Item.unit, Site.code)
          .order_by(Donor.code, Item.code, Site.code))
    traced_q = (select(Donor.code, Item.code, Site.code, func.sum(Movement.qty))
                .join(Donor, Donor.id == Movement.donor_id).join(Item, Item.id == Movement.item_id)
                .join(Site, Site.id == Movement.site_id)
                .where(*in_period, Movement.lot_id.is_not(None))
                .group_by(Donor.code, Item.code, Site.code))
    lots_q = select(Movement.lot_id, Donor.code).join(Donor, Donor.id == Movement.donor_id).where(
        *in_period, Movement.lot_id.is_not(None))
    if site_codes:
        rq = rq.where(Movement.site_id.in_(site_ids))
        traced_q = traced_q.where(Movement.site_id.in_(site_ids))
        lots_q = lots_q.where(Movement.site_id.in_(site_ids))
    traced = {(d, i, s): int(q or 0) for d, i, s, q in session.execute(traced_q)}
    receipts = [DonorReceipt(dc, dn, ic, iname, unit, sc, int(q or 0), traced.get((dc, ic, sc), 0))
                for dc, dn, ic, iname, unit, sc, q in session.execute(rq)]

    # A lot belongs to the first donor it was received from in the period.
    lot_donor: dict[str, str] = {}
    for lot_id, donor in session.execute(lots_q.order_by(Movement.occurred_at)):
        lot_donor.setdefault(lot_id, donor)
    flows: dict[tuple[str, str, str], DonorFlow] = {}
    wanted = sorted(lot_donor)
    for start in range(0, len(wanted), 500):  # stay under bind-parameter limits
        chunk = wanted[start:start + 500]
        q = (select(Movement.lot_id, Movement.kind, Item.code, Item.name, Item.unit, Site.code,
                    func.sum(Movement.qty))
             .join(Item, Item.id == Movement.item_id).join(Site, Site.id == Movement.site_id)
             .where(Movement.lot_id.in_(chunk), Movement.occurred_at >= period.begin_at,
                    Movement.occurred_at < period.end_at)
             .group_by(Movement.lot_id, Movement.kind, Item.code, Item.name, Item.unit, Site.code))
        for lot_id, kind, ic, iname, unit, sc, qty in session.execute(q):
            key = (lot_donor[lot_id], ic, sc)
            flow = flows.get(key) or flows.setdefault(key, DonorFlow(key[0], ic, iname, unit, sc))
            qty = int(qty or 0)
            attr = _FLOW.get(kind, "adjusted")
            setattr(flow, attr, getattr(flow, attr) + qty)
            flow.left += qty
    ordered = sorted(flows.values(), key=lambda f: (f.donor_code, f.item_code, f.site_code))
    return DonorReport(period, sites, receipts, ordered)


def header_for(session: Session, report: DonorReport, generated_by: str, *, all_sites: bool) -> ReportHeader:
    return make_header(session, "Donor report", report.sites, report.period.text(), generated_by,
                       all_sites=all_sites)


_NOTE = ("Received: goods on goods received notes with a donor in the period. Where it went: goods "
         "received in lots (with a lot number or expiry date) followed to the end of the period; "
         "outgoing quantities are negative, so received + transfers + distributed + adjusted = "
         "left. Goods without a lot mix with other stock on arrival and are not followed.")


def write_pdf(report: DonorReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    pdf = PdfReport(out, header, landscape=True)
    pdf.paragraph(_NOTE, 8)
    pdf.heading("Received")
    rows: list[Sequence[object]] = []
    for donor in sorted({r.donor_code for r in report.receipts}):
        mine = [r for r in report.receipts if r.donor_code == donor]
        rows.append(GroupRow([f"{donor}  {mine[0].donor_name}"]))
        rows += [[f"{r.item_code}  {r.item_name}", r.unit, r.site_code, r.qty, r.traced_qty,
                  r.qty - r.traced_qty] for r in mine]
        rows.append(TotalRow([f"Total {donor}", "", "", sum(r.qty for r in mine),
                              sum(r.traced_qty for r in mine),
                              sum(r.qty - r.traced_qty for r in mine)]))
    if rows:
        pdf.add(data_table([Column("Item", 4.5), Column("Unit", 1.0), Column("Received at", 2.0),
                            Column("Received", 1.2, numeric=True),
                            Column("In lots (followed)", 1.5, numeric=True),
                            Column("Without lot", 1.3, numeric=True)], rows))
    else:
        pdf.paragraph("No goods with a donor were received in this period.")
    pdf.spacer(5)
    pdf.heading("Where it went (goods in lots)")
    frows: list[Sequence[object]] = []
    for donor in sorted({f.donor_code for f in report.flows}):
        mine = [f for f in report.flows if f.donor_code == donor]
        frows.append(GroupRow([donor]))
        frows += [[f"{f.item_code}  {f.item_name}", f.site_code, f.received, f.transferred_in,
                   f.transferred_out, f.distributed, f.adjusted, f.left] for f in mine]
        frows.append(TotalRow([f"Total {donor}", "", *[sum(getattr(f, a) for f in mine) for a in (
            "received", "transferred_in", "transferred_out", "distributed", "adjusted", "left")]]))
    if frows:
        pdf.add(data_table([Column("Item", 4.5), Column("Site", 2.0), Column("Received", 1.1, numeric=True),
                            Column("Transf. in", 1.1, numeric=True), Column("Transf. out", 1.1, numeric=True),
                            Column("Distributed", 1.1, numeric=True), Column("Adjusted", 1.1, numeric=True),
                            Column("Left", 1.1, numeric=True)], frows))
    else:
        pdf.paragraph("None of these goods came in lots that can be followed.")
    pdf.build()


def write_xlsx(report: DonorReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    book = XlsxReport()
    book.about_sheet(header, [("Note", _NOTE)])
    book.sheet("Received", [XColumn("Donor code", 14), XColumn("Donor", 34), XColumn("Item code", 14),
                            XColumn("Item", 30), XColumn("Unit", 9), XColumn("Site code", 14),
                            XColumn("Received", 11, "int"), XColumn("In lots (followed)", 12, "int")],
               ([r.donor_code, r.donor_name, r.item_code, r.item_name, r.unit, r.site_code, r.qty,
                 r.traced_qty] for r in report.receipts))
    book.sheet("Where it went", [XColumn("Donor code", 14), XColumn("Item code", 14), XColumn("Item", 30),
                                 XColumn("Unit", 9), XColumn("Site code", 14), XColumn("Received", 11, "int"),
                                 XColumn("Transferred in", 11, "int"), XColumn("Transferred out", 11, "int"),
                                 XColumn("Distributed", 11, "int"), XColumn("Adjusted", 11, "int"),
                                 XColumn("Left", 11, "int")],
               ([f.donor_code, f.item_code, f.item_name, f.unit, f.site_code, f.received, f.transferred_in,
                 f.transferred_out, f.distributed, f.adjusted, f.left] for f in report.flows))
    by_donor: dict[str, int] = defaultdict(int)
    for r in report.receipts:
        by_donor[r.donor_code] += r.qty
    book.sheet("By donor", [XColumn("Donor code", 14), XColumn("Received (all items)", 16, "int"),
                            XColumn("Left in followed lots", 16, "int")],
               ([d, q, sum(f.left for f in report.flows if f.donor_code == d)]
                for d, q in sorted(by_donor.items())))
    book.save(out)

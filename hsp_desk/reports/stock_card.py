"""Stock card: one item's ledger at a site (or all sites) for a period, with a running
balance that starts at the opening balance (everything before the period).

Read model :func:`stock_card` for the GUI's drill-down and the printed card; renderers
:func:`write_pdf` and :func:`write_xlsx`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import IO, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.models import Document, Donor, Lot, Movement, Site
from .common import Period, item_by_code, kind_label, make_header, site_by_code
from .pdf_base import Column, PdfReport, ReportHeader, TotalRow, data_table, key_value_table
from .xlsx_base import XColumn, XlsxReport


class StockCardLine(NamedTuple):
    """One movement on the card. A named tuple: a long card holds 100,000 of them, and a
    tuple is made several times faster than a frozen dataclass."""

    occurred_at: datetime
    kind: str
    site_code: str
    document: str | None
    lot_no: str | None
    expiry: date | None
    #: Signed quantity of the movement (in > 0, out < 0).
    qty: int
    balance: int
    reason: str | None
    donor: str | None
    user: str
    #: True when this movement voids another one.
    reversal: bool
    movement_id: str

    @property
    def qty_in(self) -> int:
        return self.qty if self.qty > 0 else 0

    @property
    def qty_out(self) -> int:
        return -self.qty if self.qty < 0 else 0

    @property
    def label(self) -> str:
        return kind_label(self.kind, self.reversal)


@dataclass(frozen=True)
class StockCard:
    item_code: str
    item_name: str
    unit: str
    #: None: every site together.
    site_code: str | None
    site_name: str | None
    period: Period
    opening: int
    lines: list[StockCardLine]

    # Worked out once: the summary, the closing balance and the PDF's total row all ask.
    @cached_property
    def total_in(self) -> int:
        return sum(line.qty for line in self.lines if line.qty > 0)

    @cached_property
    def total_out(self) -> int:
        return -sum(line.qty for line in self.lines if line.qty < 0)

    @property
    def closing(self) -> int:
        return self.opening + self.total_in - self.total_out


def stock_card(session: Session, site_code: str | None, item_code: str,
               date_from: date, date_to: date) -> StockCard:
    """One item's movements from ``date_from`` to ``date_to`` (both included), oldest
    first, each with the balance after it. ``site_code`` None: all sites together."""
    period = Period(date_from, date_to)
    item = item_by_code(session, item_code)
    site = site_by_code(session, site_code) if site_code else None
    opening_q = select(func.coalesce(func.sum(Movement.qty), 0)).where(
        Movement.item_id == item.id, Movement.occurred_at < period.begin_at)
    q = (
        select(Movement.occurred_at, Movement.kind, Site.code, Document.number, Lot.lot_no,
               Lot.expiry, Movement.qty, Movement.reason, Donor.code, Movement.recorded_by,
               Movement.reverses, Movement.id)
        .join(Site, Site.id == Movement.site_id)
        .outerjoin(Document, Document.id == Movement.document_id)
        .outerjoin(Lot, Lot.id == Movement.lot_id)
        .outerjoin(Donor, Donor.id == Movement.donor_id)
        .where(Movement.item_id == item.id, Movement.occurred_at >= period.begin_at,
               Movement.occurred_at < period.end_at)
        .order_by(Movement.occurred_at, Movement.recorded_at, Movement.id)
    )
    if site is not None:
        opening_q = opening_q.where(Movement.site_id == site.id)
        q = q.where(Movement.site_id == site.id)
    opening = int(session.scalar(opening_q) or 0)  # (this also flushes the session)
    balance = opening
    lines: list[StockCardLine] = []
    append = lines.append
    # Through the session's connection: plain rows, without the ORM's per-row handling,
    # which costs more than the query itself on a 100,000-line card.
    for when, kind, scode, number, lot_no, expiry, qty, reason, donor, user, rev, mid in (
            session.connection().execute(q).all()):  # all(): one fetch, not one per row
        balance += qty
        append(StockCardLine(when, kind, scode, number, lot_no, expiry, qty, balance, reason,
                             donor, user, rev is not None, mid))
    return StockCard(item.code, item.name, item.unit, site.code if site else None,
                     site.name if site else None, period, opening, lines)


def header_for(session: Session, card: StockCard, generated_by: str) -> ReportHeader:
    sites = [site_by_code(session, card.site_code)] if card.site_code else list(
        session.scalars(select(Site).order_by(Site.code)))
    return make_header(session, "Stock card", sites, card.period.text(), generated_by,
                       subtitle=f"{card.item_code} {card.item_name} ({card.unit})",
                       all_sites=card.site_code is None)


def _summary(card: StockCard) -> list[tuple[str, object]]:
    return [
        ("Item", f"{card.item_code} {card.item_name}"), ("Unit", card.unit),
        ("Opening balance", card.opening), ("Total in", card.total_in),
        ("Total out", card.total_out), ("Closing balance", card.closing),
    ]


def write_pdf(card: StockCard, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    pdf = PdfReport(out, header, landscape=True)
    pdf.add(key_value_table(_summary(card), pdf.width, columns=3))
    pdf.spacer(3)
    all_sites = card.site_code is None
    cols = [Column("Date", 1.5), Column("Movement", 1.7)]
    if all_sites:
        cols.append(Column("Site", 1.5))
    cols += [Column("Document", 2.3), Column("Lot", 2.0), Column("Expiry", 1.0),
             Column("In", 0.9, numeric=True), Column("Out", 0.9, numeric=True),
             Column("Balance", 1.0, numeric=True), Column("Reason / donor", 1.4), Column("By", 1.0)]
    rows: list[list[object]] = [
        [card.period.begin_at.date(), "Opening balance", *([""] if all_sites else []),
         "", "", None, None, None, card.opening, "", ""]]
    for line in card.lines:
        rows.append([line.occurred_at, line.label, *([line.site_code] if all_sites else []),
                     line.document, line.lot_no, line.expiry, line.qty_in or None,
                     line.qty_out or None, line.balance,
                     " / ".join(x for x in (line.reason, line.donor) if x), line.user])
    rows.append(TotalRow(["", "Closing balance", *([""] if all_sites else []), "", "", None,
                          card.total_in, card.total_out, card.closing, "", ""]))
    pdf.add(data_table(cols, rows))
    pdf.build()


def write_xlsx(card: StockCard, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    book = XlsxReport()
    book.about_sheet(header, _summary(card))
    cols = [XColumn("Date", 17, "datetime"), XColumn("Movement", 20), XColumn("Site", 14),
            XColumn("Document", 26), XColumn("Lot", 18), XColumn("Expiry", 12, "date"),
            XColumn("In", 9, "int"), XColumn("Out", 9, "int"), XColumn("Balance", 10, "int"),
            XColumn("Reason", 12), XColumn("Donor", 12), XColumn("By", 12),
            XColumn("Movement id", 38)]
    opening = [card.period.begin_at, "Opening balance", card.site_code or "", None, None, None,
               None, None, card.opening, None, None, None, None]
    # The lines unpacked rather than read through their properties: 100,000 rows.
    lines = ([when, kind_label(kind, rev), site, doc, lot, expiry, qty if qty > 0 else 0,
              -qty if qty < 0 else 0, balance, reason, donor, user, mid]
             for when, kind, site, doc, lot, expiry, qty, balance, reason, donor, user, rev, mid
             in card.lines)
    book.sheet("Stock card", cols, chain([opening], lines))
    book.save(out)

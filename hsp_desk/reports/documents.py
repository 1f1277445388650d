"""Printable documents: the goods received note (GRN) and the waybill, with signature lines.

Quantities are netted per line from the ledger, so a reversed line prints what is really
in stock (a line reversed in full disappears from the note).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..store.models import Document, Donor, Item, Lot, Movement, Site
from .common import make_header
from .pdf_base import (
    Column,
    PdfReport,
    ReportHeader,
    TotalRow,
    data_table,
    format_date,
    key_value_table,
    signature_lines,
)
from .xlsx_base import XColumn, XlsxReport


@dataclass(frozen=True)
class DocLine:
    item_code: str
    item_name: str
    unit: str
    lot_no: str | None
    expiry: date | None
    #: GRN: quantity received. Waybill: quantity sent.
    qty: int
    #: Waybill only: quantity that arrived (None while in transit).
    received: int | None = None

    @property
    def lost(self) -> int | None:
        return None if self.received is None else self.qty - self.received


@dataclass(frozen=True)
class PrintedDocument:
    kind: str
    number: str
    status: str
    site: Site
    to_site: Site | None
    occurred_at: datetime
    closed_at: datetime | None
    created_by: str
    closed_by: str | None
    donor: str | None
    supplier: str | None
    note: str | None
    lines: list[DocLine]


def _document(session: Session, number: str, kind: str) -> Document:
    doc = session.scalar(select(Document).where(
        func.upper(Document.number) == number.strip().upper(), Document.kind == kind))
    if doc is None:
        raise NotFound("There is no goods received note numbered '{number}'." if kind == "grn"
                       else "There is no waybill numbered '{number}'.",
                       "Check the number on the paper.", number=number)
    return doc


def _net(session: Session, doc: Document, kind: str) -> dict[tuple[str, str | None], int]:
    q = (select(Movement.item_id, Movement.lot_id, func.sum(Movement.qty))
         .where(Movement.document_id == doc.id, Movement.kind == kind)
         .group_by(Movement.item_id, Movement.lot_id))
    return {(i, lot): int(q or 0) for i, lot, q in session.execute(q)}


def load_document(session: Session, number: str, kind: str) -> PrintedDocument:
    """A GRN (``kind='grn'``) or waybill (``kind='waybill'``) with its lines."""
    doc = _document(session, number, kind)
    if kind == "grn":
        sent = _net(session, doc, "receipt")
        got: dict[tuple[str, str | None], int] = {}
    else:
        sent = {k: -v for k, v in _net(session, doc, "transfer_out").items()}
        got = _net(session, doc, "transfer_in")
    item_ids = {i for i, _ in sent}
    lot_ids = {lot for _, lot in sent if lot}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(item_ids)))}
    lots = {x.id: x for x in session.scalars(select(Lot).where(Lot.id.in_(lot_ids)))} if lot_ids else {}
    received_known = kind == "waybill" and doc.status in ("received", "closed")
    lines = []
    for (item_id, lot_id), qty in sent.items():
        if qty == 0:
            continue
        item = items[item_id]
        lot = lots.get(lot_id) if lot_id else None
        received = got.get((item_id, lot_id), 0) if received_known else None
        lines.append(DocLine(item.code, item.name, item.unit, lot.lot_no if lot else None,
                             lot.expiry if lot else None, qty, received))
    lines.sort(key=lambda ln: (ln.item_code, ln.expiry or date.max, ln.lot_no or ""))
    donor = session.get(Donor, doc.donor_id) if doc.donor_id else None
    return PrintedDocument(
        kind, doc.number, doc.status, session.get(Site, doc.site_id),  # type: ignore[arg-type]
        session.get(Site, doc.to_site_id) if doc.to_site_id else None, doc.occurred_at,
        doc.closed_at, doc.created_by, doc.closed_by,
        f"{donor.code} {donor.name}" if donor else None, doc.supplier, doc.note, lines)


def header_for(session: Session, doc: PrintedDocument, generated_by: str) -> ReportHeader:
    title = "Goods received note" if doc.kind == "grn" else "Waybill"
    sites = [doc.site] + ([doc.to_site] if doc.to_site else [])
    return make_header(session, title, sites, format_date(doc.occurred_at), generated_by,
                       subtitle=f"No. {doc.number}", period_label="Date")


def _fields(doc: PrintedDocument) -> list[tuple[str, object]]:
    if doc.kind == "grn":
        return [("GRN number", doc.number), ("Date received", doc.occurred_at),
                ("Received at", f"{doc.site.code} {doc.site.name}"), ("Donor", doc.donor or "—"),
                ("Supplier / from", doc.supplier or "—"), ("Recorded by", doc.created_by),
                ("Note", doc.note or "—")]
    status = {"in_transit": "in transit", "received": "received"}.get(doc.status, doc.status)
    return [("Waybill number", doc.number), ("Status", status),
            ("From", f"{doc.site.code} {doc.site.name}"),
            ("To", f"{doc.to_site.code} {doc.to_site.name}" if doc.to_site else "—"),
            ("Dispatched", doc.occurred_at), ("Dispatched by", doc.created_by),
            ("Received", doc.closed_at or "—"), ("Received by", doc.closed_by or "—"),
            ("Note", doc.note or "—")]


def write_pdf(doc: PrintedDocument, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    pdf = PdfReport(out, header)
    pdf.add(key_value_table(_fields(doc), pdf.width))
    pdf.spacer(4)
    if doc.kind == "grn":
        cols = [Column("No.", 0.45, numeric=True), Column("Item code", 1.6), Column("Item", 3.4),
                Column("Lot", 2.2), Column("Expiry", 1.25), Column("Unit", 0.9),
                Column("Quantity", 1.2, numeric=True)]
        rows: list[list[object]] = [
            [n, ln.item_code, ln.item_name, ln.lot_no, ln.expiry, ln.unit, ln.qty]
            for n, ln in enumerate(doc.lines, start=1)]
        rows.append(TotalRow(["", "", f"{len(doc.lines)} line(s)", "", "", "",
                              sum(ln.qty for ln in doc.lines)]))
        roles = ["Delivered by", "Received by"]
    else:
        cols = [Column("No.", 0.45, numeric=True), Column("Item code", 1.5), Column("Item", 2.6),
                Column("Lot", 2.0), Column("Expiry", 1.25), Column("Unit", 0.8),
                Column("Sent", 0.9, numeric=True), Column("Received", 1.15, numeric=True),
                Column("Lost", 0.8, numeric=True)]
        rows = [[n, ln.item_code, ln.item_name, ln.lot_no, ln.expiry, ln.unit, ln.qty, ln.received,
                 ln.lost] for n, ln in enumerate(doc.lines, start=1)]
        done = doc.lines and doc.lines[0].received is not None
        rows.append(TotalRow(["", "", f"{len(doc.lines)} line(s)", "", "", "",
                              sum(ln.qty for ln in doc.lines),
                              sum(ln.received or 0 for ln in doc.lines) if done else None,
                              sum(ln.lost or 0 for ln in doc.lines) if done else None]))
        roles = ["Dispatched by", "Transported by (driver, vehicle)", "Received by"]
    pdf.add(data_table(cols, rows, condensed=True))
    if doc.kind == "waybill" and doc.status == "in_transit":
        pdf.paragraph("Received and Lost are filled in at the receiving site; count what arrived "
                      "and write it down before signing.", 8)
    pdf.add(signature_lines(roles, pdf.width))
    pdf.build()


def write_xlsx(doc: PrintedDocument, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    book = XlsxReport()
    book.about_sheet(header, _fields(doc))
    cols = [XColumn("Item code", 14), XColumn("Item", 32), XColumn("Lot", 20), XColumn("Expiry", 12, "date"),
            XColumn("Unit", 9)]
    if doc.kind == "grn":
        book.sheet("Lines", [*cols, XColumn("Quantity", 10, "int")],
                   ([ln.item_code, ln.item_name, ln.lot_no, ln.expiry, ln.unit, ln.qty] for ln in doc.lines))
    else:
        book.sheet("Lines", [*cols, XColumn("Sent", 10, "int"), XColumn("Received", 10, "int"),
                             XColumn("Lost", 10, "int")],
                   ([ln.item_code, ln.item_name, ln.lot_no, ln.expiry, ln.unit, ln.qty, ln.received, ln.lost]
                    for ln in doc.lines))
    book.save(out)

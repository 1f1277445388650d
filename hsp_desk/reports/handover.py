"""The shift handover report, as PDF (to sign) and XLSX, from a ``HandoverSummary``."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..domain.handover import HandoverSummary, ShiftMovement
from .pdf_base import Column, PdfReport, ReportHeader, data_table, key_value_table, signature_lines
from .xlsx_base import XColumn, XlsxReport

#: The report's sections of movements: title and the ledger kinds they hold.
SECTIONS = [
    ("Receipts", ("receipt",)),
    ("Distributions", ("distribution",)),
    ("Transfers in and out", ("transfer_in", "transfer_out")),
    ("Adjustments and count corrections", ("adjustment", "count_correction", "kit_assembly",
                                           "kit_disassembly")),
]


def _header(s: HandoverSummary, generated_by: str) -> ReportHeader:
    end = f"{s.shift_end:%d.%m.%Y %H:%M}" if s.shift_end else "open"
    return ReportHeader(
        title="Shift handover",
        national_society=s.national_society,
        sites=f"{s.site_code} {s.site_name}",
        period=f"{s.shift_start:%d.%m.%Y %H:%M} – {end} UTC",
        generated_by=generated_by,
        subtitle=f"{s.number} · {s.outgoing} → {s.incoming or '…'}",
    )


def _label(kind: str) -> str:
    return kind.replace("_", " ")


def _moves_rows(moves: list[ShiftMovement]) -> list[list[object]]:
    return [[_label(m.kind), m.item_code, m.item_name, m.unit, m.qty, m.entries,
             (m.reason or "").replace("_", " ")] for m in moves]


def handover_pdf(s: HandoverSummary, out: str | Path | IO[bytes], generated_by: str) -> None:
    pdf = PdfReport(out, _header(s, generated_by))
    pdf.add(key_value_table([
        ("Outgoing coordinator", s.outgoing), ("Incoming coordinator", s.incoming or "—"),
        ("Shift start (UTC)", s.shift_start), ("Shift end (UTC)", s.shift_end or "open"),
        ("Handover", s.number), ("Count", s.count.number if s.count else "no count"),
    ], pdf.width))
    pdf.spacer(3)
    pdf.heading("Count at handover")
    if s.count is None:
        pdf.paragraph("No items were counted at this handover.")
    else:
        if not s.count.expected_visible:
            pdf.paragraph("The count is still open and blind: expected figures are not shown.")
        rows = [[x.item_code, x.item_name, x.lot_no, x.expected_at_count,
                 x.counted if x.counted is not None else "not counted", x.variance,
                 (x.reason or "").replace("_", " ") + (f": {x.note}" if x.note else "")]
                for x in s.count.lines]
        pdf.add(data_table([Column("Item code", 1.2), Column("Item", 2.6), Column("Lot", 1),
                            Column("Expected", 0.9, numeric=True), Column("Counted", 0.9, numeric=True),
                            Column("Variance", 0.9, numeric=True), Column("Reason", 1.6)], rows))
        if s.count.status != "approved":
            pdf.paragraph(f"Count {s.count.number} is {s.count.status}: its variances reach the "
                          "stock only when it is approved with a reason for each.", 8)
    move_cols = [Column("Kind", 1.2), Column("Item code", 1.2), Column("Item", 2.4), Column("Unit", 0.8),
                 Column("Qty (+in/−out)", 1, numeric=True), Column("Entries", 0.8, numeric=True),
                 Column("Reason", 1.4)]
    for title, kinds in SECTIONS:
        pdf.spacer(2)
        pdf.heading(title)
        moves = s.of_kind(*kinds)
        if moves:
            pdf.add(data_table(move_cols, _moves_rows(moves)))
        else:
            pdf.paragraph("None during this shift.")
    pdf.spacer(2)
    pdf.heading("Overrides of the entitlement rules")
    if not s.overrides_known:
        pdf.paragraph("Overrides are not recorded by this installation.")
    elif s.overrides:
        pdf.add(data_table([Column("Time (UTC)", 1.2), Column("Items", 2.2), Column("Reason", 3),
                            Column("By", 1)], [[o.at, o.items, o.reason, o.by] for o in s.overrides]))
    else:
        pdf.paragraph("None during this shift.")
    pdf.spacer(2)
    pdf.heading("Open issues")
    for line in (s.open_issues or "None.").splitlines() or ["None."]:
        pdf.paragraph(line)
    pdf.add(signature_lines([f"Outgoing coordinator: {s.outgoing}",
                             f"Incoming coordinator: {s.incoming or ''}"], pdf.width))
    if s.ledger_head is not None:
        seq, print_ = s.ledger_head
        pdf.spacer(2)
        pdf.paragraph(f"Ledger fingerprint: {seq}:{print_}", 8)
        pdf.paragraph("It pins the ledger as it was when this page was printed: "
                      "'hsp-desk verify --fingerprint' checks it later.", 7)
    pdf.build()


def handover_xlsx(s: HandoverSummary, out: str | Path | IO[bytes], generated_by: str) -> None:
    book = XlsxReport()
    book.about_sheet(_header(s, generated_by), extra=[
        ("Outgoing coordinator", s.outgoing), ("Incoming coordinator", s.incoming or ""),
        ("Shift start (UTC)", s.shift_start), ("Shift end (UTC)", s.shift_end),
        ("Count", s.count.number if s.count else ""), ("Open issues", s.open_issues or ""),
        ("Ledger fingerprint", f"{s.ledger_head[0]}:{s.ledger_head[1]}" if s.ledger_head else ""),
    ])
    lines = s.count.lines if s.count else []
    book.sheet("Count", [XColumn("Item code", 14), XColumn("Item", 30), XColumn("Lot", 14),
                         XColumn("Expected", 10, "int"), XColumn("Counted", 10, "int"),
                         XColumn("Variance", 10, "int"), XColumn("Reason", 20), XColumn("Note", 30)],
               ([x.item_code, x.item_name, x.lot_no, x.expected_at_count, x.counted, x.variance,
                 x.reason, x.note] for x in lines))
    book.sheet("Movements", [XColumn("Kind", 16), XColumn("Item code", 14), XColumn("Item", 30),
                             XColumn("Unit", 9), XColumn("Quantity", 10, "int"),
                             XColumn("Entries", 9, "int"), XColumn("Reason", 20)],
               _moves_rows(s.movements))
    book.sheet("Overrides", [XColumn("Time (UTC)", 17, "datetime"), XColumn("Items", 30),
                             XColumn("Reason", 40), XColumn("By", 14)],
               ([o.at, o.items, o.reason, o.by] for o in s.overrides))
    book.save(out)

"""The printable count sheet (PDF), the count entry workbook (XLSX) and the count and
variance report (PDF/XLSX), from a ``domain.counts.CountView``.

The count sheet shows an expected column only when the view carries expected figures
(a count that is not blind, or one already submitted and seen by an approver): a blind
sheet is safe to hand to the counter.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..domain.counts import CountView, VarianceReason
from .pdf_base import Column, PdfReport, ReportHeader, TotalRow, data_table, key_value_table, signature_lines
from .xlsx_base import XColumn, XlsxReport

#: The entry workbook's sheet and columns; the import reads them back by these names.
ENTRY_SHEET = "Count"
ENTRY_COLUMNS = ["Line", "Item code", "Item", "Unit", "Lot", "Expiry", "Counted", "Note"]


def _header(view: CountView, title: str, generated_by: str) -> ReportHeader:
    return ReportHeader(
        title=title,
        national_society=view.national_society,
        sites=f"{view.site_code} {view.site_name}",
        period=f"count started {view.started_at:%d.%m.%Y %H:%M} UTC",
        generated_by=generated_by,
        subtitle=f"{view.number} · {view.kind} count{' · blind' if view.blind else ''} · {view.status}",
    )


def count_sheet_pdf(view: CountView, out: str | Path | IO[bytes], generated_by: str) -> None:
    """The sheet the counter takes to the shelves: a wide empty box per line."""
    pdf = PdfReport(out, _header(view, "Stock count sheet", generated_by))
    pdf.add(key_value_table([
        ("Count number", view.number), ("Started by", view.started_by),
        ("Kind", f"{view.kind}{' (blind)' if view.blind else ''}"), ("Lines", len(view.lines)),
    ], pdf.width))
    pdf.spacer(3)
    pdf.paragraph(
        "Count what is on the shelf, per lot where a lot is printed. Write 0 for an empty "
        "shelf. Stock found that is not listed: add it on the empty lines with its lot."
        + (" The expected figures are not shown: this is a blind count." if not view.expected_visible else "")
    )
    show = view.expected_visible
    cols = [Column("#", 0.35, numeric=True), Column("Item code", 1.2), Column("Item", 2.6),
            Column("Unit", 0.8), Column("Lot", 1.1), Column("Expiry", 0.9)]
    if show:
        cols.append(Column("Expected", 0.9, numeric=True))
    cols += [Column("Counted", 1.1, numeric=True), Column("Note", 1.6)]
    rows: list[list[object]] = []
    for n, line in enumerate(view.lines, start=1):
        row: list[object] = [n, line.item_code, line.item_name, line.unit, line.lot_no, line.expiry]
        if show:
            row.append(line.expected_at_count)
        row += [line.counted, ""]
        rows.append(row)
    rows += [[len(view.lines) + i] + [""] * (len(cols) - 1) for i in range(1, 6)]  # found stock
    pdf.add(data_table(cols, rows, font_size=8.5))
    pdf.add(signature_lines(["Counted by", "Checked by"], pdf.width))
    pdf.build()


def count_entry_xlsx(view: CountView, out: str | Path | IO[bytes], generated_by: str) -> None:
    """A workbook to type the counted figures into and import back (``Counted`` blank)."""
    book = XlsxReport()
    book.about_sheet(_header(view, "Stock count entry", generated_by), extra=[
        ("How to fill it", "Type the counted quantity in the 'Counted' column; leave it empty for "
                           "a line not counted. Add found stock on new rows with its item code "
                           "(and lot). Do not change the other columns."),
    ])
    widths = [6, 14, 34, 9, 14, 12, 10, 30]
    kinds = ["int", "text", "text", "text", "text", "date", "int", "text"]
    book.sheet(
        ENTRY_SHEET,
        [XColumn(t, w, k) for t, w, k in zip(ENTRY_COLUMNS, widths, kinds, strict=True)],
        ([n, x.item_code, x.item_name, x.unit, x.lot_no, x.expiry, x.counted, None]
         for n, x in enumerate(view.lines, start=1)),
    )
    book.save(out)


def variance_report_pdf(view: CountView, out: str | Path | IO[bytes], generated_by: str) -> None:
    """Count and variance report: expected, moved during the count, counted, variance,
    reason and the correction written."""
    pdf = PdfReport(out, _header(view, "Count and variance report", generated_by), landscape=True)
    pdf.add(key_value_table([
        ("Count number", view.number), ("Status", view.status),
        ("Started", f"{view.started_at:%d.%m.%Y %H:%M} by {view.started_by}"),
        ("Submitted", f"{view.submitted_at:%d.%m.%Y %H:%M} by {view.submitted_by}"
         if view.submitted_at else "—"),
        ("Approved", f"{view.approved_at:%d.%m.%Y %H:%M} by {view.approved_by}" if view.approved_at else "—"),
        ("Lines counted", f"{view.counted_lines} of {len(view.lines)}"),
    ], pdf.width, columns=3))
    pdf.spacer(3)
    if not view.expected_visible:
        pdf.paragraph("Expected figures and variances are hidden while a blind count is open.")
    pdf.paragraph("Expected at count = expected when the count started + movements recorded "
                  "between the start and the moment the line was counted (distributions during "
                  "the count are not variances). Lines not counted are left unchanged.")
    cols = [Column("Item code", 1.1), Column("Item", 2.4), Column("Lot", 1.1),
            Column("Expected at start", 1, numeric=True), Column("Moved during count", 1, numeric=True),
            Column("Expected at count", 1, numeric=True), Column("Counted", 0.9, numeric=True),
            Column("Variance", 0.9, numeric=True), Column("Reason", 1.4),
            Column("Correction", 0.9, numeric=True),
            Column("Counted by", 1)]
    rows: list[list[object]] = []
    total_var = total_corr = 0
    for x in view.lines:
        reason = VarianceReason(x.reason).label if x.reason in set(VarianceReason) else x.reason
        if x.note:
            reason = f"{reason or ''}: {x.note}" if reason else x.note
        rows.append([x.item_code, x.item_name + (" (found)" if x.added else ""), x.lot_no,
                     x.expected_frozen, x.moved_during_count, x.expected_at_count,
                     x.counted if x.counted is not None else "not counted", x.variance, reason,
                     x.correction, x.counted_by])
        total_var += x.variance or 0
        total_corr += x.correction or 0
    rows.append(TotalRow(["Total", "", "", None, None, None, None, total_var, "", total_corr, ""]))
    pdf.add(data_table(cols, rows, condensed=True))
    pdf.add(signature_lines(["Counted by", "Approved by"], pdf.width))
    pdf.build()


def variance_report_xlsx(view: CountView, out: str | Path | IO[bytes], generated_by: str) -> None:
    book = XlsxReport()
    book.about_sheet(_header(view, "Count and variance report", generated_by))
    cols = [XColumn("Item code", 14), XColumn("Item", 32), XColumn("Lot", 14),
            XColumn("Expected at start", 12, "int"), XColumn("Moved during count", 12, "int"),
            XColumn("Expected at count", 12, "int"), XColumn("Counted", 10, "int"),
            XColumn("Counted at", 16, "datetime"), XColumn("Variance", 10, "int"),
            XColumn("Reason", 20), XColumn("Note", 30), XColumn("Correction", 10, "int"),
            XColumn("Counted by", 14)]
    book.sheet("Variances", cols, (
        [x.item_code, x.item_name, x.lot_no, x.expected_frozen, x.moved_during_count,
         x.expected_at_count, x.counted, x.counted_at, x.variance, x.reason, x.note, x.correction,
         x.counted_by] for x in view.lines))
    book.save(out)

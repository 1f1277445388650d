"""Mobile HSP trip: the load sheet and the reconciliation (PDF and XLSX), from a
``domain.mobile_cycle.CycleReconciliation``."""

from __future__ import annotations

from pathlib import Path
from typing import IO

from ..domain.mobile_cycle import CycleReconciliation
from .pdf_base import Column, PdfReport, ReportHeader, TotalRow, data_table, key_value_table, signature_lines
from .xlsx_base import XColumn, XlsxReport


def _header(r: CycleReconciliation, title: str, generated_by: str) -> ReportHeader:
    back = f"{r.returned_at:%d.%m.%Y %H:%M}" if r.returned_at else "on the road"
    return ReportHeader(
        title=title, national_society=r.national_society, sites=f"{r.mobile_code} {r.mobile_name}",
        period=f"{r.departed_at:%d.%m.%Y %H:%M} – {back} UTC", generated_by=generated_by,
        subtitle=f"{r.number} · from {r.warehouse_code}",
    )


def _facts(r: CycleReconciliation) -> list[tuple[str, object]]:
    return [("Trip", r.number), ("Status", r.status.replace("_", " ")),
            ("Warehouse", f"{r.warehouse_code} {r.warehouse_name}"), ("Load waybill", r.load_waybill),
            ("Departed (UTC)", r.departed_at), ("Returned (UTC)", r.returned_at or "on the road"),
            ("Return count", r.return_count or "—"), ("Return waybill", r.return_waybill or "—")]


def load_sheet_pdf(r: CycleReconciliation, out: str | Path | IO[bytes], generated_by: str) -> None:
    """What leaves the warehouse in the vehicle, to check and sign at loading."""
    pdf = PdfReport(out, _header(r, "Mobile HSP load sheet", generated_by))
    pdf.add(key_value_table(_facts(r)[:5], pdf.width))
    pdf.spacer(3)
    rows: list[list[object]] = [[x.item_code, x.item_name, x.unit, x.opening, x.loaded,
                                 x.opening + x.loaded, ""] for x in r.lines if x.loaded or x.opening]
    rows.append(TotalRow(["Total", "", "", sum(x.opening for x in r.lines), sum(x.loaded for x in r.lines),
                          sum(x.opening + x.loaded for x in r.lines), ""]))
    pdf.add(data_table([Column("Item code", 1.2), Column("Item", 2.8), Column("Unit", 0.8),
                        Column("Already on board", 1, numeric=True), Column("Loaded", 1, numeric=True),
                        Column("On board at departure", 1.1, numeric=True), Column("Checked", 0.8)], rows))
    pdf.add(signature_lines(["Loaded by (warehouse)", "Received by (mobile team)"], pdf.width))
    pdf.build()


def reconciliation_pdf(r: CycleReconciliation, out: str | Path | IO[bytes], generated_by: str) -> None:
    pdf = PdfReport(out, _header(r, "Mobile HSP trip reconciliation", generated_by), landscape=True)
    pdf.add(key_value_table(_facts(r), pdf.width, columns=3))
    pdf.spacer(3)
    pdf.paragraph("Unaccounted = on board before loading + loaded + other movements − distributed − "
                  "counted on return. Positive: goods missing; negative: more came back than recorded.")
    rows: list[list[object]] = [
        [x.item_code, x.item_name, x.unit, x.opening, x.loaded, x.distributed, x.other, x.expected_return,
         x.returned, x.unaccounted, x.transferred_back] for x in r.lines]
    done = all(x.returned is not None for x in r.lines)
    rows.append(TotalRow(["Total", "", "", *(sum(getattr(x, f) for x in r.lines) for f in (
        "opening", "loaded", "distributed", "other", "expected_return")),
        sum(x.returned or 0 for x in r.lines) if done else None,
        sum(x.unaccounted or 0 for x in r.lines) if done else None,
        sum(x.transferred_back for x in r.lines)]))
    pdf.add(data_table([Column("Item code", 1.1), Column("Item", 2.4), Column("Unit", 0.7),
                        Column("Before loading", 0.9, numeric=True), Column("Loaded", 0.9, numeric=True),
                        Column("Distributed", 0.9, numeric=True), Column("Other", 0.7, numeric=True),
                        Column("Should return", 0.9, numeric=True), Column("Returned", 0.9, numeric=True),
                        Column("Unaccounted", 0.9, numeric=True),
                        Column("Back to warehouse", 1, numeric=True)], rows, condensed=True))
    pdf.add(signature_lines(["Mobile team leader", "Warehouse / logistics"], pdf.width))
    pdf.build()


def reconciliation_xlsx(r: CycleReconciliation, out: str | Path | IO[bytes], generated_by: str) -> None:
    book = XlsxReport()
    book.about_sheet(_header(r, "Mobile HSP trip reconciliation", generated_by), extra=_facts(r))
    book.sheet("Reconciliation", [
        XColumn("Item code", 14), XColumn("Item", 30), XColumn("Unit", 9),
        XColumn("Before loading", 10, "int"), XColumn("Loaded", 10, "int"),
        XColumn("Distributed", 10, "int"), XColumn("Other", 10, "int"),
        XColumn("Should return", 10, "int"), XColumn("Returned", 10, "int"),
        XColumn("Unaccounted", 10, "int"), XColumn("Back to warehouse", 10, "int")],
        ([x.item_code, x.item_name, x.unit, x.opening, x.loaded, x.distributed, x.other, x.expected_return,
          x.returned, x.unaccounted, x.transferred_back] for x in r.lines))
    book.save(out)

"""Expiry and low-stock report: what runs out when, and what expires soon.

Two sections: (1) per site and item, stock on hand, reorder level, the recent rate of use
(distributions and dispatches over the last ``window_days`` days), days of stock left and
the expected stock-out day, using the pure forecast of ``domain.forecast``; (2) every lot on
hand that has expired or expires within ``horizon_days``, soonest first.

The report looks at stock as it is now (the balance table); "as of" is today.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.forecast import USE_KINDS, ForecastRow, forecast, window_bounds
from ..store.models import Balance, Item, Lot, Movement, ReorderLevel, Site
from .common import make_header, sites_for
from .pdf_base import Column, PdfReport, ReportHeader, data_table, format_date
from .xlsx_base import XColumn, XlsxReport

DEFAULT_WINDOW_DAYS = 28
DEFAULT_HORIZON_DAYS = 90


@dataclass(frozen=True)
class ExpiringLot:
    site_code: str
    site_name: str
    item_code: str
    item_name: str
    unit: str
    lot_no: str
    expiry: date
    qty: int
    days_to_expiry: int


@dataclass(frozen=True)
class ExpiryReport:
    today: date
    window_days: int
    horizon_days: int
    sites: list[Site]
    #: Every (site, item) with stock, a reorder level or recent use; lowest days left first.
    forecasts: list[ForecastRow]
    expiring: list[ExpiringLot]

    @property
    def low(self) -> list[ForecastRow]:
        return [r for r in self.forecasts if r.low or r.forecast.out]


def expiry_report(session: Session, site_codes: Sequence[str] | None, *, today: date,
                  window_days: int = DEFAULT_WINDOW_DAYS,
                  horizon_days: int = DEFAULT_HORIZON_DAYS) -> ExpiryReport:
    sites = sites_for(session, site_codes)
    ids = {s.id: s for s in sites}
    start, end = window_bounds(today, window_days)
    used_q = (select(Movement.site_id, Movement.item_id, func.sum(Movement.qty))
              .where(Movement.kind.in_(USE_KINDS), Movement.occurred_at >= start,
                     Movement.occurred_at < end)
              .group_by(Movement.site_id, Movement.item_id))
    hand_q = select(Balance.site_id, Balance.item_id, func.sum(Balance.qty)).group_by(
        Balance.site_id, Balance.item_id)
    level_q = select(ReorderLevel.site_id, ReorderLevel.item_id, ReorderLevel.level).where(
        ReorderLevel.retired_at.is_(None))
    if site_codes:
        used_q = used_q.where(Movement.site_id.in_(ids))
        hand_q = hand_q.where(Balance.site_id.in_(ids))
        level_q = level_q.where(ReorderLevel.site_id.in_(ids))
    used = {(s, i): -int(q or 0) for s, i, q in session.execute(used_q)}
    on_hand = {(s, i): int(q or 0) for s, i, q in session.execute(hand_q)}
    levels = {(s, i): int(v) for s, i, v in session.execute(level_q)}
    keys = {k for k in set(used) | set(on_hand) | set(levels) if k[0] in ids}
    keys = {k for k in keys if on_hand.get(k, 0) or used.get(k, 0) > 0 or k in levels}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_({k[1] for k in keys})))} \
        if keys else {}
    rows = []
    for site_id, item_id in keys:
        site, item = ids[site_id], items[item_id]
        f = forecast(on_hand.get((site_id, item_id), 0), used.get((site_id, item_id), 0), window_days,
                     today, levels.get((site_id, item_id)))
        rows.append(ForecastRow(site.code, site.name, item.code, item.name, item.category, item.unit, f))
    rows.sort(key=lambda r: (r.days_left if r.days_left is not None else float("inf"),
                             r.site_code, r.item_code))

    limit = today + timedelta(days=horizon_days)
    lot_q = (select(Site.code, Site.name, Item.code, Item.name, Item.unit, Lot.lot_no, Lot.expiry,
                    Balance.qty)
             .join(Lot, Lot.id == Balance.lot_key).join(Item, Item.id == Balance.item_id)
             .join(Site, Site.id == Balance.site_id)
             .where(Balance.qty > 0, Lot.expiry.is_not(None), Lot.expiry <= limit)
             .order_by(Lot.expiry, Site.code, Item.code))
    if site_codes:
        lot_q = lot_q.where(Balance.site_id.in_(ids))
    expiring = [ExpiringLot(sc, sn, ic, iname, unit, lot_no, exp, int(qty), (exp - today).days)
                for sc, sn, ic, iname, unit, lot_no, exp, qty in session.execute(lot_q)]
    return ExpiryReport(today, window_days, horizon_days, sites, rows, expiring)


def header_for(session: Session, report: ExpiryReport, generated_by: str, *, all_sites: bool) -> ReportHeader:
    return make_header(session, "Expiry and low-stock report", report.sites, format_date(report.today),
                       generated_by, all_sites=all_sites, period_label="As of")


def _days(value: float | None) -> object:
    return None if value is None else round(value, 1)


def write_pdf(report: ExpiryReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    pdf = PdfReport(out, header, landscape=True)
    pdf.heading("Low stock and expected stock-outs")
    pdf.paragraph(
        f"Rate of use: what was distributed or dispatched over the last {report.window_days} days, "
        "per day. Listed: items at or below their reorder level, or with less than 30 days of "
        "stock left. '—' days left: nothing was used, no stock-out is expected.", 8)
    cols = [Column("Site", 2.2), Column("Item", 4.0), Column("Unit", 1.0),
            Column("On hand", 1.1, numeric=True), Column("Reorder level", 1.2, numeric=True),
            Column("Use per day", 1.1, numeric=True), Column("Days left", 1.0, numeric=True),
            Column("Stock-out", 1.2), Column("Status", 1.3)]
    urgent = [r for r in report.forecasts
              if r.low or r.forecast.out or (r.days_left is not None and r.days_left < 30)]
    rows = [[r.site_code, f"{r.item_code}  {r.item_name}", r.unit, r.on_hand, r.reorder_level,
             round(r.daily_rate, 1), _days(r.days_left) if r.days_left is not None else "—",
             r.stockout_date, _status(r)] for r in urgent]
    if rows:
        pdf.add(data_table(cols, rows))
    else:
        pdf.paragraph("No item is low or expected to run out within 30 days.")
    pdf.spacer(5)
    pdf.heading(f"Lots expired or expiring within {report.horizon_days} days")
    lcols = [Column("Expiry", 1.1), Column("Days", 0.8, numeric=True), Column("Site", 2.2),
             Column("Item", 4.0), Column("Lot", 2.4), Column("Unit", 1.0),
             Column("On hand", 1.1, numeric=True)]
    lrows = [[x.expiry, x.days_to_expiry, x.site_code, f"{x.item_code}  {x.item_name}", x.lot_no, x.unit,
              x.qty] for x in report.expiring]
    if lrows:
        pdf.add(data_table(lcols, lrows))
    else:
        pdf.paragraph("No lot on hand expires within the horizon.")
    pdf.build()


def _status(row: ForecastRow) -> str:
    if row.forecast.out:
        return "OUT OF STOCK"
    if row.low:
        return "LOW (reorder)"
    return "runs out soon"


def write_xlsx(report: ExpiryReport, header: ReportHeader, out: str | Path | IO[bytes]) -> None:
    book = XlsxReport()
    book.about_sheet(header, [("Rate-of-use window (days)", report.window_days),
                              ("Expiry horizon (days)", report.horizon_days)])
    book.sheet("Days of stock left", [
        XColumn("Site code", 14), XColumn("Site", 30), XColumn("Item code", 14), XColumn("Item", 30),
        XColumn("Category", 12), XColumn("Unit", 9), XColumn("On hand", 10, "int"),
        XColumn("Reorder level", 10, "int"), XColumn("Used in window", 12, "int"),
        XColumn("Use per day", 11, "float"), XColumn("Days left", 10, "float"),
        XColumn("Stock-out date", 13, "date"), XColumn("Low", 7)],
        ([r.site_code, r.site_name, r.item_code, r.item_name, r.category, r.unit, r.on_hand,
          r.reorder_level, r.forecast.issued, round(r.daily_rate, 2), _days(r.days_left),
          r.stockout_date, "yes" if r.low or r.forecast.out else "no"] for r in report.forecasts))
    book.sheet("Expiring lots", [
        XColumn("Expiry", 12, "date"), XColumn("Days to expiry", 10, "int"), XColumn("Site code", 14),
        XColumn("Site", 30), XColumn("Item code", 14), XColumn("Item", 30), XColumn("Lot", 22),
        XColumn("Unit", 9), XColumn("On hand", 10, "int")],
        ([x.expiry, x.days_to_expiry, x.site_code, x.site_name, x.item_code, x.item_name, x.lot_no,
          x.unit, x.qty] for x in report.expiring))
    book.save(out)

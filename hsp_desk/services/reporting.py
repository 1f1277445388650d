"""Producing a report to a file, for the GUI and the CLI: the one place that checks who may
print what, then hands over to the report modules in ``hsp_desk.reports``.

A report of one site needs the ``reports`` permission (coordinator and above); a report
over several sites or all sites needs ``reports_all_sites`` (branch manager).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput
from ..domain.roles import Permission
from ..gc_pause import gc_paused
from ..reports import distribution_report, documents, donor_report, expiry_report, stock_card, stock_report
from ..reports import i18n as report_i18n
from ..reports.common import Period, output_format
from .context import Actor
from .permissions import require
from .settings import get_language

#: Report names as the CLI and the GUI know them, with a one-line description.
REPORTS: dict[str, str] = {
    "stock": "stock report: opening, flows by kind, closing, per item with category totals",
    "stock-card": "stock card: one item's ledger with running balance (needs --item)",
    "grn": "goods received note, printable with signature lines (needs --number)",
    "waybill": "waybill, printable with signature lines (needs --number)",
    "distribution": "distributions by day, item and site; visits, cards, head counts, age/sex",
    "donor": "donor report: what each donor's goods were, where they went, what is left",
    "expiry": "expiry and low-stock report with days of stock left",
}


@dataclass(frozen=True)
class ReportRequest:
    """What to print. ``sites`` empty: every site. Dates are calendar days, both included."""

    name: str
    out: Path
    sites: Sequence[str] = ()
    date_from: date | None = None
    date_to: date | None = None
    item_code: str | None = None
    number: str | None = None


def _period(req: ReportRequest, today: date) -> Period:
    end = req.date_to or today
    start = req.date_from or end.replace(day=1)
    return Period(start, end)


def produce_report(session: Session, actor: Actor, req: ReportRequest, *, today: date | None = None) -> Path:
    """Write the report ``req.name`` to ``req.out`` (.pdf or .xlsx). Returns the path.

    Reads only; nothing is written to the database.
    """
    with gc_paused():  # long reports hold many rows: see gc_paused
        return _produce(session, actor, req, today)


def _produce(session: Session, actor: Actor, req: ReportRequest, today: date | None) -> Path:
    require(actor, Permission.REPORTS)
    if req.name not in REPORTS:
        raise InvalidInput("There is no report called '{name}'.", "Choose one of: {reports}.",
                           name=req.name, reports=", ".join(REPORTS))
    fmt = output_format(req.out)
    today = today or date.today()
    sites = [s for s in req.sites if s.strip()]
    all_sites = not sites
    if req.name not in ("grn", "waybill", "stock-card") and len(sites) != 1:
        require(actor, Permission.REPORTS_ALL_SITES)
    by = actor.user
    out = Path(req.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    module: object
    if req.name == "stock":
        module = stock_report
        data: object = stock_report.stock_report(session, sites or None, _period(req, today))
        header = stock_report.header_for(session, data, by, all_sites=all_sites)  # type: ignore[arg-type]
    elif req.name == "stock-card":
        if not req.item_code:
            raise InvalidInput("A stock card is for one item.", "Give the item code (--item).")
        if len(sites) > 1:
            raise InvalidInput("A stock card is for one site, or for all sites together.",
                               "Give one site, or none for all sites.")
        if not sites:
            require(actor, Permission.REPORTS_ALL_SITES)
        period = _period(req, today)
        module = stock_card
        data = stock_card.stock_card(session, sites[0] if sites else None, req.item_code,
                                     period.start, period.end)
        header = stock_card.header_for(session, data, by)  # type: ignore[arg-type]
    elif req.name in ("grn", "waybill"):
        if not req.number:
            raise InvalidInput("Which GRN?" if req.name == "grn" else "Which waybill?",
                               "Give its number (--number), e.g. GRN-MNE-WH-2026-0001.")
        module = documents
        data = documents.load_document(session, req.number, req.name)
        header = documents.header_for(session, data, by)  # type: ignore[arg-type]
    elif req.name == "distribution":
        module = distribution_report
        data = distribution_report.distribution_report(session, sites or None, _period(req, today))
        header = distribution_report.header_for(session, data, by, all_sites=all_sites)  # type: ignore[arg-type]
    elif req.name == "donor":
        module = donor_report
        data = donor_report.donor_report(session, sites or None, _period(req, today))
        header = donor_report.header_for(session, data, by, all_sites=all_sites)  # type: ignore[arg-type]
    else:
        module = expiry_report
        data = expiry_report.expiry_report(session, sites or None, today=req.date_to or today)
        header = expiry_report.header_for(session, data, by, all_sites=all_sites)  # type: ignore[arg-type]
    writer = module.write_pdf if fmt == "pdf" else module.write_xlsx  # type: ignore[attr-defined]
    # Write next to the target and rename, so that a failed report never leaves half a file.
    tmp = out.with_name(out.name + ".part")
    try:
        # In the language chosen in the settings (unset: the process default, e.g. the GUI's).
        with report_i18n.use_language(get_language(session, default="") or report_i18n.language()):
            writer(data, header, tmp)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out

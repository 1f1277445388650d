"""What every report shares: the period, the sites chosen, the header, code look-ups.

Reports read the store models directly (DESIGN.md §1: reports -> store, domain); they never
write. A period is two calendar days, both included: [from 00:00, to + 1 day 00:00) in
naive UTC, like every timestamp in the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput, NotFound
from ..store.models import Item, NationalSociety, Site
from .pdf_base import ReportHeader, format_period


@dataclass(frozen=True)
class Period:
    """Calendar days ``start`` to ``end``, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidInput(
                "The period ends ({end}) before it starts ({start}).",
                "Swap the two dates.",
                end=self.end.isoformat(), start=self.start.isoformat(),
            )

    @property
    def begin_at(self) -> datetime:
        return datetime.combine(self.start, time())

    @property
    def end_at(self) -> datetime:
        """The first moment after the period (exclusive bound)."""
        return datetime.combine(self.end + timedelta(days=1), time())

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def text(self) -> str:
        return format_period(self.start, self.end)


def site_by_code(session: Session, code: str) -> Site:
    site = session.scalar(select(Site).where(func.upper(Site.code) == code.strip().upper()))
    if site is None:
        raise NotFound("There is no site with the code '{code}'.",
                       "Check the code; 'hsp-desk sites' lists them.", code=code)
    return site


def item_by_code(session: Session, code: str) -> Item:
    text = code.strip()
    item = session.scalar(
        select(Item).where((func.upper(Item.code) == text.upper()) | (Item.barcode == text)))
    if item is None:
        raise NotFound("There is no item with the code or barcode '{code}'.",
                       "Check the code; 'hsp-desk items' lists the catalogue.", code=code)
    return item


def sites_for(session: Session, site_codes: Sequence[str] | None) -> list[Site]:
    """The sites named (in code order), or every site when none is named."""
    if site_codes:
        found = {s.id: s for s in (site_by_code(session, c) for c in site_codes)}
        return sorted(found.values(), key=lambda s: s.code)
    return list(session.scalars(select(Site).order_by(Site.code)))


def sites_text(sites: Sequence[Site], total_sites: int | None = None) -> str:
    """``MNE-ROZAJE Fixed HSP Rozaje`` for one site, codes for a few, a count for many."""
    if not sites:
        return "no site"
    if len(sites) == 1:
        return f"{sites[0].code} {sites[0].name}"
    if total_sites is not None and len(sites) == total_sites and total_sites > 4:
        return f"all sites ({total_sites})"
    if len(sites) <= 4:
        return ", ".join(s.code for s in sites)
    return f"{len(sites)} sites: " + ", ".join(s.code for s in sites[:3]) + ", …"


def national_society_text(session: Session, sites: Sequence[Site]) -> str:
    ids = {s.national_society_id for s in sites}
    if not ids:
        return ""
    names = list(session.scalars(
        select(NationalSociety.name).where(NationalSociety.id.in_(ids)).order_by(NationalSociety.name)))
    if len(names) <= 2:
        return " / ".join(names)
    return f"{len(names)} National Societies"


def make_header(session: Session, title: str, sites: Sequence[Site], period_text: str,
                generated_by: str, *, subtitle: str = "", all_sites: bool = False,
                period_label: str = "Period") -> ReportHeader:
    total = session.scalar(select(func.count()).select_from(Site)) if all_sites else None
    return ReportHeader(
        title=title,
        national_society=national_society_text(session, sites),
        sites=sites_text(sites, total),
        period=period_text,
        generated_by=generated_by,
        subtitle=subtitle,
        period_label=period_label,
    )


def output_format(out: str | Path) -> str:
    """``pdf`` or ``xlsx`` from the file name; anything else is refused."""
    suffix = Path(out).suffix.lower()
    if suffix in (".pdf", ".xlsx"):
        return suffix[1:]
    raise InvalidInput("'{name}' is neither a .pdf nor a .xlsx file name.",
                       "End the output file name with .pdf or .xlsx.", name=Path(out).name)


#: How movement kinds read on paper.
KIND_LABELS = {
    "receipt": "Receipt",
    "transfer_out": "Transfer out",
    "transfer_in": "Transfer in",
    "distribution": "Distribution",
    "adjustment": "Adjustment",
    "count_correction": "Count correction",
    "kit_assembly": "Kit assembly",
    "kit_disassembly": "Kit disassembly",
}


@cache  # a handful of kinds, asked once per line of a long stock card
def kind_label(kind: str, reversal: bool = False) -> str:
    label = KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())
    return f"{label} (reversal)" if reversal else label

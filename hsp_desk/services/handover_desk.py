"""The shift handover as the desktop application shows it: the handovers of a site, one
handover with its count, and its report saved as PDF or XLSX.

The writing use cases stay in :mod:`hsp_desk.services.handover` (start, close) and
:mod:`hsp_desk.services.counts` (the blind figures); this module only reads and prints,
so that the GUI never touches the models or the report modules itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.counts import CountView
from ..domain.errors import InvalidInput
from ..domain.roles import Permission
from ..store.models import Handover
from . import counts, handover
from .context import Actor
from .lookup import site_by_code
from .permissions import require


@dataclass(frozen=True)
class HandoverRow:
    """One handover in the list of a site."""

    number: str
    status: str
    outgoing: str
    incoming: str | None
    shift_start: datetime
    shift_end: datetime | None
    count_number: str | None


@dataclass(frozen=True)
class HandoverDetail:
    row: HandoverRow
    open_issues: str | None
    #: The handover's count as the actor may see it (blind while it is open); None: no count.
    count: CountView | None


def handovers_at(session: Session, actor: Actor, site_code: str, *, limit: int = 50) -> list[HandoverRow]:
    """The site's handovers, newest first (open ones included)."""
    require(actor, Permission.HANDOVER)
    site = site_by_code(session, site_code)
    rows = session.scalars(
        select(Handover).where(Handover.site_id == site.id)
        .order_by(Handover.created_at.desc(), Handover.number.desc()).limit(limit))
    return [_row(session, h) for h in rows]


def _row(session: Session, h: Handover) -> HandoverRow:
    return HandoverRow(h.number, h.status, h.outgoing, h.incoming, h.shift_start, h.shift_end,
                       handover.handover_count_number(session, h.number) if h.count_id else None)


def handover_detail(session: Session, actor: Actor, number: str) -> HandoverDetail:
    require(actor, Permission.HANDOVER)
    h = handover.handover_by_number(session, number)
    row = _row(session, h)
    view = counts.count_view(session, actor, row.count_number) if row.count_number else None
    return HandoverDetail(row, h.open_issues, view)


def save_handover_report(session: Session, actor: Actor, number: str, out: Path) -> Path:
    """Write the handover report to ``out`` (.pdf to sign, or .xlsx). Reads only."""
    require(actor, Permission.HANDOVER)
    from ..reports.handover import handover_pdf, handover_xlsx

    suffix = Path(out).suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        raise InvalidInput("A handover report is saved as .pdf or .xlsx, not '{given}'.",
                           "Choose a file name ending in .pdf or .xlsx.", given=suffix or out)
    summary = handover.handover_summary(session, number)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed, so a failed report never leaves half a file.
    tmp = out.with_name(out.name + ".part")
    try:
        (handover_pdf if suffix == ".pdf" else handover_xlsx)(summary, tmp, actor.user)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out

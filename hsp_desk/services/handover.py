"""Shift handover: the outgoing coordinator hands the site to the incoming one, with a
(blind) count of the items the site chooses, the shift's receipts, distributions,
adjustments and overrides, the variances and the open issues (DESIGN.md §5).

Flow: :func:`start_handover` opens the handover and a partial, blind count of the site's
handover items (:func:`set_handover_items`) or of the items named; the figures go in
through ``services.counts`` (the count number is on the handover); :func:`close_handover`
submits the count, records the incoming coordinator, the end of the shift and the open
issues. Corrections of the variances follow the count's own approval (reasons needed),
so that a handover never writes to the ledger without a reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.counts import CountKind, CountStatus
from ..domain.errors import InvalidInput, NotFound
from ..domain.handover import HandoverSummary, ShiftMovement, ShiftOverride
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..store import audit
from ..store.models import CountSession, Document, Handover, HandoverItem, Item, Movement, Site
from . import counts
from .context import Actor
from .lookup import item_by_code, site_by_code
from .permissions import require
from .transaction import committing


@committing
def set_handover_items(session: Session, actor: Actor, site_code: str, item_codes: Sequence[str]) -> int:
    """The items this site counts at every handover (replaces the previous list)."""
    require(actor, Permission.HANDOVER)
    site = site_by_code(session, site_code)
    items = {item_by_code(session, code).id for code in item_codes}
    for row in session.scalars(select(HandoverItem).where(HandoverItem.site_id == site.id)):
        if row.item_id not in items:
            session.delete(row)
        else:
            items.discard(row.item_id)
    for item_id in items:
        session.add(HandoverItem(site_id=site.id, item_id=item_id))
    session.flush()
    return len(handover_items(session, site.code))


def handover_items(session: Session, site_code: str) -> list[str]:
    site = site_by_code(session, site_code)
    return list(session.scalars(
        select(Item.code).join(HandoverItem, HandoverItem.item_id == Item.id)
        .where(HandoverItem.site_id == site.id).order_by(Item.code)))


def _next_number(session: Session, site: Site, year: int) -> str:
    stem = f"HO-{site.code}-{year}-"
    n = session.scalar(select(func.count()).select_from(Handover).where(Handover.number.like(stem + "%")))
    return f"{stem}{(n or 0) + 1:04d}"


def handover_by_number(session: Session, number: str) -> Handover:
    row = session.scalar(select(Handover).where(func.upper(Handover.number) == number.strip().upper()))
    if row is None:
        raise NotFound("There is no handover numbered '{number}'.", "Check the number on the paper.",
                       number=number)
    return row


@committing
def start_handover(
    session: Session,
    actor: Actor,
    site_code: str,
    outgoing: str,
    *,
    shift_start: datetime,
    item_codes: Sequence[str] | None = None,
    blind: bool = True,
    now: datetime | None = None,
) -> Handover:
    """Open a handover; with items to count (named, or the site's handover items) it
    starts their blind partial count."""
    require(actor, Permission.HANDOVER)
    if not outgoing or not outgoing.strip():
        raise InvalidInput("A handover needs the outgoing coordinator's name.", "Enter it.")
    site = site_by_code(session, site_code)
    when = now or utcnow()
    if shift_start > when:
        raise InvalidInput("The shift cannot start after the handover.", "Check the shift's start time.")
    codes = list(item_codes) if item_codes else handover_items(session, site.code)
    count_id = None
    if codes:
        count = counts._start(session, actor, site.code, kind=CountKind.PARTIAL.value, item_codes=codes,
                              blind=blind, purpose="handover", now=when)
        count_id = count.id
    row = Handover(
        number=_next_number(session, site, when.year), site_id=site.id, outgoing=outgoing.strip(),
        shift_start=shift_start, count_id=count_id, created_at=when, created_by=actor.user,
    )
    session.add(row)
    session.flush()
    return row


def handover_count_number(session: Session, number: str) -> str | None:
    row = handover_by_number(session, number)
    if row.count_id is None:
        return None
    count = session.get(CountSession, row.count_id)
    return session.get(Document, count.document_id).number  # type: ignore[union-attr]


@committing
def close_handover(
    session: Session,
    actor: Actor,
    number: str,
    incoming: str,
    *,
    open_issues: str | None = None,
    shift_end: datetime | None = None,
) -> Handover:
    """Record the incoming coordinator and the open issues; submit the handover count."""
    require(actor, Permission.HANDOVER)
    row = handover_by_number(session, number)
    if row.status != "open":
        raise InvalidInput("Handover {number} is closed already.", "Start a new handover.",
                           number=row.number)
    if not incoming or not incoming.strip():
        raise InvalidInput("A handover needs the incoming coordinator's name.", "Enter it.")
    if incoming.strip().lower() == row.outgoing.lower():
        raise InvalidInput("The incoming and outgoing coordinators are the same person.",
                           "Enter the name of the person taking over.")
    end = shift_end or utcnow()
    if end < row.shift_start:
        raise InvalidInput("The shift cannot end before it started.", "Check the times.")
    if row.count_id is not None:
        count = session.get(CountSession, row.count_id)
        assert count is not None
        if count.status == CountStatus.OPEN.value:
            count_number = session.get(Document, count.document_id).number  # type: ignore[union-attr]
            counts._submit(session, actor, count_number, now=end)
    row.incoming = incoming.strip()
    row.shift_end = end
    row.open_issues = (open_issues or "").strip() or None
    row.status = "closed"
    row.closed_at, row.closed_by = utcnow(), actor.user
    session.flush()
    return row


def _overrides(
    session: Session, site_id: str, start: datetime, end: datetime
) -> tuple[list[ShiftOverride], bool]:
    """The shift's overridden distributions, from the tokens engineer's tables."""
    try:
        from ..store.models.tokens import Distribution, DistributionLine
    except ImportError:  # the distribution desk is not installed: say so on the report
        return [], False
    rows = session.execute(
        select(Distribution.id, Distribution.occurred_at, Distribution.override_reason,
               Distribution.override_by)
        .where(Distribution.site_id == site_id, Distribution.override_reason.is_not(None),
               Distribution.occurred_at >= start, Distribution.occurred_at < end)
        .order_by(Distribution.occurred_at)
    ).all()
    undone = set(session.scalars(select(Distribution.reverses).where(
        Distribution.reverses.in_([r[0] for r in rows])))) if rows else set()
    out = []
    for dist_id, at, reason, by in rows:
        if dist_id in undone:
            continue
        items = ", ".join(
            f"{qty} {code}" for code, qty in session.execute(
                select(Item.code, DistributionLine.qty).join(Item, Item.id == DistributionLine.item_id)
                .where(DistributionLine.distribution_id == dist_id).order_by(Item.code)))
        out.append(ShiftOverride(at, items, reason or "", by))
    return out, True


def handover_summary(session: Session, number: str) -> HandoverSummary:
    """Everything the handover report prints. The count is shown in full once it is
    submitted (the blind phase is over)."""
    row = handover_by_number(session, number)
    site = session.get(Site, row.site_id)
    assert site is not None
    end = row.shift_end or utcnow()
    q = (
        select(Movement.kind, Item.code, Item.name, Item.unit, Movement.reason,
               func.sum(Movement.qty), func.count())
        .join(Item, Item.id == Movement.item_id)
        .where(Movement.site_id == row.site_id, Movement.occurred_at >= row.shift_start,
               Movement.occurred_at < end)
        .group_by(Movement.kind, Item.code, Item.name, Item.unit, Movement.reason)
        .order_by(Movement.kind, Item.code)
    )
    moves = [ShiftMovement(k, c, n, u, int(total or 0), int(e), r)
             for k, c, n, u, r, total, e in session.execute(q)]
    # A reversal carries a reason ("scanned twice"): fold distributions and receipts per item.
    folded: dict[tuple[str, str], ShiftMovement] = {}
    keep_reason = {"adjustment", "count_correction"}
    for m in moves:
        key = (m.kind, m.item_code) if m.kind not in keep_reason else (m.kind, f"{m.item_code}|{m.reason}")
        old = folded.get(key)
        folded[key] = m if old is None else ShiftMovement(
            m.kind, m.item_code, m.item_name, m.unit, old.qty + m.qty, old.entries + m.entries,
            m.reason if m.kind in keep_reason else None)
    overrides, known = _overrides(session, row.site_id, row.shift_start, end)
    view = None
    if row.count_id is not None:
        count = session.get(CountSession, row.count_id)
        assert count is not None
        view = counts._view(session, count, count.status != CountStatus.OPEN.value)
    return HandoverSummary(
        row.number, site.code, site.name, site.national_society.name, row.outgoing, row.incoming,
        row.shift_start, row.shift_end, row.status, row.open_issues, view,
        [m if m.kind in keep_reason else ShiftMovement(m.kind, m.item_code, m.item_name, m.unit, m.qty,
                                                         m.entries) for m in folded.values()],
        overrides, known, _ledger_head(session),
    )


def _ledger_head(session: Session) -> tuple[int, str] | None:
    seq, hash_ = audit.head(session.connection())
    return (seq, audit.fingerprint(hash_)) if seq else None

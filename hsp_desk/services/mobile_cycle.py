"""The mobile HSP cycle: load the vehicle, distribute on the road, count on return,
reconcile the three (and send what is left back to the warehouse).

- :func:`load_vehicle` dispatches a waybill from the warehouse to the mobile site and
  receives it at once: the vehicle *is* the mobile site, so the goods are in it when it
  leaves. The waybill is the load sheet.
- distributions on the road are ordinary distribution movements at the mobile site.
- :func:`record_return` counts what came back (a partial count at the mobile site of
  every item loaded or on board), approves it (a reason for each difference, as for any
  count) and, by default, transfers everything on board back to the warehouse.
- :func:`reconciliation` gives per item opening, loaded, distributed, returned and the
  unaccounted difference (``domain.mobile_cycle``).

Each use case is one transaction: the transfer and count services are called through
their undecorated functions (``__wrapped__`` of the committing ones), so a refused return
writes nothing at all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.counts import CountKind
from ..domain.enums import MovementKind, SiteType
from ..domain.errors import InvalidInput, NotFound
from ..domain.ledger import utcnow
from ..domain.mobile_cycle import CycleLine, CycleReconciliation
from ..domain.roles import Permission
from ..store.models import Balance, CountSession, Document, Item, MobileCycle, Movement, Site
from . import counts, transfers
from .context import Actor
from .counts import CountEntry, ReasonEntry
from .lookup import site_by_code
from .permissions import require
from .transaction import committing
from .transfers import TransferLine

MOBILE_TYPES = {SiteType.MOBILE_HSP.value, SiteType.MOBILE_TEAM.value}
ON_ROAD, RETURNED = "on_road", "returned"

_dispatch = transfers.dispatch.__wrapped__  # type: ignore[attr-defined]
_receive = transfers.receive_transfer.__wrapped__  # type: ignore[attr-defined]


def cycle_by_number(session: Session, number: str) -> MobileCycle:
    row = session.scalar(select(MobileCycle).where(func.upper(MobileCycle.number) == number.strip().upper()))
    if row is None:
        raise NotFound("There is no mobile trip numbered '{number}'.", "Check the number on the load sheet.",
                       number=number)
    return row


def _is_mobile(site: Site) -> bool:
    return site.modality == "mobile" or site.site_type in MOBILE_TYPES


@committing
def load_vehicle(
    session: Session,
    actor: Actor,
    warehouse_code: str,
    mobile_code: str,
    lines: Sequence[TransferLine],
    *,
    departed_at: datetime | None = None,
    note: str | None = None,
) -> MobileCycle:
    """Start a trip: the load sheet is a waybill warehouse -> mobile site, received at once."""
    require(actor, Permission.TRANSFER)
    mobile = site_by_code(session, mobile_code)
    if not _is_mobile(mobile):
        raise InvalidInput("{site} is not a mobile HSP or team.",
                           "Load a vehicle only for a mobile site; use a transfer for fixed sites.",
                           site=mobile.code)
    busy = session.scalar(select(MobileCycle.number).where(
        MobileCycle.mobile_site_id == mobile.id, MobileCycle.status == ON_ROAD))
    if busy:
        raise InvalidInput("{site} is still on the road with trip {trip}.",
                           "Record that trip's return first.", site=mobile.code, trip=busy)
    when = departed_at or utcnow()
    doc = _dispatch(session, actor, warehouse_code, mobile.code, lines, occurred_at=when,
                    note=note or "load sheet")
    _receive(session, actor, doc.number, occurred_at=when)
    stem = f"MOB-{mobile.code}-{when.year}-"
    n = session.scalar(select(func.count()).select_from(MobileCycle)
                       .where(MobileCycle.number.like(stem + "%")))
    cycle = MobileCycle(
        number=f"{stem}{(n or 0) + 1:04d}", mobile_site_id=mobile.id, warehouse_site_id=doc.site_id,
        load_document_id=doc.id, departed_at=when, status=ON_ROAD, created_by=actor.user, note=note,
    )
    session.add(cycle)
    session.flush()
    return cycle


def _on_board(session: Session, site_id: str) -> dict[str, int]:
    return {i: int(q) for i, q in session.execute(
        select(Balance.item_id, func.sum(Balance.qty)).where(Balance.site_id == site_id)
        .group_by(Balance.item_id)) if q}


@committing
def record_return(
    session: Session,
    actor: Actor,
    number: str,
    counted: Sequence[CountEntry],
    *,
    reasons: Sequence[ReasonEntry] = (),
    transfer_back: bool = True,
    returned_at: datetime | None = None,
) -> MobileCycle:
    """The vehicle is back: count what is on board (items loaded or on board and not
    counted are refused, so nothing is left out), approve the count with a reason for
    each difference, and send what is on board back to the warehouse."""
    counts.require_approver(actor)
    if transfer_back:  # sending goods back to the warehouse is a transfer (logistics officer)
        require(actor, Permission.TRANSFER)
    cycle = cycle_by_number(session, number)
    if cycle.status != ON_ROAD:
        raise InvalidInput("Trip {trip} has returned already.", "Look at its reconciliation.",
                           trip=cycle.number)
    mobile = session.get(Site, cycle.mobile_site_id)
    warehouse = session.get(Site, cycle.warehouse_site_id)
    assert mobile is not None and warehouse is not None
    loaded_ids = set(session.scalars(select(Movement.item_id).where(
        Movement.document_id == cycle.load_document_id, Movement.kind == MovementKind.TRANSFER_IN.value)))
    item_ids = loaded_ids | set(_on_board(session, mobile.id))
    codes = {i: c for i, c in session.execute(select(Item.id, Item.code).where(Item.id.in_(item_ids)))}
    when = returned_at or utcnow()
    count = counts._start(session, actor, mobile.code, kind=CountKind.PARTIAL.value,
                          item_codes=sorted(codes.values()), blind=False, purpose="mobile return", now=when)
    count_no = session.get(Document, count.document_id).number  # type: ignore[union-attr]
    counts._enter(session, actor, count_no, counted, now=when)
    missing = sorted(codes[line.item_id] for line in count.lines if line.counted_qty is None)
    if missing:
        raise InvalidInput("Trip {trip}: {items} not counted on return.",
                           "Count every item that was loaded or is on board (0 if none is left). "
                           "Nothing was recorded.", trip=cycle.number, items=", ".join(missing))
    if reasons:
        counts._set_reasons(session, actor, count_no, reasons)
    counts._approve(session, actor, count_no, now=when)
    cycle.return_count_id = count.id
    if transfer_back:
        board = _on_board(session, mobile.id)
        lines = [TransferLine(codes.get(i) or session.get(Item, i).code, q)  # type: ignore[union-attr]
                 for i, q in sorted(board.items()) if q > 0]
        if lines:
            back = _dispatch(session, actor, mobile.code, warehouse.code, lines, occurred_at=when,
                             note=f"return of trip {cycle.number}")
            _receive(session, actor, back.number, occurred_at=when)
            cycle.return_document_id = back.id
    cycle.returned_at = when
    cycle.status = RETURNED
    session.flush()
    return cycle


def reconciliation(session: Session, number: str) -> CycleReconciliation:
    """Loaded, distributed, returned and unaccounted per item of one trip."""
    cycle = cycle_by_number(session, number)
    mobile = session.get(Site, cycle.mobile_site_id)
    warehouse = session.get(Site, cycle.warehouse_site_id)
    load_doc = session.get(Document, cycle.load_document_id)
    assert mobile is not None and warehouse is not None and load_doc is not None
    load_moves = session.execute(select(Movement.item_id, Movement.qty, Movement.recorded_at).where(
        Movement.document_id == load_doc.id, Movement.kind == MovementKind.TRANSFER_IN.value)).all()
    loaded: dict[str, int] = defaultdict(int)
    for item_id, qty, _ in load_moves:
        loaded[item_id] += qty
    t0 = min((at for _, _, at in load_moves), default=cycle.departed_at)
    count = session.get(CountSession, cycle.return_count_id) if cycle.return_count_id else None
    # The trip ends when the return count starts; before return it runs up to now.
    t1 = count.started_at if count is not None else None
    opening: dict[str, int] = defaultdict(int)
    distributed: dict[str, int] = defaultdict(int)
    other: dict[str, int] = defaultdict(int)
    q = select(Movement.item_id, Movement.kind, Movement.qty, Movement.recorded_at, Movement.document_id) \
        .where(Movement.site_id == mobile.id)
    if t1 is not None:
        q = q.where(Movement.recorded_at < t1)
    for item_id, kind, qty, at, doc_id in session.execute(q):
        if at < t0:
            opening[item_id] += qty
        elif doc_id == load_doc.id:
            continue
        elif kind == MovementKind.DISTRIBUTION.value:
            distributed[item_id] -= qty
        else:
            other[item_id] += qty
    returned: dict[str, int] = {}
    if count is not None:
        for line in count.lines:
            if line.counted_qty is not None:
                returned[line.item_id] = returned.get(line.item_id, 0) + line.counted_qty
    back: dict[str, int] = defaultdict(int)
    back_no = None
    if cycle.return_document_id:
        back_doc = session.get(Document, cycle.return_document_id)
        back_no = back_doc.number if back_doc else None
        for item_id, qty in session.execute(select(Movement.item_id, Movement.qty).where(
                Movement.document_id == cycle.return_document_id,
                Movement.kind == MovementKind.TRANSFER_OUT.value)):
            back[item_id] -= qty
    ids = set(loaded) | {i for i, v in opening.items() if v} | set(distributed) | set(other) | set(returned)
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(ids)))}
    lines = [
        CycleLine(items[i].code, items[i].name, items[i].unit, opening.get(i, 0), loaded.get(i, 0),
                  distributed.get(i, 0), other.get(i, 0),
                  returned.get(i, 0) if count is not None else None, back.get(i, 0))
        for i in ids
    ]
    lines.sort(key=lambda x: x.item_code)
    count_no = session.get(Document, count.document_id).number if count else None  # type: ignore[union-attr]
    return CycleReconciliation(
        cycle.number, mobile.national_society.name, mobile.code, mobile.name, warehouse.code,
        warehouse.name, cycle.status, cycle.departed_at, cycle.returned_at, load_doc.number, count_no,
        back_no, cycle.created_by, lines,
    )


def trips(session: Session, mobile_code: str | None = None) -> list[str]:
    q = select(MobileCycle.number)
    if mobile_code:
        q = q.where(MobileCycle.mobile_site_id == site_by_code(session, mobile_code).id)
    return list(session.scalars(q.order_by(MobileCycle.departed_at)))


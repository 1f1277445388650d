"""Posting movements to the ledger: the one place that writes movements and balances.

Other services build :class:`MovementDraft` objects and hand them here, inside their own
transaction; :func:`post` never commits. :func:`reverse` is a use case of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, Table, Update, bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..domain.enums import MovementKind
from ..domain.errors import AlreadyReversed, InsufficientStock, InvalidInput, NotFound
from ..domain.fefo import LotStock, allocate_fefo
from ..domain.ledger import MovementDraft, utcnow
from ..domain.roles import Permission
from ..store import audit
from ..store.balances import apply_delta, on_hand
from ..store.models import Balance, Lot, Movement
from .context import Actor
from .lookup import get_item, get_lot, get_site
from .permissions import require
from .transaction import committing


def post(
    session: Session, actor: Actor, drafts: Sequence[MovementDraft], *, now: datetime | None = None
) -> list[Movement]:
    """Write ``drafts`` as movements and update the balances, in order.

    Raises :class:`InsufficientStock` (leaving the caller to roll back) as soon as one
    would take a balance below zero.
    """
    # The audit trail records flushes under this actor, also when called outside
    # @committing (the demo builder); autoflushes happen inside the loop too.
    previous = session.info.get("actor")
    session.info["actor"] = actor
    try:
        return _post(session, actor, drafts, now)
    finally:
        session.info["actor"] = previous


def _post(
    session: Session, actor: Actor, drafts: Sequence[MovementDraft], now: datetime | None
) -> list[Movement]:
    rows = [Movement(**values) for values in _checked_rows(session, actor, drafts, now)]
    session.add_all(rows)
    session.flush()
    return rows


def post_with(
    session: Session, actor: Actor, drafts: Sequence[MovementDraft],
    rows_after: Sequence[tuple[Table, list[dict[str, Any]]]], *, now: datetime | None = None,
    updates: Sequence[tuple[Table, dict[str, Any]]] = (),
) -> None:
    """:func:`post`, then ``rows_after`` (table, full rows) inserted and ``updates``
    (table, full row as it is after the change) written by primary key, as Core
    statements chained by one audit append, without the ORM's unit of work: a hand-out
    (its distribution and lines after the movements, a card's first use) is written this
    way, where the flush was a third of a scan. Nothing here becomes an ORM instance of
    the session; a caller that changed an instance it holds says so itself."""
    rows = _checked_rows(session, actor, drafts, now)
    conn = session.connection()
    changes: list[audit.Change] = []
    for table, values in ((_MOVEMENTS, rows), *rows_after):
        if not values:
            continue
        conn.execute(_insert(table), values)
        changes += audit.changes_of("insert", table, values)
    for table, row in updates:
        pk = [c.name for c in table.primary_key.columns]
        # The columns not in the key are the SET clause, as SQLAlchemy makes it from
        # the parameters' names; the key is bound as pk__<column>, a name no column has.
        conn.execute(_update_by_key(table), {k: v for k, v in row.items() if k not in pk}
                     | {f"pk__{c}": row[c] for c in pk})
        changes += audit.changes_of("update", table, [row])
    audit.append(conn, actor.user, actor.device, changes)


_MOVEMENTS: Table = Movement.__table__  # type: ignore[assignment]
_LOT_ITEMS = select(Lot.id, Lot.item_id).where(Lot.id.in_(bindparam("ids", expanding=True)))


@functools.cache
def _insert(table: Table) -> Insert:
    return insert(table)


@functools.cache
def _update_by_key(table: Table) -> Update:
    return update(table).where(*[c == bindparam(f"pk__{c.name}")
                                 for c in table.primary_key.columns])


def _checked_rows(
    session: Session, actor: Actor, drafts: Sequence[MovementDraft], now: datetime | None
) -> list[dict[str, Any]]:
    """The drafts checked and their balances updated, as movement rows (every column)."""
    recorded_at = now or utcnow()
    rows: list[dict[str, Any]] = []
    for draft in drafts:
        draft.check()
    # Every lot named, checked in one query (a scan names one or two): a statement built
    # once, on the connection (a lot just added by the caller is flushed first).
    lot_ids = {d.lot_id for d in drafts if d.lot_id is not None}
    lot_items: dict[str, str] = {}
    if lot_ids:
        session.flush()
        lot_items = dict(session.connection().execute(_LOT_ITEMS, {"ids": list(lot_ids)}).all())
    for draft in drafts:
        if draft.lot_id is not None:
            if draft.lot_id not in lot_items:
                get_lot(session, draft.lot_id)  # raises NotFound, as before
            if lot_items[draft.lot_id] != draft.item_id:
                raise InvalidInput(
                    "The lot chosen belongs to another item.", "Choose a lot of the same item."
                )
        if not apply_delta(session, draft.site_id, draft.item_id, draft.lot_id, draft.qty):
            item = get_item(session, draft.item_id)
            site = get_site(session, draft.site_id)
            raise InsufficientStock(
                item=item.name,
                site=site.name,
                requested=-draft.qty,
                on_hand=on_hand(session, draft.site_id, draft.item_id, draft.lot_id),
                unit=item.unit,
            )
        rows.append({
            "id": draft.id,
            "kind": draft.kind.value,
            "site_id": draft.site_id,
            "item_id": draft.item_id,
            "lot_id": draft.lot_id,
            "qty": draft.qty,
            "occurred_at": draft.occurred_at or recorded_at,
            "recorded_at": recorded_at,
            "recorded_by": actor.user,
            "device_id": actor.device,
            "document_id": draft.document_id,
            "donor_id": draft.donor_id,
            "reason": draft.reason,
            "note": draft.note,
            "reverses": draft.reverses,
        })
    return rows


#: Built once (statement construction was a large part of a scan's time).
_LOT_STOCK = (
    select(Balance.lot_key, Balance.qty, Lot.expiry)
    .outerjoin(Lot, Lot.id == Balance.lot_key)
    .where(Balance.site_id == bindparam("site_id"), Balance.item_id == bindparam("item_id"),
           Balance.qty > 0)
)
_LOT_STOCK_LOCKED = _LOT_STOCK.with_for_update(of=Balance)


def lot_stock(session: Session, site_id: str, item_id: str, *, lock: bool = False) -> list[LotStock]:
    """What is on hand of an item at a site, per lot, with expiry dates.

    ``lock`` takes row locks on PostgreSQL so the FEFO choice cannot be overtaken by
    another laptop; SQLite's BEGIN IMMEDIATE already serialises writers.
    """
    q = _LOT_STOCK_LOCKED if lock else _LOT_STOCK
    return [
        LotStock(lot_id=key or None, expiry=expiry, on_hand=qty)
        # Plain Core on the session's connection: balances are never pending ORM objects.
        for key, qty, expiry in session.connection().execute(
            q, {"site_id": site_id, "item_id": item_id})
    ]


def issue_drafts(
    session: Session,
    kind: MovementKind,
    site_id: str,
    item_id: str,
    qty: int,
    *,
    lot_id: str | None = None,
    **fields: object,
) -> list[MovementDraft]:
    """Drafts that take ``qty`` out of a site, FEFO across lots unless a lot is named.

    Refuses with :class:`InsufficientStock` when the site has less than ``qty``.
    """
    if qty <= 0:
        raise InvalidInput("A quantity to issue must be above 0.", "Enter a positive quantity.")
    if lot_id is not None:
        return [MovementDraft(kind=kind, site_id=site_id, item_id=item_id, qty=-qty,
                              lot_id=lot_id, **fields)]  # type: ignore[arg-type]
    lots = lot_stock(session, site_id, item_id, lock=True)
    picks = allocate_fefo(lots, qty)
    available = sum(take for _, take in picks)
    if available < qty:
        item = get_item(session, item_id)
        raise InsufficientStock(
            item=item.name, site=get_site(session, site_id).name, requested=qty,
            on_hand=available, unit=item.unit,
        )
    return [
        MovementDraft(kind=kind, site_id=site_id, item_id=item_id, qty=-take, lot_id=lot,
                      **fields)  # type: ignore[arg-type]
        for lot, take in picks
    ]


@committing
def reverse(session: Session, actor: Actor, movement_id: str, reason: str) -> Movement:
    """Void a movement by posting its opposite.

    A movement is reversed at most once, and a reversal is not itself reversed: the
    original is recorded again instead.
    """
    require(actor, Permission.ADJUST)
    if not reason or not reason.strip():
        raise InvalidInput("A reversal needs a reason.", "Say why the entry was wrong.")
    original = session.get(Movement, movement_id)
    if original is None:
        raise NotFound("Movement {id} does not exist.", "Check the movement id.", id=movement_id)
    if original.reverses is not None:
        raise InvalidInput(
            "This movement is itself a reversal.",
            "To restore what it voided, record the original entry again.",
        )
    already = session.scalar(select(Movement.id).where(Movement.reverses == movement_id))
    if already is not None:
        raise AlreadyReversed(
            "This movement has already been reversed.", "Its reversal is {reversal}.",
            reversal=already,
        )
    (row,) = post(
        session,
        actor,
        [
            MovementDraft(
                kind=MovementKind(original.kind),
                site_id=original.site_id,
                item_id=original.item_id,
                lot_id=original.lot_id,
                qty=-original.qty,
                document_id=original.document_id,
                donor_id=original.donor_id,
                reason=reason.strip(),
                reverses=original.id,
            )
        ],
    )
    return row

"""The stock card read model: one item's ledger, page by page, with a running balance.

Pages are fetched by keyset (after the last row's ``(occurred_at, id)``), never by
OFFSET, so the millionth row costs what the first does; the caller carries the running
balance from one page to the next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from ..store.models import Balance, Document, Lot, Movement, Site
from .lookup import item_by_code, site_by_code

PAGE_SIZE = 500


@dataclass(frozen=True)
class CardCursor:
    """Where the next page starts: just after this movement, with this balance."""

    occurred_at: datetime
    movement_id: str
    balance: int


class CardRow(NamedTuple):
    """One movement on the card. A tuple of plain values, so that a view holding tens of
    thousands of them can keep them as exact tuples, which the garbage collector stops
    tracking (see ui/stock_model.StockCardModel)."""

    occurred_at: datetime
    kind: str
    site_code: str
    document: str | None
    lot_no: str | None
    qty: int
    balance: int
    reason: str | None
    user: str
    movement_id: str


@dataclass(frozen=True)
class CardHeader:
    item_code: str
    item_name: str
    unit: str
    site_code: str | None
    on_hand: int
    movements: int


def card_header(session: Session, item_code: str, site_code: str | None = None) -> CardHeader:
    item = item_by_code(session, item_code)
    on_hand = select(func.coalesce(func.sum(Balance.qty), 0)).where(Balance.item_id == item.id)
    count = select(func.count()).select_from(Movement).where(Movement.item_id == item.id)
    if site_code:
        site = site_by_code(session, site_code)
        on_hand = on_hand.where(Balance.site_id == site.id)
        count = count.where(Movement.site_id == site.id)
    return CardHeader(item.code, item.name, item.unit, site_code,
                      int(session.scalar(on_hand) or 0), int(session.scalar(count) or 0))


def card_page(
    session: Session,
    item_code: str,
    site_code: str | None = None,
    after: CardCursor | None = None,
    limit: int = PAGE_SIZE,
) -> tuple[list[CardRow], CardCursor | None]:
    """The next ``limit`` movements of an item (at a site, or all sites), oldest first.

    Returns the rows and the cursor for the page after them (None at the end).
    """
    item = item_by_code(session, item_code)
    q = (
        select(Movement.occurred_at, Movement.kind, Site.code, Document.number, Lot.lot_no,
               Movement.qty, Movement.reason, Movement.recorded_by, Movement.id)
        .join(Site, Site.id == Movement.site_id)
        .outerjoin(Document, Document.id == Movement.document_id)
        .outerjoin(Lot, Lot.id == Movement.lot_id)
        .where(Movement.item_id == item.id)
        .order_by(Movement.occurred_at, Movement.id)
        .limit(limit)
    )
    if site_code:
        q = q.where(Movement.site_id == site_by_code(session, site_code).id)
    balance = 0
    if after is not None:
        q = q.where(tuple_(Movement.occurred_at, Movement.id) > (after.occurred_at, after.movement_id))
        balance = after.balance
    rows: list[CardRow] = []
    for when, kind, site, number, lot_no, qty, reason, user, mid in session.execute(q):
        balance += qty
        rows.append(CardRow(when, kind, site, number, lot_no, qty, balance, reason, user, mid))
    if len(rows) < limit:
        return rows, None
    last = rows[-1]
    return rows, CardCursor(last.occurred_at, last.movement_id, last.balance)

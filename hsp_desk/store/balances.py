"""The balance cache primitive: add a signed quantity to one (site, item, lot) row.

A decrement is conditional (``WHERE qty + :d >= 0``) so that two writers racing for the
last unit leave exactly one winner, on SQLite and PostgreSQL alike (DESIGN.md §8b).
"""

from __future__ import annotations

from sqlalchemy import Integer, bindparam, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .models import Balance


def lot_key(lot_id: str | None) -> str:
    return lot_id or ""


#: Built once: constructing the statement cost more than running it on every scan.
_DECREMENT = (
    update(Balance)
    .where(
        Balance.site_id == bindparam("b_site"),
        Balance.item_id == bindparam("b_item"),
        Balance.lot_key == bindparam("b_lot"),
        Balance.qty + bindparam("delta", type_=Integer) >= 0,
    )
    .values(qty=Balance.qty + bindparam("delta", type_=Integer))
    .execution_options(synchronize_session=False)
)


def apply_delta(session: Session, site_id: str, item_id: str, lot_id: str | None, delta: int) -> bool:
    """Add ``delta`` to the balance. Returns False (and changes nothing) if it would go
    below zero."""
    key = lot_key(lot_id)
    if delta < 0:
        # On the session's connection, not session.execute: no ORM round (autoflush,
        # ORM-enabled update); balances are only ever written here, never as ORM objects.
        result = session.connection().execute(
            _DECREMENT, {"b_site": site_id, "b_item": item_id, "b_lot": key, "delta": delta}
        )
        return result.rowcount == 1
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(Balance).values(site_id=site_id, item_id=item_id, lot_key=key, qty=delta)
    stmt = stmt.on_conflict_do_update(
        index_elements=[Balance.site_id, Balance.item_id, Balance.lot_key],
        set_={"qty": Balance.qty + stmt.excluded.qty},
    )
    session.execute(stmt)
    return True


def on_hand(session: Session, site_id: str, item_id: str, lot_id: str | None = None) -> int:
    """Stock on hand of an item at a site: one lot, or all lots when ``lot_id`` is None."""
    q = select(func.coalesce(func.sum(Balance.qty), 0)).where(
        Balance.site_id == site_id, Balance.item_id == item_id
    )
    if lot_id is not None:
        q = q.where(Balance.lot_key == lot_id)
    return int(session.scalar(q) or 0)

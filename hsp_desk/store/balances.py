"""The balance cache primitive: add a signed quantity to one (site, item, lot) row.

A decrement is conditional (``WHERE qty + :d >= 0``) so that two writers racing for the
last unit leave exactly one winner, on SQLite and PostgreSQL alike (DESIGN.md §8b).
"""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from .models import Balance


def lot_key(lot_id: str | None) -> str:
    return lot_id or ""


def apply_delta(session: Session, site_id: str, item_id: str, lot_id: str | None, delta: int) -> bool:
    """Add ``delta`` to the balance. Returns False (and changes nothing) if it would go
    below zero."""
    key = lot_key(lot_id)
    if delta < 0:
        result = session.execute(
            update(Balance)
            .where(
                Balance.site_id == site_id,
                Balance.item_id == item_id,
                Balance.lot_key == key,
                Balance.qty + delta >= 0,
            )
            .values(qty=Balance.qty + delta)
            .execution_options(synchronize_session=False)
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

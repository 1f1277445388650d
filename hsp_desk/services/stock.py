"""Read side of the ledger: stock on hand per site and item, from the balance table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.models import Balance, Item, Lot, ReorderLevel, Site
from .lookup import site_by_code


@dataclass(frozen=True)
class StockRow:
    site_code: str
    site_name: str
    item_code: str
    item_name: str
    category: str
    unit: str
    qty: int
    reorder_level: int | None
    nearest_expiry: date | None

    @property
    def low(self) -> bool:
        return self.reorder_level is not None and self.qty <= self.reorder_level


def stock_on_hand(
    session: Session, site_code: str | None = None, *, include_zero: bool = False
) -> list[StockRow]:
    """Stock on hand per (site, item), with reorder level and the nearest lot expiry."""
    expiry = func.min(Lot.expiry)
    q = (
        select(
            Site.code, Site.name, Item.code, Item.name, Item.category, Item.unit,
            func.sum(Balance.qty), ReorderLevel.level, expiry,
        )
        .join(Site, Site.id == Balance.site_id)
        .join(Item, Item.id == Balance.item_id)
        .outerjoin(Lot, (Lot.id == Balance.lot_key) & (Balance.qty > 0))
        .outerjoin(
            ReorderLevel,
            (ReorderLevel.site_id == Balance.site_id) & (ReorderLevel.item_id == Balance.item_id),
        )
        .group_by(Site.code, Site.name, Item.code, Item.name, Item.category, Item.unit,
                  ReorderLevel.level)
        .order_by(Site.code, Item.code)
    )
    if site_code:
        q = q.where(Balance.site_id == site_by_code(session, site_code).id)
    rows = [StockRow(*r) for r in session.execute(q)]
    return rows if include_zero else [r for r in rows if r.qty != 0]

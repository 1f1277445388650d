"""Read side of the ledger: stock on hand per site and item, from the balance table."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from ..domain.forecast import is_low
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
        return is_low(self.qty, self.reorder_level)


def stock_on_hand(
    session: Session, site_code: str | None = None, *, include_zero: bool = False
) -> list[StockRow]:
    """Stock on hand per (site, item), with reorder level and the nearest lot expiry."""
    # Sum the balance rows per (site, item) first, by id, and only then join the names:
    # grouping ~20,000 rows by six text columns was most of the time (benchmarks/).
    b = (
        select(
            Balance.site_id, Balance.item_id, func.sum(Balance.qty).label("qty"),
            func.min(case((Balance.qty > 0, Lot.expiry))).label("expiry"),
        )
        .outerjoin(Lot, Lot.id == Balance.lot_key)
        .group_by(Balance.site_id, Balance.item_id)
    )
    if site_code:
        b = b.where(Balance.site_id == site_by_code(session, site_code).id)
    sub = b.subquery()
    q = (
        select(
            Site.code, Site.name, Item.code, Item.name, Item.category, Item.unit,
            sub.c.qty, ReorderLevel.level, sub.c.expiry,
        )
        .join(Site, Site.id == sub.c.site_id)
        .join(Item, Item.id == sub.c.item_id)
        .outerjoin(
            ReorderLevel,
            (ReorderLevel.site_id == sub.c.site_id) & (ReorderLevel.item_id == sub.c.item_id)
            & ReorderLevel.retired_at.is_(None),
        )
        .order_by(Site.code, Item.code)
    )
    rows = [StockRow(*r) for r in session.execute(q)]
    return rows if include_zero else [r for r in rows if r.qty != 0]

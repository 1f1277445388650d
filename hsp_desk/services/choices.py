"""What the forms offer to pick: items, donors, sites, lots on hand, adjustment reasons.

Plain frozen rows (no ORM objects), so the GUI can keep them after the Session closed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import AdjustmentReason
from ..store.models import Balance, Donor, Item, Lot, Site
from .lookup import item_by_code, site_by_code
from .transfers import in_transit


@dataclass(frozen=True)
class ItemChoice:
    code: str
    name: str
    category: str
    unit: str
    expiry_tracked: bool
    is_kit: bool
    barcode: str | None = None


@dataclass(frozen=True)
class SiteChoice:
    code: str
    name: str
    site_type: str


@dataclass(frozen=True)
class DonorChoice:
    code: str
    name: str


@dataclass(frozen=True)
class LotChoice:
    lot_no: str
    expiry: date | None
    on_hand: int


def items(session: Session, *, kits_only: bool = False) -> list[ItemChoice]:
    q = select(Item).where(Item.active.is_(True)).order_by(Item.name)
    if kits_only:
        q = q.where(Item.is_kit.is_(True))
    return [
        ItemChoice(i.code, i.name, i.category, i.unit, i.expiry_tracked, i.is_kit, i.barcode)
        for i in session.scalars(q)
    ]


def sites(session: Session) -> list[SiteChoice]:
    q = select(Site).where(Site.active.is_(True)).order_by(Site.code)
    return [SiteChoice(s.code, s.name, s.site_type) for s in session.scalars(q)]


def donors(session: Session) -> list[DonorChoice]:
    return [DonorChoice(d.code, d.name) for d in session.scalars(select(Donor).order_by(Donor.name))]


def lots_on_hand(session: Session, site_code: str, item_code: str) -> list[LotChoice]:
    """The lots of an item with stock at a site, soonest expiry first."""
    site = site_by_code(session, site_code)
    item = item_by_code(session, item_code)
    q = (
        select(Lot.lot_no, Lot.expiry, Balance.qty)
        .join(Lot, Lot.id == Balance.lot_key)
        .where(Balance.site_id == site.id, Balance.item_id == item.id, Balance.qty > 0)
    )
    rows = [LotChoice(n, e, q_) for n, e, q_ in session.execute(q)]
    return sorted(rows, key=lambda r: (r.expiry is None, r.expiry or date.max, r.lot_no))


def adjustment_reasons() -> list[str]:
    return [r.value for r in AdjustmentReason]


@dataclass(frozen=True)
class WaybillChoice:
    number: str
    from_code: str
    to_code: str
    dispatched_at: datetime
    note: str | None


def waybills_in_transit(session: Session, site_code: str | None = None) -> list[WaybillChoice]:
    """Waybills dispatched and not yet received, to or from a site (or all)."""
    codes = {sid: code for sid, code in session.execute(select(Site.id, Site.code))}
    return [
        WaybillChoice(d.number, codes[d.site_id], codes.get(d.to_site_id or "", ""), d.occurred_at, d.note)
        for d in in_transit(session, site_code)
    ]


@dataclass(frozen=True)
class ComponentChoice:
    code: str
    name: str
    unit: str
    per_kit: int
    on_hand: int


def kit_components(session: Session, site_code: str, kit_code: str) -> list[ComponentChoice]:
    """A kit's components, how many each kit takes, and how many the site has."""
    site = site_by_code(session, site_code)
    kit = item_by_code(session, kit_code)
    out = []
    for comp in kit.components:
        item = comp.component
        have = session.scalar(
            select(func.coalesce(func.sum(Balance.qty), 0)).where(
                Balance.site_id == site.id, Balance.item_id == item.id)
        )
        out.append(ComponentChoice(item.code, item.name, item.unit, comp.qty, int(have or 0)))
    return out

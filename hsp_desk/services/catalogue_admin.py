"""The catalogue, reorder levels and entitlement rules as the Admin page shows them, and
adding an item as a use case with its permission (``catalogue.add_item`` is the plain
building block that the demo data and the Excel import share)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import ItemCategory
from ..domain.roles import Permission
from ..store.models import Balance, Item, KitComponent, ReorderLevel
from ..store.models.tokens import EntitlementRule
from . import catalogue
from .catalogue import ItemSpec
from .context import Actor
from .lookup import site_by_code
from .permissions import require
from .transaction import committing


@dataclass(frozen=True)
class CatalogueRow:
    code: str
    name: str
    category: str
    unit: str
    barcode: str | None
    expiry_tracked: bool
    serial_tracked: bool
    active: bool
    #: "HYG-SOAP ×2, HYG-TBRUSH ×1" for a kit, "" otherwise.
    components: str


@dataclass(frozen=True)
class ReorderRow:
    item_code: str
    item_name: str
    unit: str
    on_hand: int
    level: int | None


@dataclass(frozen=True)
class RuleRow:
    #: What :func:`hsp_desk.services.distribution.set_rule` takes: an item code or
    #: ``category:NAME``.
    target: str
    label: str
    max_qty: int
    period_days: int
    per_member: bool
    requires_flag: str | None


def categories() -> list[str]:
    return [c.value for c in ItemCategory]


def catalogue_rows(session: Session) -> list[CatalogueRow]:
    """Every item, active first, by code, with its kit components in words."""
    parts: dict[str, list[str]] = {}
    q = (select(KitComponent.kit_id, Item.code, KitComponent.qty)
         .join(Item, Item.id == KitComponent.component_id).order_by(Item.code))
    for kit_id, code, qty in session.execute(q):
        parts.setdefault(kit_id, []).append(f"{code} ×{qty}")
    return [
        CatalogueRow(i.code, i.name, i.category, i.unit, i.barcode, i.expiry_tracked, i.serial_tracked,
                     i.active, ", ".join(parts.get(i.id, [])))
        for i in session.scalars(select(Item).order_by(Item.active.desc(), Item.code))
    ]


@committing
def create_item(session: Session, actor: Actor, spec: ItemSpec) -> str:
    """Add one item (or kit) to the catalogue. Returns its code."""
    require(actor, Permission.CATALOGUE)
    return catalogue.add_item(session, spec).code


def reorder_rows(session: Session, site_code: str) -> list[ReorderRow]:
    """Every active item with its stock and reorder level at the site."""
    site = site_by_code(session, site_code)
    on_hand = dict(session.execute(
        select(Balance.item_id, func.sum(Balance.qty)).where(Balance.site_id == site.id)
        .group_by(Balance.item_id)).all())
    levels = dict(session.execute(
        select(ReorderLevel.item_id, ReorderLevel.level).where(
            ReorderLevel.site_id == site.id, ReorderLevel.retired_at.is_(None))).all())
    return [
        ReorderRow(i.code, i.name, i.unit, int(on_hand.get(i.id) or 0), levels.get(i.id))
        for i in session.scalars(select(Item).where(Item.active.is_(True)).order_by(Item.code))
    ]


def rule_rows(session: Session) -> list[RuleRow]:
    """The entitlement rules, items first, then categories."""
    r = EntitlementRule
    q = select(r.category, r.max_qty, r.period_days, r.per_member, r.requires_flag, Item.code,
               Item.name).outerjoin(Item, Item.id == r.item_id).where(r.retired_at.is_(None))
    rows = [
        RuleRow(code if code else f"category:{category}", f"{name} ({code})" if code else
                f"any {category} item", max_qty, days, bool(per_member), flag)
        for category, max_qty, days, per_member, flag, code, name in session.execute(q)
    ]
    return sorted(rows, key=lambda x: (x.target.startswith("category:"), x.target))

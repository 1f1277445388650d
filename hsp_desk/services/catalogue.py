"""Creating National Societies, sites, items, kits, donors and reorder levels."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ItemCategory, Modality, SiteType
from ..domain.errors import InvalidInput
from ..store.models import Donor, Item, KitComponent, NationalSociety, ReorderLevel, Site
from .lookup import item_by_code


@dataclass(frozen=True)
class ItemSpec:
    code: str
    name: str
    category: str
    unit: str = "piece"
    barcode: str | None = None
    expiry_tracked: bool = False
    serial_tracked: bool = False
    components: Mapping[str, int] | None = None

    def check(self) -> None:
        if not self.code.strip() or not self.name.strip():
            raise InvalidInput("An item needs a code and a name.", "Fill in both.")
        try:
            ItemCategory(self.category)
        except ValueError:
            allowed = ", ".join(c.value for c in ItemCategory)
            raise InvalidInput(
                "'{category}' is not an item category.", "Use one of: {allowed}.",
                category=self.category, allowed=allowed,
            ) from None
        for code, qty in (self.components or {}).items():
            if qty <= 0:
                raise InvalidInput(
                    "Kit {kit}: component {code} needs a quantity above 0.",
                    "Correct the kit's components.",
                    kit=self.code, code=code,
                )


def add_national_society(session: Session, code: str, name: str, country: str) -> NationalSociety:
    ns = NationalSociety(code=code, name=name, country=country)
    session.add(ns)
    session.flush()
    return ns


def add_site(
    session: Session,
    ns: NationalSociety,
    code: str,
    name: str,
    site_type: str,
    *,
    modality: str = Modality.FIXED.value,
    city: str | None = None,
    parent: Site | None = None,
) -> Site:
    SiteType(site_type)
    Modality(modality)
    if session.scalar(select(Site.id).where(Site.code == code)):
        raise InvalidInput("A site with the code {code} exists already.", "Choose another code.", code=code)
    site = Site(
        code=code, name=name, national_society_id=ns.id, site_type=site_type, modality=modality,
        city=city, parent_id=parent.id if parent else None,
    )
    session.add(site)
    session.flush()
    return site


def add_item(session: Session, spec: ItemSpec) -> Item:
    spec.check()
    if session.scalar(select(Item.id).where(Item.code == spec.code)):
        raise InvalidInput("An item with the code {code} exists already.", "Choose another code.",
                           code=spec.code)
    item = Item(
        code=spec.code, name=spec.name, category=spec.category, unit=spec.unit,
        barcode=spec.barcode or None, expiry_tracked=spec.expiry_tracked,
        serial_tracked=spec.serial_tracked, is_kit=bool(spec.components),
    )
    session.add(item)
    session.flush()
    for code, qty in (spec.components or {}).items():
        component = item_by_code(session, code)
        if component.id == item.id:
            raise InvalidInput("Kit {kit} cannot contain itself.", "Correct its components.", kit=spec.code)
        session.add(KitComponent(kit_id=item.id, component_id=component.id, qty=qty))
    session.flush()
    return item


def add_donor(session: Session, code: str, name: str, grant_ref: str | None = None) -> Donor:
    donor = Donor(code=code, name=name, grant_ref=grant_ref)
    session.add(donor)
    session.flush()
    return donor


def set_reorder_level(session: Session, site: Site, item: Item, level: int) -> ReorderLevel:
    """Write the level (a retired one applies again); the use case with its permission and
    checks is services.forecast.set_reorder_level."""
    if level < 0:
        raise InvalidInput("A reorder level cannot be below 0.", "Enter 0 or more.")
    row = session.get(ReorderLevel, (site.id, item.id))
    if row is None:
        row = ReorderLevel(site_id=site.id, item_id=item.id, level=level)
        session.add(row)
    else:
        row.level, row.retired_at = level, None
    session.flush()
    return row

"""Who and what: National Societies, sites, items, kits, donors, lots, reorder levels.

Primary keys are uuid strings so that rows created on different laptops merge
(DESIGN.md §7); each table also has the short code people type.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.ledger import new_id, utcnow
from ..base import Base


class NationalSociety(Base):
    __tablename__ = "national_societies"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(100))


class Site(Base):
    """A branch, HSP, mobile team, reception centre or warehouse. Branches are sites too:
    ``parent_id`` points an HSP at its branch."""

    __tablename__ = "sites"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    national_society_id: Mapped[str] = mapped_column(ForeignKey("national_societies.id"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"), default=None)
    site_type: Mapped[str] = mapped_column(String(32))
    modality: Mapped[str] = mapped_column(String(16), default="fixed")
    city: Mapped[str | None] = mapped_column(String(200), default=None)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    national_society: Mapped[NationalSociety] = relationship()


class Item(Base):
    __tablename__ = "items"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16), default="piece")
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True, default=None)
    expiry_tracked: Mapped[bool] = mapped_column(Boolean, default=False)
    serial_tracked: Mapped[bool] = mapped_column(Boolean, default=False)
    is_kit: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    components: Mapped[list[KitComponent]] = relationship(
        foreign_keys="KitComponent.kit_id", cascade="all, delete-orphan"
    )


class KitComponent(Base):
    """One line of a kit's bill of materials: ``qty`` of ``component`` per kit."""

    __tablename__ = "kit_components"

    kit_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)
    component_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)
    qty: Mapped[int] = mapped_column(Integer)

    component: Mapped[Item] = relationship(foreign_keys=[component_id])


class Donor(Base):
    """A donor or grant whose goods are traced through the ledger (donor report)."""

    __tablename__ = "donors"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    grant_ref: Mapped[str | None] = mapped_column(String(100), default=None)


class Lot(Base):
    """A batch of one item, with its expiry date. Lots are shared across sites."""

    __tablename__ = "lots"
    __table_args__ = (UniqueConstraint("item_id", "lot_no", name="uq_lots_item_lot_no"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), index=True)
    lot_no: Mapped[str] = mapped_column(String(64))
    expiry: Mapped[date | None] = mapped_column(Date, default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ReorderLevel(Base):
    __tablename__ = "reorder_levels"

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)
    level: Mapped[int] = mapped_column(Integer)
    #: When the level was removed; None while it applies (kept, not deleted, so that the
    #: removal travels in sync bundles; see EntitlementRule.retired_at).
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

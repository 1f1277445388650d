"""The stock ledger: immutable movements, their documents, and the balance cache.

A movement row is written once and never updated or deleted; a wrong one is voided by
a reversing movement (``reverses``). ``balances`` is a cache of the ledger's sums per
(site, item, lot), kept in the same transaction; ``hsp-desk verify`` recomputes it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.ledger import new_id, utcnow
from ..base import Base


class Document(Base):
    """The paper a movement belongs to: GRN, waybill, adjustment note, count, kit order."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(16))
    number: Mapped[str] = mapped_column(String(48), unique=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    #: Waybills: the receiving site.
    to_site_id: Mapped[str | None] = mapped_column(ForeignKey("sites.id"), default=None)
    donor_id: Mapped[str | None] = mapped_column(ForeignKey("donors.id"), default=None)
    status: Mapped[str] = mapped_column(String(16))
    supplier: Mapped[str | None] = mapped_column(String(200), default=None)
    occurred_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    closed_by: Mapped[str | None] = mapped_column(String(64), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)


class Movement(Base):
    __tablename__ = "movements"
    __table_args__ = (
        CheckConstraint("qty <> 0", name="qty_not_zero"),
        Index("ix_movements_site_item_time", "site_id", "item_id", "occurred_at"),
        Index("ix_movements_time", "occurred_at"),
        # The stock card over all sites pages through one item in time order.
        Index("ix_movements_item_time", "item_id", "occurred_at", "id"),
        # Only movements of a document: hand-outs have none (migration 0012).
        Index("ix_movements_document_id", "document_id",
              sqlite_where=text("document_id IS NOT NULL"),
              postgresql_where=text("document_id IS NOT NULL")),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    kind: Mapped[str] = mapped_column(String(24))
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    # No index of its own: ix_movements_item_time starts with it (migration 0011).
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"))
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("lots.id"), default=None)
    qty: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), default=None)
    donor_id: Mapped[str | None] = mapped_column(ForeignKey("donors.id"), default=None)
    reason: Mapped[str | None] = mapped_column(String(200), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    #: The movement this one voids. Unique: a movement is reversed at most once.
    reverses: Mapped[str | None] = mapped_column(
        ForeignKey("movements.id"), unique=True, default=None
    )


class Balance(Base):
    """Stock on hand per (site, item, lot). ``lot_key`` is '' for stock without a lot,
    because NULL would not be unique in a primary key."""

    __tablename__ = "balances"
    __table_args__ = (CheckConstraint("qty >= 0", name="qty_not_negative"),)

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)
    lot_key: Mapped[str] = mapped_column(String(36), primary_key=True, default="")
    qty: Mapped[int] = mapped_column(Integer, default=0)

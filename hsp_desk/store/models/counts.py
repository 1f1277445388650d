"""Stock counts, shift handovers and mobile HSP cycles (DESIGN.md §5).

A count session is paired with a COUNT document (its number, and the document of the
count_correction movements it writes on approval). Its lines freeze the expected
quantity per (item, lot) when the count starts; see ``domain.counts`` for the variance
rule.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.ledger import new_id, utcnow
from ..base import Base


class CountSession(Base):
    __tablename__ = "count_sessions"
    __audited__ = True  # chained in the audit trail (store/audit.py)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), unique=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    blind: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(16))
    #: Why the count was made: "count", "handover", "mobile return".
    purpose: Mapped[str] = mapped_column(String(16), default="count")
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_by: Mapped[str] = mapped_column(String(64))
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    submitted_by: Mapped[str | None] = mapped_column(String(64), default=None)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    approved_by: Mapped[str | None] = mapped_column(String(64), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)

    lines: Mapped[list[CountLine]] = relationship(
        back_populates="count", cascade="all, delete-orphan", order_by="CountLine.position"
    )


class CountLine(Base):
    """One (item, lot) of a count. ``lot_key`` is '' for stock held without a lot."""

    __tablename__ = "count_lines"
    __audited__ = True  # chained in the audit trail (store/audit.py)
    __table_args__ = (UniqueConstraint("count_id", "item_id", "lot_key", name="uq_count_lines_key"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    count_id: Mapped[str] = mapped_column(ForeignKey("count_sessions.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"))
    lot_id: Mapped[str | None] = mapped_column(ForeignKey("lots.id"), default=None)
    lot_key: Mapped[str] = mapped_column(String(36), default="")
    #: What the books held when the count started (the line added later: at its start).
    expected_frozen: Mapped[int] = mapped_column(Integer)
    #: True for a line the counter added (stock found that was not on the sheet).
    added: Mapped[bool] = mapped_column(Boolean, default=False)
    counted_qty: Mapped[int | None] = mapped_column(Integer, default=None)
    counted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    counted_by: Mapped[str | None] = mapped_column(String(64), default=None)
    reason: Mapped[str | None] = mapped_column(String(32), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    #: The correction written on approval (0 when the count matched); None before.
    correction: Mapped[int | None] = mapped_column(Integer, default=None)

    count: Mapped[CountSession] = relationship(back_populates="lines")


class HandoverItem(Base):
    """An item the site counts at every shift handover."""

    __tablename__ = "handover_items"
    __audited__ = True  # chained in the audit trail (store/audit.py)

    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"), primary_key=True)


class Handover(Base):
    """A shift handover: who hands over to whom, the shift's period, its count and the
    open issues. The shift's movements are read from the ledger, not copied."""

    __tablename__ = "handovers"
    __audited__ = True  # chained in the audit trail (store/audit.py)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(48), unique=True)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    outgoing: Mapped[str] = mapped_column(String(120))
    incoming: Mapped[str | None] = mapped_column(String(120), default=None)
    shift_start: Mapped[datetime] = mapped_column(DateTime)
    shift_end: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    count_id: Mapped[str | None] = mapped_column(ForeignKey("count_sessions.id"), default=None)
    open_issues: Mapped[str | None] = mapped_column(Text, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    closed_by: Mapped[str | None] = mapped_column(String(64), default=None)


class MobileCycle(Base):
    """One trip of a mobile HSP: loaded from a warehouse (a waybill), distributions on
    the road, counted on return and (usually) transferred back."""

    __tablename__ = "mobile_cycles"
    __audited__ = True  # chained in the audit trail (store/audit.py)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    number: Mapped[str] = mapped_column(String(48), unique=True)
    mobile_site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"), index=True)
    warehouse_site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    load_document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"))
    return_count_id: Mapped[str | None] = mapped_column(ForeignKey("count_sessions.id"), default=None)
    return_document_id: Mapped[str | None] = mapped_column(ForeignKey("documents.id"), default=None)
    departed_at: Mapped[datetime] = mapped_column(DateTime)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    status: Mapped[str] = mapped_column(String(16), default="on_road")
    created_by: Mapped[str] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text, default=None)

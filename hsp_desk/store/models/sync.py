"""Offline sync between laptops of a branch: the branch key, this laptop's export
watermark, the bundles imported, bundles held back, and row versions for
last-writer-wins merges (DESIGN.md §7, ``services.sync_bundles``).

These are bookkeeping tables of the sync itself, not audited data: the rows a bundle brings
are written to the ordinary tables and chained in the audit trail there.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.ledger import utcnow
from ..base import Base


class SyncKey(Base):
    """The branch key that seals bundles (AES-256-GCM). Shared between the laptops of a
    branch as a passphrase-protected file; the newest active key seals new bundles."""

    __tablename__ = "sync_keys"

    key_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    #: The branch or deployment the key belongs to, as people name it (e.g. MNE-PODGORICA).
    branch: Mapped[str] = mapped_column(String(64))
    secret: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SyncExport(Base):
    """Each bundle this database wrote, per device: its number and the audit-trail
    position it reached (the "since last bundle" watermark of the next export)."""

    __tablename__ = "sync_exports"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    audit_from: Mapped[int] = mapped_column(Integer)
    audit_to: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    movements: Mapped[int] = mapped_column(Integer, default=0)
    content_hash: Mapped[str] = mapped_column(String(64))


class SyncImport(Base):
    """A bundle imported here. ``content_hash`` (sha256 of the file) detects a second
    import of the same file; (device, seq) shows which bundles of a laptop are missing."""

    __tablename__ = "sync_imports"
    __table_args__ = (Index("ix_sync_imports_device_seq", "source_device", "seq"),)

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_device: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    #: The first bundle number whose changes this one holds: ``seq`` for a bundle since the
    #: last one, 1 for a bundle of everything (it stands in for lost earlier bundles).
    covers_from: Mapped[int] = mapped_column(Integer)
    branch: Mapped[str] = mapped_column(String(64))
    bundle_created_at: Mapped[datetime] = mapped_column(DateTime)
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(64))
    #: Movements that were new here (the others were already present).
    movements_new: Mapped[int] = mapped_column(Integer, default=0)
    rows_new: Mapped[int] = mapped_column(Integer, default=0)


class SyncHeld(Base):
    """A genuine bundle that could not be imported yet because an earlier bundle of the
    same laptop is missing and its stock is needed. Kept sealed; retried after every
    import."""

    __tablename__ = "sync_held"

    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    source_device: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    held_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reason: Mapped[str] = mapped_column(Text)


class SyncRowVersion(Base):
    """When a mutable row (a card's status, an item's name...) was last changed at its
    source, for rows written by an import: last writer wins on the next merge."""

    __tablename__ = "sync_row_versions"

    table_name: Mapped[str] = mapped_column(String(64), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    source_device: Mapped[str] = mapped_column(String(64))

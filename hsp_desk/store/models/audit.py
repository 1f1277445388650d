"""The hash-chained audit trail: one row per row written to an audited table.

Rows are appended by ``hsp_desk.store.audit`` from a flush event, never by hand, and
the database refuses UPDATE and DELETE of them (migration 0004). Each row's ``hash``
covers its content and the previous row's hash, so an edit or deletion behind the
application's back breaks the chain and ``hsp-desk verify`` says where.

``verify_checkpoints`` remembers how far a clean ``hsp-desk verify`` got, so that the
routine check re-reads only what was written since (``verify --full`` re-reads it all).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_table_row", "table_name", "row_key"),)

    #: 1, 2, 3... without gaps: assigned under the chain lock, not by the database.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(DateTime)
    user: Mapped[str] = mapped_column(String(64))
    device: Mapped[str] = mapped_column(String(64))
    #: insert, update or delete.
    action: Mapped[str] = mapped_column(String(8))
    table_name: Mapped[str] = mapped_column(String(64))
    #: The row's primary key; a sha256 of it for tables holding personal data (tokens),
    #: so that a purged token leaves no id behind in the audit trail.
    row_key: Mapped[str] = mapped_column(String(200))
    #: sha256 of the row's canonical content after the write; None for a delete.
    row_digest: Mapped[str | None] = mapped_column(String(64), default=None)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class VerifyCheckpoint(Base):
    """Where a clean ``hsp-desk verify`` left the audit trail: its head then, and the row
    count of every audited table, so that the next check walks only the entries after
    ``seq`` and still notices rows added or removed behind the application's back."""

    __tablename__ = "verify_checkpoints"
    __audited__ = True  # a checkpoint edited to skip entries breaks its own audit entry

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: The last audit entry the check covered, and that entry's hash.
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))
    #: True when every row was re-read (``verify --full`` or the first check).
    full: Mapped[bool] = mapped_column(Boolean)
    #: JSON {table name: rows} of the audited tables at ``seq``.
    counts: Mapped[str] = mapped_column(Text)
    verified_at: Mapped[datetime] = mapped_column(DateTime)
    device: Mapped[str] = mapped_column(String(64))

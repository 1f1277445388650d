"""Anonymous card tokens, their signing keys, entitlement rules and distributions.

A token holds no name, document number, photo or phone number (DESIGN.md §3): only its
status, when and where it was issued, and optional coarse facts (household size, age band,
sex, flags from a fixed set). Tokens of one household share ``household_id``: a
replacement card inherits the history of the card it replaces.

A distribution is a small header (who, where, when, for which token or head count, any
override) whose lines point at the ledger movements that took the stock out. It is not a
``documents`` row: numbering documents counts rows, too slow at a million distributions.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.ledger import new_id, new_random_id, utcnow
from ..base import Base


class TokenKey(Base):
    """A secret that signs cards. ``key_id`` is the issuer written in the QR payload.

    The newest active key signs new cards; every active key still verifies the cards it
    signed, so keys rotate without reprinting. An inactive key is withdrawn (e.g. leaked):
    its cards are refused.
    """

    __tablename__ = "token_keys"

    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    secret: Mapped[bytes] = mapped_column(LargeBinary(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Token(Base):
    __tablename__ = "tokens"
    __table_args__ = (
        CheckConstraint("status IN ('issued', 'active', 'revoked')", name="status_known"),
    )

    #: The 16 Crockford characters of the card (80 random bits).
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    key_id: Mapped[str] = mapped_column(ForeignKey("token_keys.key_id"))
    household_id: Mapped[str] = mapped_column(String(36), index=True, default=new_random_id)
    status: Mapped[str] = mapped_column(String(8), default="issued")
    issued_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    household_size: Mapped[int | None] = mapped_column(Integer, default=None)
    age_band: Mapped[str | None] = mapped_column(String(8), default=None)
    sex: Mapped[str | None] = mapped_column(String(1), default=None)
    #: Comma-separated names from ``domain.entitlements.FLAGS``.
    flags: Mapped[str | None] = mapped_column(String(200), default=None)
    #: The card this one replaced (lost or damaged).
    replaces: Mapped[str | None] = mapped_column(
        ForeignKey("tokens.id"), unique=True, default=None
    )
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class EntitlementRule(Base):
    """At most ``max_qty`` of an item (or of every item of a category) per ``period_days``."""

    __tablename__ = "entitlement_rules"
    __table_args__ = (
        CheckConstraint("(item_id IS NULL) <> (category IS NULL)", name="item_or_category"),
        CheckConstraint("max_qty > 0 AND period_days > 0", name="positive"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("items.id"), unique=True, default=None)
    category: Mapped[str | None] = mapped_column(String(16), unique=True, default=None)
    max_qty: Mapped[int] = mapped_column(Integer)
    period_days: Mapped[int] = mapped_column(Integer)
    per_member: Mapped[bool] = mapped_column(Boolean, default=False)
    requires_flag: Mapped[str | None] = mapped_column(String(32), default=None)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    #: When the rule was removed; None while it applies. Set instead of deleting the row,
    #: so that the removal travels to the other laptops in sync bundles like any change.
    retired_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Distribution(Base):
    """One hand-over at a site: to a card's household, or anonymous with a head count.

    An undo is a distribution of its own whose ``reverses`` names the one it voids and
    whose lines are the reversing movements (negative quantities: stock came back).
    """

    __tablename__ = "distributions"
    __table_args__ = (
        CheckConstraint("head_count IS NULL OR head_count > 0", name="head_count_positive"),
        # The entitlement check: what did this household receive since a day?
        Index("ix_distributions_household_time", "household_id", "occurred_at"),
        Index("ix_distributions_site_time", "site_id", "occurred_at"),
        # Undo of this laptop's last distribution.
        Index("ix_distributions_device_time", "device_id", "recorded_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    site_id: Mapped[str] = mapped_column(ForeignKey("sites.id"))
    #: Set to NULL when a token is purged; the figures stay, counted but unlinked.
    token_id: Mapped[str | None] = mapped_column(
        ForeignKey("tokens.id", ondelete="SET NULL"), default=None, index=True
    )
    household_id: Mapped[str | None] = mapped_column(String(36), default=None)
    head_count: Mapped[int | None] = mapped_column(Integer, default=None)
    occurred_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))
    device_id: Mapped[str] = mapped_column(String(64))
    #: Why a coordinator gave more than the rules allow: about the decision, never the person.
    override_reason: Mapped[str | None] = mapped_column(String(200), default=None)
    override_by: Mapped[str | None] = mapped_column(String(64), default=None)
    reverses: Mapped[str | None] = mapped_column(
        ForeignKey("distributions.id"), unique=True, default=None
    )


class DistributionLine(Base):
    """One ledger movement of a distribution. ``qty`` is what the person received (positive)
    or, on an undo, gave back (negative): the opposite sign of the movement."""

    __tablename__ = "distribution_lines"

    movement_id: Mapped[str] = mapped_column(ForeignKey("movements.id"), primary_key=True)
    distribution_id: Mapped[str] = mapped_column(ForeignKey("distributions.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("items.id"))
    qty: Mapped[int] = mapped_column(Integer)

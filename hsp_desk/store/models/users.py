"""People who may sign in: user name, role, argon2id password hash, lockout state.

The password itself is never stored, only its argon2id hash (DESIGN.md §8).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.ledger import new_id, utcnow
from ..base import Base


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: Lower case, so that "Amina" and "amina" are the same person at the login prompt.
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    #: A hsp_desk.domain.roles.Role value.
    role: Mapped[str] = mapped_column(String(24))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64))
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    #: Wrong passwords in a row; reset by a good one.
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: Set after too many wrong passwords; sign-in is refused until then.
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

"""Listing sites for pickers and reports."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import Site


def list_sites(session: Session, *, active_only: bool = True) -> list[Site]:
    q = select(Site).order_by(Site.code)
    if active_only:
        q = q.where(Site.active.is_(True))
    return list(session.scalars(q))

"""Listing sites for pickers and reports."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import NotFound
from ..domain.roles import Permission
from ..store.models import NationalSociety, Site
from .context import Actor
from .lookup import site_by_code
from .permissions import require


def list_sites(session: Session, *, active_only: bool = True) -> list[Site]:
    q = select(Site).order_by(Site.code)
    if active_only:
        q = q.where(Site.active.is_(True))
    return list(session.scalars(q))


def consolidated_site_codes(
    session: Session, actor: Actor, *, branch: str | None = None,
    national_society: str | None = None,
) -> list[str]:
    """The site codes of a branch (the site and every site below it, through
    ``Site.parent_id``) or of a National Society, for reports across them (branch manager)."""
    require(actor, Permission.REPORTS_ALL_SITES)
    sites = list(session.scalars(select(Site)))
    chosen: set[str] = set()
    if branch:
        root = site_by_code(session, branch)
        children: dict[str | None, list[Site]] = {}
        for s in sites:
            children.setdefault(s.parent_id, []).append(s)
        todo = [root]
        while todo:
            s = todo.pop()
            if s.code not in chosen:
                chosen.add(s.code)
                todo += children.get(s.id, [])
    if national_society:
        ns = session.scalar(select(NationalSociety).where(
            func.upper(NationalSociety.code) == national_society.strip().upper()))
        if ns is None:
            raise NotFound("There is no National Society with the code '{code}'.",
                           "'hsp-desk sites' lists the sites; their codes start with it.",
                           code=national_society)
        chosen |= {s.code for s in sites if s.national_society_id == ns.id}
    return sorted(chosen)

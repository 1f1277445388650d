"""Document headers (GRN, waybill, adjustment note, kit order) and their numbers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import DocumentKind, DocumentStatus
from ..domain.errors import NotFound
from ..domain.ledger import utcnow
from ..store.models import Document, Site
from .context import Actor

PREFIX = {
    DocumentKind.GRN: "GRN",
    DocumentKind.WAYBILL: "WB",
    DocumentKind.ADJUSTMENT: "ADJ",
    DocumentKind.KIT: "KIT",
    DocumentKind.COUNT: "CNT",
    DocumentKind.DISTRIBUTION: "DIS",
}


def next_number(session: Session, kind: DocumentKind, site: Site, year: int) -> str:
    """``GRN-MNE-ROZAJE-2026-0007``: readable on paper, sequential per site and year."""
    stem = f"{PREFIX[kind]}-{site.code}-{year}-"
    count = session.scalar(
        select(func.count()).select_from(Document).where(Document.number.like(stem + "%"))
    )
    return f"{stem}{(count or 0) + 1:04d}"


def new_document(
    session: Session,
    actor: Actor,
    kind: DocumentKind,
    site: Site,
    *,
    status: DocumentStatus = DocumentStatus.CLOSED,
    occurred_at: datetime | None = None,
    **fields: object,
) -> Document:
    when = occurred_at or utcnow()
    doc = Document(
        kind=kind.value,
        number=next_number(session, kind, site, when.year),
        site_id=site.id,
        status=status.value,
        occurred_at=when,
        created_by=actor.user,
        **fields,
    )
    session.add(doc)
    session.flush()
    return doc


def document_by_number(session: Session, number: str, kind: DocumentKind | None = None) -> Document:
    q = select(Document).where(func.upper(Document.number) == number.strip().upper())
    if kind is not None:
        q = q.where(Document.kind == kind.value)
    doc = session.scalar(q)
    if doc is None:
        raise NotFound("There is no {kind} numbered '{number}'." if kind
                       else "There is no document numbered '{number}'.",
                       "Check the number on the paper.",
                       kind=PREFIX[kind] if kind else "", number=number)
    return doc

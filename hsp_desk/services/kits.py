"""Kits: assembling consumes the components, disassembling gives them back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from ..domain.enums import DocumentKind, MovementKind
from ..domain.errors import InvalidInput
from ..domain.ledger import MovementDraft
from ..domain.roles import Permission
from ..store.models import Movement
from . import ledger
from .context import Actor
from .documents import new_document
from .lookup import item_by_code, site_by_code
from .permissions import require
from .transaction import committing


def _kit(session: Session, kit_code: str, count: int):  # type: ignore[no-untyped-def]
    kit = item_by_code(session, kit_code)
    if not kit.is_kit or not kit.components:
        raise InvalidInput(
            "{kit} is not a kit with components.",
            "Define its components in the catalogue first.",
            kit=kit.name,
        )
    if count <= 0:
        raise InvalidInput("The number of kits must be above 0.", "Enter how many kits.")
    return kit


@committing
def assemble(
    session: Session, actor: Actor, site_code: str, kit_code: str, count: int,
    *, occurred_at: datetime | None = None,
) -> list[Movement]:
    """Build ``count`` kits from components on hand (FEFO)."""
    require(actor, Permission.ADJUST)
    site = site_by_code(session, site_code)
    kit = _kit(session, kit_code, count)
    doc = new_document(session, actor, DocumentKind.KIT, site, occurred_at=occurred_at,
                       note=f"assemble {count} x {kit.code}")
    drafts: list[MovementDraft] = []
    for comp in kit.components:
        drafts += ledger.issue_drafts(
            session, MovementKind.KIT_ASSEMBLY, site.id, comp.component_id, comp.qty * count,
            document_id=doc.id, occurred_at=doc.occurred_at,
        )
    drafts.append(MovementDraft(MovementKind.KIT_ASSEMBLY, site.id, kit.id, count, document_id=doc.id,
                                occurred_at=doc.occurred_at))
    return ledger.post(session, actor, drafts)


@committing
def disassemble(session: Session, actor: Actor, site_code: str, kit_code: str, count: int) -> list[Movement]:
    """Take ``count`` kits apart, returning their components to stock."""
    require(actor, Permission.ADJUST)
    site = site_by_code(session, site_code)
    kit = _kit(session, kit_code, count)
    doc = new_document(session, actor, DocumentKind.KIT, site, note=f"disassemble {count} x {kit.code}")
    drafts = ledger.issue_drafts(
        session, MovementKind.KIT_DISASSEMBLY, site.id, kit.id, count, document_id=doc.id
    )
    drafts += [
        MovementDraft(MovementKind.KIT_DISASSEMBLY, site.id, c.component_id, c.qty * count,
                      document_id=doc.id)
        for c in kit.components
    ]
    return ledger.post(session, actor, drafts)

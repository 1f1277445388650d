"""Adjustments: stock damaged, expired, lost, stolen, found, or corrected, with a reason."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import AdjustmentReason, DocumentKind, MovementKind
from ..domain.errors import InvalidInput, NotFound
from ..domain.ledger import MovementDraft
from ..domain.roles import Permission
from ..store.models import Lot, Movement
from . import ledger
from .context import Actor
from .documents import new_document
from .lookup import item_by_code, site_by_code
from .permissions import require
from .transaction import committing


@committing
def adjust(
    session: Session,
    actor: Actor,
    site_code: str,
    item_code: str,
    qty: int,
    reason: str,
    *,
    lot_no: str | None = None,
    note: str | None = None,
    occurred_at: datetime | None = None,
) -> list[Movement]:
    """Add (``qty`` > 0) or remove (``qty`` < 0) stock for a reason. Removal without a
    lot takes the soonest-expiring lots first."""
    require(actor, Permission.ADJUST)
    site = site_by_code(session, site_code)
    item = item_by_code(session, item_code)
    if qty == 0:
        raise InvalidInput("An adjustment of 0 changes nothing.", "Enter the quantity to add or remove.")
    # Validates the reason and its direction before a document number is taken.
    MovementDraft(MovementKind.ADJUSTMENT, site.id, item.id, qty, reason=reason).check()
    lot_id = None
    if lot_no:
        lot = session.scalar(select(Lot).where(Lot.item_id == item.id, Lot.lot_no == lot_no))
        if lot is None:
            raise NotFound("{item} has no lot '{lot}'.", "Check the lot number on the box.",
                           item=item.name, lot=lot_no)
        lot_id = lot.id
    doc = new_document(session, actor, DocumentKind.ADJUSTMENT, site, occurred_at=occurred_at, note=note)
    fields = dict(document_id=doc.id, reason=AdjustmentReason(reason).value, note=note,
                  occurred_at=doc.occurred_at)
    if qty < 0:
        drafts = ledger.issue_drafts(
            session, MovementKind.ADJUSTMENT, site.id, item.id, -qty, lot_id=lot_id, **fields
        )
    else:
        drafts = [MovementDraft(MovementKind.ADJUSTMENT, site.id, item.id, qty, lot_id=lot_id, **fields)]  # type: ignore[arg-type]
    return ledger.post(session, actor, drafts)

"""Receiving goods: a goods received note (GRN) with donor, lots and expiry dates."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import DocumentKind, MovementKind
from ..domain.errors import InvalidInput
from ..domain.ledger import MovementDraft
from ..domain.roles import Permission
from ..store.models import Document, Item, Lot
from . import ledger
from .context import Actor
from .documents import new_document
from .lookup import donor_by_code, item_by_code, site_by_code
from .permissions import require
from .transaction import committing


@dataclass(frozen=True)
class ReceiptLine:
    item_code: str
    qty: int
    lot_no: str | None = None
    expiry: date | None = None


def lot_for(session: Session, item: Item, lot_no: str | None, expiry: date | None) -> Lot | None:
    """Find or create the lot of a received line.

    An expiry-tracked item must come with an expiry date; a line with an expiry date but
    no lot number gets a lot named after the date.
    """
    if item.expiry_tracked and expiry is None:
        raise InvalidInput(
            "{item} has an expiry date, and none was given.",
            "Read the date on the box and enter it.",
            item=item.name,
        )
    if lot_no is None and expiry is None:
        return None
    number = (lot_no or f"EXP-{expiry.isoformat()}").strip()  # type: ignore[union-attr]
    lot = session.scalar(select(Lot).where(Lot.item_id == item.id, Lot.lot_no == number))
    if lot is None:
        lot = Lot(item_id=item.id, lot_no=number, expiry=expiry)
        session.add(lot)
        session.flush()
    elif expiry is not None and lot.expiry is not None and lot.expiry != expiry:
        raise InvalidInput(
            "Lot {lot} of {item} was received before with expiry {before}, "
            "not {expiry}.",
            "Check the lot number and the date on the box.",
            lot=number, item=item.name, before=lot.expiry, expiry=expiry,
        )
    return lot


@committing
def receive(
    session: Session,
    actor: Actor,
    site_code: str,
    lines: Sequence[ReceiptLine],
    *,
    donor_code: str | None = None,
    supplier: str | None = None,
    occurred_at: datetime | None = None,
    note: str | None = None,
) -> Document:
    """Record a GRN: one receipt movement per line. Returns the GRN."""
    require(actor, Permission.RECEIVE)
    if not lines:
        raise InvalidInput("A goods received note needs at least one line.", "Add the items received.")
    site = site_by_code(session, site_code)
    donor = donor_by_code(session, donor_code) if donor_code else None
    for line in lines:
        if line.qty <= 0:
            raise InvalidInput(
                "The quantity of {code} must be above 0, not {qty}.",
                "Correct the line and record the note again.",
                code=line.item_code, qty=line.qty,
            )
    doc = new_document(
        session, actor, DocumentKind.GRN, site,
        occurred_at=occurred_at, donor_id=donor.id if donor else None, supplier=supplier, note=note,
    )
    drafts = []
    for line in lines:
        item = item_by_code(session, line.item_code)
        lot = lot_for(session, item, line.lot_no, line.expiry)
        drafts.append(
            MovementDraft(
                kind=MovementKind.RECEIPT, site_id=site.id, item_id=item.id, qty=line.qty,
                lot_id=lot.id if lot else None, document_id=doc.id,
                donor_id=donor.id if donor else None, occurred_at=doc.occurred_at,
            )
        )
    ledger.post(session, actor, drafts)
    return doc

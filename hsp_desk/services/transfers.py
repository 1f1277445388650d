"""Transfers between sites: dispatch on a waybill, in transit, received at the other end.

Dispatch writes transfer_out movements at the sending site (FEFO lots) and leaves the
waybill in transit. Receipt writes transfer_in movements at the receiving site for what
actually arrived; what did not arrive is the transit loss, visible on the waybill.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import STATUS_TEXTS, DocumentKind, DocumentStatus, MovementKind
from ..domain.errors import InvalidInput
from ..domain.ledger import MovementDraft, utcnow
from ..domain.roles import Permission
from ..store.models import Document, Item, Movement, Site
from . import ledger
from .context import Actor
from .documents import document_by_number, new_document
from .lookup import item_by_code, site_by_code
from .permissions import require
from .transaction import committing


@dataclass(frozen=True)
class TransferLine:
    item_code: str
    qty: int


@dataclass(frozen=True)
class WaybillLine:
    item_code: str
    item_name: str
    unit: str
    sent: int
    received: int

    @property
    def lost(self) -> int:
        return self.sent - self.received


@committing
def dispatch(
    session: Session,
    actor: Actor,
    from_code: str,
    to_code: str,
    lines: Sequence[TransferLine],
    *,
    occurred_at: datetime | None = None,
    note: str | None = None,
) -> Document:
    """Send goods: the waybill is in transit until :func:`receive_transfer`."""
    require(actor, Permission.TRANSFER)
    source = site_by_code(session, from_code)
    dest = site_by_code(session, to_code)
    if source.id == dest.id:
        raise InvalidInput("A transfer must go to another site.", "Choose the receiving site.")
    if not lines:
        raise InvalidInput("A waybill needs at least one line.", "Add the items sent.")
    doc = new_document(
        session, actor, DocumentKind.WAYBILL, source,
        status=DocumentStatus.IN_TRANSIT, occurred_at=occurred_at, to_site_id=dest.id, note=note,
    )
    drafts: list[MovementDraft] = []
    for line in lines:
        item = item_by_code(session, line.item_code)
        drafts += ledger.issue_drafts(
            session, MovementKind.TRANSFER_OUT, source.id, item.id, line.qty,
            document_id=doc.id, occurred_at=doc.occurred_at,
        )
    ledger.post(session, actor, drafts)
    return doc


def _sent_by_lot(session: Session, doc: Document) -> dict[tuple[str, str | None], int]:
    sent: dict[tuple[str, str | None], int] = defaultdict(int)
    for item_id, lot_id, qty in session.execute(
        select(Movement.item_id, Movement.lot_id, Movement.qty)
        .where(Movement.document_id == doc.id, Movement.kind == MovementKind.TRANSFER_OUT.value)
        .order_by(Movement.recorded_at)
    ):
        sent[(item_id, lot_id)] -= qty  # transfer_out is negative, its reversal positive
    return {k: v for k, v in sent.items() if v}


def _received_by_item(session: Session, doc: Document) -> dict[str, int]:
    received: dict[str, int] = defaultdict(int)
    for item_id, qty in session.execute(
        select(Movement.item_id, Movement.qty).where(
            Movement.document_id == doc.id, Movement.kind == MovementKind.TRANSFER_IN.value
        )
    ):
        received[item_id] += qty
    return received


@committing
def receive_transfer(
    session: Session,
    actor: Actor,
    waybill_number: str,
    received: Mapping[str, int] | None = None,
    *,
    occurred_at: datetime | None = None,
    note: str | None = None,
) -> Document:
    """Receive a waybill at its destination.

    ``received`` maps item code to the quantity that arrived; an item left out arrived
    in full. Less than sent is a transit loss; more than sent is refused.
    """
    require(actor, Permission.RECEIVE)
    doc = document_by_number(session, waybill_number, DocumentKind.WAYBILL)
    if doc.status != DocumentStatus.IN_TRANSIT.value:
        raise InvalidInput(
            "Waybill {number} is {status}, not in transit.",
            "It can be received only once.",
            number=doc.number, status=STATUS_TEXTS.get(DocumentStatus(doc.status), doc.status),
        )
    sent = _sent_by_lot(session, doc)
    sent_by_item: dict[str, int] = defaultdict(int)
    for (item_id, _lot), qty in sent.items():
        sent_by_item[item_id] += qty
    wanted: dict[str, int] = dict(sent_by_item)
    for code, qty in (received or {}).items():
        item = item_by_code(session, code)
        if item.id not in sent_by_item:
            raise InvalidInput(
                "{item} is not on waybill {number}.",
                "Record goods that came without a waybill as a receipt (GRN).",
                item=item.name, number=doc.number,
            )
        if qty < 0 or qty > sent_by_item[item.id]:
            raise InvalidInput(
                "{qty} {unit} of {item} received, but {sent} were sent.",
                "Enter a quantity between 0 and what was sent; extra goods go on a GRN.",
                qty=qty, unit=item.unit, item=item.name, sent=sent_by_item[item.id],
            )
        wanted[item.id] = qty
    drafts: list[MovementDraft] = []
    when = occurred_at or utcnow()
    for (item_id, lot_id), qty in sent.items():
        take = min(qty, wanted[item_id])
        wanted[item_id] -= take
        if take:
            drafts.append(
                MovementDraft(
                    kind=MovementKind.TRANSFER_IN, site_id=doc.to_site_id or "", item_id=item_id,
                    qty=take, lot_id=lot_id, document_id=doc.id, occurred_at=when,
                )
            )
    ledger.post(session, actor, drafts)
    doc.status = DocumentStatus.RECEIVED.value
    doc.closed_at = when
    doc.closed_by = actor.user
    if note:
        doc.note = f"{doc.note}\n{note}" if doc.note else note
    return doc


def waybill_lines(session: Session, waybill_number: str) -> list[WaybillLine]:
    """Sent, received and lost per item of one waybill."""
    doc = document_by_number(session, waybill_number, DocumentKind.WAYBILL)
    sent: dict[str, int] = defaultdict(int)
    for (item_id, _lot), qty in _sent_by_lot(session, doc).items():
        sent[item_id] += qty
    got = _received_by_item(session, doc)
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(sent)))}
    return sorted(
        (
            WaybillLine(items[i].code, items[i].name, items[i].unit, qty, got.get(i, 0))
            for i, qty in sent.items()
        ),
        key=lambda line: line.item_code,
    )


def in_transit(session: Session, site_code: str | None = None) -> list[Document]:
    """Waybills dispatched and not yet received, to or from a site (or all)."""
    q = select(Document).where(
        Document.kind == DocumentKind.WAYBILL.value,
        Document.status == DocumentStatus.IN_TRANSIT.value,
    )
    if site_code:
        site: Site = site_by_code(session, site_code)
        q = q.where((Document.site_id == site.id) | (Document.to_site_id == site.id))
    return list(session.scalars(q.order_by(Document.occurred_at)))

"""Value types and sign rules of ledger movements, independent of any database."""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .enums import KIND_TEXTS, REASON_TEXTS, AdjustmentReason, MovementKind
from .errors import InvalidInput

#: The sign every kind must have (+1 in, -1 out, 0 either: set by reason or direction).
KIND_SIGN: dict[MovementKind, int] = {
    MovementKind.RECEIPT: 1,
    MovementKind.TRANSFER_OUT: -1,
    MovementKind.TRANSFER_IN: 1,
    MovementKind.DISTRIBUTION: -1,
    MovementKind.ADJUSTMENT: 0,
    MovementKind.COUNT_CORRECTION: 0,
    MovementKind.KIT_ASSEMBLY: 0,
    MovementKind.KIT_DISASSEMBLY: 0,
}


def utcnow() -> datetime:
    """Naive UTC now: every timestamp in the database is naive UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


_RAND_B = (1 << 62) - 1


def new_id(at: datetime | None = None) -> str:
    """A time-ordered uuid (version 7, RFC 9562): 48 bits of Unix milliseconds, then 74
    random bits. ``at`` (naive UTC) gives the time; by default, now.

    Rows are keyed by uuid so that ledgers of several laptops merge, and every such key
    is in a B-tree index (the primary key, the audit trail's (table, row key)). A random
    key lands on a random leaf page: a hand-out then rewrites dozens of pages scattered
    over a 2 GB file, and a bundle of 100,000 movements nearly every leaf of those
    indexes. Keys that grow with time land on the last pages, as an integer key would.
    The time they carry is no secret: every such row also holds when it was made.
    """
    ms = time.time_ns() // 1_000_000 if at is None else \
        int(at.replace(tzinfo=UTC).timestamp() * 1000)
    rand = int.from_bytes(os.urandom(10), "big")  # 80 bits: 12 for rand_a, 62 for rand_b
    value = ((ms & 0xFFFF_FFFF_FFFF) << 80 | 0x7 << 76 | (rand >> 68) << 64
             | 0b10 << 62 | rand & _RAND_B)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def new_random_id() -> str:
    """A uuid with no time in it (version 4), for keys that should not tell when their
    row was made: a household's, which links the cards issued to it over the years."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class MovementDraft:
    """A movement about to be posted. ``qty`` is signed, in the item's base unit."""

    kind: MovementKind
    site_id: str
    item_id: str
    qty: int
    lot_id: str | None = None
    document_id: str | None = None
    donor_id: str | None = None
    reason: str | None = None
    note: str | None = None
    reverses: str | None = None
    occurred_at: datetime | None = None
    id: str = field(default_factory=new_id)

    def check(self) -> None:
        """Refuse a draft whose sign or reason does not fit its kind."""
        if not isinstance(self.qty, int) or isinstance(self.qty, bool):
            raise InvalidInput("A quantity must be a whole number.", "Enter it in the item's unit.")
        if self.qty == 0:
            raise InvalidInput("A quantity of 0 records nothing.", "Enter a quantity above 0.")
        if self.reverses is not None:
            return  # a reversal has the opposite sign of what it voids
        sign = KIND_SIGN[self.kind]
        if sign and (self.qty > 0) != (sign > 0):
            raise InvalidInput(
                "A {kind} can only add to stock." if sign > 0 else "A {kind} can only take from stock.",
                "Check the quantity's sign.",
                kind=KIND_TEXTS[self.kind],
            )
        if self.kind is MovementKind.ADJUSTMENT:
            if not self.reason:
                raise InvalidInput(
                    "An adjustment needs a reason (damaged, expired, lost, stolen, found or "
                    "correction).",
                    "Choose the reason and record it again.",
                )
            try:
                reason = AdjustmentReason(self.reason)
            except ValueError:
                allowed = ", ".join(r.value for r in AdjustmentReason)
                raise InvalidInput(
                    "'{given}' is not an adjustment reason.", "Use one of: {allowed}.",
                    given=self.reason, allowed=allowed,
                ) from None
            if reason.direction and (self.qty > 0) != (reason.direction > 0):
                raise InvalidInput(
                    "Stock that is {state} cannot be added." if self.qty > 0
                    else "Stock that is {state} cannot be removed.",
                    "Use 'found' to add stock, 'damaged', 'expired', 'lost' or 'stolen' to "
                    "remove it, or 'correction' for either.",
                    state=REASON_TEXTS[reason],
                )

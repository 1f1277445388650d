"""Value types and sign rules of ledger movements, independent of any database."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .enums import AdjustmentReason, MovementKind
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


def new_id() -> str:
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
            direction = "add to" if sign > 0 else "take from"
            raise InvalidInput(
                f"A {self.kind.value.replace('_', ' ')} can only {direction} stock.",
                "Check the quantity's sign.",
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
                    f"'{self.reason}' is not an adjustment reason.", f"Use one of: {allowed}."
                ) from None
            if reason.direction and (self.qty > 0) != (reason.direction > 0):
                raise InvalidInput(
                    f"Stock that is {reason.value} cannot "
                    f"{'be added' if self.qty > 0 else 'be removed'}.",
                    "Use 'found' to add stock, 'damaged', 'expired', 'lost' or 'stolen' to "
                    "remove it, or 'correction' for either.",
                )

"""What a shift handover report holds (DESIGN.md §5): plain data for the renderers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .counts import CountView


@dataclass(frozen=True)
class ShiftMovement:
    """The shift's movements of one kind, item and reason, added up."""

    kind: str
    item_code: str
    item_name: str
    unit: str
    qty: int
    entries: int
    reason: str | None = None


@dataclass(frozen=True)
class ShiftOverride:
    """A distribution beyond the entitlement rules, with its reason. No token id: the
    handover paper is not a place for personal data."""

    at: datetime
    items: str
    reason: str
    by: str | None


@dataclass(frozen=True)
class HandoverSummary:
    number: str
    site_code: str
    site_name: str
    national_society: str
    outgoing: str
    incoming: str | None
    shift_start: datetime
    shift_end: datetime | None
    status: str
    open_issues: str | None
    count: CountView | None
    movements: list[ShiftMovement] = field(default_factory=list)
    overrides: list[ShiftOverride] = field(default_factory=list)
    #: False when the distributions table (tokens) is not installed: overrides unknown.
    overrides_known: bool = True
    #: (entry, fingerprint) of the audit trail's head when the summary was read: printed
    #: on the paper, so that a trail rewritten afterwards no longer matches it.
    ledger_head: tuple[int, str] | None = None

    def of_kind(self, *kinds: str) -> list[ShiftMovement]:
        return [m for m in self.movements if m.kind in kinds]

"""Stock counts: states, variance reasons, and the variance rule (DESIGN.md §5).

The variance rule, in one place so that the services, the reports and the tests agree:

    expected at the moment of counting = expected frozen when the count started
                                         + net movements of that (site, item, lot)
                                           recorded after the start and up to the line's
                                           counted_at
    variance = counted - expected at the moment of counting

so a distribution made while the count is going on is neither a "loss" (it was recorded
before the shelf was counted) nor lost in the correction (it was recorded after). The
correction written on approval is exactly the variance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .errors import InvalidInput, Text


class CountKind(StrEnum):
    #: Every item with stock at the site; every line must be counted before approval.
    FULL = "full"
    #: Only the items chosen; lines left uncounted are left alone, never zeroed.
    PARTIAL = "partial"


class CountStatus(StrEnum):
    #: Counting: lines are entered; a blind count shows nobody the expected figures.
    OPEN = "open"
    #: Counting finished: variances are shown to the approver, who gives the reasons.
    SUBMITTED = "submitted"
    #: Corrections written to the ledger. Final.
    APPROVED = "approved"
    CANCELLED = "cancelled"


#: The kinds and statuses in words (translated with the errors' texts, domain.errors).
COUNT_KIND_TEXTS = {CountKind.FULL: Text("full"), CountKind.PARTIAL: Text("partial")}
COUNT_STATUS_TEXTS = {
    CountStatus.OPEN: Text("open"),
    CountStatus.SUBMITTED: Text("submitted"),
    CountStatus.APPROVED: Text("approved"),
    CountStatus.CANCELLED: Text("cancelled"),
}


class VarianceReason(StrEnum):
    DAMAGED = "damaged"
    EXPIRED = "expired"
    LOST = "lost"
    STOLEN = "stolen"
    FOUND = "found"
    COUNTING_ERROR = "counting_error"
    UNRECORDED_DISTRIBUTION = "unrecorded_distribution"
    UNRECORDED_RECEIPT = "unrecorded_receipt"
    OTHER = "other"

    @property
    def direction(self) -> int:
        """+1 if it explains only a surplus, -1 only a shortage, 0 either."""
        if self in (VarianceReason.FOUND, VarianceReason.UNRECORDED_RECEIPT):
            return 1
        if self in (VarianceReason.COUNTING_ERROR, VarianceReason.OTHER):
            return 0
        return -1

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


def variance(counted: int, frozen_expected: int, moved_since_start: int) -> int:
    """Counted minus what the books held when the line was counted."""
    return counted - (frozen_expected + moved_since_start)


def check_counted(qty: object, what: str | Text) -> int:
    """A counted quantity: a whole number of 0 or more."""
    if isinstance(qty, bool) or not isinstance(qty, int):
        raise InvalidInput("{line}: '{qty}' is not a whole number.", "Enter the number of units counted.",
                           line=what, qty=qty)
    if qty < 0:
        raise InvalidInput("{line}: a count cannot be below 0 ({qty}).", "Enter what is on the shelf.",
                           line=what, qty=qty)
    return qty


@dataclass(frozen=True)
class CheckedReason:
    reason: VarianceReason
    note: str | None


def check_reason(
    var: int, reason: str | None, note: str | None, what: str | Text
) -> CheckedReason | None:
    """The reason given for a variance, checked against its direction.

    Returns None for a line without variance (no reason needed). ``other`` needs a note.
    """
    if var == 0:
        return None
    allowed = ", ".join(r.label for r in VarianceReason)
    if not reason or not reason.strip():
        raise InvalidInput(
            "{line}: a variance of {variance:+d} has no reason.",
            "Give one of: {allowed}; then approve again.",
            line=what, variance=var, allowed=allowed,
        )
    try:
        r = VarianceReason(reason.strip().lower().replace(" ", "_"))
    except ValueError:
        raise InvalidInput("{line}: '{given}' is not a variance reason.", "Use one of: {allowed}.",
                           line=what, given=reason, allowed=allowed) from None
    if r.direction and (var > 0) != (r.direction > 0):
        raise InvalidInput(
            "{line}: '{label}' cannot explain a surplus of {qty}." if var > 0
            else "{line}: '{label}' cannot explain a shortage of {qty}.",
            "Choose a reason that fits, 'counting error' or 'other' with a note.",
            line=what, label=r.label, qty=abs(var),
        )
    clean_note = (note or "").strip() or None
    if r is VarianceReason.OTHER and not clean_note:
        raise InvalidInput("{line}: the reason 'other' needs a note.", "Say what happened.", line=what)
    return CheckedReason(r, clean_note)


@dataclass(frozen=True)
class CountLineView:
    item_code: str
    item_name: str
    unit: str
    lot_no: str | None
    expiry: date | None
    added: bool
    counted: int | None
    counted_at: datetime | None
    counted_by: str | None
    reason: str | None
    note: str | None
    correction: int | None
    #: None unless the viewer may see expected figures (see :func:`may_see_expected`).
    expected_frozen: int | None
    moved_during_count: int | None
    expected_at_count: int | None
    variance: int | None


@dataclass(frozen=True)
class CountView:
    number: str
    site_code: str
    site_name: str
    national_society: str
    kind: str
    blind: bool
    status: str
    purpose: str
    started_at: datetime
    started_by: str
    submitted_at: datetime | None
    submitted_by: str | None
    approved_at: datetime | None
    approved_by: str | None
    note: str | None
    expected_visible: bool
    lines: list[CountLineView]

    @property
    def counted_lines(self) -> int:
        return sum(1 for line in self.lines if line.counted is not None)

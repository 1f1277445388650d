"""First-Expired-First-Out choice of lots when stock is issued."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class LotStock:
    """What is on hand of one lot (``lot_id`` None: stock held without a lot)."""

    lot_id: str | None
    expiry: date | None
    on_hand: int


def fefo_order(lots: Iterable[LotStock]) -> list[LotStock]:
    """Lots in the order they should be issued: soonest expiry first, no-expiry last.

    Stock held without a lot comes after every dated lot: a dated lot left on the
    shelf is the one that will be thrown away.
    """
    far = date.max
    return sorted(
        (lot for lot in lots if lot.on_hand > 0),
        key=lambda lot: (lot.expiry or far, lot.lot_id is None, lot.lot_id or ""),
    )


def allocate_fefo(lots: Iterable[LotStock], quantity: int) -> list[tuple[str | None, int]]:
    """Split ``quantity`` across lots, FEFO. Returns (lot_id, qty) pairs.

    Returns fewer units than asked for when there is not enough stock; the caller
    compares the total and refuses.
    """
    if quantity <= 0:
        raise ValueError("quantity must be positive")
    picks: list[tuple[str | None, int]] = []
    left = quantity
    for lot in fefo_order(lots):
        take = min(left, lot.on_hand)
        picks.append((lot.lot_id, take))
        left -= take
        if left == 0:
            break
    return picks

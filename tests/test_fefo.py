"""FEFO allocation, a pure domain rule, checked with hypothesis."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from hsp_desk.domain.fefo import LotStock, allocate_fefo

lots_strategy = st.lists(
    st.builds(
        LotStock,
        lot_id=st.one_of(st.none(), st.text(min_size=1, max_size=4)),
        expiry=st.one_of(st.none(), st.dates(date(2025, 1, 1), date(2030, 1, 1))),
        on_hand=st.integers(0, 100),
    ),
    max_size=8,
)


@given(lots_strategy, st.integers(1, 500))
def test_allocation_never_exceeds_stock_and_prefers_earliest(lots, qty) -> None:  # type: ignore[no-untyped-def]
    picks = allocate_fefo(lots, qty)
    total = sum(q for _, q in picks)
    assert total == min(qty, sum(lot.on_hand for lot in lots))
    assert all(q > 0 for _, q in picks)
    # picks follow expiry order, and every pick but the last empties its lot
    ordered = sorted((lot for lot in lots if lot.on_hand > 0),
                     key=lambda lot: (lot.expiry or date.max, lot.lot_id is None, lot.lot_id or ""))
    for n, (lot_id, take) in enumerate(picks):
        assert ordered[n].lot_id == lot_id
        if n < len(picks) - 1:
            assert take == ordered[n].on_hand

def test_no_expiry_and_no_lot_come_last() -> None:
    today = date(2026, 11, 23)
    lots = [
        LotStock(None, None, 5),
        LotStock("B", today + timedelta(days=30), 5),
        LotStock("A", today + timedelta(days=3), 5),
        LotStock("C", None, 5),
    ]
    assert allocate_fefo(lots, 20) == [("A", 5), ("B", 5), ("C", 5), (None, 5)]
    assert allocate_fefo(lots, 7) == [("A", 5), ("B", 2)]

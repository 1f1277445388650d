"""Low stock and stock-out forecast: the arithmetic, the SQL on both backends, the CLI."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from hsp_desk.cli import main
from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import InvalidInput
from hsp_desk.domain.forecast import forecast, window_bounds
from hsp_desk.domain.ledger import utcnow
from hsp_desk.services import ledger
from hsp_desk.services.context import Actor
from hsp_desk.services.forecast import set_reorder_level, stock_forecast
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import TransferLine, dispatch
from hsp_desk.store.models import Movement

#: Today for real: a reversal is recorded now, and must fall inside the window.
TODAY = utcnow().date()


def at(days_ago: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time()).replace(hour=hour)


def distribute(session, actor, site, item, qty, when):  # type: ignore[no-untyped-def]
    drafts = ledger.issue_drafts(session, MovementKind.DISTRIBUTION, site.id, item.id, qty,
                                 occurred_at=when)
    rows = ledger.post(session, actor, drafts)
    session.commit()
    return rows


# --- the arithmetic -------------------------------------------------------------------

def test_days_left_and_stockout_date() -> None:
    fc = forecast(on_hand=100, issued=280, window_days=28, today=TODAY, reorder_level=120)
    assert fc.daily_rate == 10
    assert fc.days_left == 10
    assert fc.stockout_date == TODAY + timedelta(days=10)
    assert fc.low and not fc.out


def test_fractional_days_run_out_during_the_last_day() -> None:
    fc = forecast(on_hand=10, issued=3 * 7, window_days=7, today=TODAY)
    assert fc.days_left == pytest.approx(3.333, abs=1e-3)
    assert fc.stockout_date == TODAY + timedelta(days=3)
    assert not fc.low  # no reorder level: never "low"


def test_zero_use_means_no_stockout() -> None:
    fc = forecast(on_hand=50, issued=0, window_days=28, today=TODAY, reorder_level=10)
    assert fc.daily_rate == 0 and fc.days_left is None and fc.stockout_date is None
    assert not fc.low
    # more reversed than issued in the window is not negative use
    assert forecast(50, -5, 28, TODAY).stockout_date is None


def test_out_of_stock_is_out_today_even_without_use() -> None:
    fc = forecast(on_hand=0, issued=0, window_days=28, today=TODAY, reorder_level=0)
    assert fc.out and fc.low and fc.days_left == 0 and fc.stockout_date == TODAY


def test_a_tiny_rate_gives_no_absurd_date() -> None:
    assert forecast(10_000_000, 1, 28, TODAY).stockout_date is None


def test_window_is_the_last_n_calendar_days_today_included() -> None:
    start, end = window_bounds(date(2026, 3, 31), 7)
    assert start == datetime(2026, 3, 25) and end == datetime(2026, 4, 1)
    with pytest.raises(ValueError):
        window_bounds(TODAY, 0)


# --- the service on both backends ----------------------------------------------------

def test_forecast_from_the_ledger(session, world, actor) -> None:
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 500), ReceiptLine("HYG-SOAP", 40)],
            occurred_at=at(60))
    receive(session, actor, "MNE-WH", [ReceiptLine("WATER-05", 1000)], occurred_at=at(60))
    # inside the 7-day window: 70 bottles; outside it: 200 that must not count
    distribute(session, actor, world.hsp, world.water, 200, at(20))
    for d in range(7):
        distribute(session, actor, world.hsp, world.water, 10, at(d, hour=8))
    # an undone distribution does not count as use
    (undone,) = distribute(session, actor, world.hsp, world.water, 50, at(1))
    ledger.reverse(session, actor, undone.id, "scanned twice")
    # a warehouse uses stock by dispatching it
    dispatch(session, actor, "MNE-WH", "MNE-ROZAJE", [TransferLine("WATER-05", 140)],
             occurred_at=at(2))
    set_reorder_level(session, actor, "MNE-ROZAJE", "WATER-05", 250)
    set_reorder_level(session, actor, "MNE-ROZAJE", "BABY-CEREAL", 20)

    rows = {(r.site_code, r.item_code): r for r in stock_forecast(session, None, 7, TODAY)}
    water = rows[("MNE-ROZAJE", "WATER-05")]
    assert (water.on_hand, water.forecast.issued, water.daily_rate) == (230, 70, 10)
    assert water.days_left == 23 and water.stockout_date == TODAY + timedelta(days=23)
    assert water.low and water.reorder_level == 250
    soap = rows[("MNE-ROZAJE", "HYG-SOAP")]
    assert soap.daily_rate == 0 and soap.stockout_date is None and not soap.low
    # a reorder level for an item never stocked: out of stock today, and low
    cereal = rows[("MNE-ROZAJE", "BABY-CEREAL")]
    assert cereal.on_hand == 0 and cereal.low and cereal.stockout_date == TODAY
    wh = rows[("MNE-WH", "WATER-05")]
    assert wh.daily_rate == 20 and wh.days_left == 43
    # sorted: per site, soonest stock-out first, never last
    hsp_rows = [r.item_code for r in stock_forecast(session, "MNE-ROZAJE", 7, TODAY)]
    assert hsp_rows == ["BABY-CEREAL", "WATER-05", "HYG-SOAP"]
    assert [r.item_code for r in stock_forecast(session, "mne-rozaje", 7, TODAY,
                                                item_code="HYG-SOAP")] == ["HYG-SOAP"]
    # a longer window spreads the same use thinner and sees the older distribution
    wide = {r.item_code: r for r in stock_forecast(session, "MNE-ROZAJE", 28, TODAY)}
    assert wide["WATER-05"].forecast.issued == 270


def test_forecast_refuses_a_bad_window(session, world) -> None:
    with pytest.raises(InvalidInput, match="1 day or more"):
        stock_forecast(session, None, 0, TODAY)


def test_reorder_level_needs_the_catalogue_permission(session, world, actor) -> None:
    coordinator = Actor("sara", "dev-test", "coordinator")
    with pytest.raises(NotAllowed):
        set_reorder_level(session, coordinator, "MNE-ROZAJE", "WATER-05", 10)
    with pytest.raises(InvalidInput, match="0 or more"):
        set_reorder_level(session, actor, "MNE-ROZAJE", "WATER-05", -1)
    officer = Actor("luka", "dev-test", "logistics_officer")
    set_reorder_level(session, officer, "MNE-ROZAJE", "WATER-05", 10)
    set_reorder_level(session, officer, "MNE-ROZAJE", "WATER-05", 30)
    (row,) = stock_forecast(session, "MNE-ROZAJE", 28, TODAY)
    assert row.reorder_level == 30
    set_reorder_level(session, officer, "MNE-ROZAJE", "WATER-05", None)
    assert stock_forecast(session, "MNE-ROZAJE", 28, TODAY) == []
    assert session.query(Movement).count() == 0


def test_forecast_cli(sqlite_db, sqlite_url, capsys) -> None:
    with sqlite_db.session() as s:
        from tests.factories import seed_world

        seed_world(s)
        actor = Actor("amina", "dev-test")
        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("WATER-05", 100)])
    assert main(["reorder-level", "MNE-ROZAJE", "WATER-05", "150", "--database-url", sqlite_url]) == 0
    capsys.readouterr()
    assert main(["forecast", "--site", "MNE-ROZAJE", "--days", "14", "--low", "--format", "csv",
                 "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("site,item,name,unit,on_hand,reorder_level,low")
    assert out[1].startswith("MNE-ROZAJE,WATER-05,Bottled water 0.5 l,bottle,100,150,LOW,0.0,,never")
    assert main(["reorder-level", "MNE-ROZAJE", "WATER-05", "lots", "--database-url", sqlite_url]) == 2

"""Low stock and stock-out forecast: days of stock left at the recent rate of use.

Pure arithmetic, no database. The rate of use is what was issued (distributed, and for a
warehouse also dispatched) over the last ``window_days`` days, divided by ``window_days``:
a day without any distribution counts as a day of zero use, so a site that was closed for
a week looks slower, which is what its stock will actually do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .enums import MovementKind

#: Movements that use stock up. Kit assembly is not use: the components become a kit
#: that is itself distributed, and its use shows there.
USE_KINDS = (MovementKind.DISTRIBUTION.value, MovementKind.TRANSFER_OUT.value)


def is_low(on_hand: int, reorder_level: int | None) -> bool:
    """At or below the reorder level: the one rule for "low stock" everywhere."""
    return reorder_level is not None and on_hand <= reorder_level

#: Horizon beyond which no stock-out date is given.
MAX_DAYS = 36_500


@dataclass(frozen=True)
class Forecast:
    """What one (site, item) has, how fast it goes, and when it runs out."""

    on_hand: int
    issued: int
    window_days: int
    reorder_level: int | None
    #: Units used per day, on average over the window.
    daily_rate: float
    #: Days the stock on hand lasts at that rate; None when nothing was used (no stock-out).
    days_left: float | None
    #: The day stock is expected to run out (today when it is out already); None if never.
    stockout_date: date | None

    @property
    def low(self) -> bool:
        """At or below the reorder level (the same rule as the stock list)."""
        return is_low(self.on_hand, self.reorder_level)

    @property
    def out(self) -> bool:
        return self.on_hand <= 0


@dataclass(frozen=True)
class ForecastRow:
    """One line of the low-stock / stock-out list: a (site, item) and its forecast.

    Plain data, so that reports and the GUI can take it without touching the database.
    """

    site_code: str
    site_name: str
    item_code: str
    item_name: str
    category: str
    unit: str
    forecast: Forecast

    @property
    def on_hand(self) -> int:
        return self.forecast.on_hand

    @property
    def reorder_level(self) -> int | None:
        return self.forecast.reorder_level

    @property
    def daily_rate(self) -> float:
        return self.forecast.daily_rate

    @property
    def days_left(self) -> float | None:
        return self.forecast.days_left

    @property
    def stockout_date(self) -> date | None:
        return self.forecast.stockout_date

    @property
    def low(self) -> bool:
        return self.forecast.low


def window_bounds(today: date, window_days: int) -> tuple[datetime, datetime]:
    """The [start, end) of the last ``window_days`` calendar days, today included.

    Naive UTC, like every timestamp in the database.
    """
    check_window(window_days)
    start = datetime.combine(today - timedelta(days=window_days - 1), time())
    end = datetime.combine(today + timedelta(days=1), time())
    return start, end


def check_window(window_days: int) -> None:
    if not isinstance(window_days, int) or window_days < 1:
        raise ValueError("the forecast window must be at least one day")


def forecast(
    on_hand: int,
    issued: int,
    window_days: int,
    today: date,
    reorder_level: int | None = None,
) -> Forecast:
    """Days of stock left and the stock-out date for one (site, item).

    ``issued`` is the net quantity issued in the window (reversed distributions already
    subtracted). Net returns (more reversed than issued) count as zero use.
    """
    check_window(window_days)
    used = max(issued, 0)
    rate = used / window_days
    on_hand = max(on_hand, 0)
    if on_hand == 0:
        # Out of stock now, whatever the rate: the forecast must not say "never".
        return Forecast(0, issued, window_days, reorder_level, rate, 0.0, today)
    if rate == 0:
        return Forecast(on_hand, issued, window_days, reorder_level, 0.0, None, None)
    days_left = on_hand / rate
    # Stock lasting 3.4 days runs out during the fourth day from now: today + 3. Beyond a
    # century the date means nothing (and would overflow ``date``): no stock-out date.
    stockout = today + timedelta(days=math.floor(days_left)) if days_left < MAX_DAYS else None
    return Forecast(on_hand, issued, window_days, reorder_level, rate, days_left, stockout)

"""Low stock and stock-out forecast per site and item, and setting reorder levels.

The rate of use is the net quantity issued (distribution and transfer_out movements,
reversals included so an undone distribution does not count) over the last
``window_days`` days, today included. It is summed in the database with one GROUP BY
over the (occurred_at) / (site_id, item_id, occurred_at) indexes, so the query reads only
the window's movements, not the whole ledger.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput
from ..domain.forecast import USE_KINDS, ForecastRow, check_window, forecast, window_bounds
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..store.models import Balance, Item, Movement, ReorderLevel, Site
from . import catalogue
from .context import Actor
from .lookup import item_by_code, site_by_code
from .permissions import require
from .transaction import committing

DEFAULT_WINDOW_DAYS = 28

Key = tuple[str, str]


def issued_in_window(
    session: Session, start: object, end: object, site_id: str | None = None
) -> dict[Key, int]:
    """Net quantity issued per (site, item) with ``start <= occurred_at < end``."""
    q = (
        select(Movement.site_id, Movement.item_id, func.sum(Movement.qty))
        .where(
            Movement.kind.in_(USE_KINDS),
            Movement.occurred_at >= start,
            Movement.occurred_at < end,
        )
        .group_by(Movement.site_id, Movement.item_id)
    )
    if site_id is not None:
        q = q.where(Movement.site_id == site_id)
    # Issues are negative in the ledger; use is their opposite.
    return {(s, i): -int(total or 0) for s, i, total in session.execute(q)}


def _on_hand(session: Session, site_id: str | None) -> dict[Key, int]:
    q = select(Balance.site_id, Balance.item_id, func.sum(Balance.qty)).group_by(
        Balance.site_id, Balance.item_id
    )
    if site_id is not None:
        q = q.where(Balance.site_id == site_id)
    return {(s, i): int(total or 0) for s, i, total in session.execute(q)}


def _levels(session: Session, site_id: str | None) -> dict[Key, int]:
    q = select(ReorderLevel.site_id, ReorderLevel.item_id, ReorderLevel.level).where(
        ReorderLevel.retired_at.is_(None))
    if site_id is not None:
        q = q.where(ReorderLevel.site_id == site_id)
    return {(s, i): int(level) for s, i, level in session.execute(q)}


def _names(session: Session, model: type[Site] | type[Item], ids: Iterable[str]) -> dict[str, object]:
    wanted = sorted(set(ids))
    found: dict[str, object] = {}
    for chunk in range(0, len(wanted), 500):  # stay under bind-parameter limits
        for row in session.scalars(select(model).where(model.id.in_(wanted[chunk:chunk + 500]))):
            found[row.id] = row
    return found


def stock_forecast(
    session: Session,
    site_code: str | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
    today: date | None = None,
    *,
    item_code: str | None = None,
) -> list[ForecastRow]:
    """Forecast for every (site, item) that has stock, a reorder level, or was used in the
    window. Sorted by site, then soonest stock-out first, then item code.

    A pair with nothing on hand, no use and no reorder level says nothing and is left out.
    """
    try:
        check_window(window_days)
    except ValueError:
        raise InvalidInput(
            "A forecast over {days} days is not possible.", "Use 1 day or more.", days=window_days
        ) from None
    today = today or utcnow().date()
    site_id = site_by_code(session, site_code).id if site_code else None
    start, end = window_bounds(today, window_days)
    issued = issued_in_window(session, start, end, site_id)
    stock = _on_hand(session, site_id)
    levels = _levels(session, site_id)
    keys = set(issued) | set(stock) | set(levels)
    if item_code:
        item_id = item_by_code(session, item_code).id
        keys = {k for k in keys if k[1] == item_id}
    keys = {k for k in keys if stock.get(k, 0) or issued.get(k, 0) > 0 or k in levels}
    sites = _names(session, Site, (s for s, _ in keys))
    items = _names(session, Item, (i for _, i in keys))
    rows = []
    for s_id, i_id in keys:
        site, item = sites[s_id], items[i_id]
        fc = forecast(stock.get((s_id, i_id), 0), issued.get((s_id, i_id), 0), window_days, today,
                      levels.get((s_id, i_id)))
        rows.append(ForecastRow(
            site.code, site.name, item.code, item.name, item.category, item.unit, fc,  # type: ignore[attr-defined]
        ))
    rows.sort(key=lambda r: (r.site_code, r.stockout_date or date.max, r.item_code))
    return rows


@committing
def set_reorder_level(
    session: Session, actor: Actor, site_code: str, item_code: str, level: int | None
) -> ReorderLevel | None:
    """Set (or with ``None`` remove) the reorder level of an item at a site. A removed
    level is retired, not deleted, so that the removal travels in sync bundles."""
    require(actor, Permission.CATALOGUE)
    site = site_by_code(session, site_code)
    item = item_by_code(session, item_code)
    row = session.get(ReorderLevel, (site.id, item.id))
    if level is None:
        if row is not None and row.retired_at is None:
            row.retired_at = utcnow()
            session.flush()
        return None
    if isinstance(level, bool) or not isinstance(level, int) or level < 0:
        raise InvalidInput(
            "A reorder level must be a whole number of 0 or more, not {level!r}.",
            "Enter it in {unit}s.",
            level=level, unit=item.unit,
        )
    return catalogue.set_reorder_level(session, site, item, level)

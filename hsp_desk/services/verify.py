"""``hsp-desk verify``: recompute every balance from the ledger and list differences."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.models import Balance, Item, Movement, Site
from .audit_trail import check_audit_trail
from .distribution import check_distributions


@dataclass(frozen=True)
class Problem:
    """One finding of verify, in words a logistics officer can act on."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def check_balances(session: Session) -> list[Problem]:
    """Every (site, item, lot) whose cached balance differs from the sum of its movements."""
    ledger = {
        (s, i, lot or ""): int(q)
        for s, i, lot, q in session.execute(
            select(Movement.site_id, Movement.item_id, Movement.lot_id, func.sum(Movement.qty))
            .group_by(Movement.site_id, Movement.item_id, Movement.lot_id)
        )
    }
    cached = {
        (s, i, lot): int(q)
        for s, i, lot, q in session.execute(
            select(Balance.site_id, Balance.item_id, Balance.lot_key, Balance.qty)
        )
    }
    sites = {i: c for i, c in session.execute(select(Site.id, Site.code))}
    items = {i: c for i, c in session.execute(select(Item.id, Item.code))}
    problems = []
    for key in sorted(set(ledger) | set(cached)):
        want, have = ledger.get(key, 0), cached.get(key, 0)
        site, item, lot = key
        where = f"{sites.get(site, site)} / {items.get(item, item)}" + (f" / lot {lot}" if lot else "")
        if want < 0:
            problems.append(Problem(where, f"the ledger sums to {want}, below zero"))
        if want != have:
            problems.append(
                Problem(where, f"balance shows {have} but the movements add up to {want}")
            )
    return problems


#: Checks run by ``hsp-desk verify``; other modules (audit chain, tokens) add theirs.
CHECKS = [check_balances, check_audit_trail, check_distributions]


def verify(session: Session) -> list[Problem]:
    problems: list[Problem] = []
    for check in CHECKS:
        problems += check(session)
    return problems

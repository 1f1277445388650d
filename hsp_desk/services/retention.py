"""Data protection: purge the cards (tokens) not seen for a configurable period.

A token id linked to visits is personal data (DESIGN.md §3, §8b). A household whose
cards have not been used (no distribution) nor issued within ``token_retention_days``
(a setting, 365 by default) is forgotten: its tokens are deleted, and its distributions
lose both their token and their household link, so the figures (what was handed out,
where, when, how many visits) stay and are counted, but can no longer be tied together or
to a card. A replaced (revoked) card unseen for the period is purged too, even when its
household is still served.

"Seen" means a distribution or the card's issue: scanning a card only to look at its
status writes nothing, so it does not count.

On SQLite the delete runs with ``PRAGMA secure_delete=ON`` and the WAL is checkpointed
afterwards, so the purged ids leave no bytes behind in the database file. (Backups taken
before the purge still hold them until they rotate out, 14 days for the daily ones.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, func, select, text, update
from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..store import audit
from ..store.models import Base, Distribution, Token
from . import settings
from .context import Actor
from .permissions import require
from .transaction import committing

BATCH = 500


@dataclass(frozen=True)
class PurgeResult:
    cutoff: datetime
    tokens: int
    households: int
    distributions_unlinked: int
    dry_run: bool


def _chunks(values: Sequence[str], size: int = BATCH) -> Iterable[Sequence[str]]:
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _unlink(session: Session, table: Table, where: Any, values: dict[str, Any]) -> int:
    """UPDATE ``table`` and chain the changed rows in the audit trail (Core writes
    bypass the ORM flush that records ORM writes)."""
    pk = list(table.primary_key.columns)
    keys = [tuple(r) for r in session.execute(select(*pk).where(where))]
    if not keys:
        return 0
    session.execute(update(table).where(where).values(**values))
    if audit.is_audited_table(table):
        changed = session.execute(select(table).where(pk[0].in_([k[0] for k in keys])))
        audit.record(session, "update", table, [dict(r._mapping) for r in changed])
    return len(keys)


def _purgeable(session: Session, cutoff: datetime) -> tuple[list[str], list[str]]:
    """(token ids to delete, household ids to forget entirely)."""
    seen_by_household = dict(session.execute(
        select(Distribution.household_id, func.max(Distribution.occurred_at))
        .where(Distribution.household_id.is_not(None))
        .group_by(Distribution.household_id)
    ).all())
    issued_by_household = dict(session.execute(
        select(Token.household_id, func.max(Token.issued_at)).group_by(Token.household_id)
    ).all())
    stale_households = [
        h for h, issued in issued_by_household.items()
        if max(issued, seen_by_household.get(h) or issued) < cutoff
    ]
    stale = set(stale_households)
    tokens = [t for (t,) in session.execute(
        select(Token.id).where(Token.household_id.in_(stale_households))
    )] if stale_households else []
    # Replaced cards of households still served: gone once unused for the period.
    seen_by_token = dict(session.execute(
        select(Distribution.token_id, func.max(Distribution.occurred_at))
        .where(Distribution.token_id.is_not(None)).group_by(Distribution.token_id)
    ).all())
    for tid, household, issued in session.execute(
        select(Token.id, Token.household_id, Token.issued_at).where(Token.status == "revoked")
    ):
        if household not in stale and max(issued, seen_by_token.get(tid) or issued) < cutoff:
            tokens.append(tid)
    return tokens, stale_households


@committing
def purge_tokens(
    session: Session,
    actor: Actor,
    unseen_days: int | None = None,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
) -> PurgeResult:
    """Forget cards unseen for ``unseen_days`` (default: the token_retention_days
    setting). ``dry_run`` counts what would go and writes nothing."""
    require(actor, Permission.SETTINGS)
    spec = settings.spec(settings.TOKEN_RETENTION_DAYS)
    days = settings.get(session, spec.key) if unseen_days is None else unseen_days
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise InvalidInput(
            "The retention period must be a whole number of days above 0, not {days!r}.",
            "Give a number of days (the setting's default is {default}).",
            days=days, default=spec.default,
        )
    cutoff = (now or utcnow()) - timedelta(days=days)
    tokens, households = _purgeable(session, cutoff)
    dist_table: Table = Distribution.__table__  # type: ignore[assignment]
    token_table: Table = Token.__table__  # type: ignore[assignment]
    unlinked = 0
    for part in _chunks(tokens):
        unlinked += int(session.scalar(
            select(func.count()).select_from(dist_table).where(dist_table.c.token_id.in_(part))
        ) or 0)
    if dry_run or not tokens:
        session.rollback()
        return PurgeResult(cutoff, len(tokens), len(households), unlinked, dry_run)

    if session.get_bind().dialect.name == "sqlite":
        # Overwrite freed pages with zeros, so deleted ids are not left in the file.
        session.execute(text("PRAGMA secure_delete = ON"))
    for part in _chunks(households):
        _unlink(session, dist_table, dist_table.c.household_id.in_(part),
                {"household_id": None, "token_id": None})
    # Every column pointing at a token (distributions.token_id, tokens.replaces, and any
    # table added later) loses the link before the tokens go, through audited updates:
    # the database's own ON DELETE SET NULL would change rows behind the audit trail.
    refs = [
        (table, fk.parent) for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys if fk.column is token_table.c.id
    ]
    for part in _chunks(tokens):
        for table, column in refs:
            _unlink(session, table, column.in_(part), {column.name: None})
    for part in _chunks(tokens):
        session.execute(delete(token_table).where(token_table.c.id.in_(part)))
        audit.record(session, "delete", token_table, [{"id": t} for t in part])
    return PurgeResult(cutoff, len(tokens), len(households), unlinked, False)


def checkpoint(session: Session) -> None:
    """After a purge on SQLite: fold the WAL (which still holds the old pages) into the
    database file and truncate it. Outside any transaction, so it can complete."""
    session.close()
    engine = session.get_bind()
    if engine.dialect.name != "sqlite":
        return
    raw = engine.raw_connection()  # type: ignore[union-attr]
    try:
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()

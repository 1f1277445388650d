"""``hsp-desk verify``: recompute every balance from the ledger and list differences.

Every check always recomputes every balance. The audit trail and the per-row checks are
incremental: a clean check leaves a checkpoint (:class:`VerifyCheckpoint`: the head of
the audit trail and the row count of each audited table), and the next routine check
walks only the entries written after it, re-reads the rows they name, and counts every
table. It also re-reads a rolling window of :data:`SCRUB_ENTRIES` older entries and the
rows they last wrote, so a row changed behind the application's back after it was
checked is still found by a later routine check. On a five-year ledger that is seconds
instead of a minute. ``full=True`` (``hsp-desk verify --full``) re-reads every row and
every audit entry, as the first check on a database always does; a checkpoint that was
itself edited behind the application's back makes the check a full one too.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..store import audit
from ..store.database import Database
from ..store.models import Balance, Item, Lot, Movement, Site, VerifyCheckpoint
from .audit_trail import audited_tables_present, check_audit_trail
from .context import Actor
from .distribution import check_distributions
from .permissions import require
from .transaction import committing


@dataclass(frozen=True)
class Problem:
    """One finding of verify, in words a logistics officer can act on."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"


def check_balances(session: Session, since: audit.ChainPoint | None = None) -> list[Problem]:
    """Every (site, item, lot) whose cached balance differs from the sum of its movements
    (always the whole ledger: ``since`` is ignored)."""
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
    lots: dict[str, str] = {}
    problems = []
    for key in sorted(set(ledger) | set(cached)):
        want, have = ledger.get(key, 0), cached.get(key, 0)
        if want >= 0 and want == have:
            continue
        site, item, lot = key
        if lot and not lots:  # the lot numbers people read, only when a lot is named
            lots = {i: n for i, n in session.execute(select(Lot.id, Lot.lot_no))}
        where = (f"{sites.get(site, site)} / {items.get(item, item)}"
                 + (f" / lot {lots.get(lot, lot)}" if lot else ""))
        if want < 0:
            problems.append(Problem(where, f"the ledger sums to {want}, below zero"))
        if want != have:
            problems.append(
                Problem(where, f"balance shows {have} but the movements add up to {want}")
            )
    return problems


#: Older audit entries (and the rows they last wrote) re-read by each routine check: on
#: the benchmark's 2.6 million entries the window comes round every 52 checks, for
#: about a second per check.
SCRUB_ENTRIES = 50_000

Check = Callable[[Session, "audit.ChainPoint | None"], list[Problem]]

#: Checks run by ``hsp-desk verify``, each given the checkpoint to start from (None: all).
CHECKS: list[Check] = [check_balances, check_audit_trail, check_distributions]


@dataclass
class VerifyReport:
    """What one check found, and what it covered."""

    problems: list[Problem]
    #: True when every row and every audit entry was read.
    full: bool
    #: The checkpoint the check started from, and when it was left (None: a full check).
    since: audit.ChainPoint | None
    since_at: datetime | None
    #: The last full check before this one, if any.
    last_full_at: datetime | None
    #: (seq, hash) of the audit trail's head, and the audited tables' row counts.
    head: tuple[int, str] = (0, audit.GENESIS)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def entries_checked(self) -> int:
        return self.head[0] - (self.since.seq if self.since is not None else 0)


def latest_checkpoint(session: Session) -> VerifyCheckpoint | None:
    return session.scalars(
        select(VerifyCheckpoint).order_by(VerifyCheckpoint.id.desc()).limit(1)
    ).first()


def _usable(session: Session, cp: VerifyCheckpoint) -> bool:
    """The checkpoint is exactly what a check wrote, and was written after the entries it
    covers (a checkpoint moved forward to skip entries fails both)."""
    seq = audit.row_matches_trail(session.connection(), VerifyCheckpoint.__table__, cp.id)  # type: ignore[arg-type]
    return seq is not None and seq > cp.seq


def _scrub_window(session: Session, checked_to: int) -> tuple[int, int] | None:
    """This check's window of older entries: it moves on by SCRUB_ENTRIES with every
    checkpoint written, and wraps round at the checked part's end."""
    if checked_to <= 0:
        return None
    done = int(session.scalar(select(func.count()).select_from(VerifyCheckpoint)) or 0)
    first = 1 + (done * SCRUB_ENTRIES) % checked_to
    return first, min(first + SCRUB_ENTRIES - 1, checked_to)


#: ``progress(done, total, check)``: called before each check with the check's function
#: name, and after each batch of rows it reads; it may raise to stop the check.
Progress = Callable[[int, int, str], None]


def check(session: Session, *, full: bool = False, progress: Progress | None = None
          ) -> VerifyReport:
    """Run every check (read only). Incremental from the latest checkpoint unless ``full``
    or there is none."""
    if session.get_bind().dialect.name == "postgresql" and not session.in_transaction():
        # One snapshot for the whole check: the head, the counts and the rows must agree
        # even while other laptops write.
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
    conn = session.connection()
    problems: list[Problem] = []
    cp = latest_checkpoint(session) if "verify_checkpoints" in inspect(conn).get_table_names() else None
    last_full = session.scalar(
        select(func.max(VerifyCheckpoint.verified_at)).where(VerifyCheckpoint.full.is_(True))
    ) if cp is not None else None
    if cp is not None and not _usable(session, cp):
        problems.append(Problem("verify checkpoints", (
            f"the record of the check of {cp.verified_at:%Y-%m-%d %H:%M} UTC was changed "
            "outside HSP Desk, so everything was checked again")))
        cp = None
    if full:
        cp = None
    since = (audit.ChainPoint(cp.seq, cp.hash, {k: int(v) for k, v in json.loads(cp.counts).items()},
                              _scrub_window(session, cp.seq))
             if cp is not None else None)
    head = audit.head(conn)
    counts = audit.table_counts(conn, audited_tables_present(session))
    for step, chk in enumerate(CHECKS):
        tick = (functools.partial(progress, step, len(CHECKS), getattr(chk, "__name__", ""))
                if progress is not None else None)
        if tick is not None:
            tick()
        with audit.between_batches(tick):
            problems += chk(session, since)
    if progress is not None:
        progress(len(CHECKS), len(CHECKS), "")
    return VerifyReport(problems, cp is None, since, cp.verified_at if cp is not None else None,
                        last_full, head, counts)


def verify(session: Session, *, full: bool = False) -> list[Problem]:
    """The problems :func:`check` finds (nothing is written)."""
    return check(session, full=full).problems


@committing
def record_checkpoint(session: Session, actor: Actor, report: VerifyReport) -> VerifyCheckpoint | None:
    """Remember where a clean check got to; a check that found problems leaves none, so
    the next one looks at the same entries again."""
    if report.problems:
        return None
    cp = VerifyCheckpoint(
        seq=report.head[0], hash=report.head[1], full=report.full,
        counts=json.dumps(report.counts, sort_keys=True), verified_at=utcnow(),
        device=actor.device,
    )
    session.add(cp)
    return cp


def run_verify(db: Database, actor: Actor, *, full: bool = False,
               progress: Progress | None = None) -> VerifyReport:
    """``hsp-desk verify`` and the Admin page's ledger check: check in a read-only
    session, then (when clean) leave a checkpoint in a short transaction of its own.
    Needs a logistics officer or above (who reconciles what it finds). An exception
    raised by ``progress`` stops the check; no checkpoint is left then.

    On SQLite an ordinary session holds the write lock from its first statement: a full
    check (half a minute on a five-year ledger) kept every hand-out waiting. The checkpoint
    names the head of the trail and the table counts of the snapshot checked; whatever
    was written between that snapshot and the checkpoint comes after that head, so the
    next check walks it."""
    require(actor, Permission.ADJUST)
    with db.read_session() as session:
        report = check(session, full=full, progress=progress)
    with db.session() as session:
        record_checkpoint(session, actor, report)
    return report


def parse_fingerprint(text: str) -> tuple[int, str]:
    """``12345:3fa2 9c1d 77b0 e412`` (as printed on a handover report) as (entry, hex)."""
    seq_text, _, hex_text = text.strip().partition(":")
    digits = "".join(hex_text.split()).lower()
    if not (seq_text.strip().isdigit() and len(digits) == audit.FINGERPRINT_LENGTH
            and all(c in "0123456789abcdef" for c in digits)):
        raise InvalidInput(
            "'{text}' is not a ledger fingerprint.",
            "Type it as printed on the report: the entry number, a colon, then the {n} "
            "letters and digits, e.g. 12345:3fa2 9c1d 77b0 e412.",
            text=text, n=audit.FINGERPRINT_LENGTH)
    return int(seq_text), digits


def check_fingerprint(session: Session, seq: int, digits: str) -> Problem | None:
    """Whether the audit trail still holds, at entry ``seq``, the fingerprint a paper
    printed (a handover report): None if it does. A trail changed or rewritten after the
    paper was printed, or the paper of another database, gives a Problem."""
    found = audit.stored_entry_hash(session.connection(), seq)
    if found is None:
        return Problem("ledger fingerprint", (
            f"this database has no audit entry {seq:,}: the paper belongs to another database, "
            "or entries were deleted outside HSP Desk"))
    hash_, intact = found
    if not intact:
        return Problem("ledger fingerprint", (
            f"audit entry {seq:,} was changed outside HSP Desk after it was written"))
    if hash_[:audit.FINGERPRINT_LENGTH] != digits:
        return Problem("ledger fingerprint", (
            f"audit entry {seq:,} has the fingerprint {audit.fingerprint(hash_)}, not "
            f"{audit.fingerprint(digits)}: the trail up to it was rewritten after the paper was "
            "printed, or the paper belongs to another database"))
    return None

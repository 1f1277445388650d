"""Handing items over: to a card's household under the entitlement rules, or anonymously
with a head count; undo; the rules themselves; what a card may receive today.

:func:`distribute` is the hot path of the scan-first screen (budget: median 5 ms, p99
20 ms on a busy branch's database), so it keeps to a handful of indexed statements: the
card's key, the token row (locked, so two laptops scanning one card queue up), the items,
the rules, the household's history since the longest rule period, the FEFO lots, then
one flush of movements, balances, the distribution header and its lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, Table, and_, bindparam, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import set_committed_value

from ..domain import entitlements as ent
from ..domain.enums import ItemCategory, MovementKind
from ..domain.errors import AlreadyReversed, HspError, InvalidInput, Joined, NotFound
from ..domain.ledger import MovementDraft, new_id, utcnow
from ..domain.roles import Permission
from ..store import audit
from ..store.audit import ChainPoint
from ..store.models import (
    AuditEntry,
    Distribution,
    DistributionLine,
    EntitlementRule,
    Item,
    Movement,
    Site,
    Token,
)
from . import ledger
from . import tokens as token_service
from .context import Actor
from .lookup import item_by_code, item_ref_by_code, site_by_code, site_id_by_code
from .permissions import require
from .transaction import committing

MAX_REASON = 200
MAX_HEAD_COUNT = 10_000


@dataclass(frozen=True)
class Line:
    item_code: str
    qty: int


class EntitlementRefused(HspError):
    """A distribution beyond a rule. Names each rule and when the household may receive again."""

    def __init__(self, refusals: list[ent.Refusal], household_size: int | None) -> None:
        self.refusals = refusals
        super().__init__(
            "Not given. {why}",
            "Nothing was recorded. Give less, or a coordinator may override with a reason.",
            why=Joined(" ", [r.message_text(household_size) for r in refusals]),
        )


# --- rules -------------------------------------------------------------------------------

_r = EntitlementRule
#: Plain columns, not ORM objects, built once: this runs on every scan.
_RULES = select(_r.id, _r.item_id, _r.category, _r.max_qty, _r.period_days, _r.per_member,
                _r.requires_flag, Item.name).outerjoin(Item, Item.id == _r.item_id) \
    .where(_r.retired_at.is_(None))


def load_rules(session: Session) -> list[ent.Rule]:
    session.flush()  # a rule just set in this session counts (what autoflush did)
    rows = session.connection().execute(_RULES)
    return [
        ent.Rule(label=name or f"any {category} item", max_qty=max_qty, period_days=days,
                 item_id=item_id, category=category, per_member=bool(per_member),
                 requires_flag=flag, id=rule_id)
        for rule_id, item_id, category, max_qty, days, per_member, flag, name in rows
    ]


def _target(session: Session, target: str) -> tuple[Item | None, str | None]:
    text = target.strip()
    category = text.split(":", 1)[1] if text.lower().startswith("category:") else text
    if category.lower() in {c.value for c in ItemCategory} and (
        text.lower().startswith("category:")
        or session.scalar(select(Item.id).where(func.upper(Item.code) == text.upper())) is None
    ):
        return None, category.lower()
    if text.lower().startswith("category:"):
        raise InvalidInput("'{category}' is not an item category.", "Use one of: {categories}.",
                           category=category,
                           categories=", ".join(c.value for c in ItemCategory))
    return item_by_code(session, text), None


@committing
def set_rule(
    session: Session,
    actor: Actor,
    target: str,
    max_qty: int,
    period_days: int,
    *,
    per_member: bool = False,
    requires_flag: str | None = None,
) -> EntitlementRule:
    """Create or change the rule of an item (its code) or a category (``category:hygiene``)."""
    require(actor, Permission.SETTINGS)
    if not (isinstance(max_qty, int) and max_qty > 0 and isinstance(period_days, int)
            and 0 < period_days <= 3660):
        raise InvalidInput("A rule needs a quantity above 0 and a period of 1 to 3660 days.",
                           "Nothing was recorded.")
    if requires_flag is not None and requires_flag not in ent.FLAGS:
        raise InvalidInput("'{flag}' is not a flag.", "Use one of: {flags}.",
                           flag=requires_flag, flags=", ".join(ent.FLAGS))
    item, category = _target(session, target)
    rule = session.scalar(select(EntitlementRule).where(
        EntitlementRule.item_id == item.id if item else EntitlementRule.category == category))
    if rule is None:
        rule = EntitlementRule(item_id=item.id if item else None, category=category,
                               created_by=actor.user, created_at=utcnow())
        session.add(rule)
    rule.max_qty, rule.period_days = max_qty, period_days
    rule.per_member, rule.requires_flag = per_member, requires_flag
    rule.retired_at = None  # a rule removed earlier applies again
    session.flush()
    return rule


@committing
def delete_rule(session: Session, actor: Actor, target: str) -> None:
    """Remove the rule of an item or category. The row is retired, not deleted, so that
    the removal reaches the other laptops of the branch in their next sync bundle."""
    require(actor, Permission.SETTINGS)
    item, category = _target(session, target)
    rule = session.scalar(select(EntitlementRule).where(
        EntitlementRule.item_id == item.id if item else EntitlementRule.category == category))
    if rule is None or rule.retired_at is not None:
        raise NotFound("There is no rule for '{target}'.", "'hsp-desk tokens rules' lists them.",
                       target=target)
    rule.retired_at = utcnow()
    session.flush()


#: Sensible starting rules (DESIGN.md §4); a branch changes them with set_rule.
DEFAULT_RULES: list[tuple[str, int, int, bool, str | None]] = [
    ("HYG-KIT", 1, 14, False, None),
    ("SIM-CARD", 1, 30, False, None),
    ("FOOD-PARCEL", 1, 1, True, None),
    ("BLANKET", 1, 30, True, None),
    ("CLOTH-JACKET", 1, 90, False, None),
    ("SHOES-SPORT", 1, 60, False, None),
    ("BABY-MILK", 2, 7, False, "infant_in_household"),
    ("BABY-DIAPER", 2, 7, False, "infant_in_household"),
]


def seed_default_rules(session: Session, actor: Actor) -> int:
    """Set :data:`DEFAULT_RULES` for the items that exist. Returns how many were set."""
    done = 0
    for code, n, days, per_member, flag in DEFAULT_RULES:
        if session.scalar(select(Item.id).where(Item.code == code)) is None:
            continue
        set_rule(session, actor, code, n, days, per_member=per_member, requires_flag=flag)
        done += 1
    return done


# --- history ------------------------------------------------------------------------------

def _day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


_HISTORY = (  # built once: runs on every scan
    select(Distribution.occurred_at, DistributionLine.item_id, Item.category, DistributionLine.qty)
    .join(DistributionLine, DistributionLine.distribution_id == Distribution.id)
    .join(Item, Item.id == DistributionLine.item_id)
    .where(Distribution.household_id == bindparam("household_id"),
           Distribution.occurred_at >= bindparam("since"))
)


def household_history(session: Session, household_id: str, since: date) -> list[ent.Received]:
    rows = session.connection().execute(
        _HISTORY, {"household_id": household_id, "since": _day_start(since)})
    return [ent.Received(at.date(), item_id, cat, qty) for at, item_id, cat, qty in rows]


def _history_for(
    session: Session, rules: list[ent.Rule], household_id: str, today: date
) -> list[ent.Received]:
    if not rules:
        return []
    longest = max(r.period_days for r in rules)
    return household_history(session, household_id, ent.window_start(today, longest))


def _flags(token: Token) -> list[str]:
    return token.flags.split(",") if token.flags else []


# --- distributing -------------------------------------------------------------------------

def _lines(lines: Sequence[Line | tuple[str, int]]) -> list[tuple[str, int]]:
    merged: dict[str, int] = {}
    for line in lines:
        code, qty = (line.item_code, line.qty) if isinstance(line, Line) else line
        if not isinstance(qty, int) or isinstance(qty, bool) or qty <= 0:
            raise InvalidInput("The quantity of {code} must be a whole number above 0.",
                               "Nothing was recorded. Correct the quantity.", code=code)
        key = code.strip().upper()
        merged[key] = merged.get(key, 0) + qty
    if not merged:
        raise InvalidInput("Nothing to hand over: no item was chosen.", "Choose at least one item.")
    return list(merged.items())


@committing
def distribute(
    session: Session,
    actor: Actor,
    site_code: str,
    card: str | None,
    lines: Sequence[Line | tuple[str, int]],
    *,
    head_count: int | None = None,
    override_reason: str | None = None,
    occurred_at: datetime | None = None,
) -> Distribution:
    """Hand ``lines`` over at a site: to the household of ``card`` (a scan or typed code)
    within the rules, or, with ``card`` None, anonymously to ``head_count`` people.

    Refuses, writing nothing: a card that is not genuine, unknown or revoked
    (CardRejected); a request beyond a rule (EntitlementRefused, unless
    ``override_reason`` is given by a coordinator); more than is on hand
    (InsufficientStock).
    """
    require(actor, Permission.DISTRIBUTE)
    return record_distribution(session, actor, site_code, card, lines, head_count=head_count,
                               override_reason=override_reason, occurred_at=occurred_at)


def record_distribution(
    session: Session,
    actor: Actor,
    site_code: str | Site,
    card: str | None,
    lines: Sequence[Line | tuple[str, int]],
    *,
    head_count: int | None = None,
    override_reason: str | None = None,
    occurred_at: datetime | None = None,
) -> Distribution:
    """:func:`distribute` without its own commit, for callers that batch (the demo).
    Everything is checked before anything is written."""
    require(actor, Permission.DISTRIBUTE)
    wanted = _lines(lines)
    site_id = site_code.id if isinstance(site_code, Site) else site_id_by_code(session, site_code)
    now = utcnow()
    when = occurred_at or now
    reason = (override_reason or "").strip() or None
    if reason is not None and len(reason) > MAX_REASON:
        raise InvalidInput("An override reason is at most {limit} characters.",
                           "Say briefly why the rule is set aside; never write about the person.",
                           limit=MAX_REASON)
    token: Token | None = None
    if card is None:
        if not isinstance(head_count, int) or isinstance(head_count, bool) \
                or not 1 <= head_count <= MAX_HEAD_COUNT:
            raise InvalidInput(
                "A hand-over without a card needs the number of people served.",
                "Scan the person's card, or give a head count (e.g. 30 for a group).",
            )
    else:
        if head_count is not None:
            raise InvalidInput("A hand-over to a card is for one household: no head count.",
                               "Leave the head count empty, or hand over without a card.")
        check = token_service.check_card_to_write(session, card)
        token = (token_service.adopt(session, check, site_id)
                 if check.token is None and check.key_id is not None
                 else token_service.usable(session, check))
    items = [(item_ref_by_code(session, code), qty) for code, qty in wanted]

    overridden: list[ent.Refusal] = []
    if token is not None:
        rules = load_rules(session)
        today = when.date()
        refusals = ent.check(
            rules, _history_for(session, rules, token.household_id, today),
            [ent.Wanted(i.id, i.category, q, i.name) for i, q in items],
            today=today, household_size=token.household_size, flags=_flags(token),
        )
        if refusals:
            if reason is None:
                raise EntitlementRefused(refusals=refusals, household_size=token.household_size)
            require(actor, Permission.OVERRIDE)
            overridden = refusals

    drafts: list[MovementDraft] = []
    for item, qty in items:
        drafts += ledger.issue_drafts(session, MovementKind.DISTRIBUTION, site_id, item.id, qty,
                                      occurred_at=when)
    dist = Distribution(
        site_id=site_id, token_id=token.id if token else None,
        household_id=token.household_id if token else None,
        head_count=head_count if token is None else None,
        occurred_at=when, recorded_at=now, recorded_by=actor.user, device_id=actor.device,
        override_reason=reason if overridden else None,
        override_by=actor.user if overridden else None,
    )
    _write(session, actor, dist, drafts, now, token)
    return dist


def _write(session: Session, actor: Actor, dist: Distribution, drafts: list[MovementDraft],
           now: datetime, token: Token | None = None) -> None:
    """The movements, the header and its lines in one batch with one audit append
    (ledger.post_with): the lines know their movement ids from the drafts. ``dist`` stays
    out of the session: it only tells the caller what was written. A card handed out on
    for the first time becomes active in the same batch."""
    dist.id = dist.id or new_id()
    header = audit.column_values(dist)
    lines = [{"movement_id": d.id, "distribution_id": dist.id, "item_id": d.item_id, "qty": -d.qty}
             for d in drafts]
    updates = []
    if token is not None and token.status == "issued":
        updates.append((_TOKENS, audit.column_values(token) | {"status": "active"}))
    ledger.post_with(session, actor, drafts, [(_DISTRIBUTIONS, [header]), (_LINES, lines)],
                     now=now, updates=updates)
    if updates:  # as written: the session has nothing left to flush for it
        set_committed_value(token, "status", "active")


_DISTRIBUTIONS: Table = Distribution.__table__  # type: ignore[assignment]
_LINES: Table = DistributionLine.__table__  # type: ignore[assignment]
_TOKENS: Table = Token.__table__  # type: ignore[assignment]


# --- undo --------------------------------------------------------------------------------

def _reverse(session: Session, actor: Actor, dist: Distribution, reason: str) -> Distribution:
    undone = aliased(Distribution)
    if dist.reverses is not None:
        raise InvalidInput("This entry is itself an undo.", "Record the hand-over again instead.")
    if session.scalar(select(undone.id).where(undone.reverses == dist.id)) is not None:
        raise AlreadyReversed("This distribution has already been undone.", "Nothing was changed.")
    movements = session.scalars(
        select(Movement).join(DistributionLine, DistributionLine.movement_id == Movement.id)
        .where(DistributionLine.distribution_id == dist.id)
    ).all()
    now = utcnow()
    drafts = [
        MovementDraft(kind=MovementKind.DISTRIBUTION, site_id=m.site_id, item_id=m.item_id,
                      lot_id=m.lot_id, qty=-m.qty, reverses=m.id, reason=reason, occurred_at=now)
        for m in movements
    ]
    # The undo counts on the day of the hand-over it voids, so that the household's
    # history nets to zero in every rule window.
    back = Distribution(
        site_id=dist.site_id, token_id=dist.token_id, household_id=dist.household_id,
        head_count=dist.head_count, occurred_at=dist.occurred_at, recorded_at=now,
        recorded_by=actor.user, device_id=actor.device, reverses=dist.id,
    )
    _write(session, actor, back, drafts, now)
    return back


@committing
def undo_last(
    session: Session, actor: Actor, site_code: str, reason: str = "undone at the desk"
) -> Distribution:
    """Undo the last distribution this laptop recorded at the site: reversing movements put
    the stock back and the household's entitlement is restored."""
    require(actor, Permission.DISTRIBUTE)
    site = site_by_code(session, site_code)
    last = session.scalar(
        select(Distribution)
        .where(Distribution.site_id == site.id, Distribution.device_id == actor.device)
        .order_by(Distribution.recorded_at.desc(), Distribution.id.desc()).limit(1)
    )
    if last is None:
        raise NotFound("This laptop has recorded no distribution at {site}.", "Nothing to undo.",
                       site=site.code)
    if last.reverses is not None:
        raise AlreadyReversed("The last distribution has already been undone.",
                              "A coordinator can undo an older one from the history.")
    return _reverse(session, actor, last, reason)


@committing
def undo_distribution(session: Session, actor: Actor, distribution_id: str, reason: str) -> Distribution:
    """Undo any distribution (a coordinator, with a reason)."""
    require(actor, Permission.OVERRIDE)
    if not reason or not reason.strip():
        raise InvalidInput("Undoing an older distribution needs a reason.", "Say why it was wrong.")
    dist = session.get(Distribution, distribution_id)
    if dist is None:
        raise NotFound("Distribution {id} does not exist.", "Check the id.", id=distribution_id)
    return _reverse(session, actor, dist, reason.strip()[:MAX_REASON])


# --- what a card may receive ----------------------------------------------------------------

@dataclass(frozen=True)
class Visit:
    occurred_at: datetime
    site_code: str
    items: list[tuple[str, str, int]]  # code, name, qty
    undone: bool
    override_reason: str | None


@dataclass(frozen=True)
class CardStatus:
    token: Token
    household: list[Token]
    visits: list[Visit]
    allowances: list[ent.Allowance]
    today: date
    site_code: str = ""
    rules_exist: bool = field(default=False)


def card_status(session: Session, card: str, *, today: date | None = None, last: int = 10) -> CardStatus:
    """The card's status, its household's last visits and what it may receive today."""
    token = token_service.resolve(session, card)
    day = today or utcnow().date()
    rules = load_rules(session)
    history = _history_for(session, rules, token.household_id, day)
    allow = ent.allowances(rules, history, today=day, household_size=token.household_size,
                           flags=_flags(token))
    undo = aliased(Distribution)
    heads = session.execute(
        select(Distribution, Site.code,
               exists().where(undo.reverses == Distribution.id).label("undone"))
        .join(Site, Site.id == Distribution.site_id)
        .where(Distribution.household_id == token.household_id, Distribution.reverses.is_(None))
        .order_by(Distribution.occurred_at.desc(), Distribution.recorded_at.desc()).limit(last)
    ).all()
    by_id: dict[str, list[tuple[str, str, int]]] = {d.id: [] for d, _, _ in heads}
    if by_id:
        for dist_id, code, name, qty in session.execute(
            select(DistributionLine.distribution_id, Item.code, Item.name, DistributionLine.qty)
            .join(Item, Item.id == DistributionLine.item_id)
            .where(DistributionLine.distribution_id.in_(by_id))
            .order_by(Item.code)
        ):
            by_id[dist_id].append((code, name, qty))
    visits = [Visit(d.occurred_at, code, _merge(by_id[d.id]), bool(undone), d.override_reason)
              for d, code, undone in heads]
    site = session.get(Site, token.site_id)
    return CardStatus(token, token_service.household_tokens(session, token.household_id), visits,
                      allow, day, site.code if site else "", bool(rules))


def _merge(lines: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """One row per item (a hand-over from two lots has two lines)."""
    out: dict[str, tuple[str, str, int]] = {}
    for code, name, qty in lines:
        prev = out.get(code)
        out[code] = (code, name, qty + (prev[2] if prev else 0))
    return list(out.values())


# --- verify ---------------------------------------------------------------------------------

def check_distributions(session: Session, since: ChainPoint | None = None) -> list:  # type: ignore[type-arg]
    """Every distribution line agrees with its movement, and no distribution is empty
    (with ``since``: the lines and distributions written after that checkpoint; older
    ones were checked then, and any later edit of them is the audit trail's to find)."""
    from .verify import Problem

    problems = []
    lines = select(DistributionLine.movement_id, Distribution.id)
    dists = select(Distribution.id)
    if since is not None:
        def written_after(table: str) -> Select[tuple[str]]:
            return select(AuditEntry.row_key).where(AuditEntry.seq > since.seq,
                                                    AuditEntry.table_name == table)
        lines = lines.where(DistributionLine.movement_id.in_(written_after("distribution_lines")))
        dists = dists.where(Distribution.id.in_(written_after("distributions")))
    bad = session.execute(
        lines.join(Distribution, Distribution.id == DistributionLine.distribution_id)
        .join(Movement, Movement.id == DistributionLine.movement_id)
        .where(or_(Movement.kind != MovementKind.DISTRIBUTION.value,
                   Movement.item_id != DistributionLine.item_id,
                   Movement.qty != -DistributionLine.qty,
                   Movement.site_id != Distribution.site_id))
    ).all()
    for movement_id, dist_id in bad:
        problems.append(Problem(f"distribution {dist_id}",
                                f"its line for movement {movement_id} does not match the ledger"))
    empty = session.scalars(
        dists.where(~exists().where(and_(DistributionLine.distribution_id == Distribution.id)))
    ).all()
    for dist_id in empty:
        problems.append(Problem(f"distribution {dist_id}", "has no movements"))
    return problems


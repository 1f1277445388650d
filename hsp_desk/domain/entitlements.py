"""Entitlement rules: how much of an item or category a household may receive per period.

A rule says "at most ``max_qty`` per ``period_days`` days", for one item or for every item
of a category, optionally times the household size (``per_member``), optionally only for
households with a flag (e.g. infant formula only with ``infant_in_household``).

Periods are counted in calendar days (UTC), not in hours: "1 per day" means a person
served at 17:00 may come again the next morning, and "1 per 14 days" received on the 1st
means again from the 15th. What counts is what the *household* received (every card it
had, DESIGN.md §8b); an undone distribution counts as its returns (negative quantities).

Pure: the services fetch the rules and the history, this module decides.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import Text

#: Coarse facts a token may carry (DESIGN.md §3). Nothing else is ever stored about a person.
AGE_BANDS = ("0-4", "5-11", "12-17", "18-59", "60+")
SEXES = {"F": "female", "M": "male", "X": "other or not said"}
#: The flags in words, translatable (domain.errors.Text): in refusals and on the Admin page.
FLAG_TEXTS = {
    "infant_in_household": Text("infant (under 2) in the household"),
    "child_in_household": Text("child in the household"),
    "pregnant_or_lactating": Text("pregnant or breastfeeding woman"),
    "disability": Text("person with a disability"),
    "older_person": Text("older person (60+)"),
}
FLAGS = {name: text.template for name, text in FLAG_TEXTS.items()}
MAX_HOUSEHOLD_SIZE = 30


@dataclass(frozen=True)
class Rule:
    """One rule. Exactly one of ``item_id`` and ``category`` is set."""

    label: str
    max_qty: int
    period_days: int
    item_id: str | None = None
    category: str | None = None
    per_member: bool = False
    requires_flag: str | None = None
    id: str = ""

    def applies_to(self, item_id: str, category: str) -> bool:
        if self.item_id is not None:
            return self.item_id == item_id
        return self.category == category

    def limit(self, household_size: int | None) -> int:
        return self.max_qty * max(1, household_size or 1) if self.per_member else self.max_qty

    def describe(self, household_size: int | None = None) -> str:
        return str(self.describe_text(household_size))

    def describe_text(self, household_size: int | None = None) -> Text:
        """The rule in words, as a translatable text (domain.errors.Text)."""
        per = Text("day") if self.period_days == 1 else Text("{days} days", days=self.period_days)
        member: Text | str = ""
        if self.per_member:
            size = max(1, household_size or 1)
            member = Text(" per household member ({limit} for {size})", limit=self.limit(size),
                          size=size)
        flag: Text | str = ""
        if self.requires_flag:
            flag = Text(", only for a household with: {flag}",
                        flag=FLAG_TEXTS.get(self.requires_flag, self.requires_flag))
        return Text("{label}: at most {max_qty} per {per}{member}{flag}", label=self.label,
                    max_qty=self.max_qty, per=per, member=member, flag=flag)


@dataclass(frozen=True)
class Received:
    """What the household received (or, negative, returned) of one item on one day."""

    day: date
    item_id: str
    category: str
    qty: int


@dataclass(frozen=True)
class Wanted:
    item_id: str
    category: str
    qty: int
    label: str


@dataclass(frozen=True)
class Refusal:
    """A rule that a request breaks, and from when the household may receive again."""

    rule: Rule
    limit: int
    used: int
    asked: int
    #: First day the same request fits the rule; None when it never will (too much at
    #: once, or a flag the household does not have).
    next_day: date | None
    missing_flag: str | None = None

    def message(self, household_size: int | None = None) -> str:
        return str(self.message_text(household_size))

    def message_text(self, household_size: int | None = None) -> Text:
        """Why the hand-out was refused, as a translatable text (domain.errors.Text)."""
        rule = self.rule.describe_text(household_size)
        if self.missing_flag:
            return Text("{rule}. This card's household is not recorded with that.", rule=rule)
        if self.next_day is None:
            return Text("{rule}; {used} received in this period, {asked} asked for. More than "
                        "{limit} cannot be given at once.", rule=rule, used=self.used,
                        asked=self.asked, limit=self.limit)
        return Text("{rule}; {used} received in this period, {asked} asked for. May receive "
                    "again from {day}.", rule=rule, used=self.used, asked=self.asked,
                    day=self.next_day.isoformat())


@dataclass(frozen=True)
class Allowance:
    """For ``tokens show``: what a rule still allows today."""

    rule: Rule
    limit: int
    used: int
    next_day: date | None  # when one more unit fits, if none fits today
    blocked_by_flag: bool = False

    @property
    def remaining(self) -> int:
        return 0 if self.blocked_by_flag else max(0, self.limit - self.used)


def window_start(today: date, period_days: int) -> date:
    return today - timedelta(days=max(1, period_days) - 1)


def _used(rule: Rule, history: Sequence[Received], since: date) -> int:
    return sum(h.qty for h in history if h.day >= since and rule.applies_to(h.item_id, h.category))


def _next_day(rule: Rule, history: Sequence[Received], today: date, limit: int, asked: int) -> date | None:
    """The first day after today on which ``asked`` more fits under ``limit``."""
    if asked > limit:
        return None
    days = sorted({h.day for h in history if rule.applies_to(h.item_id, h.category)})
    for d in days:
        candidate = d + timedelta(days=rule.period_days)
        if candidate <= today:
            continue
        if _used(rule, history, window_start(candidate, rule.period_days)) + asked <= limit:
            return candidate
    return today + timedelta(days=rule.period_days)  # unreachable with consistent history


def check(
    rules: Iterable[Rule],
    history: Sequence[Received],
    wanted: Sequence[Wanted],
    *,
    today: date,
    household_size: int | None = None,
    flags: Iterable[str] = (),
) -> list[Refusal]:
    """Every rule that ``wanted`` would break, given what the household received."""
    have = set(flags)
    refusals: list[Refusal] = []
    for rule in rules:
        asked = sum(w.qty for w in wanted if rule.applies_to(w.item_id, w.category))
        if asked <= 0:
            continue
        limit = rule.limit(household_size)
        used = _used(rule, history, window_start(today, rule.period_days))
        if rule.requires_flag and rule.requires_flag not in have:
            refusals.append(Refusal(rule, limit, used, asked, None, rule.requires_flag))
            continue
        if used + asked > limit:
            refusals.append(Refusal(rule, limit, used, asked,
                                    _next_day(rule, history, today, limit, asked)))
    return refusals


def allowances(
    rules: Iterable[Rule],
    history: Sequence[Received],
    *,
    today: date,
    household_size: int | None = None,
    flags: Iterable[str] = (),
) -> list[Allowance]:
    """What each rule still allows today (``tokens show`` and the scan screen)."""
    have = set(flags)
    out = []
    for rule in rules:
        limit = rule.limit(household_size)
        used = _used(rule, history, window_start(today, rule.period_days))
        blocked = bool(rule.requires_flag and rule.requires_flag not in have)
        nxt = None
        if not blocked and used + 1 > limit:
            nxt = _next_day(rule, history, today, limit, 1)
        out.append(Allowance(rule, limit, used, nxt, blocked))
    return out


def check_profile(household_size: int | None, age_band: str | None, sex: str | None,
                  flags: Iterable[str]) -> list[Text]:
    """Problems with the coarse facts about a household, in words (each a translatable
    Text); empty if all is well."""
    problems = []
    if household_size is not None and not 1 <= household_size <= MAX_HOUSEHOLD_SIZE:
        problems.append(Text("A household size is 1 to {most}.", most=MAX_HOUSEHOLD_SIZE))
    if age_band is not None and age_band not in AGE_BANDS:
        problems.append(Text("'{band}' is not an age band; use one of {bands}.", band=age_band,
                             bands=", ".join(AGE_BANDS)))
    if sex is not None and sex not in SEXES:
        problems.append(Text("'{sex}' is not one of {sexes} (female, male, other or not said).",
                             sex=sex, sexes=", ".join(SEXES)))
    for f in flags:
        if f not in FLAGS:
            problems.append(Text("'{flag}' is not a flag; use one of {flags}.", flag=f,
                                 flags=", ".join(FLAGS)))
    return problems

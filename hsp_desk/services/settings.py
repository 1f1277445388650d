"""Deployment settings: what each key means, its default and its limits.

Stored as text in the ``settings`` table; read with :func:`get` (typed, default when
unset), changed with :func:`set_value` by a branch manager (Permission.SETTINGS).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import InvalidInput, NotFound
from ..domain.inactivity import DEFAULT_LOCK_MINUTES, MAX_LOCK_MINUTES, MIN_LOCK_MINUTES
from ..domain.languages import LANGUAGES, SOURCE_LANGUAGE
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..store.models import Setting
from .context import Actor
from .permissions import require
from .transaction import committing


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: int
    minimum: int
    maximum: int
    unit: str
    help: str

    def parse(self, text: str) -> int:
        try:
            value = int(str(text).strip())
        except ValueError:
            raise InvalidInput(
                "{key} must be a whole number of {unit}, not {text!r}.",
                "Enter a number from {minimum} to {maximum}.",
                key=self.key, unit=self.unit, text=text, minimum=self.minimum, maximum=self.maximum,
            ) from None
        if not self.minimum <= value <= self.maximum:
            raise InvalidInput(
                "{key} must be from {minimum} to {maximum} {unit}, not {value}.",
                "Enter a number in that range.",
                key=self.key, minimum=self.minimum, maximum=self.maximum, unit=self.unit, value=value,
            )
        return value


LOCK_TIMEOUT_MINUTES = "lock_timeout_minutes"
TOKEN_RETENTION_DAYS = "token_retention_days"

SPECS: dict[str, SettingSpec] = {
    s.key: s for s in [
        SettingSpec(LOCK_TIMEOUT_MINUTES, DEFAULT_LOCK_MINUTES, MIN_LOCK_MINUTES, MAX_LOCK_MINUTES,
                    "minutes", "the screen locks after this long without a key press or click"),
        SettingSpec(TOKEN_RETENTION_DAYS, 365, 30, 3650, "days",
                    "cards not seen for this long are purged; distribution figures stay"),
    ]
}


def spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise NotFound(
            "There is no setting called {key!r}.", "Known settings: {known}.",
            key=key, known=", ".join(sorted(SPECS)),
        ) from None


def get(session: Session, key: str) -> int:
    """The value of a setting, or its default when unset (or unreadable)."""
    s = spec(key)
    stored = session.scalar(select(Setting.value).where(Setting.key == key))
    if stored is None:
        return s.default
    try:
        return s.parse(stored)
    except InvalidInput:
        return s.default


def all_settings(session: Session) -> list[tuple[SettingSpec, int, bool]]:
    """Every setting with its value and whether it was set (False: the default)."""
    stored = {k: v for k, v in session.execute(select(Setting.key, Setting.value))}
    return [(s, get(session, k), k in stored) for k, s in sorted(SPECS.items())]


@committing
def set_value(session: Session, actor: Actor, key: str, value: str | int) -> int:
    require(actor, Permission.SETTINGS)
    parsed = spec(key).parse(str(value))
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=str(parsed), updated_by=actor.user))
    else:
        row.value = str(parsed)
        row.updated_at = utcnow()
        row.updated_by = actor.user
    return parsed


# --- language ---------------------------------------------------------------------------
# Text, not a number, so it is kept out of SPECS (whose values are whole numbers).

LANGUAGE = "language"


def get_language(session: Session, default: str = SOURCE_LANGUAGE) -> str:
    """The language of the user interface, reports and cards; ``default`` when unset."""
    stored = session.scalar(select(Setting.value).where(Setting.key == LANGUAGE))
    return stored if stored in LANGUAGES else default


def parse_language(text: str) -> str:
    code = str(text).strip()
    by_lower = {k.lower(): k for k in LANGUAGES} | {v.lower(): k for k, v in LANGUAGES.items()}
    found = by_lower.get(code.lower().replace("-", "_"))
    if found is None:
        raise InvalidInput("HSP Desk has no translation called {text!r}.", "Choose one of: {languages}.",
                           text=text, languages=", ".join(LANGUAGES))
    return found


@committing
def set_language(session: Session, actor: Actor, code: str) -> str:
    """Choose the language (a code of LANGUAGES, or its own name). Returns the code."""
    require(actor, Permission.SETTINGS)
    value = parse_language(code)
    row = session.get(Setting, LANGUAGE)
    if row is None:
        session.add(Setting(key=LANGUAGE, value=value, updated_by=actor.user))
    else:
        row.value = value
        row.updated_at = utcnow()
        row.updated_by = actor.user
    return value


def apply_language_to_reports(session: Session, fallback: str | None = None) -> str:
    """Make the reports and cards this process writes follow the ``language`` setting, or
    ``fallback`` (the desktop application's language) while it is unset. Returns it."""
    from ..reports import i18n as report_i18n  # reportlab: loaded only where reports are

    return report_i18n.set_default_language(get_language(session, default="") or fallback)

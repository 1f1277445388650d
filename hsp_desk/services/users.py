"""Users and signing in: argon2id passwords, roles, lockout after wrong passwords.

For the GUI: :func:`authenticate` turns a user name and password into the
:class:`~hsp_desk.services.context.Actor` every service takes (or raises a
:class:`SignInRefused` whose text can be shown as it is), and
:func:`lock_timeout_seconds` gives the inactivity timeout for
:class:`hsp_desk.domain.inactivity.InactivityLock`.

A database without users is a fresh install: the first user is made with
:func:`create_first_user` and is always a branch manager. Until then the command line
acts as the local "system" branch manager (``hsp_desk.commands.common.cli_actor``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.errors import HspError, InvalidInput, NotFound
from ..domain.ledger import utcnow
from ..domain.roles import LABELS, Permission, Role
from ..store.models import User
from ..store.paths import device_id
from . import settings
from .context import Actor
from .permissions import NotAllowed, require
from .transaction import committing

#: argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile: 64 MiB, t=3,
#: p=4), about 50 ms on a laptop: slow for a guesser, unnoticed at the sign-in screen.
_hasher = PasswordHasher()

MIN_PASSWORD_LENGTH = 8
#: Wrong passwords in a row before the account is locked, and for how long.
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = timedelta(minutes=5)

_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
#: Verified against when the user name is unknown, so that the answer takes as long
#: as for a known one and does not tell which names exist.
@functools.cache
def _dummy_hash() -> str:
    return _hasher.hash("not a password of anyone")


class SignInRefused(HspError):
    """Sign-in failed. Nothing but the failed-attempt counter was written."""


class AccountLocked(SignInRefused):
    """Too many wrong passwords in a row."""


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: str
    active: bool
    created_at: datetime
    last_login_at: datetime | None
    locked_until: datetime | None


def hash_password(password: str) -> str:
    check_password_rule(password)
    return _hasher.hash(password)


def check_password_rule(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            "A password needs at least {min} characters.",
            "Choose a longer one; a short sentence is easy to remember.", min=MIN_PASSWORD_LENGTH,
        )


def normalise_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not _USERNAME.match(name):
        raise InvalidInput(
            "{name!r} cannot be a user name.",
            "Use up to 64 letters a-z, digits, dots, dashes or underscores, starting with a "
            "letter or digit (for example 'amina.k').", name=username,
        )
    return name


def _role(role: str | Role) -> Role:
    try:
        return Role(str(role).strip().lower().replace(" ", "_"))
    except ValueError:
        raise InvalidInput(
            "{role!r} is not a role.", "Choose one of: {roles}.",
            role=role, roles=", ".join(r.value for r in Role),
        ) from None


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(User)))


def _user(session: Session, username: str) -> User:
    name = (username or "").strip().lower()
    user = session.scalar(select(User).where(User.username == name))
    if user is None:
        raise NotFound("There is no user called {name!r}.", "See `hsp-desk users list`.",
                       name=username)
    return user


def _active_managers(session: Session) -> int:
    return int(session.scalar(
        select(func.count()).select_from(User)
        .where(User.role == Role.BRANCH_MANAGER.value, User.active.is_(True))
    ) or 0)


def _keep_a_manager(session: Session, user: User) -> None:
    """Refuse to leave the branch without an active branch manager: nobody could manage
    users or settings any more."""
    if user.role == Role.BRANCH_MANAGER.value and user.active and _active_managers(session) <= 1:
        raise InvalidInput(
            "{user} is the only active branch manager.",
            "Make another user branch manager first.", user=user.username,
        )


def _new_user(session: Session, created_by: str, username: str, display_name: str, role: Role,
              password: str) -> User:
    name = normalise_username(username)
    if session.scalar(select(User.id).where(User.username == name)) is not None:
        raise InvalidInput("The user name {name!r} is taken.", "Choose another user name.",
                           name=name)
    display = (display_name or "").strip() or name
    if len(display) > 200:
        raise InvalidInput("The display name is longer than 200 characters.", "Shorten it.")
    user = User(username=name, display_name=display, role=role.value,
                password_hash=hash_password(password), active=True, created_by=created_by,
                failed_attempts=0)
    session.add(user)
    session.flush()
    return user


@committing
def create_first_user(session: Session, username: str, display_name: str, password: str,
                      *, device: str | None = None) -> User:
    """The first user of a fresh database: always a branch manager."""
    session.info["actor"] = Actor.system(device or device_id())
    if has_users(session):
        raise NotAllowed(
            "This database already has users, so the first user cannot be made again.",
            "Sign in as a branch manager and add the user.",
        )
    return _new_user(session, "system", username, display_name, Role.BRANCH_MANAGER, password)


@committing
def add_user(session: Session, actor: Actor, username: str, display_name: str, role: str | Role,
             password: str) -> User:
    require(actor, Permission.USERS)
    return _new_user(session, actor.user, username, display_name, _role(role), password)


@committing
def disable_user(session: Session, actor: Actor, username: str) -> User:
    """A disabled user cannot sign in; their past work keeps their name."""
    require(actor, Permission.USERS)
    user = _user(session, username)
    _keep_a_manager(session, user)
    user.active = False
    return user


@committing
def enable_user(session: Session, actor: Actor, username: str) -> User:
    require(actor, Permission.USERS)
    user = _user(session, username)
    user.active = True
    user.failed_attempts = 0
    user.locked_until = None
    return user


@committing
def change_role(session: Session, actor: Actor, username: str, role: str | Role) -> User:
    require(actor, Permission.USERS)
    user = _user(session, username)
    new = _role(role)
    if new != Role.BRANCH_MANAGER:
        _keep_a_manager(session, user)
    user.role = new.value
    return user


@committing
def change_password(session: Session, actor: Actor, username: str, new_password: str,
                    *, current_password: str | None = None) -> User:
    """Anyone may change their own password (with the current one); a branch manager may
    set anyone's (a forgotten password), which also lifts a lockout."""
    user = _user(session, username)
    own = user.username == actor.user.lower()
    if not (own and current_password is not None):
        require(actor, Permission.USERS)
    if own and current_password is not None and not _verify(user.password_hash, current_password):
        raise SignInRefused("The current password is wrong.", "Nothing was changed. Try again.")
    user.password_hash = hash_password(new_password)
    user.password_changed_at = utcnow()
    user.failed_attempts = 0
    user.locked_until = None
    return user


def list_users(session: Session) -> list[UserInfo]:
    return [
        UserInfo(u.username, u.display_name, u.role, u.active, u.created_at, u.last_login_at,
                 u.locked_until)
        for u in session.scalars(select(User).order_by(User.username))
    ]


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def authenticate(session: Session, username: str, password: str, *,
                 device: str | None = None, now: datetime | None = None) -> Actor:
    """Check a user name and password; return the Actor to pass to the services.

    Raises :class:`SignInRefused` (wrong name or password, disabled account) or
    :class:`AccountLocked` (too many wrong passwords: locked for a few minutes). A
    wrong password is counted and committed even though the sign-in fails.
    """
    device = device or device_id()
    when = now or utcnow()
    wrong = SignInRefused(
        "Wrong user name or password.",
        "Check both and try again; after 5 wrong passwords the account is locked for 5 minutes.",
    )
    name = (username or "").strip().lower()
    user = session.scalar(select(User).where(User.username == name)) if name else None
    if user is None:
        _verify(_dummy_hash(), password or "")
        session.rollback()
        raise wrong
    if user.locked_until is not None and user.locked_until > when:
        minutes = max(1, round((user.locked_until - when).total_seconds() / 60))
        session.rollback()
        raise AccountLocked(
            "Too many wrong passwords: {user} is locked for {minutes} more minute(s).",
            "Wait, or ask your branch manager to set a new password.",
            user=user.username, minutes=minutes,
        )
    session.info["actor"] = Actor(user.username, device, user.role)
    try:
        if not _verify(user.password_hash, password or ""):
            user.failed_attempts = (user.failed_attempts or 0) + 1
            locked = user.failed_attempts >= MAX_FAILED_ATTEMPTS
            if locked:
                user.failed_attempts = 0
                user.locked_until = when + LOCKOUT
            session.commit()
            if locked:
                raise AccountLocked(
                    "Too many wrong passwords: {user} is locked for {minutes} minutes.",
                    "Wait, or ask your branch manager to set a new password.",
                    user=user.username, minutes=int(LOCKOUT.total_seconds() // 60),
                )
            raise wrong
        if not user.active:
            session.rollback()
            raise SignInRefused(
                "The account {user} is disabled.", "Ask your branch manager.",
                user=user.username,
            )
        if _hasher.check_needs_rehash(user.password_hash):
            user.password_hash = _hasher.hash(password)
        user.failed_attempts = 0
        user.locked_until = None
        user.last_login_at = when
        session.commit()
        return Actor(user=user.username, device=device, role=user.role)
    except BaseException:
        session.rollback()
        raise
    finally:
        session.info.pop("actor", None)


def lock_timeout_seconds(session: Session) -> int:
    """Seconds without a key press or click after which the GUI locks the screen."""
    return settings.get(session, settings.LOCK_TIMEOUT_MINUTES) * 60


def role_label(role: str) -> str:
    try:
        return LABELS[Role(role)]
    except ValueError:
        return role


#: The demo database's users, one per role, all with :data:`DEMO_PASSWORD` (README).
DEMO_USERS = [
    ("volunteer", "Demo Volunteer", Role.VOLUNTEER),
    ("coordinator", "Demo Coordinator", Role.COORDINATOR),
    ("logistics", "Demo Logistics Officer", Role.LOGISTICS_OFFICER),
    ("manager", "Demo Branch Manager", Role.BRANCH_MANAGER),
]
DEMO_PASSWORD = "hsp-demo-2024"


@committing
def add_demo_users(session: Session, actor: Actor) -> list[User]:
    require(actor, Permission.USERS)
    return [
        _new_user(session, actor.user, name, display, role, DEMO_PASSWORD)
        for name, display, role in DEMO_USERS
        if session.scalar(select(User.id).where(User.username == name)) is None
    ]

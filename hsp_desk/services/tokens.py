"""Anonymous cards: signing keys, issuing batches, reading a scan, replacing a lost card.

Keys live in the ``token_keys`` table so that every laptop on a shared PostgreSQL
database verifies the same cards; the deployment code in a key id is the issuing
National Society's code unless told otherwise. :func:`resolve` is the one way from
what a scanner typed to a :class:`Token`; it writes nothing, and refuses with a
:class:`CardRejected` a volunteer can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Row, Table, bindparam, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from ..domain import tokens as tk
from ..domain.entitlements import check_profile
from ..domain.errors import InvalidInput, Text
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..domain.tokens import CardRejected
from ..store.models import Site, Token, TokenKey
from .context import Actor
from .lookup import get_site, site_by_code
from .permissions import require
from .transaction import committing

MAX_BATCH = 2000


@dataclass(frozen=True)
class IssuedCard:
    """What is printed on one card."""

    token_id: str
    typed_code: str
    payload: str


# --- keys --------------------------------------------------------------------------------

def signing_key(session: Session) -> TokenKey | None:
    """The key new cards are signed with: the newest active one."""
    return session.scalar(
        select(TokenKey).where(TokenKey.active.is_(True))
        .order_by(TokenKey.created_at.desc(), TokenKey.key_id.desc()).limit(1)
    )


def _next_key(session: Session, deployment: str) -> TokenKey:
    ids = session.scalars(select(TokenKey.key_id)).all()
    same = [int(k.rsplit("-", 1)[1]) for k in ids if k.rsplit("-", 1)[0] == deployment.upper()]
    try:
        key_id = tk.key_id_for(deployment, max(same, default=0) + 1)
    except ValueError:
        raise InvalidInput(
            "'{code}' cannot be a deployment code.",
            "Use 1 to 10 letters or digits, e.g. the National Society's code (MNE).",
            code=deployment,
        ) from None
    key = TokenKey(key_id=key_id, secret=tk.new_secret(), created_at=utcnow(), active=True)
    session.add(key)
    session.flush()
    return key


@committing
def rotate_key(session: Session, actor: Actor, deployment: str | None = None) -> TokenKey:
    """Start signing new cards with a fresh key; cards signed before keep verifying."""
    require(actor, Permission.SETTINGS)
    current = signing_key(session)
    if deployment is None:
        if current is None:
            raise InvalidInput("There is no card key yet, so no deployment code to reuse.",
                               "Give the deployment code, e.g. the National Society's code.")
        deployment = current.key_id.rsplit("-", 1)[0]
    return _next_key(session, deployment)


@committing
def withdraw_key(session: Session, actor: Actor, key_id: str) -> TokenKey:
    """Stop accepting every card signed with ``key_id`` (a leaked key). Cannot be undone
    here on purpose: issue new cards to the people concerned."""
    require(actor, Permission.SETTINGS)
    key = session.get(TokenKey, key_id.strip().upper())
    if key is None:
        raise InvalidInput("There is no card key '{key}'.", "'hsp-desk tokens keys' lists them.",
                           key=key_id)
    key.active = False
    return key


def list_keys(session: Session) -> list[TokenKey]:
    return list(session.scalars(select(TokenKey).order_by(TokenKey.created_at, TokenKey.key_id)))


def card_for(session: Session, token: Token) -> IssuedCard:
    key = session.get(TokenKey, token.key_id)
    assert key is not None  # a foreign key
    return IssuedCard(token.id, tk.typed_code(token.id), tk.payload(key.secret, key.key_id, token.id))


# --- issuing -----------------------------------------------------------------------------

def _new_token(session: Session, key: TokenKey, site: Site, now: datetime, **fields: object) -> Token:
    while True:  # 80 random bits: a collision is astronomically unlikely, but cheap to rule out
        token_id = tk.new_token_id()
        if session.get(Token, token_id) is None:
            break
    token = Token(id=token_id, key_id=key.key_id, issued_at=now, site_id=site.id,
                  **{"status": "issued", **fields})
    session.add(token)
    return token


@committing
def issue_cards(session: Session, actor: Actor, site_code: str, count: int) -> list[IssuedCard]:
    """Create ``count`` new tokens for a batch of printed cards (status ``issued``)."""
    require(actor, Permission.ISSUE_TOKENS)
    if not isinstance(count, int) or not 1 <= count <= MAX_BATCH:
        raise InvalidInput("A batch is 1 to {limit} cards.", "Choose another number of cards.",
                           limit=MAX_BATCH)
    site = site_by_code(session, site_code)
    key = signing_key(session) or _next_key(session, site.national_society.code)
    now = utcnow()
    tokens = [_new_token(session, key, site, now) for _ in range(count)]
    session.flush()
    return [IssuedCard(t.id, tk.typed_code(t.id), tk.payload(key.secret, key.key_id, t.id))
            for t in tokens]


# --- reading a card ----------------------------------------------------------------------

@dataclass(frozen=True)
class CardCheck:
    """A card that passed the checks: its token id, and the token if this database has it."""

    token_id: str
    token: Token | None
    key_id: str | None


def authenticate(session: Session, text: object) -> tuple[str, str | None]:
    """The token id of a scan or a typed code, and the id of the key whose mac verified
    (None for a typed code, which has no mac). Reads the keys only; writes nothing.

    Refuses with a :class:`CardRejected` a card signed by none of our active keys.
    """
    reading = tk.read_card(text)
    if reading.typed_id is not None:
        return reading.typed_id, None
    conn = session.connection()
    keys: dict[str, Row[tuple[str, str, bool]] | None] = {}
    for p in reading.payloads:
        if p.issuer not in keys:
            keys[p.issuer] = conn.execute(_KEY, {"key_id": p.issuer}).first()
        key = keys[p.issuer]
        if key is not None and key.active and p.verifies(key.secret):
            return p.token_id, key.key_id
    first = reading.payloads[0]
    if all(keys[p.issuer] is None for p in reading.payloads):
        raise CardRejected(
            "foreign",
            "This card was not issued by this desk (issuer {issuer}): it belongs to "
            "another organisation or another HSP Desk installation.",
            "It cannot be used here, and nothing was recorded. A coordinator can issue a card "
            "of this desk.",
            issuer=first.issuer,
        )
    for p in reading.payloads:
        key = keys[p.issuer]
        if key is not None and not key.active and p.verifies(key.secret):
            raise CardRejected(
                "key_withdrawn",
                "This card's key ({key}) has been withdrawn, so the card is no longer "
                "accepted.",
                "Nothing was recorded. A coordinator can issue the person a new card.",
                key=key.key_id,
            )
    raise CardRejected(
        "forged",
        "This card failed the authenticity check: it was altered, damaged or made up.",
        "Do not hand anything over on it; nothing was recorded. If the card looks genuine, "
        "scan it again or type the code printed under the QR code.",
    )


def check_card(session: Session, text: object, *, lock: bool = False) -> CardCheck:
    """Read and authenticate a scan or a typed code. Writes nothing.

    A genuine payload (its mac verifies with one of our keys) whose token this database
    does not hold yet is accepted with ``token`` None: a card printed on another laptop
    that has not been synchronised. A typed code has no mac, so it must be known here.
    """
    token_id, key_id = authenticate(session, text)
    return CardCheck(token_id, _load(session, token_id, lock), key_id)


def check_card_to_write(session: Session, text: object) -> CardCheck:
    """:func:`check_card` with the token locked, for a hand-out, which writes the token
    (its first use) with a Core statement of its own: the token is read as a plain row
    and given as a :class:`Token` outside the session. Loading it as an ORM instance
    cost a tenth of a scan. A token this session already holds is that instance."""
    token_id, key_id = authenticate(session, text)
    if session.identity_map.get(identity_key(Token, token_id)) is not None:
        return CardCheck(token_id, _load(session, token_id, True), key_id)
    session.flush()  # a token added in this session and not yet written is found
    row = session.connection().execute(_TOKEN_ROW_LOCKED, {"token_id": token_id}).first()
    return CardCheck(token_id, Token(**row._mapping) if row else None, key_id)


_KEY = select(TokenKey.key_id, TokenKey.secret, TokenKey.active).where(
    TokenKey.key_id == bindparam("key_id"))
_TOKENS: Table = Token.__table__  # type: ignore[assignment]
_TOKEN = select(Token).where(Token.id == bindparam("token_id"))
# Two laptops scanning the same card at once: the second waits here, then sees what the
# first handed out (DESIGN.md §8b).
_TOKEN_LOCKED = _TOKEN.with_for_update()
_TOKEN_ROW_LOCKED = (select(*_TOKENS.columns).where(_TOKENS.c.id == bindparam("token_id"))
                     .with_for_update())


def _load(session: Session, token_id: str, lock: bool) -> Token | None:
    return session.scalar(_TOKEN_LOCKED if lock else _TOKEN, {"token_id": token_id})


def usable(session: Session, check: CardCheck) -> Token:
    """The token of a checked card, refusing one that is unknown or revoked."""
    token = check.token
    if token is None:
        raise CardRejected(
            "unknown",
            "There is no card with this code in this database.",
            "Check the code against the card and type it again, or scan the QR code. "
            "Nothing was recorded.",
        )
    if token.status == "revoked":
        newer = session.scalar(select(Token.id).where(Token.replaces == token.id))
        when = (Text(" on {day}", day=f"{token.revoked_at:%Y-%m-%d}") if token.revoked_at
                else "")
        raise CardRejected(
            "revoked",
            "This card was replaced by a new card{when} and is no longer valid."
            if newer else "This card was withdrawn{when} and is no longer valid.",
            "Ask for the person's new card. Nothing was recorded."
            if newer else "A coordinator can issue a new card. Nothing was recorded.",
            when=when,
        )
    return token


def resolve(session: Session, text: object, *, lock: bool = False) -> Token:
    """The usable token behind a scan or a typed code; raises CardRejected otherwise."""
    return usable(session, check_card(session, text, lock=lock))


def adopt(session: Session, check: CardCheck, site_id: str) -> Token:
    """Record a genuine card of ours that this database has not seen (printed elsewhere)."""
    assert check.token is None and check.key_id is not None
    token = Token(id=check.token_id, key_id=check.key_id, status="active", issued_at=utcnow(),
                  site_id=site_id)
    session.add(token)
    session.flush()
    return token


# --- changing a card ---------------------------------------------------------------------

def _flags_text(flags: list[str] | None) -> str | None:
    return ",".join(sorted(set(flags))) if flags else None


@committing
def set_profile(
    session: Session,
    actor: Actor,
    card: str,
    *,
    household_size: int | None = None,
    age_band: str | None = None,
    sex: str | None = None,
    flags: list[str] | None = None,
) -> Token:
    """Record the coarse facts the rules use. Only what is given changes; ``flags`` (when
    given) replaces the flags. Nothing else about a person can be stored."""
    require(actor, Permission.ISSUE_TOKENS)
    sex = sex.strip().upper() if sex else None
    problems = check_profile(household_size, age_band, sex, flags or [])
    if problems:
        raise InvalidInput("{problems}", "Nothing was recorded.", problems=problems)
    token = resolve(session, card, lock=True)
    if household_size is not None:
        token.household_size = household_size
    if age_band is not None:
        token.age_band = age_band
    if sex is not None:
        token.sex = sex
    if flags is not None:
        token.flags = _flags_text(flags)
    if token.status == "issued":
        token.status = "active"
    return token


@committing
def replace_card(session: Session, actor: Actor, card: str, site_code: str | None = None) -> IssuedCard:
    """Revoke a lost or damaged card and issue its household a new one.

    The new token shares the household (so it inherits the history and gets no second
    ration in the same period) and the coarse facts.
    """
    require(actor, Permission.ISSUE_TOKENS)
    old = resolve(session, card, lock=True)
    site = site_by_code(session, site_code) if site_code else get_site(session, old.site_id)
    key = signing_key(session) or _next_key(session, site.national_society.code)
    now = utcnow()
    old.status = "revoked"
    old.revoked_at = now
    new = _new_token(session, key, site, now, household_id=old.household_id, status="active",
                     replaces=old.id, household_size=old.household_size, age_band=old.age_band,
                     sex=old.sex, flags=old.flags)
    session.flush()
    return IssuedCard(new.id, tk.typed_code(new.id), tk.payload(key.secret, key.key_id, new.id))


@committing
def revoke_card(session: Session, actor: Actor, card: str) -> Token:
    """Withdraw a card without a replacement (e.g. found copied)."""
    require(actor, Permission.ISSUE_TOKENS)
    token = resolve(session, card, lock=True)
    token.status = "revoked"
    token.revoked_at = utcnow()
    return token


def household_tokens(session: Session, household_id: str) -> list[Token]:
    return list(session.scalars(
        select(Token).where(Token.household_id == household_id).order_by(Token.issued_at)
    ))

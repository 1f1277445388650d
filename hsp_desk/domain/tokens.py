"""Anonymous card tokens: ids, the typed code, the QR payload and reading what a scanner types.

Pure functions, no database (DESIGN.md §3, §8b):

- A token id is 80 random bits from :mod:`secrets`, written as 16 Crockford base32
  characters. The *typed code* printed under the QR code adds Crockford's check symbol
  (the id's value modulo 37), in groups of four: ``7K3Q-M9XA-22FB-HC4D-Z``. Modulo the
  prime 37 catches every single wrong character and every swap of two neighbours.
- The QR payload is ``HSP1.<issuer>.<id>.<mac>``. The issuer is the id of the key that
  signed the card (``<deployment>-<n>``, e.g. ``MNE-1``), so keys rotate: old cards keep
  verifying with their key, new cards use the newest. The mac is HMAC-SHA256 over
  ``HSP1.<issuer>.<id>`` with that key, truncated to 128 bits (the floor DESIGN.md §8b
  sets) and written as 26 Crockford characters; it is compared with
  :func:`hmac.compare_digest`. Only uppercase letters, digits, ``.`` and ``-`` occur, so
  the QR code uses its compact alphanumeric mode and stays small on a business card.
- :func:`read_card` turns whatever a USB scanner or a volunteer typed into a
  :class:`CardReading`, or raises :class:`CardRejected` with words a volunteer
  understands. It never raises anything else (property-tested).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

from .errors import HspError

VERSION = "HSP1"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
#: Crockford's check symbols: the 32 digits above and five more for values 32..36.
CHECK_SYMBOLS = ALPHABET + "*~$=U"
ID_BITS = 80
ID_LENGTH = ID_BITS // 5  # 16
MAC_BITS = 128
MAC_LENGTH = (MAC_BITS + 4) // 5  # 26
TYPED_LENGTH = ID_LENGTH + 1

_VALUE = {c: i for i, c in enumerate(CHECK_SYMBOLS)}
_ID_RE = re.compile(f"[{ALPHABET}]{{{ID_LENGTH}}}")
_MAC_RE = re.compile(f"[{ALPHABET}]{{{MAC_LENGTH}}}")
_ISSUER_RE = re.compile(r"[A-Z0-9]{1,10}-[0-9]{1,4}")
_DEPLOYMENT_RE = re.compile(r"[A-Z0-9]{1,10}")
#: Crockford decoding: letters that look like digits are read as those digits.
_CROCKFORD_READ = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = str.maketrans("", "", " -._/\u00a0")

# What a USB scanner types when it sends US key codes to a laptop set to another layout.
# Accepting these is safe only because a payload must still carry a valid 128-bit mac.
_QWERTZ = str.maketrans({"Y": "Z", "Z": "Y", "y": "z", "z": "y", "ß": "-"})
_AZERTY = str.maketrans({
    "A": "Q", "Q": "A", "a": "q", "q": "a", "Z": "W", "W": "Z", "z": "w", "w": "z",
    "?": "M", ",": "m", ";": ".", ")": "-",
    "à": "0", "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7",
    "_": "8", "ç": "9",
})
LAYOUTS = (("as typed", None), ("German keyboard", _QWERTZ), ("French keyboard", _AZERTY))


class CardRejected(HspError):
    """A scanned or typed card code that cannot be used. Nothing was written.

    ``reason`` is a short machine-readable cause (``empty``, ``not_a_card``,
    ``newer_version``, ``bad_length``, ``bad_character``, ``typo``, ``forged``,
    ``foreign``, ``key_withdrawn``, ``unknown``, ``revoked``) for the screens and tests.
    """

    def __init__(self, reason: str, what: str, todo: str, /, **values: object) -> None:
        self.reason = reason
        super().__init__(what, todo, **values)


# --- ids and codes ---------------------------------------------------------------------

def encode(value: int, length: int) -> str:
    """``value`` as ``length`` Crockford characters, most significant first."""
    chars = []
    for _ in range(length):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def decode(text: str) -> int:
    value = 0
    for c in text:
        value = value * 32 + _VALUE[c]
    return value


def check_symbol(token_id: str) -> str:
    """Crockford's check symbol of an id: its value modulo 37."""
    return CHECK_SYMBOLS[decode(token_id) % 37]


def new_token_id() -> str:
    return encode(secrets.randbits(ID_BITS), ID_LENGTH)


def typed_code(token_id: str) -> str:
    """The code printed under the QR code: ``7K3Q-M9XA-22FB-HC4D-Z``."""
    groups = [token_id[i:i + 4] for i in range(0, len(token_id), 4)]
    return "-".join([*groups, check_symbol(token_id)])


def new_secret() -> bytes:
    return secrets.token_bytes(32)


def key_id_for(deployment: str, number: int) -> str:
    """The issuer written in a payload: the deployment's code and the key's number."""
    deployment = deployment.strip().upper()
    if not _DEPLOYMENT_RE.fullmatch(deployment):
        raise ValueError("a deployment code is 1-10 letters or digits")
    return f"{deployment}-{number}"


def mac(secret: bytes, issuer: str, token_id: str) -> str:
    """HMAC-SHA256 of ``HSP1.<issuer>.<id>``, truncated to its first 128 bits."""
    digest = hmac.new(secret, f"{VERSION}.{issuer}.{token_id}".encode("ascii"), hashlib.sha256)
    return encode(int.from_bytes(digest.digest()[: MAC_BITS // 8], "big"), MAC_LENGTH)


def payload(secret: bytes, issuer: str, token_id: str) -> str:
    return f"{VERSION}.{issuer}.{token_id}.{mac(secret, issuer, token_id)}"


# --- reading what was scanned or typed -------------------------------------------------

@dataclass(frozen=True)
class CardPayload:
    """A payload that has the right shape; whether it is genuine needs the key."""

    issuer: str
    token_id: str
    mac: str
    #: The keyboard layout that was undone to read it ("as typed" normally).
    layout: str = "as typed"

    @property
    def deployment(self) -> str:
        return self.issuer.rsplit("-", 1)[0]

    def verifies(self, secret: bytes) -> bool:
        return hmac.compare_digest(mac(secret, self.issuer, self.token_id), self.mac)


@dataclass(frozen=True)
class CardReading:
    """What was read: either a typed id (its check symbol already verified) or one or more
    readings of a scanned payload, the most likely first."""

    typed_id: str | None = None
    payloads: tuple[CardPayload, ...] = ()


def _clean(text: str) -> str:
    # Scanners end with Enter (CR/LF), some add a prefix or suffix control character;
    # copy-paste brings spaces and zero-width marks.
    return "".join(
        c for c in text if c.isprintable() and c not in "\u200b\u200c\u200d\u2060\ufeff"
    ).strip()


def _parse_payload(text: str, layout: str) -> CardPayload | None:
    parts = text.split(".")
    if len(parts) != 4 or parts[0] != VERSION:
        return None
    _, issuer, token_id, tag = parts
    if not (_ISSUER_RE.fullmatch(issuer) and _ID_RE.fullmatch(token_id) and _MAC_RE.fullmatch(tag)):
        return None
    return CardPayload(issuer, token_id, tag, layout)


def _read_payload(text: str) -> CardReading:
    found: list[CardPayload] = []
    for name, table in LAYOUTS:
        candidate = (text.translate(table) if table else text).upper()
        parsed = _parse_payload(candidate, name)
        if parsed is not None and parsed not in found:
            found.append(parsed)
    if found:
        return CardReading(payloads=tuple(found))
    head = text.upper().split(".", 1)[0]
    if re.fullmatch(r"HSP[2-9]\d*", head):
        raise CardRejected(
            "newer_version",
            "This card was made by a newer version of HSP Desk ({version}).",
            "Nothing was recorded. Update HSP Desk on this laptop, or type the code printed "
            "under the QR code.",
            version=head,
        )
    raise CardRejected(
        "forged",
        "This QR code was not read completely, or the card was altered.",
        "Nothing was recorded. Scan the QR code again, or type the code printed under it.",
    )


def _read_typed(text: str) -> CardReading:
    code = text.translate(_SEPARATORS).upper().translate(_CROCKFORD_READ)
    if not code:
        raise CardRejected(
            "empty",
            "Nothing was scanned or typed.",
            "Nothing was recorded. Scan the QR code again, or type the code printed under it.",
        )
    bad = sorted({c for c in code if c not in _VALUE})
    if bad:
        shown = " ".join(repr(c) for c in bad[:5])
        raise CardRejected(
            "bad_character",
            "This is not a card code: {chars} cannot be in one.",
            "A card code has letters and digits only, e.g. 7K3Q-M9XA-22FB-HC4D-Z. "
            "Nothing was recorded. Scan the QR code again, or type the code printed under it.",
            chars=shown,
        )
    if len(code) != TYPED_LENGTH:
        raise CardRejected(
            "bad_length",
            "A card code has {length} characters (16 and a last check character); "
            "this one has {typed}.",
            "Check the code on the card, e.g. 7K3Q-M9XA-22FB-HC4D-Z, and type it again. "
            "Nothing was recorded.",
            length=TYPED_LENGTH, typed=len(code),
        )
    token_id, check = code[:ID_LENGTH], code[ID_LENGTH]
    if not _ID_RE.fullmatch(token_id) or check_symbol(token_id) != check:
        raise CardRejected(
            "typo",
            "The code typed has a mistake: its last character does not match the others.",
            "Compare each character with the card and type it again. Nothing was recorded.",
        )
    return CardReading(typed_id=token_id)


def read_card(text: object) -> CardReading:
    """Read a scanned payload or a typed code. Raises :class:`CardRejected`, nothing else.

    Accepted: a trailing Enter or spaces, lower case (Caps Lock), a scanner typing US key
    codes into a German or French keyboard layout (payloads only, because the mac proves
    the reading right), and in a typed code any dashes or spaces and the letters O, I, L
    for 0, 1, 1.
    """
    if not isinstance(text, str):
        raise CardRejected(
            "empty",
            "Nothing was scanned or typed.",
            "Nothing was recorded. Scan the QR code again, or type the code printed under it.",
        )
    cleaned = _clean(text)
    if not cleaned:
        raise CardRejected(
            "empty",
            "Nothing was scanned or typed.",
            "Nothing was recorded. Scan the QR code again, or type the code printed under it.",
        )
    if cleaned[:3].upper() == "HSP" and len(cleaned) > 30:  # a typed code is shorter
        return _read_payload(cleaned)
    if "." in cleaned or len(cleaned) > 40:
        raise CardRejected(
            "not_a_card",
            "This is not an HSP Desk card: it may be a product barcode or another "
            "organisation's code.",
            "Nothing was recorded. Scan the QR code again, or type the code printed under it.",
        )
    return _read_typed(cleaned)

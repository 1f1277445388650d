"""The offline sync bundle file: framing, versioning, canonical JSON, encryption.

A bundle carries what one laptop recorded since its last bundle to the other laptops and
the branch of the same deployment (DESIGN.md §7). On disk::

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header | ciphertext

The header is canonical JSON (format version, branch, source device, bundle number per
device, creation time, key id, nonce). The payload is canonical JSON of table rows,
zlib-compressed, then encrypted and authenticated with AES-256-GCM under the branch key.
The magic and the header are the GCM associated data: changing one byte anywhere in the
file, or opening it with another branch's key, fails authentication, so a tampered or
foreign bundle is refused before anything is read from it.

The branch key travels between laptops as a small key file sealed with a passphrase
(scrypt + AES-256-GCM), see :func:`seal_key` / :func:`open_key`.

Pure: no database, nothing of ours but :mod:`hsp_desk.domain.errors`.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import HspError, Text

MAGIC = b"HSPSYNC\x01"
FORMAT_VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
#: A header is a few hundred bytes; anything much bigger is not one of our files.
MAX_HEADER = 4096
#: Refuse to inflate a payload beyond this (a zip bomb would otherwise eat the memory).
MAX_PAYLOAD = 2 * 1024 * 1024 * 1024
KEY_FILE_FORMAT = "hsp-desk-branch-key/1"
MIN_PASSPHRASE = 10

NOTHING = "Nothing was imported."


class BundleRejected(HspError):
    """A bundle file that cannot be imported. Nothing was written."""

    def __init__(self, what: str, todo: str = NOTHING, /, *, reason: str = "invalid",
                 **values: object) -> None:
        self.reason = reason
        super().__init__(what, todo, **values)


def canonical_json(obj: Any) -> bytes:
    """One byte sequence per value: sorted keys, no spaces, UTF-8."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


@dataclass(frozen=True)
class BundleHeader:
    branch: str
    device: str
    seq: int
    created_at: datetime
    key_id: str
    nonce: bytes = b""
    format: int = FORMAT_VERSION
    compression: str = "zlib"

    def to_json(self) -> bytes:
        return canonical_json({
            "format": self.format, "kind": "hsp-desk-sync", "branch": self.branch,
            "device": self.device, "seq": self.seq,
            "created_at": self.created_at.isoformat(timespec="microseconds"),
            "key_id": self.key_id, "nonce": self.nonce.hex(), "compression": self.compression,
        })


def _not_ours(detail: Text) -> BundleRejected:
    return BundleRejected(
        "This file is not an HSP Desk sync bundle ({detail}).",
        "Check that you chose the .hspsync file written by 'bundle export'. "
        "Nothing was imported.",
        reason="format", detail=detail,
    )


def read_header(data: bytes) -> tuple[BundleHeader, int]:
    """The header of a bundle and where its ciphertext starts. Nothing is authenticated
    yet: use the result only to find the key, then :func:`open_bundle`."""
    if len(data) < len(MAGIC) + 4:
        raise _not_ours(Text("too short"))
    if data[: len(MAGIC) - 1] != MAGIC[:-1]:
        raise _not_ours(Text("wrong signature"))
    if data[len(MAGIC) - 1] != MAGIC[-1]:
        raise BundleRejected(
            "This bundle was written in format {version}, which this version of "
            "HSP Desk cannot read.",
            "Update HSP Desk on this laptop, then import it again. Nothing was imported.",
            reason="version", version=data[len(MAGIC) - 1],
        )
    (length,) = struct.unpack(">I", data[len(MAGIC): len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if not 2 <= length <= MAX_HEADER or start + length > len(data):
        raise _not_ours(Text("damaged header"))
    try:
        raw = json.loads(data[start: start + length].decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("kind") != "hsp-desk-sync":
            raise ValueError("kind")
        if raw.get("format") != FORMAT_VERSION:
            raise BundleRejected(
                "This bundle was written in format {version!r}, which this version "
                "of HSP Desk cannot read.",
                "Update HSP Desk on this laptop, then import it again. Nothing was imported.",
                reason="version", version=raw.get("format"),
            )
        header = BundleHeader(
            branch=_text(raw["branch"]), device=_text(raw["device"]), seq=int(raw["seq"]),
            created_at=datetime.fromisoformat(_text(raw["created_at"])),
            key_id=_text(raw["key_id"]), nonce=bytes.fromhex(_text(raw["nonce"])),
            compression=_text(raw["compression"]),
        )
    except BundleRejected:
        raise
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, OverflowError):
        raise _not_ours(Text("unreadable header")) from None
    if len(header.nonce) != NONCE_BYTES or header.seq < 1 or header.compression != "zlib" \
            or header.created_at.tzinfo is not None:
        raise _not_ours(Text("unreadable header"))
    return header, start + length


def _text(value: object) -> str:
    if not isinstance(value, str) or not value or len(value) > 200:
        raise ValueError("text")
    return value


def seal_bundle(header: BundleHeader, payload: Any, key: bytes) -> bytes:
    """The bytes of a bundle file. A fresh nonce is drawn when ``header.nonce`` is empty."""
    if len(key) != KEY_BYTES:
        raise ValueError("a branch key is 32 bytes")
    if not header.nonce:
        header = BundleHeader(header.branch, header.device, header.seq, header.created_at,
                              header.key_id, os.urandom(NONCE_BYTES))
    head = header.to_json()
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    body = zlib.compress(canonical_json(payload), 6)
    return prefix + AESGCM(key).encrypt(header.nonce, body, prefix)


def open_bundle(data: bytes, key: bytes) -> tuple[BundleHeader, Any]:
    """Authenticate, decrypt and parse a bundle. Raises :class:`BundleRejected` for any
    byte changed after it was written, or for a bundle sealed with another key."""
    header, start = read_header(data)
    try:
        body = AESGCM(key).decrypt(header.nonce, data[start:], data[:start])
    except (InvalidTag, ValueError):
        raise BundleRejected(
            "This bundle was changed after it was written, or was made for another branch.",
            "Nothing was imported. Ask for a fresh copy of the bundle from the laptop that "
            "wrote it.",
            reason="tampered",
        ) from None
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(body, MAX_PAYLOAD)
        if inflater.unconsumed_tail:
            raise ValueError("too big")
        payload = json.loads(text.decode("utf-8"))
    except (ValueError, zlib.error, UnicodeDecodeError):  # authentic but unreadable: our bug
        raise _not_ours(Text("unreadable contents")) from None
    return header, payload


# --- the branch key as a file -------------------------------------------------------------

def _kdf(salt: bytes) -> Scrypt:
    return Scrypt(salt=salt, length=KEY_BYTES, n=2 ** 15, r=8, p=1)


def seal_key(key_id: str, branch: str, secret: bytes, passphrase: str) -> bytes:
    """A branch key sealed with a passphrase, as a small JSON file to carry on a USB stick."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise HspError("A passphrase for the branch key needs at least {min} characters.",
                       "Choose a longer one (a few words). Nothing was written.",
                       min=MIN_PASSPHRASE)
    salt, nonce = os.urandom(16), os.urandom(NONCE_BYTES)
    wrap = _kdf(salt).derive(passphrase.encode("utf-8"))
    aad = f"{KEY_FILE_FORMAT}|{key_id}|{branch}".encode()
    sealed = AESGCM(wrap).encrypt(nonce, secret, aad)
    return canonical_json({
        "format": KEY_FILE_FORMAT, "key_id": key_id, "branch": branch,
        "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
        "sealed": base64.b64encode(sealed).decode(),
    }) + b"\n"


def open_key(data: bytes, passphrase: str) -> tuple[str, str, bytes]:
    """(key id, branch, secret) from a key file; refuses a wrong passphrase or a damaged file."""
    try:
        raw = json.loads(data.decode("utf-8"))
        if raw.get("format") != KEY_FILE_FORMAT:
            raise ValueError("format")
        key_id, branch = _text(raw["key_id"]), _text(raw["branch"])
        salt, nonce, sealed = (base64.b64decode(raw[k], validate=True)
                               for k in ("salt", "nonce", "sealed"))
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise HspError("This file is not an HSP Desk branch key.",
                       "Choose the file written by 'bundle key export'. Nothing was changed.") from None
    try:
        wrap = _kdf(salt).derive(passphrase.encode("utf-8"))
        secret = AESGCM(wrap).decrypt(nonce, sealed,
                                      f"{KEY_FILE_FORMAT}|{key_id}|{branch}".encode())
    except (InvalidTag, ValueError):
        raise HspError("The passphrase is wrong, or the key file was changed.",
                       "Type the passphrase again. Nothing was changed.") from None
    if len(secret) != KEY_BYTES:
        raise HspError("This branch key has the wrong length.", "Nothing was changed.")
    return key_id, branch, secret

"""Offline sync: export what this laptop recorded since its last bundle, import bundles of
the other laptops and the branch, and the branch key that seals them (DESIGN.md §7).

(Not to be confused with ``services.bundles``: the preset item bundles of the scan screen.)

**What travels.** A bundle holds every row of the synchronised tables written on this
database since the previous bundle (found through the audit trail, whose sequence numbers
are the watermark): catalogue (National Societies, sites, items, kits, donors, lots,
reorder levels), card keys, entitlement rules, cards, documents; and of the ledger only
what *this device* recorded (movements, distributions and their lines). Every row a
movement, distribution, card or document points at travels with it, so a bundle is
self-contained and bundles can be imported in any order without a missing reference.

**Import** is idempotent: a row already present (same uuid) is not inserted again, so a
movement is counted once in the balances however often its bundle is imported. Rows are
matched by uuid, else by their natural key (site, item, donor, National Society code; lot
number of an item; a rule's item or category): the same site created on two laptops is
one site. Mutable rows (an item's name, a card's status, a waybill's status) take the
newer change (last writer wins, by the time of the change at its source); a card revocation
and a card-key withdrawal always win. A document number already used by another document
gets a suffix. Imported rows are chained in the audit trail with the device
``bundle:<source device>``, so ``hsp-desk verify`` passes after an import.

**Stock policy on merge.** Balances may not go below zero (DESIGN.md §2). Before writing,
the import adds up the new movements per (site, item, lot). If one would take a balance
below zero:

* when earlier bundles of the same laptop have not been imported, the bundle is *held*
  (kept sealed, nothing else written) and imported automatically after the missing ones;
* otherwise it is refused as a whole, listing each shortfall: the logistics officer
  records what is missing here (the receipt, the transfer in, or a "found" adjustment, or
  imports the bundle that brings it) and imports again. Nothing is written meanwhile.

A tampered bundle, one sealed with another branch's key and a file that is not a bundle
are refused before anything is read; nothing is written.

After an import, entitlement rules broken across laptops while they were offline (one
household served on two laptops beyond a rule) are listed, by household short id only.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain, repeat
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    Table,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..domain import bundle_format as bf
from ..domain import entitlements as ent
from ..domain.errors import HspError, InvalidInput, NotFound, Text
from ..domain.ledger import utcnow
from ..domain.roles import Permission
from ..gc_pause import gc_paused
from ..store import audit
from ..store.models import (
    AuditEntry,
    Balance,
    CountLine,
    CountSession,
    Distribution,
    DistributionLine,
    Document,
    Donor,
    EntitlementRule,
    Handover,
    Item,
    KitComponent,
    Lot,
    MobileCycle,
    Movement,
    NationalSociety,
    ReorderLevel,
    Site,
    SyncExport,
    SyncHeld,
    SyncImport,
    SyncKey,
    SyncRowVersion,
    Token,
    TokenKey,
)
from .context import Actor
from .permissions import require
from .transaction import committing

BUNDLE_SUFFIX = ".hspsync"
KEY_SUFFIX = ".hspkey"
IMPORT_DEVICE_PREFIX = "bundle:"
_CHUNK = 900  # ids per IN (...): below SQLite's old 999-parameter limit
#: The most page cache an import may use on SQLite (KiB): see :func:`_import_cache`.
IMPORT_CACHE_KIB = 256 * 1024


# --- what travels ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Spec:
    """One synchronised table: how rows are matched and merged."""

    table: Table
    #: "lww": mutable, newer change wins; "insert": immutable, insert if absent.
    mode: str
    #: Column -> table whose ids it holds (remapped when a row was matched by natural key).
    fks: dict[str, str] = field(default_factory=dict)
    #: Natural key columns (after remapping); None: matched by primary key only.
    natural: tuple[str, ...] | None = None

    @property
    def name(self) -> str:
        return self.table.name


def _t(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


#: In dependency order: a row's references come before it.
SPECS: list[Spec] = [
    Spec(_t(NationalSociety), "lww", natural=("code",)),
    Spec(_t(Site), "lww", {"national_society_id": "national_societies", "parent_id": "sites"},
         natural=("code",)),
    Spec(_t(Item), "lww", natural=("code",)),
    Spec(_t(KitComponent), "lww", {"kit_id": "items", "component_id": "items"}),
    Spec(_t(Donor), "lww", natural=("code",)),
    Spec(_t(Lot), "lww", {"item_id": "items"}, natural=("item_id", "lot_no")),
    Spec(_t(ReorderLevel), "lww", {"site_id": "sites", "item_id": "items"}),
    Spec(_t(TokenKey), "lww"),
    Spec(_t(EntitlementRule), "lww", {"item_id": "items"}),
    Spec(_t(Token), "lww", {"site_id": "sites", "replaces": "tokens"}),
    Spec(_t(Document), "lww", {"site_id": "sites", "to_site_id": "sites", "donor_id": "donors"}),
    Spec(_t(Movement), "insert", {"site_id": "sites", "item_id": "items", "lot_id": "lots",
                                  "document_id": "documents", "donor_id": "donors",
                                  "reverses": "movements"}),
    Spec(_t(Distribution), "insert", {"site_id": "sites", "token_id": "tokens",
                                      "reverses": "distributions"}),
    Spec(_t(DistributionLine), "insert", {"movement_id": "movements",
                                          "distribution_id": "distributions", "item_id": "items"}),
    # The paper trail of the HSPs, so that a branch fed by bundles prints their handover
    # and count reports too (the stock they moved travels as movements above).
    Spec(_t(CountSession), "lww", {"document_id": "documents", "site_id": "sites"}),
    Spec(_t(CountLine), "lww", {"count_id": "count_sessions", "item_id": "items", "lot_id": "lots"}),
    Spec(_t(Handover), "lww", {"site_id": "sites", "count_id": "count_sessions"}),
    Spec(_t(MobileCycle), "lww", {"mobile_site_id": "sites", "warehouse_site_id": "sites",
                                  "load_document_id": "documents", "return_count_id": "count_sessions",
                                  "return_document_id": "documents"}),
]
BY_NAME = {s.name: s for s in SPECS}
#: The HSPs' paper trail travels from the laptop that wrote it, up to the branch, and no
#: further: another laptop at the same site is not shown a count or a handover it did not
#: start (it could not start a count of the same shelves while that one looked open).
ORIGIN_ONLY = {"count_sessions", "count_lines", "handovers", "mobile_cycles"}
#: Tables whose ``number`` is unique and made per laptop: a number already used here by
#: another row gets the sending laptop's suffix on import, and keeps it afterwards.
NUMBERED = {"documents": Document, "handovers": Handover, "mobile_cycles": MobileCycle}
#: Rows of these tables travel only from the device that recorded them.
DEVICE_TABLES = {"movements", "distributions", "distribution_lines"}
#: References followed to make a bundle self-contained (column -> table).
REFS: dict[str, dict[str, str]] = {
    s.name: {c: t for c, t in s.fks.items()} | ({"key_id": "token_keys"} if s.name == "tokens" else {})
    for s in SPECS
}


# --- encoding rows as JSON ------------------------------------------------------------------

def _codec(table: Table) -> tuple[list[str], list[Callable[[Any], Any]], list[Callable[[Any], Any]]]:
    names, enc, dec = [], [], []
    for col in table.columns:
        names.append(col.name)
        t = col.type
        if isinstance(t, DateTime):
            enc.append(lambda v: None if v is None else v.isoformat(timespec="microseconds"))
            dec.append(_dec_datetime)
        elif isinstance(t, Date):
            enc.append(lambda v: None if v is None else v.isoformat())
            dec.append(lambda v: None if v is None else date.fromisoformat(_str(v)))
        elif isinstance(t, Boolean):
            enc.append(lambda v: None if v is None else bool(v))
            dec.append(_dec_bool)
        elif isinstance(t, LargeBinary):
            enc.append(lambda v: None if v is None else base64.b64encode(bytes(v)).decode())
            dec.append(lambda v: None if v is None else base64.b64decode(_str(v), validate=True))
        elif isinstance(t, Integer):
            enc.append(lambda v: v)
            dec.append(_dec_int)
        else:
            enc.append(lambda v: v)
            dec.append(lambda v: None if v is None else _str(v))
    return names, enc, dec


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("text expected")
    return v


def _dec_datetime(v: Any) -> datetime | None:
    if v is None:
        return None
    d = datetime.fromisoformat(_str(v))
    if d.tzinfo is not None:
        raise ValueError("naive UTC expected")
    return d


def _dec_bool(v: Any) -> bool | None:
    if v is None or isinstance(v, bool):
        return v
    raise ValueError("true/false expected")


def _dec_int(v: Any) -> int | None:
    if v is None or (isinstance(v, int) and not isinstance(v, bool)):
        return v
    raise ValueError("whole number expected")


_CODECS = {s.name: _codec(s.table) for s in SPECS}


def _kind(col: Any) -> str:
    t = col.type
    for cls, kind in ((DateTime, "dt"), (Date, "d"), (Boolean, "b"), (LargeBinary, "bin"),
                      (Integer, "i")):
        if isinstance(t, cls):
            return kind
    return "s"


#: Per table, the kind of each column: how it is decoded, digested and bound.
_KINDS = {s.name: [_kind(c) for c in s.table.columns] for s in SPECS}
_NONE = type(None)


def _pk_cols(table: Table) -> list[str]:
    return [c.name for c in table.primary_key.columns]


# --- keys -----------------------------------------------------------------------------------

def sealing_key(session: Session) -> SyncKey | None:
    return session.scalar(select(SyncKey).where(SyncKey.active.is_(True))
                          .order_by(SyncKey.created_at.desc(), SyncKey.key_id.desc()).limit(1))


def list_sync_keys(session: Session) -> list[SyncKey]:
    return list(session.scalars(select(SyncKey).order_by(SyncKey.created_at, SyncKey.key_id)))


@committing
def create_key(session: Session, actor: Actor, branch: str) -> SyncKey:
    """A new branch key (32 random bytes). Create it on one laptop (or the branch server),
    then export it to a file and import that on the other laptops."""
    require(actor, Permission.SYNC)
    name = (branch or "").strip().upper()
    if not name or len(name) > 64 or not all(c.isalnum() or c in "-_." for c in name):
        raise InvalidInput("A branch name is 1 to 64 letters, digits, '-', '_' or '.'.",
                           "E.g. the branch's site code, MNE-PODGORICA. Nothing was written.")
    key = SyncKey(key_id=f"BK-{secrets.token_hex(4).upper()}", branch=name,
                  secret=secrets.token_bytes(bf.KEY_BYTES), created_at=utcnow(), active=True)
    session.add(key)
    session.flush()
    return key


def export_key(session: Session, actor: Actor, out: Path, passphrase: str,
               key_id: str | None = None) -> Path:
    """Write the branch key to ``out``, sealed with ``passphrase`` (at least 10 characters).
    Reads only."""
    require(actor, Permission.SYNC)
    key = session.get(SyncKey, key_id.strip().upper()) if key_id else sealing_key(session)
    if key is None:
        raise NotFound("There is no branch key to export.",
                       "Create one with 'hsp-desk bundle key create --branch NAME'.")
    data = bf.seal_key(key.key_id, key.branch, key.secret, passphrase)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)
    return out


@committing
def import_key(session: Session, actor: Actor, path: Path, passphrase: str) -> tuple[SyncKey, bool]:
    """Add the branch key from a key file. Returns (key, True if it was new here)."""
    require(actor, Permission.SYNC)
    key_id, branch, secret = bf.open_key(Path(path).read_bytes(), passphrase)
    have = session.get(SyncKey, key_id)
    if have is not None:
        if have.secret != secret:
            raise HspError("This database already has a different branch key called {key_id}.",
                           "Nothing was changed. Ask your branch for the right key file.",
                           key_id=key_id)
        return have, False
    key = SyncKey(key_id=key_id, branch=branch, secret=secret, created_at=utcnow(), active=True)
    session.add(key)
    session.flush()
    return key, True


# --- export ---------------------------------------------------------------------------------

@dataclass
class ExportResult:
    path: Path | None
    seq: int
    device: str
    counts: dict[str, int]
    since: datetime | None

    @property
    def nothing_new(self) -> bool:
        return self.path is None


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i: i + size]


def _load_rows(session: Session, table: Table, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    (pk,) = _pk_cols(table)
    out: dict[str, dict[str, Any]] = {}
    wanted = sorted(set(ids))
    for chunk in _chunks(wanted):
        for row in session.execute(select(table).where(table.c[pk].in_(chunk))):
            m = dict(row._mapping)
            out[m[pk]] = m
    return out


def _changed_keys(session: Session, since: int, upto: int) -> dict[str, set[str]]:
    """Row keys of the synchronised tables written since audit entry ``since``."""
    a = AuditEntry
    out: dict[str, set[str]] = defaultdict(set)
    rows = session.execute(
        select(a.table_name, a.row_key).distinct()
        .where(a.seq > since, a.seq <= upto, a.action != "delete", a.table_name.in_(list(BY_NAME)))
    )
    for tname, key in rows:
        out[tname].add(key)
    return out


def _token_keys_map(session: Session, hashed: set[str]) -> list[str]:
    """Token ids whose hashed audit key is in ``hashed`` (tokens' audit keys are sha256s)."""
    if not hashed:
        return []
    return [tid for tid in session.scalars(select(Token.id))
            if audit.row_key("tokens", [tid]) in hashed]


def local_versions(session: Session, tname: str, keys: Sequence[str]) -> dict[str, datetime]:
    """When each row was last changed at its source: the latest change made on this
    database, or the source's time recorded when an import brought a newer one."""
    out: dict[str, datetime] = {}
    a = AuditEntry
    for chunk in _chunks(list(keys)):
        for key, at in session.execute(
            select(a.row_key, func.max(a.at)).where(
                a.table_name == tname, a.row_key.in_(chunk),
                ~a.device.startswith(IMPORT_DEVICE_PREFIX))
            .group_by(a.row_key)
        ):
            out[key] = at
        for key, at in session.execute(
            select(SyncRowVersion.row_key, SyncRowVersion.changed_at)
            .where(SyncRowVersion.table_name == tname, SyncRowVersion.row_key.in_(chunk))
        ):
            if key not in out or at > out[key]:
                out[key] = at
    return out


def _imported_keys(session: Session, tname: str, keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` name rows that came here in a bundle (inserted by an import)."""
    a = AuditEntry
    found: set[str] = set()
    for chunk in _chunks(list(keys)):
        found.update(session.scalars(select(a.row_key).where(
            a.table_name == tname, a.action == "insert", a.row_key.in_(chunk),
            a.device.startswith(IMPORT_DEVICE_PREFIX))))
    return found


def _collect(session: Session, device: str, since: int, upto: int
             ) -> tuple[dict[str, dict[Any, dict[str, Any]]], dict[str, dict[Any, datetime | None]]]:
    """The rows of a bundle: changed rows (with their version) and referenced rows (None)."""
    changed = _changed_keys(session, since, upto)
    for tname in ORIGIN_ONLY & set(changed):
        changed[tname] -= _imported_keys(session, tname, changed[tname])
    rows: dict[str, dict[Any, dict[str, Any]]] = {s.name: {} for s in SPECS}
    versions: dict[str, dict[Any, datetime | None]] = {s.name: {} for s in SPECS}

    for spec in SPECS:
        keys = changed.get(spec.name, set())
        if not keys:
            continue
        pk = _pk_cols(spec.table)
        if spec.name == "tokens":
            ids = _token_keys_map(session, keys)
            loaded = _load_rows(session, spec.table, ids)
        elif len(pk) == 1:
            loaded = _load_rows(session, spec.table, keys)
        else:
            wanted = {tuple(k.split("|")) for k in keys}
            loaded = {}
            for row in session.execute(select(spec.table)):
                m = dict(row._mapping)
                if tuple(str(m[c]) for c in pk) in wanted:
                    loaded[tuple(m[c] for c in pk)] = m
        if spec.name in DEVICE_TABLES:
            if spec.name == "distribution_lines":
                dist_dev = {
                    i: d for chunk in _chunks(sorted({m["distribution_id"] for m in loaded.values()}))
                    for i, d in session.execute(select(Distribution.id, Distribution.device_id)
                                                .where(Distribution.id.in_(chunk)))
                }
                loaded = {k: m for k, m in loaded.items() if dist_dev.get(m["distribution_id"]) == device}
            else:
                loaded = {k: m for k, m in loaded.items() if m["device_id"] == device}
        rows[spec.name].update(loaded)
        if spec.mode == "lww":
            keyed = {k: audit.row_key(spec.name, [k] if len(pk) == 1 else list(k)) for k in loaded}
            vers = local_versions(session, spec.name, list(keyed.values()))
            now = utcnow()
            for k, rk in keyed.items():
                versions[spec.name][k] = vers.get(rk, now)
        else:
            for k in loaded:
                versions[spec.name][k] = None

    # Self-contained: follow references, children first, until nothing is missing.
    for spec in reversed(SPECS):
        _add_refs(session, spec.name, rows, versions)
    return rows, versions


def _add_refs(session: Session, tname: str, rows: dict[str, dict[Any, dict[str, Any]]],
              versions: dict[str, dict[Any, datetime | None]]) -> None:
    pending = list(rows[tname].values())
    while pending:
        wanted: dict[str, set[str]] = defaultdict(set)
        for m in pending:
            for col, target in REFS[tname].items():
                v = m.get(col)
                if v is not None and v not in rows[target]:
                    wanted[target].add(v)
        pending = []
        for target, ids in wanted.items():
            loaded = _load_rows(session, BY_NAME[target].table, ids)
            missing = ids - set(loaded)
            if missing:  # a purged token: the distribution keeps its figures, unlinked
                if target == "tokens":
                    for m in rows[tname].values():
                        if m.get("token_id") in missing:
                            m["token_id"] = None
                else:
                    raise HspError("The database refers to {table} rows it does not hold.",
                                   "Run 'hsp-desk verify'. No bundle was written.", table=target)
            for k, m in loaded.items():
                rows[target][k] = m
                versions[target].setdefault(k, None)
            if target == tname:
                pending = list(loaded.values())
            else:
                _add_refs(session, target, rows, versions)


def _ordered(spec: Spec, rows: dict[Any, dict[str, Any]]) -> list[Any]:
    """Keys in an order where a row's reference to its own table comes first."""
    self_ref = [c for c, t in spec.fks.items() if t == spec.name]
    keys = sorted(rows, key=lambda k: str(k))
    if not self_ref:
        return keys
    col = self_ref[0]
    done: set[Any] = set()
    out: list[Any] = []

    def visit(k: Any, depth: int = 0) -> None:
        if k in done or depth > 1000:
            return
        parent = rows[k].get(col)
        if parent is not None and parent in rows:
            visit(parent, depth + 1)
        done.add(k)
        out.append(k)

    for k in keys:
        visit(k)
    return out


def build_payload(rows: dict[str, dict[Any, dict[str, Any]]],
                  versions: dict[str, dict[Any, datetime | None]], covers_from: int) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for spec in SPECS:
        data = rows[spec.name]
        if not data:
            continue
        names, enc, _ = _CODECS[spec.name]
        order = _ordered(spec, data)
        tables[spec.name] = {
            "columns": names,
            "rows": [[e(data[k][n]) for n, e in zip(names, enc, strict=True)] for k in order],
            "versions": [None if versions[spec.name].get(k) is None
                         else versions[spec.name][k].isoformat(timespec="microseconds")  # type: ignore[union-attr]
                         for k in order],
        }
    return {"covers_from": covers_from, "tables": tables}


@committing
def export_bundle(session: Session, actor: Actor, out: Path, *, everything: bool = False,
                  now: datetime | None = None) -> ExportResult:
    """Write what this laptop recorded since its last bundle (``everything``: since the
    start) to ``out``, sealed with the branch key. Writes no file when nothing is new."""
    require(actor, Permission.SYNC)
    key = sealing_key(session)
    if key is None:
        raise NotFound("There is no branch key on this laptop, so bundles cannot be sealed.",
                       "Import the branch's key file ('hsp-desk bundle key import FILE'), or "
                       "create the branch's first key ('hsp-desk bundle key create --branch "
                       "NAME'). No bundle was written.")
    last = session.execute(
        select(SyncExport.seq, SyncExport.audit_to, SyncExport.created_at)
        .where(SyncExport.device_id == actor.device)
        .order_by(SyncExport.seq.desc()).limit(1)
    ).first()
    seq = (last[0] if last else 0) + 1
    since = 0 if (everything or last is None) else int(last[1])
    upto = int(session.scalar(select(func.coalesce(func.max(AuditEntry.seq), 0))) or 0)
    rows, versions = _collect(session, actor.device, since, upto)
    counts = {t: len(r) for t, r in rows.items() if r}
    since_at = None if (everything or last is None) else last[2]
    if not counts:
        return ExportResult(None, seq - 1, actor.device, {}, since_at)
    created = now or utcnow()
    header = bf.BundleHeader(branch=key.branch, device=actor.device, seq=seq,
                             created_at=created, key_id=key.key_id)
    covers_from = 1 if since == 0 else seq
    data = bf.seal_bundle(header, build_payload(rows, versions, covers_from), key.secret)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, out)
    session.add(SyncExport(device_id=actor.device, seq=seq, audit_from=since, audit_to=upto,
                           created_at=created, created_by=actor.user,
                           movements=counts.get("movements", 0),
                           content_hash=hashlib.sha256(data).hexdigest()))
    return ExportResult(out, seq, actor.device, counts, since_at)


# --- import ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shortfall:
    site: str
    item: str
    lot: str
    on_hand: int
    change: int

    def __str__(self) -> str:
        lot = f" (lot {self.lot})" if self.lot else ""
        return (f"{self.site} / {self.item}{lot}: {self.on_hand} on hand here, the bundle's "
                f"movements take {-self.change} out")


class StockConflict(HspError):
    """A bundle whose movements would take stock below zero here. Nothing was written."""

    def __init__(self, shortfalls: list[Shortfall], header: bf.BundleHeader) -> None:
        self.shortfalls = shortfalls
        self.header = header
        listed = "; ".join(str(s) for s in shortfalls[:20])
        super().__init__(
            "Bundle {seq} of {device} takes out more stock than this database holds: "
            "{listed} and {more} more." if len(shortfalls) > 20 else
            "Bundle {seq} of {device} takes out more stock than this database holds: {listed}.",
            "Nothing was imported. Record here what is missing first (the receipt, the "
            "transfer in, or a 'found' adjustment at that site), or import the bundle that "
            "brings that stock, then import this bundle again.",
            seq=header.seq, device=header.device, listed=listed, more=len(shortfalls) - 20,
        )


@dataclass(frozen=True)
class Violation:
    """A household served beyond a rule across laptops while they were offline."""

    household: str  # first 8 characters of the household id: no personal data
    rule: str
    received: int
    allowed: int
    first_day: date
    last_day: date
    sites: tuple[str, ...]
    devices: tuple[str, ...]
    overridden: bool

    def __str__(self) -> str:
        ov = " (an override was recorded)" if self.overridden else ""
        return (f"household {self.household}: {self.rule}; received {self.received}, allowed "
                f"{self.allowed} from {self.first_day} to {self.last_day} at "
                f"{', '.join(self.sites)} on {', '.join(self.devices)}{ov}")


@dataclass
class ImportResult:
    status: str  # imported, already, held
    device: str
    seq: int
    created_at: datetime
    imported_at: datetime | None = None
    new_rows: dict[str, int] = field(default_factory=dict)
    present_rows: int = 0
    updated_rows: int = 0
    renumbered: list[tuple[str, str]] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    missing_before: list[int] = field(default_factory=list)
    held_reason: str = ""
    released: list[ImportResult] = field(default_factory=list)

    @property
    def new_movements(self) -> int:
        return self.new_rows.get("movements", 0)


class _Frame:
    """Rows of an insert-only table column by column, in the table's column order: a
    bundle may hold a hundred thousand movements, cheaper as fifteen lists than as a
    hundred thousand dicts, and written column by column anyway. ``texts`` holds, for
    timestamp columns where the decoder had it for free, each value's canonical text."""

    __slots__ = ("cols", "index", "table", "texts")

    def __init__(self, table: Table, cols: Sequence[Sequence[Any]],
                 texts: dict[int, Sequence[str]] | None = None) -> None:
        self.table = table
        self.cols = list(cols)
        self.index = {c.name: i for i, c in enumerate(table.columns)}
        self.texts = texts or {}

    def __len__(self) -> int:
        return len(self.cols[0]) if self.cols else 0

    def col(self, name: str) -> Sequence[Any]:
        return self.cols[self.index[name]]

    def take(self, rows: Sequence[int]) -> _Frame:
        """The rows at these positions, in this order."""
        return _Frame(self.table, [[c[i] for i in rows] for c in self.cols],
                      {j: [t[i] for i in rows] for j, t in self.texts.items()})

    def copy(self) -> _Frame:
        return _Frame(self.table, self.cols, self.texts)


_Lww = dict[str, tuple[list[dict[str, Any]], list[datetime | None]]]


def _decode(payload: Any) -> tuple[_Lww, dict[str, _Frame]]:
    """The payload's rows checked against this version's tables: of the mutable tables as
    column dicts with their versions, of the insert-only ones as :class:`_Frame`."""
    def bad(detail: Text) -> bf.BundleRejected:
        return bf.BundleRejected(
            "This bundle's contents do not fit this version of HSP Desk ({detail}).",
            "Check that both laptops run the same HSP Desk version. Nothing was imported.",
            reason="format", detail=detail)

    if not isinstance(payload, dict) or not isinstance(payload.get("tables"), dict):
        raise bad(Text("no tables"))
    out: _Lww = {}
    frames: dict[str, _Frame] = {}
    for tname, block in payload["tables"].items():
        if tname not in BY_NAME:
            raise bad(Text("unknown table {table!r}", table=tname))
        names, _, dec = _CODECS[tname]
        if not isinstance(block, dict) or block.get("columns") != names:
            raise bad(Text("the columns of {table} differ", table=tname))
        raw_rows, raw_versions = block.get("rows"), block.get("versions")
        if not isinstance(raw_rows, list) or not isinstance(raw_versions, list) \
                or len(raw_rows) != len(raw_versions):
            raise bad(Text("damaged {table}", table=tname))
        try:
            cols, texts = _decode_cols(names, _KINDS[tname], dec, raw_rows)
            versions = [_dec_datetime(v) for v in raw_versions]
        except (ValueError, TypeError):
            raise bad(Text("a value of {table} cannot be read", table=tname)) from None
        if any(None in cols[names.index(c)] for c in _pk_cols(BY_NAME[tname].table)):
            raise bad(Text("a row of {table} has no key", table=tname))
        if BY_NAME[tname].mode == "insert":
            frames[tname] = _Frame(BY_NAME[tname].table, cols, texts)
        else:
            out[tname] = ([dict(zip(names, vals, strict=True)) for vals in zip(*cols, strict=True)],
                          versions)
    return out, frames


#: A timestamp as the encoder writes it (``isoformat(timespec="microseconds")``, naive),
#: one per line: a column of them is checked by one match over the joined text.
_ISO_COLUMN = re.compile(r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\n)*")


def _decode_cols(names: list[str], kinds: list[str], dec: list[Callable[[Any], Any]],
                 raw_rows: list[Any]) -> tuple[list[Sequence[Any]], dict[int, Sequence[str]]]:
    """The rows' values column by column, decoded: a type check per column instead of a
    call per value (a bundle may hold a hundred thousand movements). Also the canonical
    text of the timestamp columns written the encoder's way with no NULL (all of them,
    in practice): the digests and SQLite need that text, and formatting each datetime
    back was a tenth of an import."""
    width = len(names)
    if not all(type(r) is list and len(r) == width for r in raw_rows):
        raise ValueError("row length")
    if not raw_rows:
        return [[] for _ in names], {}
    cols: list[Sequence[Any]] = list(zip(*raw_rows, strict=True))
    texts: dict[int, Sequence[str]] = {}
    for i, kind in enumerate(kinds):
        col = cols[i]
        types = set(map(type, col))
        if kind == "s":
            if not types <= {str, _NONE}:
                raise ValueError("text expected")
        elif kind == "i":
            if not types <= {int, _NONE}:
                raise ValueError("whole number expected")
        elif kind == "b":
            if not types <= {bool, _NONE}:
                raise ValueError("true/false expected")
        elif kind == "dt":
            if not types <= {str, _NONE}:
                raise ValueError("time expected")
            parsed = [None if v is None else datetime.fromisoformat(v) for v in col]
            if any(d is not None and d.tzinfo is not None for d in parsed):
                raise ValueError("naive UTC expected")
            cols[i] = parsed
            if types == {str}:
                joined = "\n".join(col) + "\n"
                if _ISO_COLUMN.fullmatch(joined):  # the canonical text is one letter away
                    texts[i] = joined.replace("T", " ").split("\n")[:-1]
        else:
            cols[i] = [dec[i](v) for v in col]
    return cols, texts


def _columns(frame: _Frame, sqlite: bool) -> tuple[list[Sequence[Any]], list[Sequence[str | None]]]:
    """The values to bind, column by column, and their canonical text (``audit._canon``)
    for the digests. A timestamp is formatted once, for both: SQLite stores it as that text,
    as SQLAlchemy's DateTime does; PostgreSQL binds the datetime."""
    binds: list[Sequence[Any]] = []
    texts: list[Sequence[str | None]] = []
    for i, (values, kind) in enumerate(zip(frame.cols, _KINDS[frame.table.name], strict=True)):
        text: Sequence[str | None]
        if kind == "s":  # text is its own canonical form
            text = values
        elif kind == "dt":  # naive UTC (the decoder refuses any other)
            text = frame.texts.get(i) or [
                None if v is None else v.isoformat(" ", "microseconds") for v in values]
        elif kind == "i":
            text = [None if v is None else str(v) for v in values]
        else:
            text = [None if v is None else audit._canon(v) for v in values]
        binds.append(text if kind == "dt" and sqlite else values)
        texts.append(text)
    return binds, texts


def _digests(table: Table, texts: list[Sequence[str | None]]) -> list[str]:
    """``audit.row_digest`` of each row from its columns' canonical text, without its
    per-value dispatch and sort (tests/test_sync_import_perf.py checks they agree): the
    ``name\x1fvalue`` parts in column name order, NULLs left out.

    One ``str.format`` per row: rows with the same columns NULL share a template, which
    names only their other columns (``format`` ignores the arguments it is not asked
    for). Most columns are never NULL or always NULL in a bundle, so there are few."""
    order = sorted(range(len(texts)), key=lambda i: table.columns[i].name)
    names = [table.columns[i].name for i in order]
    cols = [texts[i] for i in order]
    n = len(cols[0]) if cols else 0
    masks = [0] * n
    for bit, col in enumerate(cols):
        if None in col:
            flag = 1 << bit
            masks = [m | flag if v is None else m for m, v in zip(masks, col, strict=True)]
    templates: dict[int, str] = {}
    for m in set(masks):
        templates[m] = "\x1e".join(
            f"{name}\x1f{{{j}}}" for j, name in enumerate(names) if not m >> j & 1)
    sha = hashlib.sha256
    if len(templates) == 1:
        fmt = templates[masks[0]].format
        return [sha(fmt(*row).encode("utf-8")).hexdigest() for row in zip(*cols, strict=True)]
    return [sha(templates[m].format(*row).encode("utf-8")).hexdigest()
            for m, row in zip(masks, zip(*cols, strict=True), strict=True)]


def _raw_insert(session: Session, table: Table, binds: list[Sequence[Any]]) -> None:
    """One executemany through the driver: SQLAlchemy's per-row parameter processing
    would be a third of an import of a hundred thousand movements."""
    conn = session.connection()
    names = [c.name for c in table.columns]
    marks = ", ".join(["?" if conn.dialect.paramstyle == "qmark" else "%s"] * len(names))
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    conn.exec_driver_sql(sql, list(zip(*binds, strict=True)))


@dataclass(frozen=True)
class _Bulk:
    """An insert-only table's new rows, ordered and bound, before they are written."""

    table: Table
    name: str
    keys: Sequence[str]
    binds: list[Sequence[Any]]
    texts: list[Sequence[str | None]]


@dataclass(frozen=True)
class _Staged:
    """Where a bulk's rows wait for their copy: the temporary table's name, and the
    columns that hold one value in every row, bound once in the copy instead."""

    temp: str
    varying: list[str]
    constant: dict[str, Any]


def _stage(conn: Connection, bulk: _Bulk) -> _Staged:
    """The rows in a temporary table of their varying columns, untyped so that the copy
    into the real table converts each value as a direct insert would. Columns with the
    same value in every row (the sending laptop's id and user, the NULLs of a hand-out)
    are left out of it: binding them row by row was a third of the staging."""
    temp = f"hsp_import_{bulk.name}"
    varying: list[str] = []
    constant: dict[str, Any] = {}
    values: list[Sequence[Any]] = []
    for col, vals in zip(bulk.table.columns, bulk.binds, strict=True):
        first = vals[0]
        if vals.count(first) == len(vals):  # equal, and of one type (_decode checks it)
            constant[col.name] = first
        else:
            varying.append(col.name)
            values.append(vals)
    if not varying:  # one row (or identical rows): stage its key like any other column
        name = bulk.table.columns[0].name
        varying.append(name)
        values.append(bulk.binds[0])
        del constant[name]
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{temp}")
    conn.exec_driver_sql(f"CREATE TEMP TABLE {temp} ({', '.join(varying)})")
    marks = ", ".join(["?"] * len(varying))
    conn.exec_driver_sql(f"INSERT INTO temp.{temp} VALUES ({marks})",
                         list(zip(*values, strict=True)))
    return _Staged(temp, varying, constant)


def _copy_staged(conn: Connection, table: Table, staged: _Staged) -> None:
    names = [c.name for c in table.columns]
    select_list = ", ".join("?" if c in staged.constant else c for c in names)
    params = tuple(staged.constant[c] for c in names if c in staged.constant)
    conn.exec_driver_sql(f"INSERT INTO main.{table.name} ({', '.join(names)}) "
                         f"SELECT {select_list} FROM temp.{staged.temp} ORDER BY rowid", params)
    conn.exec_driver_sql(f"DROP TABLE temp.{staged.temp}")


@contextmanager
def _import_cache(session: Session) -> Iterator[None]:
    """On SQLite, a page cache of up to :data:`IMPORT_CACHE_KIB` for the import; the
    connection's own size again before the commit.

    A bundle of many movements inserts keys all over the indexes keyed by uuid (movements'
    primary key, the audit trail's (table, row key)), so it changes nearly every leaf page
    of them: about 230 MB of pages for 100,000 movements into a million-movement ledger.
    With SQLite's default cache (2 MB) those pages are evicted, re-read and spilled to the
    WAL over and over; held in the cache, each is read once and written once by the commit.
    SQLite takes the memory a page at a time as the import touches pages, so a small bundle
    takes little; a big one up to 256 MiB for the length of the import, which a 4 GB laptop
    can spare. Restoring the size before the commit is safe: changed pages stay in the cache
    until the commit writes them, and are freed then, down to the restored size.

    Set on the driver's connection: no SQL statement of the session is involved, so the
    reset works whatever state an error left the session in. PostgreSQL: nothing to do
    (its buffers are the server's).
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.dbapi_connection
    assert raw is not None
    before = int(raw.execute("PRAGMA cache_size").fetchone()[0])
    raw.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    # Nor does the commit copy the log back (over a second for 100,000 movements): the
    # store's checkpointer does it once the connection is back in the pool, which also
    # sets SQLite's own checkpoint again (store/database.py).
    raw.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {before}")


class _Merge:
    """One bundle's rows merged into one database, inside the caller's transaction."""

    def __init__(self, session: Session, header: bf.BundleHeader, actor: Actor) -> None:
        self.s = session
        self.header = header
        self.actor = actor
        self.ids: dict[str, dict[str, str]] = defaultdict(dict)  # table -> incoming -> local
        self.new: dict[str, int] = defaultdict(int)
        self.present = 0
        self.updated = 0
        self.renumbered: list[tuple[str, str]] = []
        self.changes: list[audit.Change] = []
        self.versions: list[dict[str, Any]] = []
        self.new_movements: list[dict[str, Any]] = []
        self.new_distributions: list[dict[str, Any]] = []

    # references ---------------------------------------------------------------------------
    def remap(self, spec: Spec, row: dict[str, Any]) -> dict[str, Any]:
        for col, target in spec.fks.items():
            v = row.get(col)
            if v is not None:
                row[col] = self.ids[target].get(v, v)
        if spec.name == "count_lines" and row.get("lot_id") is not None:
            row["lot_key"] = row["lot_id"]  # a count line's lot key is its lot's id, here too
        return row

    def _audit(self, action: str, tname: str, row: dict[str, Any]) -> None:
        self.changes += audit.changes_of(action, BY_NAME[tname].table, [row])

    # mutable rows -------------------------------------------------------------------------
    def merge_lww(self, spec: Spec, rows: list[dict[str, Any]], versions: list[datetime | None]) -> None:
        table = spec.table
        pk = _pk_cols(table)
        single = len(pk) == 1
        # One read for the rows present under their own id (the common case), and one for
        # their versions; rows matched by natural key are looked up one by one.
        by_pk = _load_rows(self.s, table, [r[pk[0]] for r in rows]) if single else {}
        known = local_versions(self.s, spec.name, [
            audit.row_key(spec.name, [k]) for k, v in zip(
                [r[pk[0]] for r in rows], versions, strict=True) if k in by_pk and v is not None
        ]) if single else None
        for row, version in zip(rows, versions, strict=True):
            incoming_pk = [row[c] for c in pk]
            row = self.remap(spec, dict(row))
            local = by_pk.get(incoming_pk[0]) if single else None
            mine_known = local is not None
            if local is None:
                local = self._find(spec, row)
            if local is None:
                if spec.name in NUMBERED:
                    self._free_number(NUMBERED[spec.name], row)
                self.s.execute(insert(table), [row])
                self._audit("insert", spec.name, row)
                self.new[spec.name] += 1
                if version is not None:
                    self._version(spec.name, row, version)
                continue
            if single and local[pk[0]] != incoming_pk[0]:
                self.ids[spec.name][incoming_pk[0]] = local[pk[0]]
            self.present += 1
            if version is None:
                continue  # a referenced row: present is enough
            key = audit.row_key(spec.name, [local[c] for c in pk])
            mine = (known or {}).get(key) if mine_known and known is not None \
                else local_versions(self.s, spec.name, [key]).get(key)
            merged = self._merged(spec, local, row, version, mine)
            if merged is not None and merged != local:
                where = [table.c[c] == local[c] for c in pk]
                values = {k: v for k, v in merged.items() if k not in pk}
                self.s.execute(update(table).where(*where).values(**values))
                self._audit("update", spec.name, merged)
                self._version(spec.name, merged, version)
                self.updated += 1

    def _find(self, spec: Spec, row: dict[str, Any]) -> dict[str, Any] | None:
        table = spec.table
        pk = _pk_cols(table)
        found = self.s.execute(select(table).where(*[table.c[c] == row[c] for c in pk])).first()
        if found is None and spec.natural:
            found = self.s.execute(
                select(table).where(*[table.c[c] == row[c] for c in spec.natural])).first()
        if found is None and spec.name == "entitlement_rules":
            col = "item_id" if row.get("item_id") is not None else "category"
            found = self.s.execute(select(table).where(table.c[col] == row[col])).first()
        return dict(found._mapping) if found is not None else None

    def _merged(self, spec: Spec, local: dict[str, Any], row: dict[str, Any],
                version: datetime, mine: datetime | None) -> dict[str, Any] | None:
        """The row after merging ``row`` (changed at ``version`` at its source; here last
        at ``mine``) into ``local``; None to keep ``local``."""
        pk = _pk_cols(spec.table)
        newer = mine is None or version > mine
        keep_keys = {c: local[c] for c in pk}
        if spec.name == "token_keys":
            if local["secret"] != row["secret"]:
                raise HspError(
                    "The card key {key_id} of this bundle differs from this database's "
                    "key of the same name: the laptops created their card keys separately.",
                    "Nothing was imported. Cards must be signed with keys shared through the "
                    "branch: import the branch's bundle on every laptop before issuing cards.",
                    key_id=local["key_id"])
            # A withdrawn key stays withdrawn, whichever side withdrew it.
            return local | {"active": bool(local["active"] and row["active"])}
        if spec.name == "tokens":
            base = (local | row | keep_keys) if newer else dict(local)
            if "revoked" in (local["status"], row["status"]):  # a revocation always wins
                times = [t for t in (local["revoked_at"], row["revoked_at"]) if t is not None]
                base["status"] = "revoked"
                base["revoked_at"] = min(times) if times else None
            base["household_id"] = local["household_id"]
            return base
        if spec.name in NUMBERED:
            keep_keys["number"] = local["number"]
        return (local | row | keep_keys) if newer else None

    def _version(self, tname: str, row: dict[str, Any], version: datetime) -> None:
        pk = _pk_cols(BY_NAME[tname].table)
        self.versions.append({"table_name": tname,
                              "row_key": audit.row_key(tname, [row[c] for c in pk]),
                              "changed_at": version,
                              "source_device": self.header.device[:64]})

    def _free_number(self, model: Any, row: dict[str, Any]) -> None:
        """A number already used here by another row (a document, a handover, a trip)
        gets a suffix."""
        number = row["number"]
        taken = self.s.scalar(select(model.id).where(model.number == number))
        if taken is None:
            return
        stem = f"{number[:38]}-{self.header.device[-4:].upper()}"
        candidate, n = stem, 1
        while self.s.scalar(select(model.id).where(model.number == candidate)) is not None:
            n += 1
            candidate = f"{stem}{n}"
        row["number"] = candidate
        self.renumbered.append((number, candidate))

    # immutable rows (bulk) ----------------------------------------------------------------
    def _existing(self, table: Table, col: str, ids: Sequence[str]) -> set[str]:
        # Driver SQL: compiling a 900-parameter IN per chunk through SQLAlchemy was most of
        # this look-up for a hundred thousand ids.
        conn = self.s.connection()
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        have: set[str] = set()
        for chunk in _chunks(ids):
            sql = (f"SELECT {col} FROM {table.name} WHERE {col} IN "
                   f"({', '.join([mark] * len(chunk))})")
            have.update(r[0] for r in conn.exec_driver_sql(sql, tuple(chunk)))
        return have

    def new_rows(self, spec: Spec, frame: _Frame | None) -> _Frame:
        """The rows of an insert-only table not present here yet, remapped."""
        if frame is None:
            return _Frame(spec.table, [[] for _ in spec.table.columns])
        pk = _pk_cols(spec.table)[0]
        have = self._existing(spec.table, pk, frame.col(pk))
        self.present += len(have)
        if have:
            keys = frame.col(pk)
            frame = frame.take([i for i, k in enumerate(keys) if k not in have])
        else:
            frame = frame.copy()  # columns are replaced below, never changed in place
        for col, target in spec.fks.items():
            mapping = self.ids.get(target)
            if mapping:
                j = frame.index[col]
                frame.cols[j] = [mapping.get(v, v) for v in frame.cols[j]]
        return frame

    def prepare(self, spec: Spec, frame: _Frame) -> _Bulk | None:
        """An insert-only table's new rows in the order they are written, bound."""
        n = len(frame)
        if not n:
            return None
        pk = _pk_cols(spec.table)[0]
        # By id, so that the primary key index (and the audit trail's (table, row key)
        # index) fill in order; originals before the reversals that point at them
        # (foreign key).
        keys = frame.col(pk)
        order = sorted(range(n), key=keys.__getitem__)
        if "reverses" in frame.index:
            rev = frame.col("reverses")
            order = [i for i in order if rev[i] is None] + [i for i in order if rev[i] is not None]
        if order != list(range(n)):  # bundles are written in key order: usually already so
            frame = frame.take(order)
        binds, texts = _columns(frame, self.s.get_bind().dialect.name == "sqlite")
        # The name as a plain str: SQLAlchemy's quoted_name is a str subclass, which the
        # sqlite3 driver tries to adapt, per row.
        name = str(spec.name)
        self.new[name] += n
        return _Bulk(spec.table, name, frame.col(pk), binds, texts)

    def write(self, bulks: list[_Bulk]) -> None:
        """Insert the new rows of the insert-only tables and chain every change of the
        import: the mutable rows' first, then these, table by table in the order written
        (verify pairs the N-th insert entry of a table with its N-th row).

        On SQLite the rows are first put in temporary tables, then copied by one INSERT
        ... SELECT each, during which SQLite works without Python's interpreter lock: the
        digests and the chain, a second of pure Python for a hundred thousand movements,
        are computed meanwhile on a second thread. (An executemany would take the lock
        back after every row, and wait for the other thread each time.)
        """
        conn = self.s.connection()
        sqlite = conn.dialect.name == "sqlite"
        head = audit.chain_head(conn)
        at = utcnow()
        device = (IMPORT_DEVICE_PREFIX + self.header.device)[:64]
        mutable, self.changes = self.changes, []

        def entries() -> list[audit.Entry]:
            inserted = chain.from_iterable(
                zip(repeat("insert"), repeat(b.name), b.keys, _digests(b.table, b.texts))
                for b in bulks)
            return audit.chain_entries(head, at, self.actor.user, device,
                                       chain(mutable, inserted), sqlite=sqlite)

        if not sqlite or not bulks:  # nothing to overlap with: no thread
            for b in bulks:
                _raw_insert(self.s, b.table, b.binds)
            audit.insert_entries(conn, entries())
            return
        staged = [_stage(conn, b) for b in bulks]
        with ThreadPoolExecutor(1, thread_name_prefix="hsp-import") as pool:
            computed = pool.submit(entries)
            for b, temp in zip(bulks, staged, strict=True):
                _copy_staged(conn, b.table, temp)
            rows = computed.result()  # the pool waits for it even if a copy failed
        audit.insert_entries(conn, rows)

    def write_versions(self) -> None:
        """Where each merged mutable row was last changed (its changes were chained by
        :meth:`write`)."""
        if self.versions:
            t = _t(SyncRowVersion)
            for v in self.versions:
                self.s.execute(t.delete().where(t.c.table_name == v["table_name"],
                                                t.c.row_key == v["row_key"]))
            self.s.execute(insert(t), self.versions)
            self.versions = []


def _stock_check(session: Session, movements: _Frame) -> tuple[
        dict[tuple[str, str, str], int], list[Shortfall]]:
    """Net change per balance key of the new movements, and the keys that would go below zero."""
    net: dict[tuple[str, str, str], int] = defaultdict(int)
    for site, item, lot, qty in zip(movements.col("site_id"), movements.col("item_id"),
                                    movements.col("lot_id"), movements.col("qty"), strict=True):
        net[(site, item, lot or "")] += qty  # a balance's lot_key is '' without a lot
    net = {k: v for k, v in net.items() if v != 0}
    negatives = [k for k, v in net.items() if v < 0]
    if not negatives:
        return net, []
    sites = sorted({k[0] for k in negatives})
    q = select(Balance.site_id, Balance.item_id, Balance.lot_key, Balance.qty).where(
        Balance.site_id.in_(sites))
    if session.get_bind().dialect.name == "postgresql":
        q = q.with_for_update()  # another laptop on the server may be issuing the same stock
    have = {(s, i, lot): q_ for s, i, lot, q_ in session.execute(q)}
    short = [k for k in negatives if have.get(k, 0) + net[k] < 0]
    if not short:
        return net, []
    site_codes = dict(session.execute(select(Site.id, Site.code)).all())
    item_codes = dict(session.execute(select(Item.id, Item.code)).all())
    lot_nos = dict(session.execute(select(Lot.id, Lot.lot_no).where(
        Lot.id.in_([k[2] for k in short if k[2]]))).all()) if any(k[2] for k in short) else {}
    return net, sorted(
        (Shortfall(site_codes.get(s, s), item_codes.get(i, i), lot_nos.get(lot, lot),
                   have.get((s, i, lot), 0), net[(s, i, lot)]) for s, i, lot in short),
        key=lambda x: (x.site, x.item, x.lot))


def _apply_balances(session: Session, net: dict[tuple[str, str, str], int]) -> None:
    """One statement per (site, item, lot) key, sent as one executemany per direction."""
    ups = [{"site_id": s, "item_id": i, "lot_key": lot, "qty": d}
           for (s, i, lot), d in net.items() if d > 0]
    downs = [{"s": s, "i": i, "l": lot, "d": d} for (s, i, lot), d in net.items() if d < 0]
    if ups:
        from sqlalchemy.dialects import postgresql, sqlite

        dialect = session.get_bind().dialect.name
        ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(Balance)
        stmt = ins.on_conflict_do_update(
            index_elements=[Balance.site_id, Balance.item_id, Balance.lot_key],
            set_={"qty": Balance.qty + ins.excluded.qty})
        session.execute(stmt, ups)
    if downs:
        from sqlalchemy import bindparam

        b = _t(Balance)
        session.execute(
            update(b).where(b.c.site_id == bindparam("s"), b.c.item_id == bindparam("i"),
                            b.c.lot_key == bindparam("l"))
            .values(qty=b.c.qty + bindparam("d")),
            downs,
        )


class _Held(Exception):
    def __init__(self, reason: str, missing: list[int]) -> None:
        self.reason = reason
        self.missing = missing


def _missing_before(session: Session, device: str, seq: int) -> list[int]:
    """Bundle numbers of ``device`` before ``seq`` whose changes have not come in (a bundle
    of everything stands in for all before it)."""
    have: set[int] = set()
    for first, last in session.execute(select(SyncImport.covers_from, SyncImport.seq)
                                       .where(SyncImport.source_device == device)):
        have.update(range(first, last + 1))
    return [n for n in range(1, seq) if n not in have]


def _open(session: Session, data: bytes) -> tuple[bf.BundleHeader, Any]:
    header, _ = bf.read_header(data)
    key = session.get(SyncKey, header.key_id)
    if key is None:
        raise bf.BundleRejected(
            "This bundle was sealed with the key {key_id} of '{branch}', which "
            "this laptop does not have: it was made for another branch.",
            "Nothing was imported. If it is your branch's, import the branch key first "
            "('hsp-desk bundle key import FILE').", reason="foreign",
            key_id=header.key_id, branch=header.branch)
    return bf.open_bundle(data, key.secret)


def _import_once(session: Session, actor: Actor, data: bytes, content_hash: str) -> ImportResult:
    """Merge one authentic bundle, all or nothing. Raises _Held or StockConflict."""
    header, payload = _open(session, data)
    done = session.get(SyncImport, content_hash)
    if done is not None:
        return ImportResult("already", header.device, header.seq, header.created_at,
                            imported_at=done.imported_at)
    tables, frames = _decode(payload)
    covers_from = payload.get("covers_from")
    if not isinstance(covers_from, int) or isinstance(covers_from, bool) \
            or not 1 <= covers_from <= header.seq:
        covers_from = header.seq
    with _import_cache(session):
        return _merge_tables(session, actor, header, tables, frames, covers_from, content_hash)


def _merge_tables(session: Session, actor: Actor, header: bf.BundleHeader, tables: _Lww,
                  frames: dict[str, _Frame], covers_from: int, content_hash: str) -> ImportResult:
    """The writing part of :func:`_import_once`."""
    merge = _Merge(session, header, actor)
    empty: tuple[list[dict[str, Any]], list[datetime | None]] = ([], [])
    for spec in SPECS:
        if spec.mode == "lww":
            merge.merge_lww(spec, *tables.get(spec.name, empty))
    moves = merge.new_rows(BY_NAME["movements"], frames.get("movements"))
    net, short = _stock_check(session, moves)
    if short:
        missing = _missing_before(session, header.device, header.seq)
        if missing:
            raise _Held(str(StockConflict(shortfalls=short, header=header)), missing)
        raise StockConflict(shortfalls=short, header=header)
    _apply_balances(session, net)
    dists = merge.new_rows(BY_NAME["distributions"], frames.get("distributions"))
    lines = merge.new_rows(BY_NAME["distribution_lines"], frames.get("distribution_lines"))
    # Movements first: distributions' lines refer to them and to the distributions.
    bulks = [merge.prepare(BY_NAME[name], frame) for name, frame in
             (("movements", moves), ("distributions", dists), ("distribution_lines", lines))]
    merge.write([b for b in bulks if b is not None])
    merge.write_versions()
    now = utcnow()
    rows_new = sum(merge.new.values())
    session.add(SyncImport(content_hash=content_hash, source_device=header.device[:64],
                           seq=header.seq, covers_from=covers_from, branch=header.branch[:64],
                           bundle_created_at=header.created_at, imported_at=now,
                           imported_by=actor.user, movements_new=merge.new.get("movements", 0),
                           rows_new=rows_new))
    session.execute(_t(SyncHeld).delete().where(_t(SyncHeld).c.content_hash == content_hash))
    session.flush()
    households = {h for h in dists.col("household_id") if h}
    return ImportResult(
        "imported", header.device, header.seq, header.created_at, imported_at=now,
        new_rows=dict(merge.new), present_rows=merge.present, updated_rows=merge.updated,
        renumbered=merge.renumbered,
        violations=cross_device_violations(session, households),
        missing_before=_missing_before(session, header.device, header.seq),
    )


@committing
def _import_committed(session: Session, actor: Actor, data: bytes, content_hash: str) -> ImportResult:
    try:
        return _import_once(session, actor, data, content_hash)
    except IntegrityError as exc:
        raise bf.BundleRejected(
            "This bundle does not fit this database: it refers to rows it does not carry, "
            "or clashes with rows here.",
            "Nothing was imported. Import the branch's bundle first, then this one again; if it "
            "still fails, send this message to your branch ({error}).",
            reason="conflict", error=type(exc.orig).__name__) from None


@committing
def _hold(session: Session, actor: Actor, data: bytes, content_hash: str,
          header: bf.BundleHeader, reason: str) -> None:
    if session.get(SyncHeld, content_hash) is None:
        session.add(SyncHeld(content_hash=content_hash, source_device=header.device[:64],
                             seq=header.seq, data=data, held_at=utcnow(), reason=reason))


def import_bundle(session: Session, actor: Actor, path: Path | bytes) -> ImportResult:
    """Import a bundle file (or its bytes). All or nothing; see the module docstring.

    Refuses (writing nothing) a file that is not a bundle, a tampered one, one sealed with
    a key this laptop lacks (:class:`bf.BundleRejected`), one that would take stock below
    zero (:class:`StockConflict`). A bundle needing an earlier missing one is held.
    """
    require(actor, Permission.SYNC)
    data = path if isinstance(path, bytes) else Path(path).read_bytes()
    content_hash = hashlib.sha256(data).hexdigest()
    with gc_paused():
        try:
            result = _import_committed(session, actor, data, content_hash)
        except _Held as held:
            header, _ = bf.read_header(data)
            _hold(session, actor, data, content_hash, header, held.reason)
            return ImportResult("held", header.device, header.seq, header.created_at,
                                missing_before=held.missing, held_reason=held.reason)
        if result.status == "imported":
            result.released = retry_held(session, actor)
    return result


def retry_held(session: Session, actor: Actor) -> list[ImportResult]:
    """Import the held bundles that now fit, until none more does."""
    require(actor, Permission.SYNC)
    released: list[ImportResult] = []
    progress = True
    while progress:
        progress = False
        held = session.execute(select(SyncHeld.content_hash, SyncHeld.data)
                               .order_by(SyncHeld.source_device, SyncHeld.seq)).all()
        session.rollback()  # end the read transaction before each import's own
        for content_hash, data in held:
            try:
                result = _import_committed(session, actor, bytes(data), content_hash)
            except (_Held, HspError):  # still waiting; the import that got here stands
                continue
            if result.status == "already":
                _drop_held(session, actor, content_hash)
                continue
            released.append(result)
            progress = True
    return released


@committing
def _drop_held(session: Session, actor: Actor, content_hash: str) -> None:
    session.execute(_t(SyncHeld).delete().where(_t(SyncHeld).c.content_hash == content_hash))


# --- entitlements broken across laptops ------------------------------------------------------

def cross_device_violations(session: Session, households: Iterable[str]) -> list[Violation]:
    """Rules exceeded by households served on two or more devices within one rule period."""
    from .distribution import load_rules

    households = sorted(set(households))
    if not households:
        return []
    rules = load_rules(session)
    if not rules:
        return []
    sizes: dict[str, int | None] = {}
    for hh, size in session.execute(select(Token.household_id, func.max(Token.household_size))
                                    .where(Token.household_id.in_(households))
                                    .group_by(Token.household_id)):
        sizes[hh] = size
    found: list[Violation] = []
    for chunk in _chunks(households):
        history: dict[str, list[tuple[date, str, str, int, str, str, bool]]] = defaultdict(list)
        for hh, at, item_id, cat, qty, site, device, override in session.execute(
            select(Distribution.household_id, Distribution.occurred_at, DistributionLine.item_id,
                   Item.category, DistributionLine.qty, Site.code, Distribution.device_id,
                   Distribution.override_reason)
            .join(DistributionLine, DistributionLine.distribution_id == Distribution.id)
            .join(Item, Item.id == DistributionLine.item_id)
            .join(Site, Site.id == Distribution.site_id)
            .where(Distribution.household_id.in_(chunk))
        ):
            history[hh].append((at.date(), item_id, cat, qty, site, device, override is not None))
        for hh, lines in history.items():
            for rule in rules:
                v = _worst_window(rule, lines, sizes.get(hh))
                if v is not None:
                    found.append(Violation(hh[:8], rule.describe(sizes.get(hh)), *v))
    return found


_Window = tuple[int, int, date, date, tuple[str, ...], tuple[str, ...], bool]


def _worst_window(rule: ent.Rule, lines: list[tuple[date, str, str, int, str, str, bool]],
                  household_size: int | None) -> _Window | None:
    mine = [x for x in lines if rule.applies_to(x[1], x[2])]
    if not mine:
        return None
    limit = rule.limit(household_size)
    worst = None
    for end in sorted({x[0] for x in mine}):
        start = ent.window_start(end, rule.period_days)
        inside = [x for x in mine if start <= x[0] <= end]
        used = sum(x[3] for x in inside)
        devices = {x[5] for x in inside if x[3] > 0}
        if used > limit and len(devices) > 1 and (worst is None or used > worst[0]):
            days = [x[0] for x in inside if x[3] > 0]
            worst = (used, limit, min(days), max(days), tuple(sorted({x[4] for x in inside})),
                     tuple(sorted(devices)), any(x[6] for x in inside))
    return worst


# --- status ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class DeviceImports:
    device: str
    seqs: list[int]
    missing: list[int]
    last_at: datetime


@dataclass(frozen=True)
class SyncStatus:
    keys: list[SyncKey]
    device: str
    last_export: SyncExport | None
    pending_since: int  # audit entries written since the last export
    imports: list[DeviceImports]
    held: list[tuple[str, int, datetime, str]]


def sync_status(session: Session, device: str) -> SyncStatus:
    last = session.scalar(select(SyncExport).where(SyncExport.device_id == device)
                          .order_by(SyncExport.seq.desc()).limit(1))
    upto = int(session.scalar(select(func.coalesce(func.max(AuditEntry.seq), 0))) or 0)
    by_device: dict[str, list[tuple[int, datetime]]] = defaultdict(list)
    for dev, seq, at in session.execute(select(SyncImport.source_device, SyncImport.seq,
                                               SyncImport.imported_at)):
        by_device[dev].append((seq, at))
    imports = []
    for dev, entries in sorted(by_device.items()):
        seqs = sorted({s for s, _ in entries})
        imports.append(DeviceImports(dev, seqs, _missing_before(session, dev, seqs[-1]),
                                     max(at for _, at in entries)))
    held = [(d, s, at, r) for d, s, at, r in session.execute(
        select(SyncHeld.source_device, SyncHeld.seq, SyncHeld.held_at, SyncHeld.reason)
        .order_by(SyncHeld.source_device, SyncHeld.seq))]
    return SyncStatus(list_sync_keys(session), device, last,
                      upto - (last.audit_to if last else 0), imports, held)


def since_text(when: datetime | None) -> str:
    return "the start" if when is None else f"{when:%Y-%m-%d %H:%M} UTC"


__all__ = [
    "ExportResult", "ImportResult", "StockConflict", "SyncStatus", "Violation",
    "create_key", "cross_device_violations", "export_bundle", "export_key", "import_bundle",
    "import_key", "list_sync_keys", "retry_held", "sealing_key", "sync_status",
]

"""The hash-chained audit trail, appended generically for every audited table.

A SQLAlchemy ``after_flush`` listener on every Session writes one ``audit_log`` row for
each inserted, updated or deleted instance of an audited model: who (the actor in
``session.info["actor"]``), on which device, when, what (table, row key, a sha256 digest
of the row's canonical content) and the chain (previous hash, own hash). Engineers adding
tables get them covered by naming them in :data:`AUDITED_TABLES` or by setting the class
attribute ``__audited__ = True`` on the model; nothing else is needed as long as the
rows are written through the ORM (``session.add`` / attribute changes / ``session.delete``).
Writes made with Core ``insert()/update()/delete()`` statements bypass the flush; use
:func:`record` for them.

:func:`verify_trail` (run by ``hsp-desk verify``) walks the chain and compares every
audited table with its latest audit entries, so an audited row changed, deleted or
inserted behind the application's back, and an audit row altered or deleted, are found.

Appends are serialised: SQLite's ``BEGIN IMMEDIATE`` already lets one writer at a time;
on PostgreSQL a transaction-scoped advisory lock is taken before the chain head is read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, event, func, inspect, select
from sqlalchemy.orm import Mapper, Session

from ..domain.ledger import utcnow
from .models.audit import AuditEntry

#: Tables whose every write is chained, by name, so tables created by other modules are
#: covered without their cooperation (a name not present in the schema is ignored).
AUDITED_TABLES: set[str] = {
    "movements", "documents", "lots", "items", "kit_components", "sites",
    "national_societies", "donors", "reorder_levels", "users", "settings",
    "tokens", "token_keys", "distributions", "distribution_lines", "entitlement_rules",
    "count_sessions", "count_lines", "handovers", "handover_items", "mobile_cycles",
}

#: Tables whose primary key is personal data (a token id): their row key is stored as a
#: sha256, so a purged token leaves nothing readable behind in the audit trail.
HASHED_KEY_TABLES: set[str] = {"tokens"}

GENESIS = "0" * 64

#: Any constant; the key of the PostgreSQL advisory lock guarding the chain head.
_PG_LOCK_KEY = 0x48535041  # "HSPA"

_audit_table: Table = AuditEntry.__table__  # type: ignore[assignment]


# ---------------------------------------------------------------------------------------
# Canonical row digests


def _canon(value: Any) -> str:
    """One text form per value, identical whether it comes from an instance before the
    write or from the database after it (SQLite and PostgreSQL alike)."""
    kind = type(value)
    if kind is str:  # most columns: ids, codes, names
        return value  # type: ignore[no-any-return]
    if kind is int:
        return str(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, float):
        return repr(value)
    return str(value)


def row_digest(values: Iterable[tuple[str, Any]]) -> str:
    """sha256 over the sorted (column, value) pairs of a row.

    NULL columns are left out, so that a migration adding a nullable column does not
    change the digest of every existing row. (A new audited column that is NOT NULL
    with a default needs the migration to re-baseline the trail.)
    """
    parts = sorted((name, _canon(v)) for name, v in values if v is not None)
    text = "\x1e".join(f"{n}\x1f{v}" for n, v in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_key(table_name: str, pk: Iterable[Any]) -> str:
    key = "|".join(_canon(v) for v in pk)
    if table_name in HASHED_KEY_TABLES:
        return "h:" + hashlib.sha256(f"{table_name}|{key}".encode()).hexdigest()
    return key


def entry_hash(
    seq: int, at: datetime, user: str, device: str, action: str, table_name: str,
    key: str, digest: str | None, prev_hash: str,
) -> str:
    text = "\x1f".join(
        [str(seq), _canon(at), user, device, action, table_name, key, digest or "", prev_hash]
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---------------------------------------------------------------------------------------
# Which tables are audited


def is_audited_table(table: Table) -> bool:
    return table.name in AUDITED_TABLES


@dataclass(frozen=True)
class _MapperInfo:
    audited: bool
    table_name: str
    #: (attribute key, column name) for every column of the table.
    columns: tuple[tuple[str, str], ...]
    pk_attrs: tuple[str, ...]


_mapper_cache: dict[Mapper[Any], _MapperInfo] = {}


def _info(mapper: Mapper[Any]) -> _MapperInfo:
    found = _mapper_cache.get(mapper)
    if found is None:
        table = mapper.local_table
        audited = bool(getattr(mapper.class_, "__audited__", False)) or (
            isinstance(table, Table) and is_audited_table(table)
        )
        cols = tuple(
            (mapper.get_property_by_column(c).key, c.name) for c in table.columns
        ) if audited else ()
        pks = tuple(mapper.get_property_by_column(c).key for c in mapper.primary_key)
        found = _MapperInfo(audited, table.name, cols, pks)
        if audited:
            AUDITED_TABLES.add(table.name)
        _mapper_cache[mapper] = found
    return found


def audited_tables(metadata_tables: Iterable[Table]) -> list[Table]:
    """The audited tables among ``metadata_tables`` (models marked ``__audited__``
    register their table name when first flushed, and here)."""
    from .models import Base

    for mapper in Base.registry.mappers:
        _info(mapper)
    return [t for t in metadata_tables if is_audited_table(t)]


# ---------------------------------------------------------------------------------------
# Appending


@dataclass(frozen=True)
class Change:
    """One audited row write, before it is chained."""

    action: str  # insert / update / delete
    table_name: str
    key: str
    digest: str | None


def _who(session: Session) -> tuple[str, str]:
    actor = session.info.get("actor")
    if actor is not None:
        return str(actor.user), str(actor.device)
    from .paths import device_id

    return "system", device_id()


def lock_chain(conn: Connection) -> None:
    """Serialise chain appends until the transaction ends (PostgreSQL; SQLite writers are
    already serialised by BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK_KEY})")


_HEAD_SQL = "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"
_INSERT_SQL = (
    'INSERT INTO audit_log (seq, at, "user", device, action, table_name, row_key, row_digest, '
    "prev_hash, hash) VALUES ({})"
)


def append(conn: Connection, user: str, device: str, changes: list[Change]) -> None:
    """Chain ``changes`` after the current head, in order: one INSERT of all rows.

    Plain driver SQL: this runs in every flush, where SQLAlchemy's statement machinery
    would be most of its cost.
    """
    if not changes:
        return
    lock_chain(conn)
    head = conn.exec_driver_sql(_HEAD_SQL).first()
    seq, prev = (int(head[0]), str(head[1])) if head else (0, GENESIS)
    at = utcnow()
    # Bind the timestamp as the DateTime column would, so that what is hashed is what is
    # read back (SQLite stores text, PostgreSQL a timestamp).
    at_param = _canon(at) if conn.dialect.name == "sqlite" else at
    rows = []
    for ch in changes:
        seq += 1
        h = entry_hash(seq, at, user, device, ch.action, ch.table_name, ch.key, ch.digest, prev)
        rows.append((seq, at_param, user, device, ch.action, ch.table_name, ch.key, ch.digest,
                     prev, h))
        prev = h
    marks = ", ".join(["?"] * 10) if conn.dialect.paramstyle == "qmark" else ", ".join(["%s"] * 10)
    conn.exec_driver_sql(_INSERT_SQL.format(marks), rows if len(rows) > 1 else rows[0])


def record(session: Session, action: str, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Chain writes made with Core statements (which bypass the flush listener).

    ``rows`` are the full column values after the write (for a delete, the primary key
    columns are enough)."""
    pk_cols = [c.name for c in table.primary_key.columns]
    changes = [
        Change(action, table.name, row_key(table.name, (r[c] for c in pk_cols)),
               None if action == "delete" else row_digest(r.items()))
        for r in rows
    ]
    user, device = _who(session)
    append(session.connection(), user, device, changes)


def _instance_change(action: str, obj: Any) -> Change | None:
    state = inspect(obj)
    info = _info(state.mapper)
    if not info.audited:
        return None
    d = state.dict
    # Attributes expired by the flush (server defaults) are loaded; the others are read
    # from the instance, which after the flush holds what was written.
    def val(attr: str) -> Any:
        return d[attr] if attr in d else getattr(obj, attr)

    key = row_key(info.table_name, (val(a) for a in info.pk_attrs))
    digest = None if action == "delete" else row_digest((c, val(a)) for a, c in info.columns)
    return Change(action, info.table_name, key, digest)


def _changes(session: Session) -> Iterator[Change]:
    for obj in list(session.new):
        ch = _instance_change("insert", obj)
        if ch:
            yield ch
    for obj in list(session.dirty):
        if session.is_modified(obj, include_collections=False):
            ch = _instance_change("update", obj)
            if ch:
                yield ch
    for obj in list(session.deleted):
        ch = _instance_change("delete", obj)
        if ch:
            yield ch


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush_context: Any) -> None:
    changes = list(_changes(session))
    if changes:
        user, device = _who(session)
        append(session.connection(), user, device, changes)


# ---------------------------------------------------------------------------------------
# Verifying


@dataclass(frozen=True)
class Finding:
    where: str
    what: str


#: Above this many findings of one kind, verify summarises instead of listing each.
MAX_LISTED = 20


def _describe(table_name: str, key: str) -> str:
    if table_name.endswith("ies"):
        singular = table_name[:-3] + "y"
    else:
        singular = table_name[:-1] if table_name.endswith("s") else table_name
    return f"{singular.replace('_', ' ')} {key}"


def verify_trail(conn: Connection, tables: Iterable[Table]) -> list[Finding]:
    """Walk the chain, then compare each audited table with its latest audit entries.

    Streams the chain; holds in memory only one table's latest entries at a time.
    """
    findings = _summarise(_check_chain(conn), "audit trail", "breaks in the chain")
    for table in tables:
        findings += _check_table(conn, table)
    return findings


def _check_chain(conn: Connection) -> list[Finding]:
    broken: list[Finding] = []
    expected_seq, prev = 1, GENESIS
    a = _audit_table.c
    result = conn.execution_options(yield_per=5000).execute(
        select(a.seq, a.at, a.user, a.device, a.action, a.table_name, a.row_key, a.row_digest,
               a.prev_hash, a.hash).order_by(a.seq)
    )
    for seq, at, user, device, action, tname, key, digest, prev_hash, h in result:
        if seq > expected_seq:
            gap = (f"entry {expected_seq} is missing" if seq - 1 == expected_seq
                   else f"entries {expected_seq} to {seq - 1} are missing")
            broken.append(Finding(
                "audit trail", f"{gap}: audit entries were deleted outside HSP Desk",
            ))
        elif prev_hash != prev:
            broken.append(Finding(
                "audit trail", f"entry {seq} does not follow entry {seq - 1}: the chain was "
                "altered outside HSP Desk",
            ))
        if entry_hash(seq, at, user, device, action, tname, key, digest, prev_hash) != h:
            broken.append(Finding(
                "audit trail", f"entry {seq} ({action} of {_describe(tname, key)} by {user}) "
                "does not match its hash: it was edited outside HSP Desk",
            ))
        expected_seq, prev = seq + 1, h
    return broken


def _recorded(conn: Connection, seq: int) -> str:
    """'amina recorded it on dev-1 at 2026-01-02 10:00 UTC (audit entry 12)'."""
    a = _audit_table.c
    row = conn.execute(select(a.user, a.device, a.at).where(a.seq == seq)).first()
    if row is None:
        return f"audit entry {seq}"
    return f"{row[0]} recorded it on {row[1]} at {row[2]:%Y-%m-%d %H:%M} UTC (audit entry {seq})"


def _check_table(conn: Connection, table: Table) -> list[Finding]:
    a = _audit_table.c
    newest = (
        select(a.row_key, func.max(a.seq).label("seq"))
        .where(a.table_name == table.name).group_by(a.row_key).subquery()
    )
    #: row key -> (action, digest, seq) of its latest audit entry.
    entries: dict[str, tuple[str, str | None, int]] = {
        key: (action, digest, seq)
        for key, action, digest, seq in conn.execution_options(yield_per=5000).execute(
            select(a.row_key, a.action, a.row_digest, a.seq).join(newest, newest.c.seq == a.seq)
        )
    }
    pk_cols = list(table.primary_key.columns)
    changed: list[tuple[str, int]] = []
    unrecorded: list[tuple[str, int]] = []
    for row in conn.execution_options(yield_per=5000).execute(select(table)):
        m = row._mapping
        key = row_key(table.name, (m[c] for c in pk_cols))
        entry = entries.pop(key, None)
        if entry is None or entry[0] == "delete":
            unrecorded.append((key, 0))
        elif row_digest(m.items()) != entry[1]:
            changed.append((key, entry[2]))
    deleted = [(key, seq) for key, (action, _, seq) in entries.items() if action != "delete"]

    def report(found: list[tuple[str, int]], what: str, detail: Callable[[int], str]) -> list[Finding]:
        listed = [Finding(_describe(table.name, key), detail(seq)) for key, seq in found[:MAX_LISTED]]
        if len(found) > MAX_LISTED:
            listed.append(Finding(table.name, f"and {len(found) - MAX_LISTED} more {what}"))
        return listed

    return (
        report(changed, "rows changed outside HSP Desk", lambda seq: (
            "was changed outside HSP Desk: it differs from what "
            + _recorded(conn, seq).replace(" recorded it", " recorded")))
        + report(deleted, "rows deleted outside HSP Desk",
                 lambda seq: "was deleted outside HSP Desk: " + _recorded(conn, seq))
        + report(unrecorded, "rows written outside HSP Desk",
                 lambda _seq: "was written outside HSP Desk: the audit trail has no record of it")
    )


def _summarise(found: list[Finding], table_name: str, what: str) -> list[Finding]:
    if len(found) <= MAX_LISTED:
        return found
    rest = len(found) - MAX_LISTED
    return [*found[:MAX_LISTED], Finding(table_name, f"and {rest} more {what}")]


def baseline(conn: Connection, tables: Iterable[Table], user: str = "migration") -> int:
    """Record every existing row of ``tables`` as inserted (run by the migration that
    introduces the trail, and by one adding an audited table that already holds rows)."""
    total = 0
    for table in tables:
        pk_cols = list(table.primary_key.columns)
        batch: list[Change] = []
        for row in conn.execute(select(table)):
            m = row._mapping
            batch.append(Change("insert", table.name, row_key(table.name, (m[c] for c in pk_cols)),
                                row_digest(m.items())))
            if len(batch) >= 5000:
                append(conn, user, "migration", batch)
                total += len(batch)
                batch = []
        append(conn, user, "migration", batch)
        total += len(batch)
    return total

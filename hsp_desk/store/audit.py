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

:func:`verify_trail` (run by ``hsp-desk verify --full``) walks the chain and compares every
audited table with its latest audit entries, so an audited row changed, deleted or
inserted behind the application's back, and an audit row altered or deleted, are found.
Given a :class:`ChainPoint` left by an earlier clean check, it walks only the entries
after it, compares the rows they name, and counts every audited table: the routine
``hsp-desk verify`` on a five-year ledger then takes seconds, not a minute.

Appends are serialised: SQLite's ``BEGIN IMMEDIATE`` already lets one writer at a time;
on PostgreSQL a transaction-scoped advisory lock is taken before the chain head is read.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table, event, inspect, select
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


class Change(NamedTuple):
    """One audited row write, before it is chained: a tuple, as :func:`chain_entries`
    takes it."""

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
    head = chain_head(conn)
    insert_entries(conn, chain_entries(head, utcnow(), user, device, changes,
                                       sqlite=conn.dialect.name == "sqlite"))


def chain_head(conn: Connection) -> tuple[int, str]:
    """The last entry's (seq, hash), with the chain locked until the transaction ends."""
    lock_chain(conn)
    head = conn.exec_driver_sql(_HEAD_SQL).first()
    return (int(head[0]), str(head[1])) if head else (0, GENESIS)


Entry = tuple[int, Any, str, str, str, str, str, "str | None", str, str]


def chain_entries(head: tuple[int, str], at: datetime, user: str, device: str,
                  changes: Iterable[tuple[str, str, str, str | None]], *, sqlite: bool
                  ) -> list[Entry]:
    """The audit rows of ``changes`` (action, table, row key, digest) chained after
    ``head``, ready for :func:`insert_entries`. Pure computation, no database: a bundle
    import runs it on a second thread while SQLite writes the rows it describes."""
    seq, prev = head
    # Bind the timestamp as the DateTime column would, so that what is hashed is what is
    # read back (SQLite stores text, PostgreSQL a timestamp).
    at_param = _canon(at) if sqlite else at
    rows: list[Entry] = []
    # entry_hash() inlined: a bundle import appends a hundred thousand entries at once.
    fixed = f"\x1f{_canon(at)}\x1f{user}\x1f{device}\x1f"
    sha = hashlib.sha256
    for action, table_name, key, digest in changes:
        seq += 1
        h = sha(f"{seq}{fixed}{action}\x1f{table_name}\x1f{key}\x1f{digest or ''}"
                f"\x1f{prev}".encode()).hexdigest()
        rows.append((seq, at_param, user, device, action, table_name, key, digest, prev, h))
        prev = h
    return rows


def insert_entries(conn: Connection, rows: list[Entry]) -> None:
    if not rows:
        return
    marks = ", ".join(["?"] * 10) if conn.dialect.paramstyle == "qmark" else ", ".join(["%s"] * 10)
    conn.exec_driver_sql(_INSERT_SQL.format(marks), rows if len(rows) > 1 else rows[0])


def record(session: Session, action: str, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Chain writes made with Core statements (which bypass the flush listener).

    ``rows`` are the full column values after the write (for a delete, the primary key
    columns are enough)."""
    user, device = _who(session)
    append(session.connection(), user, device, changes_of(action, table, rows))


def changes_of(action: str, table: Table, rows: Iterable[dict[str, Any]]) -> list[Change]:
    """The changes of rows written with Core statements (see :func:`record`), for a
    writer that chains several tables' rows in one append."""
    pk_cols = [c.name for c in table.primary_key.columns]
    return [
        Change(action, table.name, row_key(table.name, (r[c] for c in pk_cols)),
               None if action == "delete" else row_digest(r.items()))
        for r in rows
    ]


def column_values(obj: Any) -> dict[str, Any]:
    """Every column of an ORM instance, by column name, as it is now (None for an
    attribute never set on a transient one): the full row a Core write of it needs."""
    return {col: getattr(obj, attr) for attr, col in _info(inspect(obj).mapper).columns}


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


@dataclass(frozen=True)
class ChainPoint:
    """Where an earlier clean check left the trail: its last entry and the row count of
    every audited table then."""

    seq: int
    hash: str
    counts: dict[str, int]
    #: Older entries to re-read this time, first and last seq (see :func:`_scrub`).
    scrub: tuple[int, int] | None = None


def head(conn: Connection) -> tuple[int, str]:
    """(seq, hash) of the newest audit entry; (0, GENESIS) on an empty trail."""
    row = conn.exec_driver_sql(_HEAD_SQL).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def table_counts(conn: Connection, tables: Iterable[Table]) -> dict[str, int]:
    q = conn.dialect.identifier_preparer.quote
    return {t.name: int(conn.exec_driver_sql(f"SELECT count(*) FROM {q(t.name)}").scalar() or 0)
            for t in tables}


def verify_trail(conn: Connection, tables: Iterable[Table],
                 since: ChainPoint | None = None) -> list[Finding]:
    """Walk the chain, then compare each audited table with its latest audit entries
    (with ``since``: only the entries after it and the rows they name; see
    :func:`_verify_since`).

    Plain DBAPI cursors over plain columns, fetched in batches: on a million-movement
    ledger the ORM's per-row machinery was most of verify's time. On SQLite each table is
    compared during the walk itself (see :class:`_Follower`); a table the walk cannot
    settle, and every table on PostgreSQL, is compared afterwards on its own, holding in
    memory only that table's latest digests.
    """
    tables = list(tables)
    if since is not None:
        return _verify_since(conn, tables, since)
    followers = (
        {t.name: _Follower(conn, t) for t in tables} if conn.dialect.name == "sqlite" else {}
    )
    findings = _summarise(_check_chain(conn, followers), "audit trail", "breaks in the chain")
    for table in tables:
        follower = followers.get(table.name)
        settled = follower.finish() if follower is not None else None
        findings += settled if settled is not None else _check_table(conn, table)
    return findings


_BATCH = 10_000
_cursor_ids = itertools.count()
#: Called after every batch a check reads (see :func:`between_batches`).
_between_batches: ContextVar[Callable[[], None] | None] = ContextVar("between_batches", default=None)


@contextmanager
def between_batches(call: Callable[[], None] | None) -> Iterator[None]:
    """Call ``call`` (if any) after each batch of rows the checks read, on this thread,
    until the block ends: the Admin page's ledger check reports progress this way, and
    stops when the call raises (the user pressed Cancel)."""
    token = _between_batches.set(call)
    try:
        yield
    finally:
        _between_batches.reset(token)


def _rows(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Iterator[list[Any]]:
    """Batches of raw driver rows (tuples) for ``sql`` (``?`` marks, as in SQLite)."""
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    if conn.dialect.name == "postgresql":
        # A server-side cursor: a client one would hold the whole table in memory.
        cur = conn.connection.dbapi_connection.cursor(name=f"hsp_verify_{next(_cursor_ids)}")  # type: ignore[union-attr]
    else:
        cur = conn.connection.cursor()
    tick = _between_batches.get()
    try:
        cur.execute(sql, params)
        while batch := cur.fetchmany(_BATCH):
            yield batch
            if tick is not None:
                tick()
    finally:
        cur.close()


_CHAIN_SQL = ('SELECT seq, at, "user", device, action, table_name, row_key, row_digest, '
              "prev_hash, hash FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq")


def _check_chain(conn: Connection, followers: dict[str, Any] | None = None, *,
                 after: int = 0, prev: str = GENESIS, upto: int | None = None) -> list[Finding]:
    """The chain from entry ``after`` + 1 (whose predecessor's hash is ``prev``) to entry
    ``upto`` (default: the end); each entry is also handed to the follower of its table
    (anything with ``alive`` and ``entry(action, key, digest)``)."""
    broken: list[Finding] = []
    followers = followers or {}
    expected_seq = after + 1
    sha = hashlib.sha256
    for batch in _rows(conn, _CHAIN_SQL, (after, (1 << 62) if upto is None else upto)):
        for seq, at, user, device, action, tname, key, digest, prev_hash, h in batch:
            if seq != expected_seq or prev_hash != prev:
                if seq > expected_seq:
                    gap = (f"entry {expected_seq} is missing" if seq - 1 == expected_seq
                           else f"entries {expected_seq} to {seq - 1} are missing")
                    broken.append(Finding(
                        "audit trail", f"{gap}: audit entries were deleted outside HSP Desk",
                    ))
                elif prev_hash != prev:
                    broken.append(Finding(
                        "audit trail", f"entry {seq} does not follow entry {seq - 1}: the chain "
                        "was altered outside HSP Desk",
                    ))
            # entry_hash() inlined: SQLite returns ``at`` as the text that was hashed.
            at_text = at if type(at) is str and len(at) == 26 else _canon(_as_datetime(at))
            text = (f"{seq}\x1f{at_text}\x1f{user}\x1f{device}\x1f{action}\x1f{tname}\x1f{key}"
                    f"\x1f{digest or ''}\x1f{prev_hash}")
            if sha(text.encode("utf-8")).hexdigest() != h:
                broken.append(Finding(
                    "audit trail", f"entry {seq} ({action} of {_describe(tname, key)} by {user}) "
                    "does not match its hash: it was edited outside HSP Desk",
                ))
            expected_seq, prev = seq + 1, h
            follower = followers.get(tname)
            if follower is not None and follower.alive:
                follower.entry(action, key, digest)
    return broken


def _as_datetime(value: Any) -> Any:
    """A timestamp read raw from SQLite in a form other than the one written: parsed as
    SQLAlchemy's DateTime would, so it is compared by value as before."""
    if isinstance(value, str):
        return datetime.fromisoformat(value)
    return value


def _as_date(value: Any) -> Any:
    if isinstance(value, str):
        return date.fromisoformat(value[:10]) if len(value) >= 10 else value
    return value


def _recorded(conn: Connection, seq: int) -> str:
    """'amina recorded it on dev-1 at 2026-01-02 10:00 UTC (audit entry 12)'."""
    a = _audit_table.c
    row = conn.execute(select(a.user, a.device, a.at).where(a.seq == seq)).first()
    if row is None:
        return f"audit entry {seq}"
    return f"{row[0]} recorded it on {row[1]} at {row[2]:%Y-%m-%d %H:%M} UTC (audit entry {seq})"


def _latest_seq(conn: Connection, table_name: str, key: str) -> int:
    return _latest_seqs(conn, table_name, [key]).get(key, 0)


def _text_converter(column: Any, dialect: str) -> Callable[[Any], str] | None:
    """How a raw driver value of ``column`` becomes its canonical text (None: str values
    are already canonical, others go through :func:`_canon`)."""
    if dialect != "sqlite":
        return None
    kind = type(column.type).__name__
    # SQLite keeps timestamps as the text SQLAlchemy wrote, which is _canon's form; any
    # other spelling is parsed first, as the ORM read would.
    if kind == "DateTime":
        return lambda v: v if type(v) is str and len(v) == 26 else _canon(_as_datetime(v))
    if kind == "Date":
        return lambda v: v if type(v) is str and len(v) == 10 else _canon(_as_date(v))
    return None


_DELETED = object()

#: Above this many rows to re-read, a follower gives up and the table is compared whole.
_RECHECK_LIMIT = 200_000


class _TableReader:
    """Row keys and canonical digests of one table, read raw in batches."""

    def __init__(self, conn: Connection, table: Table, order: str = "") -> None:
        self.conn, self.table = conn, table
        # Columns in name order, which is the order row_digest() sorts them into.
        cols = sorted(table.columns, key=lambda c: c.name)
        self.prefixes = [c.name + "\x1f" for c in cols]
        self.convs = [_text_converter(c, conn.dialect.name) for c in cols]
        self.pk_pos = [cols.index(c) for c in table.primary_key.columns]
        self.single = (self.pk_pos[0] if len(self.pk_pos) == 1
                       and table.name not in HASHED_KEY_TABLES else None)
        q = conn.dialect.identifier_preparer.quote
        self.sql = f"SELECT {', '.join(q(c.name) for c in cols)} FROM {q(table.name)}{order}"

    def rows(self) -> Iterator[tuple[Any, ...]]:
        for batch in _rows(self.conn, self.sql):
            yield from batch

    def key(self, row: tuple[Any, ...]) -> str:
        if self.single is not None:
            k = row[self.single]
            return k if type(k) is str else _canon(k)  # type: ignore[no-any-return]
        return row_key(self.table.name, (row[i] for i in self.pk_pos))

    def digest(self, row: tuple[Any, ...]) -> str:
        return self._digest(row)

    @functools.cached_property
    def _digest(self) -> Callable[[tuple[Any, ...]], str]:
        """row_digest() unrolled for this table's columns (generated once): with a million
        rows, the generic loop's per-value dispatch is most of the check's time."""
        names = [f"c{i}" for i in range(len(self.prefixes))]
        env: dict[str, Any] = {"sha": hashlib.sha256, "canon": _canon}
        exprs = []
        for i, (prefix, conv) in enumerate(zip(self.prefixes, self.convs, strict=True)):
            v = names[i]
            env[f"p{i}"] = prefix
            if conv is not None:
                env[f"f{i}"] = conv
                text = f"f{i}({v})"
            else:
                text = f"({v} if type({v}) is str else canon({v}))"
            exprs.append(f"None if {v} is None else p{i} + {text}")
        unpack = ", ".join(names) + ("," if len(names) == 1 else "")
        src = (f"def digest(row):\n    {unpack} = row\n"
               f"    parts = [x for x in ({', '.join(exprs)},) if x is not None]\n"
               "    return sha('\\x1e'.join(parts).encode('utf-8')).hexdigest()\n")
        exec(compile(src, f"<row digest of {self.table.name}>", "exec"), env)
        return env["digest"]  # type: ignore[no-any-return]


class _Follower:
    """Compares one SQLite table with the audit trail while the chain is walked.

    Rows are read in rowid order, which is the order they were inserted, and the
    application chains its inserts in the order it writes them: so the N-th insert entry
    of a table normally names the table's N-th row, with that row's digest. Each insert
    entry is paired with the next row that way; every key the pairing cannot settle (a
    later update or delete entry, a row out of order, missing or different) is remembered
    with its latest entry and re-read at the end, and rows left over unpaired are checked
    too. So the outcome is exactly the full comparison's; if too much is left unsettled,
    :meth:`finish` returns None and the table is compared whole by :func:`_check_table`.
    """

    def __init__(self, conn: Connection, table: Table) -> None:
        self.reader = _TableReader(conn, table, " ORDER BY rowid")
        self._digest = self.reader._digest
        self._rows = self.reader.rows()
        self._head: tuple[Any, ...] | None = None
        self._head_key: str | None = None
        self._done = False
        self.alive = True
        #: key -> digest of its latest entry (_DELETED for a delete), for keys to re-read.
        self.recheck: dict[str, Any] = {}

    def _next(self) -> None:
        row = next(self._rows, None)
        if row is None:
            self._done = True
            self._head, self._head_key = None, None
        else:
            single = self.reader.single
            k = row[single] if single is not None else None
            self._head = row
            self._head_key = k if type(k) is str else self.reader.key(row)

    def entry(self, action: str, key: str, digest: str | None) -> None:
        if self._head is None and not self._done:
            self._next()
        latest = _DELETED if action == "delete" else digest
        if action == "insert" and key == self._head_key:
            row = self._head
            self._next()
            if key not in self.recheck and self._digest(row) == digest:  # type: ignore[arg-type]
                return
        self.recheck[key] = latest
        if len(self.recheck) > _RECHECK_LIMIT:
            self.alive = False
            self.recheck = {}

    def finish(self) -> list[Finding] | None:
        """The table's findings, or None if it must be compared whole."""
        if not self.alive:
            return None
        if self._head is None and not self._done:
            self._next()
        reader, table = self.reader, self.reader.table
        changed: list[str] = []
        unrecorded: list[str] = []
        # Rows never paired with an insert entry: written behind the application's back,
        # unless the walk met their key out of order (then they are re-read below).
        while self._head is not None:
            if self._head_key not in self.recheck:
                unrecorded.append(self._head_key)  # type: ignore[arg-type]
            self._next()
        if self.recheck:
            pending = dict(self.recheck)
            for row in reader.rows():
                key = reader.key(row)
                entry = pending.pop(key, None)
                if entry is None:
                    continue
                if entry is _DELETED:
                    unrecorded.append(key)
                elif reader.digest(row) != entry:
                    changed.append(key)
            deleted = [key for key, entry in pending.items() if entry is not _DELETED]
        else:
            deleted = []
        return _table_findings(reader.conn, table.name, changed, deleted, unrecorded)




def _check_table(conn: Connection, table: Table) -> list[Finding]:
    """The whole comparison of one table with the latest audit entry of each row."""
    latest_sql = (
        "SELECT row_key, action, row_digest, max(seq) FROM audit_log WHERE table_name = ? "
        "GROUP BY row_key" if conn.dialect.name == "sqlite" else
        "SELECT DISTINCT ON (row_key) row_key, action, row_digest FROM audit_log "
        "WHERE table_name = ? ORDER BY row_key, seq DESC"
    )
    #: row key -> digest of its latest audit entry (_DELETED for a delete).
    entries: dict[str, Any] = {}
    for batch in _rows(conn, latest_sql, (table.name,)):
        for key, action, digest, *_ in batch:
            entries[key] = _DELETED if action == "delete" else digest
    reader = _TableReader(conn, table)
    pop = entries.pop
    changed: list[str] = []
    unrecorded: list[str] = []
    for row in reader.rows():
        key = reader.key(row)
        entry = pop(key, None)
        if entry is None or entry is _DELETED:
            unrecorded.append(key)
        elif reader.digest(row) != entry:
            changed.append(key)
    deleted = [key for key, entry in entries.items() if entry is not _DELETED]
    return _table_findings(conn, table.name, changed, deleted, unrecorded)


# ---------------------------------------------------------------------------------------
# Verifying what was written since an earlier clean check


class _Touched:
    """For one table: the latest entry of every key written after the checkpoint, and how
    many rows its inserts and deletes added (a follower for :func:`_check_chain`)."""

    alive = True

    def __init__(self) -> None:
        self.latest: dict[str, Any] = {}
        self.delta = 0

    def entry(self, action: str, key: str, digest: str | None) -> None:
        self.latest[key] = _DELETED if action == "delete" else digest
        if action == "insert":
            self.delta += 1
        elif action == "delete":
            self.delta -= 1


_ENTRY_SQL = ('SELECT seq, at, "user", device, action, table_name, row_key, row_digest, '
              "prev_hash, hash FROM audit_log WHERE seq = ?")

#: Keys per ``IN (...)`` when rows are fetched by key; above _KEYED_LIMIT keys the
#: table is read whole instead, which is then cheaper.
_IN_BATCH = 500
_KEYED_LIMIT = 50_000


def _entry(conn: Connection, seq: int) -> Any:
    """The raw audit row ``seq`` (columns as in :data:`_ENTRY_SQL`), or None."""
    return next(iter(next(_rows(conn, _ENTRY_SQL, (seq,)), [])), None)


#: Hex digits of a chain hash printed on paper (64 bits: no two states of a ledger share them).
FINGERPRINT_LENGTH = 16


def fingerprint(hash_: str) -> str:
    """The first :data:`FINGERPRINT_LENGTH` hex digits of a chain hash, in groups of four
    for reading aloud or typing back: ``3fa2 9c1d 77b0 e412``."""
    head = hash_[:FINGERPRINT_LENGTH]
    return " ".join(head[i:i + 4] for i in range(0, len(head), 4))


def stored_entry_hash(conn: Connection, seq: int) -> tuple[str, bool] | None:
    """(hash, whether the entry still hashes to it) of audit entry ``seq``; None if there
    is no such entry. The hash covers the entry and, through ``prev_hash``, every entry
    before it: a paper that printed it pins the whole trail up to ``seq``."""
    row = _entry(conn, seq)
    return None if row is None else (str(row[-1]), _entry_hash_ok(row))


def _entry_hash_ok(row: Any) -> bool:
    seq, at, user, device, action, tname, key, digest, prev_hash, h = row
    at_text = at if type(at) is str and len(at) == 26 else _canon(_as_datetime(at))
    return entry_hash(seq, at_text, user, device, action, tname, key, digest, prev_hash) == h


def _verify_since(conn: Connection, tables: list[Table], since: ChainPoint) -> list[Finding]:
    """The chain after ``since``, the rows its entries name, and the row count of every
    table (so a row added or removed behind the application's back is noticed even when
    no entry names it; ``verify --full`` then says which)."""
    findings: list[Finding] = []
    if since.seq:
        row = _entry(conn, since.seq)
        if row is None or row[-1] != since.hash or not _entry_hash_ok(row):
            findings.append(Finding("audit trail", (
                f"entry {since.seq}, where the last check ended, was changed or deleted outside "
                "HSP Desk. Run 'hsp-desk verify --full' to see everything that was changed")))
    touched = {t.name: _Touched() for t in tables}
    findings += _summarise(_check_chain(conn, touched, after=since.seq, prev=since.hash),
                           "audit trail", "breaks in the chain")
    if since.scrub is not None:
        findings += _scrub(conn, tables, *since.scrub)
    counts = table_counts(conn, tables)
    for table in tables:
        seen = touched[table.name]
        changed, deleted, unrecorded = _compare_keys(conn, table, seen.latest)
        findings += _table_findings(conn, table.name, changed, deleted, unrecorded)
        # What the count should be, given the keyed findings just listed.
        expected = since.counts.get(table.name, 0) + seen.delta - len(deleted) + len(unrecorded)
        actual = counts[table.name]
        if actual != expected:
            n = abs(actual - expected)
            how = "added" if actual > expected else "deleted"
            findings.append(Finding(table.name, (
                f"holds {actual:,} rows where the audit trail accounts for {expected:,}: {n:,} "
                f"row{'s were' if n != 1 else ' was'} {how} outside HSP Desk. Run "
                "'hsp-desk verify --full' to list them")))
    return findings


def _scrub(conn: Connection, tables: list[Table], first: int, last: int) -> list[Finding]:
    """Re-read entries ``first`` to ``last`` of the part already checked, and every row
    whose latest entry is among them: a rolling window, so that rows changed behind the
    application's back after they were checked are found by a later routine check (every
    entry comes round once in so many checks), not only by ``verify --full``."""
    prev = GENESIS
    if first > 1:
        row = _entry(conn, first - 1)
        prev = str(row[-1]) if row is not None else ""
    touched = {t.name: _Touched() for t in tables}
    findings = _summarise(_check_chain(conn, touched, after=first - 1, prev=prev, upto=last),
                          "audit trail", "breaks in the chain")
    for table in tables:
        latest = touched[table.name].latest
        if not latest:
            continue
        # Only rows whose latest entry is in the window: the others are compared with
        # their later entry, in its own window or as written since the checkpoint.
        newest = _latest_seqs(conn, table.name, list(latest))
        latest = {k: v for k, v in latest.items() if newest.get(k, 0) <= last}
        changed, deleted, unrecorded = _compare_keys(conn, table, latest)
        findings += _table_findings(conn, table.name, changed, deleted, unrecorded)
    return findings


def _latest_seqs(conn: Connection, table_name: str, keys: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in range(0, len(keys), _IN_BATCH):
        chunk = keys[i:i + _IN_BATCH]
        sql = (f"SELECT row_key, max(seq) FROM audit_log WHERE table_name = ? AND row_key IN "
               f"({', '.join('?' * len(chunk))}) GROUP BY row_key")
        for batch in _rows(conn, sql, (table_name, *chunk)):
            out.update((k, int(q)) for k, q in batch)
    return out


def _compare_keys(conn: Connection, table: Table, latest: dict[str, Any]
                  ) -> tuple[list[str], list[str], list[str]]:
    """(changed, deleted, unrecorded) among the rows whose keys ``latest`` holds."""
    if not latest:
        return [], [], []
    reader = _TableReader(conn, table)
    found = {reader.key(row): row for row in _rows_with_keys(conn, reader, latest)}
    changed: list[str] = []
    deleted: list[str] = []
    unrecorded: list[str] = []
    for key, entry in latest.items():
        row = found.get(key)
        if row is None:
            if entry is not _DELETED:
                deleted.append(key)
        elif entry is _DELETED:
            unrecorded.append(key)
        elif reader.digest(row) != entry:
            changed.append(key)
    return changed, deleted, unrecorded


def _rows_with_keys(conn: Connection, reader: _TableReader, keys: dict[str, Any]
                    ) -> Iterator[tuple[Any, ...]]:
    """The rows of ``reader``'s table whose row keys are among ``keys``: fetched by primary
    key where it is one column, else (or when most of the table is wanted) read whole."""
    table = reader.table
    pk = list(table.primary_key.columns)
    if len(pk) != 1 or len(keys) > _KEYED_LIMIT:
        yield from (row for row in reader.rows() if reader.key(row) in keys)
        return
    col = pk[0]
    if table.name in HASHED_KEY_TABLES:
        # Keys are hashes of the ids: hash every id (cheap) to find the ones wanted.
        q = conn.dialect.identifier_preparer.quote
        ids = [v for batch in _rows(conn, f"SELECT {q(col.name)} FROM {q(table.name)}")
               for (v,) in batch if row_key(table.name, (v,)) in keys]
    else:
        as_int = col.type.python_type is int
        ids = [int(k) if as_int else k for k in keys]
    where = f" WHERE {conn.dialect.identifier_preparer.quote(col.name)} IN "
    for i in range(0, len(ids), _IN_BATCH):
        chunk = ids[i:i + _IN_BATCH]
        for batch in _rows(conn, reader.sql + where + f"({', '.join('?' * len(chunk))})",
                           tuple(chunk)):
            yield from batch


def row_matches_trail(conn: Connection, table: Table, pk_value: Any) -> int | None:
    """The seq of the latest audit entry of one row if the row is exactly what that entry
    recorded; None if it is not (or has no entry)."""
    key = row_key(table.name, (pk_value,))
    seq = _latest_seq(conn, table.name, key)
    if not seq:
        return None
    reader = _TableReader(conn, table)
    row = next(_rows_with_keys(conn, reader, {key: None}), None)
    a = _audit_table.c
    entry = conn.execute(select(a.action, a.row_digest).where(a.seq == seq)).first()
    if row is None or entry is None or entry[0] == "delete" or reader.digest(row) != entry[1]:
        return None
    return seq


def _table_findings(conn: Connection, table_name: str, changed: list[str], deleted: list[str],
                    unrecorded: list[str]) -> list[Finding]:
    def report(found: list[str], what: str, detail: Callable[[str], str]) -> list[Finding]:
        listed = [Finding(_describe(table_name, key), detail(key)) for key in found[:MAX_LISTED]]
        if len(found) > MAX_LISTED:
            listed.append(Finding(table_name, f"and {len(found) - MAX_LISTED} more {what}"))
        return listed

    def recorded(key: str) -> str:
        return _recorded(conn, _latest_seq(conn, table_name, key))

    return (
        report(changed, "rows changed outside HSP Desk", lambda key: (
            "was changed outside HSP Desk: it differs from what "
            + recorded(key).replace(" recorded it", " recorded")))
        + report(deleted, "rows deleted outside HSP Desk",
                 lambda key: "was deleted outside HSP Desk: " + recorded(key))
        + report(unrecorded, "rows written outside HSP Desk",
                 lambda _key: "was written outside HSP Desk: the audit trail has no record of it")
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

"""Bundle import speed (budget, issue 10: 100,000 movements in at most 3 s).

The suite imports 5,000 movements and checks the result (every balance, and the audit
trail, so that the import's fast digests equal ``audit.row_digest``). The timing is a
measurement: ``HSP_SYNC_PERF_N=100000 pytest tests/test_sync_import_perf.py -s`` prints it
and fails above the budget.
"""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from hsp_desk.domain import bundle_format as bf
from hsp_desk.domain.ledger import new_id, utcnow
from hsp_desk.services import sync_bundles as sb
from hsp_desk.services.context import Actor
from hsp_desk.services.verify import verify
from hsp_desk.store import audit
from hsp_desk.store.checkpointer import BACKSTOP_PAGES
from hsp_desk.store.database import Database, open_database
from hsp_desk.store.models import Balance, Movement, SyncKey

from .conftest import new_pg_database
from .factories import seed_world

MEASURE = "HSP_SYNC_PERF_N" in os.environ
N = int(os.environ.get("HSP_SYNC_PERF_N", "5000"))
BUDGET_S = 3.0
BOSS = Actor("boss", "dev-branch")


def _bundle(tmp_path: Path, n: int,
            edit: Callable[[dict[str, dict[str, object]]], None] | None = None,
            ) -> tuple[bytes, bytes, str, str]:
    """A genuine bundle of ``n`` movements (receipts and distributions at three sites),
    changed by ``edit`` if given."""
    src = open_database(f"sqlite:///{tmp_path / 'src.sqlite3'}")
    with src.session() as s:
        world = seed_world(s)
        key = sb.create_key(s, BOSS, "MNE")
        rows, versions = sb._collect(s, BOSS.device, 0, 10**9)
        secret, key_id = key.secret, key.key_id
    src.dispose()
    sites = [world.warehouse.id, world.hsp.id, world.mobile.id]
    items = [world.water.id, world.soap.id, world.toothbrush.id, world.hygiene_kit.id]
    start = utcnow() - timedelta(days=365)
    moves: dict[str, dict[str, object]] = {}
    for i in range(n):
        receipt = (i // 12) % 4 == 0  # one receipt of 10 for three hand-outs of 1, per key
        at = start + timedelta(minutes=i)
        mid = new_id()
        moves[mid] = {
            "id": mid, "kind": "receipt" if receipt else "distribution",
            "site_id": sites[i % 3], "item_id": items[(i % 12) // 3], "lot_id": None,
            "qty": 10 if receipt else -1, "occurred_at": at, "recorded_at": at,
            "recorded_by": "ana", "device_id": "dev-laptop-a", "document_id": None,
            "donor_id": None, "reason": None, "note": None, "reverses": None,
        }
    if edit is not None:
        edit(moves)
    rows["movements"] = moves
    versions["movements"] = dict.fromkeys(moves)
    header = bf.BundleHeader("MNE", "dev-laptop-a", 1, utcnow(), key_id)
    return bf.seal_bundle(header, sb.build_payload(rows, versions, 1), secret), secret, key_id, "MNE"


def test_import_of_many_movements_within_budget(tmp_path: Path) -> None:
    data, secret, key_id, branch = _bundle(tmp_path, N)
    dst = open_database(f"sqlite:///{tmp_path / 'dst.sqlite3'}")
    with dst.session() as s:
        from hsp_desk.store.models import SyncKey

        s.add(SyncKey(key_id=key_id, branch=branch, secret=secret, created_at=utcnow(), active=True))
        s.commit()
    with dst.session() as s:
        began = time.perf_counter()
        result = sb.import_bundle(s, BOSS, data)
        took = time.perf_counter() - began
    print(f"\nbundle import: {N} movements, {len(data) / 1e6:.1f} MB file, {took:.2f} s")
    assert result.new_movements == N
    with dst.session() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == N
        assert s.scalar(select(func.sum(Balance.qty))) == sum(
            10 if (i // 12) % 4 == 0 else -1 for i in range(N))
        assert verify(s) == []
    dst.dispose()
    assert not MEASURE or took <= BUDGET_S, f"{N} movements took {took:.2f} s (budget {BUDGET_S} s)"


# --- the import's SQLite page cache and its fast digests --------------------------------------

def _dst_with_key(url: str, secret: bytes, key_id: str, branch: str) -> Database:
    dst = open_database(url)
    with dst.session() as s:
        s.add(SyncKey(key_id=key_id, branch=branch, secret=secret, created_at=utcnow(), active=True))
        s.commit()
    return dst


def _pragma_during_import(monkeypatch: pytest.MonkeyPatch,
                          seen: list[tuple[int, int, bool, int]]) -> None:
    """Record (driver connection, cache_size, cycle collector on, wal_autocheckpoint) when
    the movements are written (on SQLite, staged)."""
    real = sb._stage

    def spy(conn, bulk):  # type: ignore[no-untyped-def]
        raw = conn.connection.dbapi_connection
        seen.append((id(raw), raw.execute("PRAGMA cache_size").fetchone()[0], gc.isenabled(),
                     raw.execute("PRAGMA wal_autocheckpoint").fetchone()[0]))
        return real(conn, bulk)

    monkeypatch.setattr(sb, "_stage", spy)


def _cache_size(db: Database) -> tuple[int, int]:
    """(driver connection, its cache_size) of the connection a session gets."""
    with db.session() as s:
        raw = s.connection().connection.dbapi_connection
        return id(raw), raw.execute("PRAGMA cache_size").fetchone()[0]


def test_import_cache_is_raised_and_collector_paused_for_the_import_then_restored(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    data, secret, key_id, branch = _bundle(tmp_path, 200)
    dst = _dst_with_key(f"sqlite:///{tmp_path / 'dst.sqlite3'}", secret, key_id, branch)
    conn_id, default = _cache_size(dst)
    seen: list[tuple[int, int, bool, int]] = []
    _pragma_during_import(monkeypatch, seen)
    assert gc.isenabled()
    runs = dst.checkpointer.runs if dst.checkpointer else 0
    with dst.session() as s:
        assert sb.import_bundle(s, BOSS, data).new_movements == 200
    # The commit does not copy the log back itself (wal_autocheckpoint 0)...
    assert seen and seen[0] == (conn_id, -sb.IMPORT_CACHE_KIB, False, 0)
    # The pool hands out the same driver connection, with its own cache size and SQLite's
    # checkpoint again; the cycle collector runs again...
    assert _cache_size(dst) == (conn_id, default)
    with dst.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == BACKSTOP_PAGES
    assert gc.isenabled()
    # ...and the store's checkpointer copies the import back once it is over.
    deadline = time.monotonic() + 10
    while dst.checkpointer is not None and dst.checkpointer.runs == runs and time.monotonic() < deadline:
        time.sleep(0.05)
    assert dst.checkpointer is not None and dst.checkpointer.runs > runs
    with dst.session() as s:
        assert verify(s) == []
    dst.dispose()


def test_import_cache_and_collector_are_restored_when_the_import_fails(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    data, secret, key_id, branch = _bundle(tmp_path, 200)
    dst = _dst_with_key(f"sqlite:///{tmp_path / 'dst.sqlite3'}", secret, key_id, branch)
    conn_id, default = _cache_size(dst)

    def broken(session, net):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk full")

    monkeypatch.setattr(sb, "_apply_balances", broken)
    with dst.session() as s, pytest.raises(RuntimeError, match="disk full"):
        sb.import_bundle(s, BOSS, data)
    assert _cache_size(dst) == (conn_id, default)
    assert gc.isenabled()
    with dst.session() as s:  # all or nothing: not a movement written
        assert s.scalar(select(func.count()).select_from(Movement)) == 0
    dst.dispose()


@pytest.mark.postgres
def test_import_on_postgresql_sends_no_pragma(tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    data, secret, key_id, branch = _bundle(tmp_path, 300)
    dst = _dst_with_key(new_pg_database(pg_server), secret, key_id, branch)
    sent: list[str] = []
    event.listen(dst.engine, "before_cursor_execute",
                 lambda conn, cursor, statement, *rest: sent.append(statement))
    with dst.session() as s:
        assert sb.import_bundle(s, BOSS, data).new_movements == 300
    assert sent and not [q for q in sent if "PRAGMA" in q.upper()]
    with dst.session() as s:
        assert verify(s) == []
    dst.dispose()


def test_bulk_digests_equal_row_digest() -> None:
    """The import's column-wise digests are audit.row_digest's, NULLs, empty and non-ASCII
    text included, for each table it writes in bulk."""
    at = datetime(2026, 3, 1, 12, 30, 5, 7)
    rows = {
        "movements": [
            {"id": "m1", "kind": "receipt", "site_id": "s", "item_id": "i", "lot_id": None, "qty": 10,
             "occurred_at": at, "recorded_at": at, "recorded_by": "ana", "device_id": "d",
             "document_id": None, "donor_id": None, "reason": "", "note": "čaj – شاي",
             "reverses": None},
            {"id": "m2", "kind": "distribution", "site_id": "s", "item_id": "i", "lot_id": "l",
             "qty": -1, "occurred_at": at, "recorded_at": at.replace(microsecond=0),
             "recorded_by": "ana", "device_id": "d", "document_id": "doc", "donor_id": "don",
             "reason": None, "note": None, "reverses": "m1"},
            # The first row's NULLs again (rows share a template), and braces in a text.
            {"id": "m3", "kind": "receipt", "site_id": "s", "item_id": "i", "lot_id": None, "qty": 2,
             "occurred_at": at, "recorded_at": at, "recorded_by": "{0}", "device_id": "d",
             "document_id": None, "donor_id": None, "reason": "{x}", "note": "}{",
             "reverses": None},
        ],
        "distributions": [
            {"id": "d1", "site_id": "s", "token_id": None, "household_id": None, "head_count": 30,
             "occurred_at": at, "recorded_at": at, "recorded_by": "ana", "device_id": "d",
             "override_reason": "", "override_by": None, "reverses": None},
        ],
        "distribution_lines": [
            {"movement_id": "m2", "distribution_id": "d1", "item_id": "i", "qty": 1},
        ],
    }
    for tname, table_rows in rows.items():
        table = sb.BY_NAME[tname].table
        full = [{c.name: r.get(c.name) for c in table.columns} for r in table_rows]
        frame = sb._Frame(table, [[r[c.name] for r in full] for c in table.columns])
        _, texts = sb._columns(frame, sqlite=True)
        assert sb._digests(table, texts) == [audit.row_digest(r.items()) for r in full], tname


@pytest.mark.parametrize("raw", [
    ["2026-03-01T12:30:05.000007", "2026-12-31T23:59:59.999999"],  # the encoder's form
    ["2026-03-01T12:30:05", "2026-12-31T23:59:59.999999"],  # another form: formatted back
    ["2026-03-01T12:30:05.000007", None],  # a NULL: formatted back
])
def test_decoded_timestamps_carry_their_canonical_text(raw: list[str | None]) -> None:
    """What the import binds and digests for a timestamp is audit._canon's text of it,
    whether the decoder kept the bundle's text or the value is formatted again."""
    table = sb.BY_NAME["movements"].table
    names, _, dec = sb._CODECS["movements"]
    row = {"id": "m", "kind": "receipt", "site_id": "s", "item_id": "i", "qty": 1,
           "recorded_by": "ana", "device_id": "d"}
    rows = [[(r if n in ("occurred_at", "recorded_at") else row.get(n)) for n in names] for r in raw]
    cols, texts = sb._decode_cols(names, sb._KINDS["movements"], dec, rows)
    assert bool(texts) == all(r is not None and len(r) == 26 for r in raw)
    frame = sb._Frame(table, cols, texts).take([1, 0])
    _, canon = sb._columns(frame, sqlite=True)
    at = names.index("occurred_at")
    expected = [None if r is None else audit._canon(datetime.fromisoformat(r)) for r in raw[::-1]]
    assert list(canon[at]) == expected


def test_reversals_are_written_after_what_they_reverse(tmp_path: Path) -> None:
    """Rows are inserted by id, but a reversal whose id sorts first still comes after the
    movement it voids (foreign key); the import is idempotent and verify passes."""
    def reverse_some(moves: dict[str, dict[str, object]]) -> None:
        hand_outs = [m for m in moves.values() if m["qty"] == -1][:5]
        for k, m in enumerate(hand_outs):
            rid = f"0000000{k}-{m['id']}"[:36]  # sorts before every uuid4
            m["id"], old = f"ffffffff-{k}{m['id'][10:]}"[:36], m["id"]  # and the original after
            moves[m["id"]] = moves.pop(old)
            moves[rid] = m | {"id": rid, "kind": "adjustment", "qty": 1, "reason": "correction",
                              "reverses": m["id"]}

    data, secret, key_id, branch = _bundle(tmp_path, 240, reverse_some)
    dst = _dst_with_key(f"sqlite:///{tmp_path / 'dst.sqlite3'}", secret, key_id, branch)
    with dst.session() as s:
        assert sb.import_bundle(s, BOSS, data).new_movements == 245
        assert sb.import_bundle(s, BOSS, data).status == "already"
        assert s.scalar(select(func.count()).select_from(Movement)
                        .where(Movement.reverses.is_not(None))) == 5
        assert verify(s) == []
    dst.dispose()


def test_collector_pause_overlaps_with_a_reports_pause_on_another_thread() -> None:
    """An import during a report (two threads of the GUI) that ends first, or last: the
    collector stays off until both have ended, and is on again after."""
    import threading

    from hsp_desk.gc_pause import gc_paused

    for import_ends_first in (True, False):
        assert gc.isenabled()
        started, release = threading.Event(), threading.Event()

        def report(started: threading.Event, release: threading.Event) -> None:
            with gc_paused():
                started.set()
                release.wait(5)

        t = threading.Thread(target=report, args=(started, release))
        t.start()
        started.wait(5)
        with gc_paused():  # the import
            assert not gc.isenabled()
            if not import_ends_first:
                release.set()
                t.join()
                assert not gc.isenabled(), "the report's end must not re-enable it here"
        if import_ends_first:
            assert not gc.isenabled(), "the report is still running"
            release.set()
            t.join()
        assert gc.isenabled()


def _dangling_reversal(moves: dict[str, dict[str, object]]) -> None:
    """The last movement voids one that no database has: its foreign key cannot hold."""
    last = list(moves.values())[-1]
    last["reverses"] = new_id(datetime(2020, 1, 1))


def _refused_then_next_imports(dst: Database, data: bytes, good: bytes) -> None:
    with dst.session() as s:
        entries = s.scalar(select(func.count()).select_from(audit.AuditEntry))
        with pytest.raises(bf.BundleRejected) as err:
            sb.import_bundle(s, BOSS, data)
        assert err.value.reason == "conflict"
        assert "Nothing was imported" in str(err.value)
    with dst.session() as s:  # nothing of it was written, nor chained
        assert s.scalar(select(func.count()).select_from(Movement)) == 0
        assert s.scalar(select(func.count()).select_from(audit.AuditEntry)) == entries
        assert s.scalar(select(func.count()).select_from(Balance).where(Balance.qty != 0)) == 0
        # The same connection imports the next bundle: nothing was left staged.
        assert sb.import_bundle(s, BOSS, good).new_movements == 300
        assert verify(s) == []
    dst.dispose()


def test_a_row_that_does_not_fit_rolls_back_the_whole_import(tmp_path: Path) -> None:
    """A foreign key that fails while the rows are copied from their staging tables (and
    the chain is computed on the other thread): nothing written, and the next import on
    the same connection works."""
    data, secret, key_id, branch = _bundle(tmp_path, 300, _dangling_reversal)
    dst = _dst_with_key(f"sqlite:///{tmp_path / 'dst.sqlite3'}", secret, key_id, branch)
    _refused_then_next_imports(dst, data, _mended(data, secret))


def test_a_row_that_does_not_fit_rolls_back_the_whole_import_on_postgresql(
        tmp_path: Path, pg_server: str) -> None:
    data, secret, key_id, branch = _bundle(tmp_path, 300, _dangling_reversal)
    dst = _dst_with_key(new_pg_database(pg_server), secret, key_id, branch)
    _refused_then_next_imports(dst, data, _mended(data, secret))


def _mended(data: bytes, secret: bytes) -> bytes:
    """The bundle again, sealed with the same key, without the dangling reversal."""
    header, payload = bf.open_bundle(data, secret)
    block = payload["tables"]["movements"]
    col = block["columns"].index("reverses")
    dangling = [row for row in block["rows"] if row[col] is not None]
    assert len(dangling) == 1
    dangling[0][col] = None
    return bf.seal_bundle(header, payload, secret)


@pytest.mark.parametrize("n, noted", [(1, 0), (40, 1), (40, 40)])
def test_staged_rows_arrive_as_sent(tmp_path: Path, n: int, noted: int) -> None:
    """Columns with one value in every row are bound once in the copy, the others staged:
    whichever they are (a single row: all of them), each row arrives as it was sent."""
    def note_some(moves: dict[str, dict[str, object]]) -> None:
        for k, m in enumerate(list(moves.values())[:noted]):
            m["note"] = f"note {k}"

    data, secret, key_id, branch = _bundle(tmp_path, n, note_some)
    _, payload = bf.open_bundle(data, secret)
    block = payload["tables"]["movements"]
    sent = {row[0]: dict(zip(block["columns"], row, strict=True)) for row in block["rows"]}
    dst = _dst_with_key(f"sqlite:///{tmp_path / 'dst.sqlite3'}", secret, key_id, branch)
    with dst.session() as s:
        assert sb.import_bundle(s, BOSS, data).new_movements == n
        got = {m.id: m for m in s.scalars(select(Movement))}
        assert set(got) == set(sent)
        for mid, row in sent.items():
            m = got[mid]
            assert (m.note, m.lot_id, m.qty, m.device_id, m.occurred_at.isoformat(timespec="microseconds")) \
                == (row["note"], row["lot_id"], row["qty"], row["device_id"], row["occurred_at"])
        assert sum(m.note is not None for m in got.values()) == noted
        assert verify(s) == []
    dst.dispose()

"""The hash-chained audit trail: every write recorded, tampering found by verify.

Tampering is done as an attacker would: with sqlite3 on the file (or SQL on the
PostgreSQL server), dropping the immutability triggers first.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from hsp_desk.cli import main
from hsp_desk.domain.enums import MovementKind
from hsp_desk.domain.errors import InvalidInput
from hsp_desk.services import ledger, tokens
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import distribute
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transaction import committing
from hsp_desk.services.transfers import TransferLine, dispatch, receive_transfer
from hsp_desk.services.verify import verify
from hsp_desk.store import audit
from hsp_desk.store.database import Database, open_database
from hsp_desk.store.models import AuditEntry, Base, Movement

from .factories import seed_world

COORD = Actor("amina", "dev-rozaje-1", "coordinator")
LOGI = Actor("petar", "dev-wh-2", "logistics_officer")


def _stock(db: Database) -> list[str]:
    """A world with a receipt and a transfer; returns the receipt's movement ids."""
    with db.session() as s:
        seed_world(s)
        grn = receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 100), ReceiptLine("HYG-SOAP", 40)])
        wb = dispatch(s, LOGI, "MNE-ROZAJE", "MNE-MOBILE", [TransferLine("WATER-05", 30)])
        receive_transfer(s, LOGI, wb.number, {"WATER-05": 29})
        return list(s.scalars(sa.select(Movement.id).where(Movement.document_id == grn.id)))


def _problems(db: Database) -> list[str]:
    with db.session() as s:
        return [str(p) for p in verify(s)]


def _tamper(db: Database, *statements: str) -> None:
    """Run SQL behind the application's back: raw sqlite3 on the file, or a plain
    connection to PostgreSQL, dropping the triggers that protect the history first."""
    if db.is_sqlite:
        db.dispose()
        conn = sqlite3.connect(db.url.split("///", 1)[1])
        for trig in ("movements_no_update", "movements_no_delete", "audit_log_no_update",
                     "audit_log_no_delete"):
            conn.execute(f"DROP TRIGGER IF EXISTS {trig}")
        for st in statements:
            conn.execute(st)
        conn.commit()
        conn.close()
        return
    with db.engine.begin() as c:
        c.exec_driver_sql("DROP TRIGGER IF EXISTS movements_immutable ON movements")
        c.exec_driver_sql("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        for st in statements:
            c.exec_driver_sql(st)


def test_every_write_is_chained_with_who_where_when(db: Database) -> None:
    ids = _stock(db)
    with db.session() as s:
        entries = list(s.scalars(sa.select(AuditEntry).order_by(AuditEntry.seq)))
        movements = s.scalar(sa.select(sa.func.count()).select_from(Movement))
    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert entries[0].prev_hash == audit.GENESIS
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))
    by_key = {(e.table_name, e.row_key): e for e in entries}
    for mid in ids:
        e = by_key[("movements", mid)]
        assert (e.user, e.device, e.action) == ("amina", "dev-rozaje-1", "insert")
    assert sum(e.table_name == "movements" for e in entries) == movements == 4
    # the waybill's header was updated on arrival: recorded as an update by petar
    updates = [e for e in entries if e.action == "update" and e.table_name == "documents"]
    assert updates and updates[-1].user == "petar" and updates[-1].device == "dev-wh-2"
    assert _problems(db) == []


def test_a_movement_changed_behind_the_back_is_found(db: Database) -> None:
    ids = _stock(db)
    # A change the balance check cannot see: only the audit trail knows.
    _tamper(db, f"UPDATE movements SET note = 'nothing to see', recorded_by = 'ghost' "
                f"WHERE id = '{ids[0]}'")
    problems = _problems(db)
    assert len(problems) == 1, problems
    assert ids[0] in problems[0] and "changed outside HSP Desk" in problems[0]
    assert "amina recorded on dev-rozaje-1" in problems[0]


def test_a_movement_deleted_behind_the_back_is_found(db: Database) -> None:
    ids = _stock(db)
    _tamper(db, f"DELETE FROM movements WHERE id = '{ids[1]}'")
    problems = _problems(db)
    assert any(ids[1] in p and "deleted outside HSP Desk" in p for p in problems), problems


def test_a_movement_inserted_behind_the_back_is_found(db: Database) -> None:
    ids = _stock(db)
    cols = ("kind, site_id, item_id, lot_id, qty, occurred_at, recorded_at, recorded_by, device_id, "
            "document_id, donor_id, reason, note, reverses")
    _tamper(db, f"INSERT INTO movements (id, {cols}) SELECT 'forged-0001', {cols} FROM movements "
                f"WHERE id = '{ids[0]}'")
    problems = _problems(db)
    assert any("forged-0001" in p and "written outside HSP Desk" in p for p in problems), problems


def test_an_audit_row_altered_or_deleted_breaks_the_chain(db: Database) -> None:
    _stock(db)
    _tamper(db, "UPDATE audit_log SET \"user\" = 'someone-else' WHERE seq = 3")
    problems = _problems(db)
    assert any("entry 3" in p and "does not match its hash" in p for p in problems), problems

    _tamper(db, "DELETE FROM audit_log WHERE seq = 7")
    problems = _problems(db)
    assert any("entry 7 is missing" in p for p in problems), problems
    assert any("entry 3" in p for p in problems)


def test_a_movement_deleted_with_its_audit_entry_is_found(sqlite_db: Database) -> None:
    ids = _stock(sqlite_db)
    with sqlite_db.session() as s:
        seq = s.scalar(sa.select(AuditEntry.seq).where(AuditEntry.row_key == ids[0]))
    _tamper(sqlite_db, f"DELETE FROM movements WHERE id = '{ids[0]}'",
            f"DELETE FROM audit_log WHERE seq = {seq}")
    problems = _problems(sqlite_db)
    assert any("missing" in p for p in problems)  # the gap in the chain
    assert any("balance shows" in p for p in problems)  # and the balance no longer adds up


def _full_comparison(db: Database) -> list[audit.Finding]:
    """verify_trail's findings computed the slow way: every table compared whole."""
    with db.session() as s:
        conn = s.connection()
        present = set(sa.inspect(conn).get_table_names())
        tables = [t for t in audit.audited_tables(Base.metadata.sorted_tables) if t.name in present]
        found = audit._summarise(audit._check_chain(conn), "audit trail", "breaks in the chain")
        for t in tables:
            found += audit._check_table(conn, t)
        fast = audit.verify_trail(conn, tables)
    return sorted(found, key=str) if sorted(fast, key=str) == sorted(found, key=str) else [
        audit.Finding("MISMATCH", f"fast {fast} != full {found}")]


def test_the_walk_finds_what_the_whole_comparison_finds(sqlite_db: Database) -> None:
    """verify compares each SQLite table while walking the chain, pairing insert entries
    with rows in insertion order; rows updated or deleted through the app, rows moved out
    of order and rows tampered with must come out exactly as comparing whole tables."""
    ids = _stock(sqlite_db)
    with sqlite_db.session() as s:
        doc = s.scalar(sa.select(AuditEntry.row_key).where(
            AuditEntry.table_name == "documents", AuditEntry.action == "update"))
    assert _full_comparison(sqlite_db) == []
    cols = ("id, kind, site_id, item_id, lot_id, qty, occurred_at, recorded_at, recorded_by, "
            "device_id, document_id, donor_id, reason, note, reverses")
    _tamper(
        sqlite_db,
        # the same row deleted and written back unchanged: now out of insertion order, clean
        f"CREATE TEMP TABLE keep AS SELECT {cols} FROM movements WHERE id = '{ids[0]}'",
        f"DELETE FROM movements WHERE id = '{ids[0]}'",
        f"INSERT INTO movements ({cols}) SELECT {cols} FROM keep",
        # a row the app updated, then changed behind its back
        f"UPDATE documents SET note = 'edited' WHERE id = '{doc}'",
        f"DELETE FROM movements WHERE id = '{ids[1]}'",
        f"INSERT INTO movements ({cols}) SELECT 'forged-0002', {cols.split(', ', 1)[1]} "
        "FROM keep",
    )
    found = [str(f) for f in _full_comparison(sqlite_db)]
    assert not any("MISMATCH" in f for f in found), found
    assert any(doc in f and "changed outside" in f for f in found), found
    assert any(ids[1] in f and "deleted outside" in f for f in found), found
    assert any("forged-0002" in f and "written outside" in f for f in found), found
    assert not any(ids[0] in f for f in found), found


def test_a_token_changed_or_deleted_behind_the_back_is_found(db: Database) -> None:
    with db.session() as s:
        seed_world(s)
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
        cards = tokens.issue_cards(s, COORD, "MNE-ROZAJE", 3)
        distribute(s, COORD, "MNE-ROZAJE", cards[0].payload, [("WATER-05", 1)])
    assert _problems(db) == []
    with db.session() as s:
        # token row keys are hashed: no card id in the audit trail
        keys = list(s.scalars(sa.select(AuditEntry.row_key).where(AuditEntry.table_name == "tokens")))
    assert keys and all(k.startswith("h:") for k in keys)
    assert not any(c.token_id in k for c in cards for k in keys)
    _tamper(db, f"UPDATE tokens SET household_size = 9 WHERE id = '{cards[1].token_id}'",
            f"DELETE FROM tokens WHERE id = '{cards[2].token_id}'")
    problems = _problems(db)
    assert sum("token h:" in p and "changed outside" in p for p in problems) == 1, problems
    assert sum("token h:" in p and "deleted outside" in p for p in problems) == 1, problems


def test_cli_verify_exits_1_after_tampering(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(sqlite_url)
    ids = _stock(db)
    assert main(["verify", "--database-url", sqlite_url]) == 0
    _tamper(db, f"UPDATE movements SET note = 'edited' WHERE id = '{ids[0]}'")
    capsys.readouterr()
    # The row was checked before the edit: --full re-reads it (tests/test_verify_incremental.py
    # covers what the routine check finds).
    assert main(["verify", "--full", "--database-url", sqlite_url]) == 1
    err = capsys.readouterr().err
    assert "changed outside HSP Desk" in err and ids[0] in err


def test_the_audit_log_refuses_update_and_delete(db: Database) -> None:
    _stock(db)
    for st in ("UPDATE audit_log SET device = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(sa.exc.DBAPIError, match="append-only"), db.engine.begin() as c:
            c.exec_driver_sql(st)


def test_a_database_from_before_the_trail_is_baselined(tmp_path: Path) -> None:
    """A database holding stock at revision 0001 gets its rows recorded on upgrade."""
    from alembic import command

    from hsp_desk.store.migrate import alembic_config

    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    engine = sa.create_engine(url)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO national_societies VALUES ('ns1', 'MNE', 'RC MNE', 'Montenegro')")
        c.exec_driver_sql("INSERT INTO sites (id, code, name, national_society_id, site_type, modality, "
                          "active) VALUES ('s1', 'MNE-ROZAJE', 'Rozaje', 'ns1', 'HSP', 'fixed', 1)")
        c.exec_driver_sql("INSERT INTO items (id, code, name, category, unit, expiry_tracked, "
                          "serial_tracked, is_kit, active) VALUES ('i1', 'WATER-05', 'Water', 'water', "
                          "'bottle', 0, 0, 0, 1)")
        c.exec_driver_sql("INSERT INTO movements (id, kind, site_id, item_id, qty, occurred_at, "
                          "recorded_at, recorded_by, device_id) VALUES ('m1', 'receipt', 's1', 'i1', 5, "
                          "'2025-01-01 10:00:00.000000', '2025-01-01 10:00:00.000000', 'old', 'dev-old')")
        c.exec_driver_sql("INSERT INTO balances VALUES ('s1', 'i1', '', 5)")
    engine.dispose()
    db = open_database(url)
    assert _problems(db) == []
    with db.session() as s:
        assert s.scalar(sa.select(AuditEntry.user).where(AuditEntry.row_key == "m1")) == "migration"
    _tamper(db, "UPDATE movements SET qty = 6 WHERE id = 'm1'", "UPDATE balances SET qty = 6")
    assert any("m1" in p and "changed outside" in p for p in _problems(db))


@committing
def _hand_out(session: sa.orm.Session, actor: Actor, site_id: str, item_id: str) -> None:
    ledger.post(session, actor, ledger.issue_drafts(
        session, MovementKind.DISTRIBUTION, site_id, item_id, 1))


@pytest.mark.postgres
def test_laptops_appending_at_once_keep_one_chain(pg_server) -> None:  # type: ignore[no-untyped-def]
    from .conftest import new_pg_database

    db = open_database(new_pg_database(pg_server))
    with db.session() as s:
        world = seed_world(s)
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 500), ReceiptLine("HYG-SOAP", 500)])
    errors: list[BaseException] = []

    def laptop(n: int) -> None:
        actor = Actor(f"user{n}", f"dev-{n}", "coordinator")
        try:
            with db.session() as s:
                for i in range(15):
                    if i % 3 == 0:
                        receive(s, actor, "MNE-ROZAJE", [ReceiptLine("HYG-TBRUSH", 1)])
                    else:
                        _hand_out(s, actor, world.hsp.id, (world.water if n % 2 else world.soap).id)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=laptop, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.session() as s:
        n = s.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
        assert s.scalar(sa.select(sa.func.max(AuditEntry.seq))) == n
        users = set(s.scalars(sa.select(AuditEntry.user).where(AuditEntry.table_name == "movements")))
    assert {"user0", "user1", "user2", "user3"} <= users
    assert _problems(db) == []
    db.dispose()


def test_audit_append_is_cheap(sqlite_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit append (digest, chain head read, one INSERT) is timed inside real
    hand-outs: a small part of the 5 ms scan-to-distribution budget."""
    spent: list[float] = []
    real = audit.append

    def timed(*args: object, **kwargs: object) -> None:
        t0 = time.perf_counter()
        real(*args, **kwargs)  # type: ignore[arg-type]
        spent.append(time.perf_counter() - t0)

    with sqlite_db.session() as s:
        world = seed_world(s)
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10_000)])
        monkeypatch.setattr(audit, "append", timed)
        for _ in range(200):
            _hand_out(s, COORD, world.hsp.id, world.water.id)
        monkeypatch.undo()
    assert len(spent) >= 200
    appends = sorted(spent)
    median = appends[len(appends) // 2] * 1000
    print(f"audit append per hand-out: median {median:.3f} ms, 95th percentile "
          f"{appends[len(appends) * 95 // 100] * 1000:.3f} ms")
    assert median < 1.0
    assert _problems(sqlite_db) == []


def test_retiring_rules_and_levels_keeps_the_trail_valid_across_migration_0013(tmp_path: Path) -> None:
    """0013 adds retired_at (NULL: in force) to rules and reorder levels: the rows written
    before keep their digests, down to 0012 and up again, and a retired row is audited."""
    from alembic import command

    from hsp_desk.services import distribution as ds
    from hsp_desk.services.forecast import set_reorder_level
    from hsp_desk.store.migrate import alembic_config

    manager = Actor("vesna", "dev-branch", "branch_manager")
    url = f"sqlite:///{tmp_path / 'rules.sqlite3'}"
    db = open_database(url)
    with db.session() as s:
        seed_world(s)
        ds.set_rule(s, manager, "HYG-KIT", 1, 14)
        ds.set_rule(s, manager, "category:water", 6, 1)
        set_reorder_level(s, manager, "MNE-ROZAJE", "WATER-05", 40)
    db.dispose()
    cfg = alembic_config()
    engine = sa.create_engine(url)
    for target in ("0012", "head"):
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if target == "0012" else command.upgrade)(cfg, target)
    engine.dispose()
    db = open_database(url)
    assert _problems(db) == []
    with db.session() as s:
        ds.delete_rule(s, manager, "HYG-KIT")
        set_reorder_level(s, manager, "MNE-ROZAJE", "WATER-05", None)
        assert [r.category for r in ds.load_rules(s)] == ["water"]
    assert _problems(db) == []
    with db.session() as s:
        retired = s.scalars(sa.select(AuditEntry.table_name).where(AuditEntry.action == "update")).all()
    assert sorted(retired) == ["entitlement_rules", "reorder_levels"]
    _tamper(db, "UPDATE entitlement_rules SET retired_at = NULL")
    found = _problems(db)
    assert any(p.startswith("entitlement rule ") and "changed outside" in p for p in found), found


def test_a_printed_fingerprint_catches_a_rewritten_trail(
        sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A trail rewritten consistently (an entry changed and every hash after it computed
    again) no longer has the fingerprint printed on a handover report."""
    from hsp_desk.services.verify import check_fingerprint, parse_fingerprint

    db = open_database(sqlite_url)
    _stock(db)
    with db.session() as s:
        seq, hash_ = audit.head(s.connection())
    printed = f"{seq}:{audit.fingerprint(hash_)}"
    assert parse_fingerprint(printed) == (seq, hash_[:16])
    assert main(["verify", "--full", "--fingerprint", printed, "--database-url", sqlite_url]) == 0
    assert "still has the fingerprint printed on the paper" in capsys.readouterr().out

    # Rewrite: entry 2 names another user, and the chain is recomputed from there on.
    with db.session() as s:
        rows = s.execute(sa.select(AuditEntry).order_by(AuditEntry.seq)).scalars().all()
        entries = [(e.seq, e.at, e.user, e.device, e.action, e.table_name, e.row_key, e.row_digest)
                   for e in rows]
    prev, statements = audit.GENESIS, []
    for seq_, at, user, device, action, tname, key, digest in entries:
        if seq_ == 2:
            user = "someone else"
        h = audit.entry_hash(seq_, at, user, device, action, tname, key, digest, prev)
        statements.append(f"UPDATE audit_log SET \"user\" = '{user}', prev_hash = '{prev}', "
                          f"hash = '{h}' WHERE seq = {seq_}")
        prev = h
    _tamper(db, *statements)
    capsys.readouterr()
    assert main(["verify", "--full", "--fingerprint", printed, "--database-url", sqlite_url]) == 1
    err = capsys.readouterr().err
    assert f"audit entry {seq:,} has the fingerprint" in err and "rewritten after the paper" in err
    with db.read_session() as s:
        assert "no audit entry" in str(check_fingerprint(s, seq + 1000, hash_[:16]))
    with pytest.raises(InvalidInput):
        parse_fingerprint("12:3fa2 9c1d")  # too short: a digit was left out

"""The routine ``hsp-desk verify``: from the checkpoint a clean check leaves, it walks only
the newer audit entries and rows, yet still counts every table; ``--full`` re-reads all.

Tampering is done as in tests/test_audit.py: SQL on the file or server, behind the
application's back, triggers dropped first.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
import sqlalchemy as sa

from hsp_desk.cli import main
from hsp_desk.services import verify as verify_service
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import distribute
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.tokens import issue_cards
from hsp_desk.store.database import Database, open_database
from hsp_desk.store.models import AuditEntry, DistributionLine, Movement, VerifyCheckpoint

from .test_audit import COORD, _stock, _tamper

CHECKER = Actor("hsp-desk verify", "dev-check")


def _run(db: Database, *, full: bool = False) -> verify_service.VerifyReport:
    return verify_service.run_verify(db, CHECKER, full=full)


def _receive(db: Database, qty: int = 7) -> list[str]:
    with db.session() as s:
        grn = receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", qty)])
        return list(s.scalars(sa.select(Movement.id).where(Movement.document_id == grn.id)))


def _head(db: Database) -> int:
    with db.session() as s:
        return int(s.scalar(sa.select(sa.func.max(AuditEntry.seq))) or 0)


def test_the_first_check_is_full_and_the_next_reads_only_what_is_new(db: Database) -> None:
    _stock(db)
    first = _run(db)
    assert first.full and first.problems == [] and first.since is None
    with db.session() as s:
        cp = s.scalars(sa.select(VerifyCheckpoint)).one()
        assert (cp.seq, cp.full) == (first.head[0], True)
        assert json.loads(cp.counts)["movements"] == first.counts["movements"] > 0
    before = _head(db)  # the checkpoint's own audit entry is after cp.seq
    _receive(db)
    after = _head(db)
    second = _run(db)
    assert not second.full and second.problems == []
    assert second.since is not None and second.since.seq == first.head[0]
    assert second.entries_checked == after - first.head[0] == after - before + 1
    with db.session() as s:
        assert [c.full for c in s.scalars(sa.select(VerifyCheckpoint).order_by(VerifyCheckpoint.id))] == [
            True, False]


def test_a_row_written_since_the_last_check_and_edited_is_found(db: Database) -> None:
    _stock(db)
    _run(db)
    new = _receive(db)
    _tamper(db, f"UPDATE movements SET note = 'edited' WHERE id = '{new[0]}'")
    problems = [str(p) for p in _run(db).problems]
    assert any(new[0] in p and "changed outside HSP Desk" in p for p in problems), problems


def test_an_old_row_deleted_or_added_is_noticed_by_the_counts(db: Database) -> None:
    old = _stock(db)
    _run(db)
    _receive(db)
    _tamper(db, f"DELETE FROM movements WHERE id = '{old[1]}'")
    with db.session() as s:
        problems = [str(p) for p in verify_service.verify(s)]
    assert any(p.startswith("movements: holds") and "1 row was deleted outside HSP Desk" in p
               and "verify --full" in p for p in problems), problems
    # --full says which one.
    with db.session() as s:
        full = [str(p) for p in verify_service.verify(s, full=True)]
    assert any(old[1] in p and "deleted outside HSP Desk" in p for p in full), full


def test_an_old_row_copied_in_behind_the_applications_back_is_noticed(db: Database) -> None:
    old = _stock(db)
    _run(db)
    cols = ("kind, site_id, item_id, lot_id, qty, occurred_at, recorded_at, recorded_by, "
            "device_id, document_id")
    _tamper(db, f"INSERT INTO movements (id, {cols}) SELECT 'forged-1', {cols} FROM movements "
                f"WHERE id = '{old[0]}'")
    problems = [str(p) for p in _run(db).problems]
    assert any("1 row was added outside HSP Desk" in p for p in problems), problems


def test_an_edited_entry_after_the_checkpoint_breaks_the_chain(db: Database) -> None:
    _stock(db)
    cp_seq = _run(db).head[0]
    _receive(db)
    _tamper(db, f"UPDATE audit_log SET \"user\" = 'someone' WHERE seq = {cp_seq + 2}")
    problems = [str(p) for p in _run(db).problems]
    assert any(f"entry {cp_seq + 2}" in p and "edited outside HSP Desk" in p for p in problems), problems


def test_the_entry_the_last_check_ended_on_must_be_unchanged(db: Database) -> None:
    _stock(db)
    cp_seq = _run(db).head[0]
    _tamper(db, f"UPDATE audit_log SET device = 'x' WHERE seq = {cp_seq}")
    problems = [str(p) for p in _run(db).problems]
    assert any(f"entry {cp_seq}, where the last check ended" in p for p in problems), problems


def test_a_checkpoint_moved_forward_is_refused_and_everything_is_checked(db: Database) -> None:
    _stock(db)
    first = _run(db)
    _receive(db)
    head = _head(db)
    # Skip the new entries: point the checkpoint at the newest entry, hash and all.
    with db.session() as s:
        new_hash = s.scalar(sa.select(AuditEntry.hash).where(AuditEntry.seq == head))
    _tamper(db, f"UPDATE verify_checkpoints SET seq = {head}, hash = '{new_hash}'")
    report = _run(db)
    assert report.full, "a doubtful checkpoint must not narrow the check"
    assert any("verify checkpoints" in str(p) and "changed outside HSP Desk" in str(p)
               for p in report.problems), report.problems
    assert first.head[0] < head


def test_a_check_with_problems_leaves_no_checkpoint(db: Database) -> None:
    _stock(db)
    _run(db)
    new = _receive(db)
    _tamper(db, f"UPDATE movements SET note = 'x' WHERE id = '{new[0]}'")
    assert _run(db).problems
    assert _run(db).problems, "the next check starts from the same place and finds it again"
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(VerifyCheckpoint)) == 1


def test_a_distribution_line_written_since_is_checked_against_its_movement(db: Database) -> None:
    from .factories import seed_world

    with db.session() as s:
        seed_world(s)
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("WATER-05", 50)])
    _run(db)
    with db.session() as s:
        card = issue_cards(s, COORD, "MNE-ROZAJE", 1)[0]
        distribute(s, COORD, "MNE-ROZAJE", card.payload, [("WATER-05", 2)])
        line_id = s.scalars(sa.select(DistributionLine.movement_id)).one()
    # A line edited together with its audit digest would pass the trail; the ledger check
    # still sees it disagree with its movement.
    _tamper(db, f"UPDATE distribution_lines SET qty = 3 WHERE movement_id = '{line_id}'")
    problems = [str(p) for p in _run(db).problems]
    assert any("does not match the ledger" in p for p in problems), problems


def test_cli_says_what_the_routine_check_covered(sqlite_url: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = open_database(sqlite_url)
    _stock(db)
    db.dispose()
    assert main(["verify", "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "every row and all" in out
    assert main(["verify", "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "written since the last check" in out and "verify --full" in out
    assert main(["verify", "--full", "--database-url", sqlite_url]) == 0
    assert "every row and all" in capsys.readouterr().out


def test_an_old_row_edited_after_its_check_is_found_by_the_rolling_window(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_service, "SCRUB_ENTRIES", 4)
    old = _stock(db)
    checked_to = _run(db).head[0]
    _tamper(db, f"UPDATE movements SET note = 'edited' WHERE id = '{old[0]}'")
    windows = []
    for _ in range(checked_to // 4 + 2):
        report = _run(db)
        assert report.since is not None and report.since.scrub is not None
        windows.append(report.since.scrub)
        if report.problems:
            break
    else:
        pytest.fail(f"never found; windows {windows}")
    assert any(old[0] in str(p) and "changed outside HSP Desk" in str(p) for p in report.problems)
    assert len(windows) > 1, "the edited row's entry was not in the first window"
    assert all(b - a == 3 for a, b in windows[:-1])


def test_an_old_audit_entry_edited_is_found_by_the_rolling_window(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_service, "SCRUB_ENTRIES", 1_000)  # the whole old part
    _stock(db)
    _run(db)
    _tamper(db, "UPDATE audit_log SET \"user\" = 'someone' WHERE seq = 3")
    problems = [str(p) for p in _run(db).problems]
    assert any("entry 3" in p and "edited outside HSP Desk" in p for p in problems), problems


def test_hand_outs_go_on_while_the_ledger_is_checked(sqlite_db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The check reads a snapshot without SQLite's write lock: a receipt recorded while it
    runs commits at once, the checkpoint still names the snapshot's head, and the next
    check walks what came in meanwhile."""
    _stock(sqlite_db)
    real = verify_service.check
    during: list[int] = []

    def check_with_a_receipt_meanwhile(session, **kw):  # type: ignore[no-untyped-def]
        report = real(session, **kw)
        during.extend(_receive(sqlite_db, 3))  # would wait for the check's lock, 30 s
        return report

    monkeypatch.setattr(verify_service, "check", check_with_a_receipt_meanwhile)
    first = _run(sqlite_db)
    assert first.problems == [] and during
    assert first.head[0] < _head(sqlite_db)
    monkeypatch.setattr(verify_service, "check", real)
    second = _run(sqlite_db)
    assert second.problems == [] and not second.full
    assert second.since is not None and second.since.seq == first.head[0]
    assert second.entries_checked > len(during)  # the receipt's entries, and the checkpoint's


def test_progress_names_each_check_and_is_told_after_every_batch(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Admin page's ledger check shows these steps and stops through them."""
    from hsp_desk.store import audit

    _stock(db)
    monkeypatch.setattr(audit, "_BATCH", 3)  # many batches from a small ledger
    seen: list[tuple[int, int, str]] = []
    report = verify_service.run_verify(db, CHECKER, progress=lambda *a: seen.append(a))
    assert report.problems == []
    names = [c.__name__ for c in verify_service.CHECKS]
    assert [s for s in dict.fromkeys(seen) if s[2]] == [(i, 3, n) for i, n in enumerate(names)]
    assert seen[-1] == (3, 3, "")
    # The audit trail's walk reports after each batch of three entries.
    walks = sum(1 for s in seen if s[2] == "check_audit_trail")
    assert walks > report.head[0] // 3


def test_a_check_stopped_midway_leaves_no_checkpoint(db: Database,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from hsp_desk.store import audit

    _stock(db)
    monkeypatch.setattr(audit, "_BATCH", 3)

    class Stop(Exception):
        pass

    calls: list[str] = []

    def stop_in_the_audit_walk(done: int, total: int, name: str) -> None:
        calls.append(name)
        if calls.count("check_audit_trail") == 3:  # inside the walk, not at its start
            raise Stop

    with pytest.raises(Stop):
        verify_service.run_verify(db, CHECKER, full=True, progress=stop_in_the_audit_walk)
    assert "check_distributions" not in calls
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(VerifyCheckpoint)) == 0
    assert _run(db).problems == []  # the connection it used is sound


def test_only_a_logistics_officer_or_above_checks_the_ledger(db: Database) -> None:
    from hsp_desk.services.permissions import NotAllowed

    _stock(db)
    with pytest.raises(NotAllowed, match="logistics officer"):
        verify_service.run_verify(db, Actor("vera", "dev-vol", role="coordinator"))
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count()).select_from(VerifyCheckpoint)) == 0


def test_a_lot_is_named_by_the_number_on_its_boxes(db: Database) -> None:
    _stock(db)
    with db.session() as s:
        receive(s, COORD, "MNE-ROZAJE", [ReceiptLine("BABY-CEREAL", 12, "L-2027-03", date(2027, 3, 1))])
    _tamper(db, "UPDATE balances SET qty = qty - 2 WHERE lot_key <> ''")
    problems = [str(p) for p in _run(db).problems]
    assert problems == [
        "MNE-ROZAJE / BABY-CEREAL / lot L-2027-03: balance shows 10 but the movements add up to 12"]

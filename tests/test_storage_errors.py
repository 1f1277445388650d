"""A full disk, a read-only folder, a file held open by Excel, a failing disk: each is
said in words with what to do, and nothing is half-written."""

from __future__ import annotations

import errno
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from hsp_desk.cli import main
from hsp_desk.services import reporting
from hsp_desk.services.context import Actor
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.services.storage_errors import StorageProblem, explain, explain_os_error
from hsp_desk.services.verify import verify
from hsp_desk.store.database import Database

from .factories import seed_world

ACTOR = Actor("amina", "dev-test", "branch_manager")


def test_a_full_database_disk_refuses_the_write_in_words_and_keeps_what_was_recorded(
        sqlite_db: Database) -> None:
    """SQLite's own "database or disk is full", made real by capping the file's pages."""
    with sqlite_db.session() as s:
        seed_world(s)
        receive(s, ACTOR, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    with sqlite_db.session() as s:
        pages = s.connection().exec_driver_sql("PRAGMA page_count").scalar()
        s.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        lines = [ReceiptLine("BABY-CEREAL", 1, f"LOT-{i:04d}-{'x' * 40}", date(2027, 1, 1))
                 for i in range(400)]
        with pytest.raises(StorageProblem) as caught:
            receive(s, ACTOR, "MNE-ROZAJE", lines)
        assert caught.value.what == "The disk that holds the database is full."
        assert "Nothing was recorded" in caught.value.todo and "Free some space" in caught.value.todo
        assert isinstance(caught.value.__cause__, sa.exc.OperationalError)
    with sqlite_db.session() as s:  # all or nothing: the GRN left no trace, the rest is intact
        assert {r.item_code: r.qty for r in stock_on_hand(s, "MNE-ROZAJE")} == {"WATER-05": 10}
        assert verify(s) == []


@pytest.mark.parametrize(("error", "what", "todo"), [
    (OSError(errno.ENOSPC, "No space left on device", "/media/usb/stock-2026-11.pdf"),
     "The disk is full: stock-2026-11.pdf could not be written.", "Free some space"),
    (PermissionError(errno.EACCES, "Permission denied", r"C:\Users\hsp\Documents\stock.xlsx"),
     "HSP Desk may not write stock.xlsx.", "close it"),
    (OSError(errno.EROFS, "Read-only file system", "/media/cd/stock.pdf"),
     "stock.pdf is on a disk that cannot be written to (read-only).", "Choose another folder"),
])
def test_file_errors_say_what_to_do(error: OSError, what: str, todo: str) -> None:
    problem = explain_os_error(error)
    assert problem is not None and problem.what == what and todo in problem.todo
    assert problem.todo.startswith("Nothing was saved.")
    assert explain(OSError(errno.ECONNRESET, "reset")) is None  # not about storage: as it is


def test_a_report_over_a_file_held_open_is_refused_and_the_old_file_kept(
        sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Windows refuses to replace a workbook that Excel holds open: the report says so,
    the file the user has open is untouched, and no partial file is left beside it."""
    with sqlite_db.session() as s:
        seed_world(s)
        receive(s, ACTOR, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
    out = tmp_path / "stock.xlsx"
    out.write_bytes(b"the workbook open in Excel")

    def held_open(self: Path, target: Path) -> Path:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))

    monkeypatch.setattr(Path, "replace", held_open)
    today = date.today()
    with sqlite_db.session() as s, pytest.raises(PermissionError) as caught:
        reporting.produce_report(s, ACTOR, reporting.ReportRequest(
            "stock", out, ["MNE-ROZAJE"], today - timedelta(days=30), today))
    problem = explain(caught.value)
    assert problem is not None and problem.what == "HSP Desk may not write stock.xlsx."
    assert out.read_bytes() == b"the workbook open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("stock")) == ["stock.xlsx"]
    # The command line says the same in words, not a traceback.
    assert main(["report", "stock", "--site", "MNE-ROZAJE", "--out", str(out),
                 "--database-url", sqlite_db.url]) == 2
    assert "HSP Desk may not write stock.xlsx." in capsys.readouterr().err


def test_the_window_says_a_full_disk_in_the_chosen_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from hsp_desk.ui import i18n
    from hsp_desk.ui.errors import describe

    error = OSError(errno.ENOSPC, "No space left on device", "/media/usb/stock.pdf")
    assert describe(error) == ("The disk is full: stock.pdf could not be written.",
                               "Nothing was saved. Free some space (empty the recycle bin, move old "
                               "reports or backups to a USB stick), then try again.")
    try:
        assert i18n.install(qapp, "fr") == "fr"
        what, _todo = describe(error)
        assert "stock.pdf" in what and what != "The disk is full: stock.pdf could not be written."
    finally:
        i18n.install(qapp, "en")

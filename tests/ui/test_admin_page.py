"""Admin page: add an item, add a user, an Excel import that fails with its row errors
listed, a backup from the Backup tab; and the tabs a logistics officer sees."""

from __future__ import annotations

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from hsp_desk.services.catalogue_admin import catalogue_rows
from hsp_desk.services.context import Actor
from hsp_desk.services.excel_import import write_template
from hsp_desk.services.users import authenticate, list_users
from hsp_desk.store.backup import integrity_problem

from .conftest import idle


def _admin(qtbot, make_window, who: Actor | None = None):  # type: ignore[no-untyped-def]
    win = make_window("MNE-ROZAJE", who=who)
    page = win.show_page("admin")
    idle(qtbot, win)
    return win, page


def test_add_an_item_and_a_kit(qtbot, make_window, seeded, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    win, page = _admin(qtbot, make_window)
    tab = page.show_tab(page.catalogue)
    idle(qtbot, win)
    before = tab.model.rowCount()
    assert before == 6
    qtbot.keyClicks(tab.code, "hyg-shampoo")
    qtbot.keyClicks(tab.name, "Shampoo 250 ml")
    tab.category.setCurrentIndex(tab.category.findData("hygiene"))
    tab.unit.setCurrentText("bottle")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 1 or win.ctx.tasks.last_error is not None)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert "HYG-SHAMPOO was added" in tab.result.text()
    assert win.ctx.item("HYG-SHAMPOO") is not None  # the pickers of the other pages know it

    qtbot.keyClicks(tab.code, "HYG-KIT2")
    qtbot.keyClicks(tab.name, "Family hygiene kit")
    tab.category.setCurrentIndex(tab.category.findData("hygiene"))
    tab.unit.setCurrentText("kit")
    qtbot.keyClicks(tab.components, "HYG-SOAP:4; HYG-SHAMPOO:1")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == before + 2 or win.ctx.tasks.last_error is not None)
    idle(qtbot, win)
    with sqlite_db.session() as s:
        rows = {r.code: r for r in catalogue_rows(s)}
    assert rows["HYG-SHAMPOO"].unit == "bottle" and rows["HYG-SHAMPOO"].category == "hygiene"
    assert rows["HYG-KIT2"].components == "HYG-SHAMPOO ×1, HYG-SOAP ×4"

    # The same code again: refused, nothing added.
    qtbot.keyClicks(tab.code, "HYG-SHAMPOO")
    qtbot.keyClicks(tab.name, "Again")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert "exists already" in str(win.ctx.tasks.last_error)
    with sqlite_db.session() as s:
        assert len(catalogue_rows(s)) == before + 2


def test_add_a_user_who_can_then_sign_in(qtbot, make_window, seeded, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    win, page = _admin(qtbot, make_window)
    tab = page.show_tab(page.users)
    idle(qtbot, win)
    qtbot.keyClicks(tab.username, "Marko.P")
    qtbot.keyClicks(tab.display, "Marko Petrovic")
    tab.role.setCurrentIndex(tab.role.findData("coordinator"))
    qtbot.keyClicks(tab.password, "shift-2026-ok")
    qtbot.keyClicks(tab.password2, "shift-2026-ok")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 or win.ctx.tasks.last_error is not None)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert tab.password.text() == ""  # never left in the form
    with sqlite_db.session() as s:
        assert [(u.username, u.role) for u in list_users(s)] == [("marko.p", "coordinator")]
        who = authenticate(s, "marko.p", "shift-2026-ok", device="dev")
    assert who.role == "coordinator"

    # Disable him: he can no longer sign in.
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    with sqlite_db.session() as s:
        assert [u.active for u in list_users(s)] == [False]


def test_catalogue_import_failure_lists_each_bad_row(  # type: ignore[no-untyped-def]
    qtbot, make_window, seeded, sqlite_db, tmp_path
) -> None:
    path = tmp_path / "catalogue.xlsx"
    write_template("catalogue", path)
    book = load_workbook(path)
    ws = book.worksheets[0]
    ws.append(["GOOD-1", "A good item", "food"])  # row 2
    ws.append(["WATER-05", "Already there", "water"])  # row 3
    ws.append(["NEW-2", "Bad category", "toys"])  # row 4
    book.save(path)

    win, page = _admin(qtbot, make_window)
    tab = page.show_tab(page.catalogue)
    idle(qtbot, win)
    tab.import_kind.setCurrentIndex(tab.import_kind.findData("catalogue"))
    tab.preset_open = path
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.problems.isVisible(), timeout=10_000)
    idle(qtbot, win)
    shown = [tab.problems.item(i).text() for i in range(tab.problems.count())]
    assert any("row 3" in p and "WATER-05 exists already" in p for p in shown), shown
    assert any("row 4" in p and "toys" in p for p in shown), shown
    assert not any("row 2" in p for p in shown)
    assert "Nothing was imported" in tab.result.text()
    with sqlite_db.session() as s:
        assert "GOOD-1" not in {r.code for r in catalogue_rows(s)}

    # Fixed: the good row alone imports, and the problems list goes away.
    write_template("catalogue", path)
    book = load_workbook(path)
    book.worksheets[0].append(["GOOD-1", "A good item", "food"])
    book.save(path)
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Imported 1 row" in tab.result.text(), timeout=10_000)
    idle(qtbot, win)
    assert not tab.problems.isVisible()
    assert win.ctx.item("GOOD-1") is not None

    tab.preset_save = tmp_path / "template.xlsx"
    qtbot.mouseClick(tab.template_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Template saved" in tab.result.text(), timeout=10_000)
    assert load_workbook(tab.preset_save).worksheets[0].title == "Items"


def test_back_up_from_the_backup_tab(qtbot, make_window, seeded, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    win, page = _admin(qtbot, make_window)
    tab = page.show_tab(page.backup)
    idle(qtbot, win)
    assert tab.model.rowCount() == 0
    qtbot.mouseClick(tab.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 or win.ctx.tasks.last_error is not None,
                    timeout=20_000)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    row = tab.model.row_at(0)
    assert row.kind == "manual" and row.path.parent.name == "backups"
    assert integrity_problem(row.path) is None
    assert "Backup written and checked" in tab.result.text()

    # Restore asks first; saying no changes nothing.
    asked: list[str] = []
    tab.confirm = lambda name: asked.append(name) or False
    tab.table.setCurrentIndex(tab.model.index(0, 0))
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert asked == [row.path.name]
    assert not win.ctx.tasks.busy


def test_tabs_follow_the_role(qtbot, make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    _win, page = _admin(qtbot, make_window, Actor("log", "dev", "logistics_officer"))
    assert page.catalogue is not None and page.sites is not None
    assert page.users is None and page.backup is None and page.settings is None and page.rules is None
    assert page.check is not None
    _win2, page2 = _admin(qtbot, make_window)
    assert all(t is not None for t in (page2.users, page2.backup, page2.settings, page2.rules))


def test_reorder_level_and_settings(qtbot, make_window, seeded, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from hsp_desk.services import settings
    from hsp_desk.services.catalogue_admin import reorder_rows

    win, page = _admin(qtbot, make_window)
    tab = page.show_tab(page.sites)
    idle(qtbot, win)
    assert tab.site_code == "MNE-ROZAJE"
    rows = {tab.levels.row_at(i).item_code: i for i in range(tab.levels.rowCount())}
    tab.levels.setData(tab.levels.index(rows["HYG-SOAP"], 4), "25")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    with sqlite_db.session() as s:
        assert {r.item_code: r.level for r in reorder_rows(s, "MNE-ROZAJE")}["HYG-SOAP"] == 25

    st = page.show_tab(page.settings)
    idle(qtbot, win)
    st.boxes[settings.LOCK_TIMEOUT_MINUTES].setValue(5)
    qtbot.mouseClick(st.save_button, Qt.MouseButton.LeftButton)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    with sqlite_db.session() as s:
        assert settings.get(s, settings.LOCK_TIMEOUT_MINUTES) == 5


def _seed_ledger(db) -> None:  # type: ignore[no-untyped-def]
    from hsp_desk.services.receiving import ReceiptLine, receive

    with db.session() as s:
        receive(s, Actor("omar", "dev", "coordinator"), "MNE-ROZAJE",
                [ReceiptLine("WATER-05", 100), ReceiptLine("HYG-SOAP", 40)])


def test_ledger_check_finds_nothing_then_a_balance_changed_behind_its_back(  # type: ignore[no-untyped-def]
        qtbot, make_window, seeded, sqlite_db) -> None:
    import sqlite3

    from hsp_desk.store.models import VerifyCheckpoint

    _seed_ledger(sqlite_db)
    win, page = _admin(qtbot, make_window, Actor("log", "dev", "logistics_officer"))
    tab = page.show_tab(page.check)
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running)
    assert win.ctx.tasks.last_error is None, str(win.ctx.tasks.last_error)
    assert tab.result.text().startswith("No problem found") and "every row" in tab.result.text()
    assert tab.problems.isHidden() and tab.check_button.isEnabled()
    with sqlite_db.session() as s:
        assert s.query(VerifyCheckpoint).count() == 1

    sqlite_db.dispose()
    conn = sqlite3.connect(sqlite_db.url.split("///", 1)[1])
    conn.execute("UPDATE balances SET qty = qty + 5 WHERE lot_key = '' AND qty = 40")
    conn.commit()
    conn.close()
    qtbot.mouseClick(tab.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running)
    assert "1 problem(s) found; nothing was changed" in tab.result.text()
    assert tab.problems.isVisible() and tab.problems_model.rowCount() == 1
    problem = tab.problems_model.row_at(0)
    assert problem.where == "MNE-ROZAJE / HYG-SOAP" and "balance shows 45" in problem.what
    with sqlite_db.session() as s:
        assert s.query(VerifyCheckpoint).count() == 1  # a check with problems leaves none


def test_ledger_check_runs_beside_hand_outs_and_can_be_cancelled(  # type: ignore[no-untyped-def]
        qtbot, make_window, seeded, sqlite_db, monkeypatch) -> None:
    """While the check is held inside its first step, a hand-out job runs to its end on
    the window's database worker; then Cancel stops the check, which leaves no
    checkpoint."""
    import threading

    from hsp_desk.services import verify as verify_service
    from hsp_desk.services.distribution import distribute
    from hsp_desk.store.models import VerifyCheckpoint

    _seed_ledger(sqlite_db)
    inside, release = threading.Event(), threading.Event()

    def held(session, since):  # type: ignore[no-untyped-def]
        inside.set()
        release.wait(20)
        return []

    monkeypatch.setattr(verify_service, "CHECKS", [held, *verify_service.CHECKS])
    win, page = _admin(qtbot, make_window, Actor("log", "dev", "logistics_officer"))
    tab = page.show_tab(page.check)
    qtbot.mouseClick(tab.full_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(inside.is_set)
    assert tab.running and tab.cancel_button.isVisible() and not tab.full_button.isEnabled()
    qtbot.waitUntil(lambda: tab.progress.maximum() == 4)

    handed: list[object] = []
    actor = win.ctx.actor
    win.ctx.tasks.run_db(lambda s, _j: distribute(s, actor, "MNE-ROZAJE", None, [("WATER-05", 3)],
                                                  head_count=3), handed.append, writes=True)
    qtbot.waitUntil(lambda: bool(handed))  # recorded while the check still reads
    assert tab.running

    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    assert tab.step.text() == "Stopping the check…"
    release.set()
    qtbot.waitUntil(lambda: not tab.running)
    idle(qtbot, win)
    assert win.ctx.tasks.last_error is None
    assert tab.step.text() == "The check was stopped. Nothing was changed."
    assert tab.result.isHidden() and tab.check_button.isEnabled() and tab.progress.isHidden()
    with sqlite_db.session() as s:
        assert s.query(VerifyCheckpoint).count() == 0

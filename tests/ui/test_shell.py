"""Start-up pieces: first-run wizard, sign-in, screen lock, background tasks, errors."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from hsp_desk.domain.errors import InvalidInput
from hsp_desk.services.context import Actor
from hsp_desk.services.stock import stock_on_hand
from hsp_desk.services.users import create_first_user, has_users
from hsp_desk.ui import i18n
from hsp_desk.ui.errors import describe
from hsp_desk.ui.first_run import FirstRunWizard
from hsp_desk.ui.login import LockGuard, LoginDialog
from hsp_desk.ui.tasks import Tasks


def test_first_run_wizard_sets_up_an_empty_database(qtbot, sqlite_db) -> None:
    wizard = FirstRunWizard(sqlite_db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.ns_code, "mne")
    qtbot.keyClicks(wizard.ns_name, "Red Cross of Montenegro")
    qtbot.keyClicks(wizard.country, "Montenegro")
    wizard.next()
    qtbot.keyClicks(wizard.site_code_edit, "mne-rozaje")
    qtbot.keyClicks(wizard.site_name, "HSP Rozaje")
    wizard.next()
    qtbot.keyClicks(wizard.username, "amina")
    qtbot.keyClicks(wizard.password, "long enough pw")
    qtbot.keyClicks(wizard.password2, "long enough px")
    wizard.accept()
    assert "differ" in wizard.message.text() and wizard.isVisible()
    wizard.password2.clear()
    qtbot.keyClicks(wizard.password2, "long enough pw")
    wizard.accept()
    assert not wizard.isVisible(), wizard.message.text()
    assert wizard.actor is not None and wizard.actor.role == "branch_manager"
    assert wizard.site_code == "MNE-ROZAJE"
    with sqlite_db.session() as s:
        assert has_users(s)
        from hsp_desk.services.choices import items, sites

        assert [x.code for x in sites(s)] == ["MNE-ROZAJE"]
        assert len(items(s)) > 20  # the standard catalogue
        assert stock_on_hand(s, "MNE-ROZAJE") == []


def test_sign_in_says_what_is_wrong(qtbot, sqlite_db) -> None:
    with sqlite_db.session() as s:
        create_first_user(s, "amina", "Amina", "correct horse")
    dialog = LoginDialog(sqlite_db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.user, "amina")
    qtbot.keyClicks(dialog.password, "wrong password")
    dialog.try_sign_in()
    assert "Wrong user name or password" in dialog.message.text()
    assert dialog.actor is None and dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, "correct horse")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.user == "amina"


def test_the_screen_locks_after_inactivity_and_unlocks_with_the_password(qtbot, sqlite_db) -> None:
    with sqlite_db.session() as s:
        create_first_user(s, "amina", "Amina", "correct horse")
    now = [0.0]
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    window.show()
    guard = LockGuard(window, sqlite_db, Actor("amina", "dev", "branch_manager"), 60, clock=lambda: now[0])
    now[0] = 50
    qtbot.keyClick(window, Qt.Key.Key_A)  # activity resets the clock
    now[0] = 100
    guard.check()
    assert guard.dialog is None
    now[0] = 111
    guard.check()
    assert guard.dialog is not None and guard.dialog.isVisible()
    assert not window.centralWidget().isVisible()  # nothing stays on screen while locked
    qtbot.keyClicks(guard.dialog.password, "correct horse")
    guard.dialog.try_sign_in()
    assert guard.dialog is None
    assert window.centralWidget().isVisible()
    guard.stop()


def test_tasks_report_progress_cancel_and_errors(qtbot, sqlite_db) -> None:
    tasks = Tasks(sqlite_db)
    results: list[object] = []
    gate = threading.Event()

    def long_job(job):  # type: ignore[no-untyped-def]
        for i in range(1000):
            job.progress(i, 1000)
            gate.wait(0.005)
        return "finished"

    handle = tasks.run(long_job, results.append)
    qtbot.waitUntil(lambda: tasks.busy)
    handle.cancel()
    qtbot.waitUntil(lambda: not tasks.busy)
    assert results == []  # cancelled: no result, no error box

    errors: list[BaseException] = []
    def bad(_j):  # type: ignore[no-untyped-def]
        raise InvalidInput("Bad line 3.", "Fix it.")

    tasks.run(bad, on_error=errors.append)
    qtbot.waitUntil(lambda: not tasks.busy)
    assert str(errors[0]) == "Bad line 3. Fix it."

    parent = QWidget()
    qtbot.addWidget(parent)
    tasks.run(lambda _j: 1 / 0, parent=parent)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox) is not None)
    box = parent.findChild(QMessageBox)
    assert box.text() == "Something went wrong: division by zero"
    assert box.informativeText() == "Nothing was saved."
    assert "ZeroDivisionError" in box.detailedText()
    tasks.run_db(lambda s, _j: len(stock_on_hand(s)), results.append)
    qtbot.waitUntil(lambda: results == [0])


def test_describe_keeps_hsp_errors_as_they_are() -> None:
    assert describe(InvalidInput("What.", "Do this.")) == ("What.", "Do this.")
    assert describe(RuntimeError("disk full"))[1] == "Nothing was saved."


def test_language_direction(qtbot) -> None:
    app = QApplication.instance()
    try:
        assert i18n.install(app, "ar") == "ar"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert i18n.install(app, "fr_FR") == "fr"
        assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.install(app, "en")

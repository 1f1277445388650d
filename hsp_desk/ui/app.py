"""Starting the desktop application: translations, first-run wizard, sign-in, the main
window and its screen lock."""

from __future__ import annotations

import gc
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from ..services.backups import daily_backup_if_due
from ..services.context import Actor
from ..services.settings import apply_language_to_reports, get_language
from ..services.setup import needs_first_run
from ..services.users import DEMO_PASSWORD, has_users, lock_timeout_seconds
from ..store.database import Database
from ..store.paths import device_id
from . import i18n
from .errors import show_error
from .first_run import FirstRunWizard
from .login import LockGuard, LoginDialog
from .main_window import MainWindow

#: How long a Python thread keeps the interpreter lock while another waits for it (the
#: interpreter's default is 5 ms). The GUI thread takes the lock for every cell Qt paints;
#: while a worker runs Python (a page read ahead, a report, an import), each take may wait
#: the whole interval: stock card frames painted during a read ahead reached 50-54 ms.
GIL_SWITCH_SECONDS = 0.0005


def application(language: str | None = None, *, stored_language: str | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("HSP Desk")
    app.setOrganizationName("HSP Desk")
    i18n.install(app, language, stored=stored_language)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def sign_in(db: Database, *, demo_hint: bool = False) -> Actor | None:
    """The actor for this session: from the first-run wizard, the sign-in dialog, or
    (a database without users) the local system branch manager. None: the user quit."""
    with db.session() as s:
        empty, users = needs_first_run(s), has_users(s)
    if empty:
        wizard = FirstRunWizard(db)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        return wizard.actor
    if users:
        dialog = LoginDialog(db)
        if demo_hint:
            dialog.message.setStyleSheet("")
            dialog.message.setText(QCoreApplication.translate(
                "LoginDialog", "Demo users: volunteer, coordinator, logistics, manager; password {pw}"
            ).format(pw=DEMO_PASSWORD))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.actor
    return Actor.system(device_id())


class _BackupReport(QObject):
    """Carries a failure of the background daily backup to the GUI thread."""

    failed = Signal(object, str)


def freeze_startup_heap() -> None:
    """Move every object alive once the window is up (modules, Qt wrappers, the ORM's
    mappers: about 100,000) out of reach of the cyclic garbage collector. Its full
    collections then look only at what the session itself creates, instead of stalling a
    frame for 40-130 ms while scrolling a long stock card (measured on the benchmark)."""
    gc.freeze()


class Session:
    """One signed-in window at a time; "sign in as someone else" starts the next."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.window: MainWindow | None = None
        self.guard: LockGuard | None = None
        self._daily_scheduled = False
        #: Not the Tasks pool: jobs of the pages never queue behind the backup.
        self._housekeeping = QThreadPool()
        self._housekeeping.setMaxThreadCount(1)

    def start(self, actor: Actor) -> None:
        self.window = MainWindow(self.db, actor)
        with self.db.session() as s:
            timeout = lock_timeout_seconds(s) if has_users(s) else 0
        if timeout:
            self.guard = LockGuard(self.window, self.db, actor, timeout)
            self.guard.switch_user.connect(self.switch_user)
        self.window.show()
        QTimer.singleShot(0, freeze_startup_heap)  # after the first paint
        if not self._daily_scheduled:
            self._daily_scheduled = True
            # After the first paint: the day's backup and its full integrity check.
            # The window as context: no backup is started for a window already gone.
            QTimer.singleShot(2000, self.window, self._daily_backup)

    def _daily_backup(self) -> None:
        """On a thread of its own, not the database job queue: on a big database the copy
        and its full check take minutes, and the pages' own jobs must not wait behind it
        (WAL: the copy reads while the application writes)."""
        window = self.window
        if window is None:
            return
        url = self.db.url
        report = _BackupReport(window)

        def body() -> None:
            try:
                daily_backup_if_due(url)
            except Exception as exc:  # shown to the user; the application goes on
                report.failed.emit(exc, traceback.format_exc())

        report.failed.connect(lambda exc, details: show_error(window, exc, details))
        self._housekeeping.start(body)

    def switch_user(self) -> None:
        if self.guard is not None:
            self.guard.stop()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        dialog = LoginDialog(self.db)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.actor is not None:
            self.start(dialog.actor)
        else:
            QApplication.instance().quit()


def run(db: Database, actor: Actor | None = None, *, language: str | None = None,
        demo_hint: bool = False) -> int:
    with db.session() as s:
        # Unset: the system's locale decides (i18n.current_language).
        stored = get_language(s, default="") or None
    app = application(language, stored_language=stored)
    with db.session() as s:  # reports and cards follow the setting, else the screens' language
        apply_language_to_reports(s, fallback=i18n.current_language(language, stored))
    who = actor or sign_in(db, demo_hint=demo_hint)
    if who is None:
        return 0
    session = Session(db)
    session.start(who)
    return app.exec()

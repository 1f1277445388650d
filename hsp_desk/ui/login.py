"""Signing in at start, and the screen lock after inactivity (DESIGN.md §8)."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import HspError
from ..domain.inactivity import InactivityLock
from ..services.context import Actor
from ..services.users import authenticate
from ..store.database import Database
from ..store.paths import device_id
from .errors import describe


class LoginDialog(QDialog):
    """User name and password; a wrong one is said in words under the fields."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, username: str = "",
                 locked: bool = False) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("HSP Desk: screen locked") if locked else self.tr("HSP Desk: sign in"))
        self.user = QLineEdit(username)
        self.user.setObjectName("loginUser")
        self.user.setReadOnly(locked)
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Unlock") if locked else self.tr("Sign in"))
        if locked:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sign in as someone else"))
        buttons.accepted.connect(self.try_sign_in)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        if locked:
            lay.addWidget(QLabel(self.tr("The screen was locked after a while without use.")))
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(buttons)
        (self.password if username else self.user).setFocus()

    def try_sign_in(self) -> None:
        try:
            with self.db.session() as s:
                self.actor = authenticate(s, self.user.text(), self.password.text(), device=device_id())
        except HspError as exc:
            what, todo = describe(exc)
            self.message.setText(f"{what} {todo}")
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class LockGuard(QObject):
    """Watches key presses and clicks on the whole application; after the timeout
    without any, hides the window's content and asks for the password again."""

    locked = Signal()
    unlocked = Signal()
    switch_user = Signal()

    ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                          QEvent.Type.MouseMove, QEvent.Type.TouchBegin})

    def __init__(self, window: QWidget, db: Database, actor: Actor, timeout_seconds: float,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        self.actor = actor
        self.rule = InactivityLock(timeout_seconds, clock)
        self.dialog: LoginDialog | None = None
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in self.ACTIVITY and self.dialog is None:
            self.rule.touch()
        return False

    def check(self) -> None:
        if self.dialog is None and self.rule.should_lock():
            self.lock()

    def lock(self) -> None:
        self.rule.lock()
        central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if central is not None:
            central.hide()  # nothing of the last card or stock stays on screen
        self.dialog = LoginDialog(self.db, self.window, username=self.actor.user, locked=True)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.accepted.connect(self._accepted)
        self.dialog.rejected.connect(self._rejected)
        self.dialog.open()
        self.locked.emit()

    def _accepted(self) -> None:
        assert self.dialog is not None
        if self.dialog.actor is not None and self.dialog.actor.user != self.actor.user:
            self.dialog = None
            self.switch_user.emit()
            return
        self.dialog = None
        self.rule.unlock()
        central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if central is not None:
            central.show()
        self.unlocked.emit()

    def _rejected(self) -> None:
        self.dialog = None
        self.switch_user.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

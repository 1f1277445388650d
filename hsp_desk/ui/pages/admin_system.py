"""The Admin page's system tabs: users, backup and restore, settings, offline sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.roles import LABELS, Role
from ...services import settings as settings_service
from ...services.backups import BackupRow, backup_now, database_file, list_backups, restore_backup
from ...services.users import (
    UserInfo,
    add_user,
    change_password,
    change_role,
    disable_user,
    enable_user,
    list_users,
)
from ..context import AppContext
from ..errors import show_error, show_info
from ..widgets import Column, RowsModel, banner
from .save_as import ask_path


def _role_label(role: str) -> str:
    try:
        return QCoreApplication.translate("roles", LABELS[Role(role)])
    except ValueError:
        return role


def _when(value: object) -> str:
    return "" if value is None else f"{value:%Y-%m-%d %H:%M}"


def _table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    return view


def _ask_open(parent: QWidget, title: str, filters: str, preset: Path | None) -> Path | None:
    if preset is not None:
        return preset
    name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filters)
    return Path(name) if name else None


class UsersTab(QWidget):
    """Users and roles: add, disable or enable, change the role, set a new password."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RowsModel([
            Column(self.tr("User name"), lambda u: u.username),
            Column(self.tr("Name"), lambda u: u.display_name),
            Column(self.tr("Role"), lambda u: _role_label(u.role)),
            Column(self.tr("Active"), lambda u: self.tr("yes") if u.active else self.tr("disabled")),
            Column(self.tr("Last sign-in"), lambda u: _when(u.last_login_at)),
            Column(self.tr("Locked until"), lambda u: _when(u.locked_until)),
        ], self)
        self.table = _table(self.model, "usersTable")

        self.username = QLineEdit()
        self.username.setObjectName("newUsername")
        self.username.setPlaceholderText(self.tr("e.g. amina.h"))
        self.display = QLineEdit()
        self.display.setObjectName("newDisplayName")
        self.role = self._role_box("newRole")
        self.password = QLineEdit()
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("newPassword2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("Add the user"))
        self.add_button.setObjectName("addUser")
        add_form = QFormLayout()
        add_form.addRow(self.tr("User name"), self.username)
        add_form.addRow(self.tr("Full name"), self.display)
        add_form.addRow(self.tr("Role"), self.role)
        add_form.addRow(self.tr("Password (8 or more)"), self.password)
        add_form.addRow(self.tr("Password again"), self.password2)
        add_form.addRow("", self.add_button)
        add_box = QGroupBox(self.tr("Add a user"))
        add_box.setLayout(add_form)

        self.chosen = QLabel(self.tr("Choose a user in the list."))
        self.chosen.setWordWrap(True)
        self.change_role_box = self._role_box("changeRole")
        self.role_button = QPushButton(self.tr("Change the role"))
        self.reset_password = QLineEdit()
        self.reset_password.setObjectName("resetPassword")
        self.reset_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reset_button = QPushButton(self.tr("Set this password"))
        self.reset_button.setObjectName("resetPasswordButton")
        self.disable_button = QPushButton(self.tr("Disable (cannot sign in)"))
        self.disable_button.setObjectName("disableUser")
        self.enable_button = QPushButton(self.tr("Enable again"))
        self.enable_button.setObjectName("enableUser")
        sel_form = QFormLayout()
        sel_form.addRow(self.chosen)
        row = QHBoxLayout()
        row.addWidget(self.change_role_box, 1)
        row.addWidget(self.role_button)
        sel_form.addRow(self.tr("Role"), row)
        row2 = QHBoxLayout()
        row2.addWidget(self.reset_password, 1)
        row2.addWidget(self.reset_button)
        sel_form.addRow(self.tr("New password"), row2)
        row3 = QHBoxLayout()
        row3.addWidget(self.disable_button)
        row3.addWidget(self.enable_button)
        sel_form.addRow(row3)
        sel_box = QGroupBox(self.tr("The chosen user"))
        sel_box.setLayout(sel_form)

        self.result = banner()
        side = QVBoxLayout()
        side.addWidget(add_box)
        side.addWidget(sel_box)
        side.addStretch()
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(side, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(body, 1)
        lay.addWidget(self.result)

        self.add_button.clicked.connect(self.add)
        self.role_button.clicked.connect(self.set_role)
        self.reset_button.clicked.connect(self.set_password)
        self.disable_button.clicked.connect(
            lambda: self._on_user(disable_user, self.tr("{user} is disabled.")))
        self.enable_button.clicked.connect(
            lambda: self._on_user(enable_user, self.tr("{user} may sign in again.")))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._chosen(cur.row()))

    def _role_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        for r in Role:
            box.addItem(_role_label(r.value), r.value)
        return box

    def reload(self) -> None:
        self.ctx.tasks.run_db(lambda s, _j: list_users(s), self._loaded, parent=self)

    def _loaded(self, rows: list[UserInfo]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def selected(self) -> UserInfo | None:
        row = self.table.currentIndex().row()
        return self.model.row_at(row) if 0 <= row < self.model.rowCount() else None

    def _chosen(self, row: int) -> None:
        u = self.selected()
        if u is None:
            return
        self.chosen.setText(self.tr("{user} ({name}), {role}").format(
            user=u.username, name=u.display_name, role=_role_label(u.role)))
        self.change_role_box.setCurrentIndex(max(0, self.change_role_box.findData(u.role)))

    def _say(self, text: str) -> None:
        self.result.setText(text)
        self.result.show()

    def _run(self, fn: Callable, text: str) -> None:  # type: ignore[type-arg]
        def done(_r: object) -> None:
            self._say(text)
            self.reload()

        self.ctx.tasks.run_db(fn, done, parent=self, writes=True, on_error=lambda e: show_error(self, e))

    def add(self) -> None:
        actor = self.ctx.actor
        name, display = self.username.text().strip(), self.display.text().strip()
        role, pw = str(self.role.currentData()), self.password.text()
        if pw != self.password2.text():
            self._say(self.tr("The two passwords differ. Type them again."))
            return
        self.password.clear()
        self.password2.clear()
        self._run(lambda s, _j: add_user(s, actor, name, display, role, pw),
                  self.tr("{user} was added as {role}.").format(user=name.lower(),
                                                                 role=self.role.currentText()))

    def _on_user(self, fn: Callable, text: str) -> None:  # type: ignore[type-arg]
        u, actor = self.selected(), self.ctx.actor
        if u is None:
            return
        name = u.username
        self._run(lambda s, _j: fn(s, actor, name), text.format(user=name))

    def set_role(self) -> None:
        u, actor, role = self.selected(), self.ctx.actor, str(self.change_role_box.currentData())
        if u is None:
            return
        name = u.username
        self._run(lambda s, _j: change_role(s, actor, name, role),
                  self.tr("{user} is now {role}.").format(user=name, role=self.change_role_box.currentText()))

    def set_password(self) -> None:
        u, actor, pw = self.selected(), self.ctx.actor, self.reset_password.text()
        if u is None:
            return
        name = u.username
        self.reset_password.clear()
        self._run(lambda s, _j: change_password(s, actor, name, pw),
                  self.tr("{user} has a new password (and is no longer locked out).").format(user=name))


class BackupTab(QWidget):
    """Back up now, the backups kept, restore one (SQLite; PostgreSQL: pg_dump)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = database_file(ctx.db.url)
        #: Asked before a restore; tests replace it. Returns True to go on.
        self.confirm: Callable[[str], bool] = self._ask
        #: After a restore the application closes: the restored file may need migrating
        #: and every page would show the old data. Tests replace it.
        self.after_restore: Callable[[], None] = self._close_application
        self.model = RowsModel([
            Column(self.tr("Backup"), lambda b: b.path.name),
            Column(self.tr("Taken (UTC)"), lambda b: f"{b.taken_at:%Y-%m-%d %H:%M:%S}"),
            Column(self.tr("Kind"), lambda b: {
                "daily": self.tr("daily"), "manual": self.tr("by hand"),
                "premigrate": self.tr("before an upgrade")}.get(b.kind, b.kind)),
            Column(self.tr("Size (MiB)"), lambda b: f"{b.size_bytes / 2**20:.1f}", numeric=True),
        ], self)
        self.table = _table(self.model, "backupsTable")
        self.info = QLabel()
        self.info.setObjectName("backupInfo")
        self.info.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.restore_button = QPushButton(self.tr("Restore the chosen backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.result = banner()
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.info)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.result)
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        if self.path is None:
            self.info.setText(self.tr(
                "This database is on a PostgreSQL server. Its backups are the server's job: pg_dump "
                "(and pg_restore to bring one back), scheduled on the server by its administrator."))
            for w in (self.backup_button, self.restore_button, self.table):
                w.setEnabled(False)
        else:
            self.info.setText(self.tr(
                "Database: {path}. A checked copy is taken every day and before every upgrade; "
                "backups are kept in {folder}.").format(path=self.path, folder=self.path.parent / "backups"))

    def reload(self) -> None:
        if self.path is None:
            return
        actor, url = self.ctx.actor, self.ctx.db.url
        self.ctx.tasks.run(lambda _j: list_backups(actor, url), self._loaded, parent=self)

    def _loaded(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def backup(self) -> None:
        actor, url = self.ctx.actor, self.ctx.db.url

        def done(path: Path) -> None:
            self.result.setText(self.tr("Backup written and checked: {name}").format(name=path.name))
            self.result.show()
            self.reload()

        # In the database worker: the copy then sees every committed write before it.
        self.ctx.tasks.run(lambda _j: backup_now(actor, url), done, parent=self,
                           label=self.tr("Backing up the database…"), on_error=lambda e: show_error(self, e))

    def _ask(self, name: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the database by the backup {name}?\n\nEverything recorded after that backup "
                    "is no longer in the database (the current file is kept aside, never deleted). HSP Desk "
                    "closes when the restore is done; start it again to work on the restored data.").format(
                name=name))
        return answer == QMessageBox.StandardButton.Yes

    def _close_application(self) -> None:
        box = show_info(self, self.tr("The backup was restored. HSP Desk closes now: start it again."))
        box.finished.connect(lambda _r: QApplication.quit())

    def restore(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            self.result.setText(self.tr("Choose a backup in the list first."))
            self.result.show()
            return
        chosen: BackupRow = self.model.row_at(row)
        if not self.confirm(chosen.path.name):
            return
        actor, db = self.ctx.actor, self.ctx.db
        self.ctx.tasks.wait()

        def job(_j):  # type: ignore[no-untyped-def]
            db.dispose()  # close every pooled connection to the file being replaced
            return restore_backup(actor, db.url, chosen.path)

        def done(moved: Path | None) -> None:
            kept = (self.tr(" The replaced database was kept as {name}.").format(name=moved.name)
                    if moved else "")
            self.result.setText(self.tr("Restored {name}.").format(name=chosen.path.name) + kept)
            self.result.show()
            self.after_restore()

        self.ctx.tasks.run(job, done, parent=self, label=self.tr("Restoring…"),
                           on_error=lambda e: show_error(self, e))


class SettingsTab(QWidget):
    """The deployment's settings, each with its limits and what it does."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.boxes: dict[str, QSpinBox] = {}
        self.form = QFormLayout()
        labels = {
            settings_service.LOCK_TIMEOUT_MINUTES: self.tr("Lock the screen after (minutes without use)"),
            settings_service.TOKEN_RETENTION_DAYS: self.tr("Forget cards unseen for (days)"),
        }
        helps = {
            settings_service.LOCK_TIMEOUT_MINUTES: self.tr(
                "The screen locks after this long without a key press or click; takes effect at the next "
                "sign-in."),
            settings_service.TOKEN_RETENTION_DAYS: self.tr(
                "Cards not seen for this long are purged; the distribution figures stay."),
        }
        for key, spec in sorted(settings_service.SPECS.items()):
            box = QSpinBox()
            box.setObjectName(f"setting_{key}")
            box.setRange(spec.minimum, spec.maximum)
            box.setMaximumWidth(160)
            self.boxes[key] = box
            hint = QLabel(helps.get(key, spec.help))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            col = QVBoxLayout()
            col.addWidget(box)
            col.addWidget(hint)
            self.form.addRow(labels.get(key, key), col)
        # The language setting belongs to the translations work (services.settings.set_language);
        # without it the language follows the laptop.
        self.language: QComboBox | None = None
        if hasattr(settings_service, "set_language"):
            from ...domain.languages import LANGUAGES

            self.language = QComboBox()
            self.language.setObjectName("setting_language")
            self.language.setMaximumWidth(320)
            for code, name in LANGUAGES.items():
                self.language.addItem(name, code)
            hint = QLabel(self.tr("Screens, reports and cards; takes effect when HSP Desk starts again."))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #555;")
            col = QVBoxLayout()
            col.addWidget(self.language)
            col.addWidget(hint)
            self.form.addRow(self.tr("Language"), col)
        else:
            lang = QLabel(self.tr(
                "The language follows the laptop's language, or HSP_DESK_LANG (e.g. fr, ar)."))
            lang.setWordWrap(True)
            self.form.addRow(self.tr("Language"), lang)
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("saveSettings")
        self.result = banner()
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addLayout(row)
        lay.addWidget(self.result)
        lay.addStretch(1)
        self.loaded: dict[str, int | str] = {}
        self.save_button.clicked.connect(self.save)

    def reload(self) -> None:
        with_language = self.language is not None

        def job(session, _j):  # type: ignore[no-untyped-def]
            values: dict[str, int | str] = {
                spec.key: v for spec, v, _set in settings_service.all_settings(session)}
            if with_language:
                values["language"] = settings_service.get_language(session)
            return values

        self.ctx.tasks.run_db(job, self._loaded, parent=self)

    def _loaded(self, values: dict[str, int | str]) -> None:
        self.loaded = values
        for key, value in values.items():
            if key in self.boxes:
                self.boxes[key].setValue(int(value))
        if self.language is not None:
            self.language.setCurrentIndex(max(0, self.language.findData(values.get("language"))))

    def save(self) -> None:
        actor = self.ctx.actor
        changed: dict[str, int | str] = {
            k: b.value() for k, b in self.boxes.items() if self.loaded.get(k) != b.value()}
        if self.language is not None and self.language.currentData() != self.loaded.get("language"):
            changed["language"] = str(self.language.currentData())
        if not changed:
            self.result.setText(self.tr("Nothing was changed."))
            self.result.show()
            return

        def job(session, _j):  # type: ignore[no-untyped-def]
            for key, value in changed.items():
                if key == "language":
                    settings_service.set_language(session, actor, str(value))
                else:
                    settings_service.set_value(session, actor, key, value)
            return len(changed)

        def done(n: int) -> None:
            self.loaded.update(changed)
            self.result.setText(self.tr("Saved {n} setting(s).").format(n=n))
            self.result.show()

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, on_error=lambda e: show_error(self, e))


class SyncTab(QWidget):
    """Offline laptops: export what this one recorded as a sealed bundle file, import the
    bundles of the others, and see the rules broken across laptops while offline."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preset_save: Path | None = None
        self.preset_open: Path | None = None
        self.status = QLabel()
        self.status.setObjectName("syncStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export a bundle…"))
        self.export_button.setObjectName("exportBundle")
        self.import_button = QPushButton(self.tr("Import a bundle…"))
        self.import_button.setObjectName("importBundle")
        self.summary = banner()
        self.summary.setObjectName("syncSummary")
        self.violations = QListWidget()
        self.violations.setObjectName("syncViolations")
        self.violations_label = QLabel(self.tr(
            "Households served beyond a rule on two laptops while offline (short household id only):"))
        self.violations_label.setWordWrap(True)
        self.violations_label.setVisible(False)
        self.violations.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch()
        lay = QVBoxLayout(self)
        lay.addWidget(self.status)
        lay.addLayout(buttons)
        lay.addWidget(self.summary)
        lay.addWidget(self.violations_label)
        lay.addWidget(self.violations, 1)
        lay.addStretch()
        self.export_button.clicked.connect(self.export)
        self.import_button.clicked.connect(self.import_)

    def reload(self) -> None:
        device = self.ctx.actor.device

        def job(session, _j):  # type: ignore[no-untyped-def]
            from ...services.sync_bundles import sync_status

            st = sync_status(session, device)
            last = st.last_export
            return (bool(st.keys), last.seq if last else 0, last.created_at if last else None,
                    st.pending_since, len(st.imports), len(st.held))

        self.ctx.tasks.run_db(job, self._status, parent=self, on_error=lambda e: self.status.setText(str(e)))

    def _status(self, st: tuple) -> None:  # type: ignore[type-arg]
        has_key, seq, at, pending, devices, held = st
        text = self.tr("This laptop: {device}. Last bundle exported: {last}. Changes recorded since: {n}. "
                       "Bundles imported from {devices} other laptop(s); {held} held back.").format(
            device=self.ctx.actor.device, last=(f"#{seq}, {_when(at)} UTC" if seq else self.tr("none yet")),
            n=pending, devices=devices, held=held)
        if not has_key:
            text += " " + self.tr("There is no branch key on this laptop yet: import the branch's key file "
                                  "with 'hsp-desk bundle key import FILE'.")
        self.status.setText(text)

    def export(self) -> None:
        actor = self.ctx.actor
        path = ask_path(self, self.tr("Export a bundle"),
                        f"hsp-desk-{actor.device}-{date.today():%Y%m%d}.hspsync",
                        "HSP Desk bundle (*.hspsync)", self.preset_save)
        if path is None:
            return

        collecting = self.tr("Collecting what this laptop recorded…")

        def job(session, j):  # type: ignore[no-untyped-def]
            from ...services.sync_bundles import export_bundle

            j.progress(0, 0, collecting)
            return export_bundle(session, actor, path)

        def done(res) -> None:  # type: ignore[no-untyped-def]
            if res.nothing_new:
                self.summary.setText(self.tr("Nothing new since the last bundle: no file was written."))
            else:
                n = sum(res.counts.values())
                self.summary.setText(self.tr("Bundle #{seq} written to {path}: {n} row(s), {m} movement(s). "
                                             "Take it to the other laptop and import it there.").format(
                    seq=res.seq, path=res.path, n=n, m=res.counts.get("movements", 0)))
            self.summary.show()
            self.reload()

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, label=self.tr("Exporting the bundle…"),
                              on_error=lambda e: show_error(self, e))

    def import_(self) -> None:
        actor = self.ctx.actor
        path = _ask_open(self, self.tr("Import a bundle"), "HSP Desk bundle (*.hspsync)", self.preset_open)
        if path is None:
            return

        checking = self.tr("Checking the seal and importing…")

        def job(session, j):  # type: ignore[no-untyped-def]
            from ...services.sync_bundles import import_bundle

            j.progress(0, 0, checking)
            return import_bundle(session, actor, path)

        def done(res) -> None:  # type: ignore[no-untyped-def]
            self.show_result(res)
            self.ctx.reload_choices()
            self.reload()

        self.ctx.tasks.run_db(job, done, parent=self, writes=True, label=self.tr("Importing the bundle…"),
                              on_error=lambda e: show_error(self, e))

    def show_result(self, res) -> None:  # type: ignore[no-untyped-def]
        if res.status == "already":
            text = self.tr("Bundle #{seq} of {device} was imported before: nothing changed.").format(
                seq=res.seq, device=res.device)
        elif res.status == "held":
            text = self.tr("Bundle #{seq} of {device} is held back until bundle(s) {missing} of that laptop "
                           "are imported; it is then imported by itself.").format(
                seq=res.seq, device=res.device, missing=", ".join(str(n) for n in res.missing_before))
        else:
            text = self.tr("Bundle #{seq} of {device} imported: {new} new row(s), {moves} movement(s); "
                           "{updated} updated; {present} already here.").format(
                seq=res.seq, device=res.device, new=sum(res.new_rows.values()), moves=res.new_movements,
                updated=res.updated_rows, present=res.present_rows)
            if res.released:
                text += " " + self.tr("{n} held bundle(s) were imported after it.").format(
                    n=len(res.released))
        self.summary.setText(text)
        self.summary.show()
        violations = list(res.violations) + [v for r in res.released for v in r.violations]
        self.violations.clear()
        self.violations.addItems([str(v) for v in violations])
        self.violations.setVisible(bool(violations))
        self.violations_label.setVisible(bool(violations))

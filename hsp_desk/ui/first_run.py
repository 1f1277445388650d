"""The first-run wizard for an empty database: National Society, first site, first user."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..domain.enums import SiteType
from ..domain.errors import HspError
from ..services.context import Actor
from ..services.setup import FirstRun, first_run
from ..services.users import authenticate, create_first_user, has_users
from ..store.database import Database
from ..store.paths import device_id
from .errors import describe


class FirstRunWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.site_code = ""
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up HSP Desk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumWidth(560)

        ns = QWizardPage()
        ns.setTitle(self.tr("Your National Society"))
        ns.setSubTitle(self.tr("This laptop's database is empty. Three short steps set it up."))
        self.ns_code = QLineEdit()
        self.ns_code.setObjectName("nsCode")
        self.ns_code.setPlaceholderText(self.tr("e.g. MNE"))
        self.ns_name = QLineEdit()
        self.ns_name.setObjectName("nsName")
        self.ns_name.setPlaceholderText(self.tr("e.g. Red Cross of Montenegro"))
        self.country = QLineEdit()
        self.country.setObjectName("country")
        f = QFormLayout(ns)
        f.addRow(self.tr("Short code"), self.ns_code)
        f.addRow(self.tr("Name"), self.ns_name)
        f.addRow(self.tr("Country"), self.country)
        ns.registerField("nsCode*", self.ns_code)
        ns.registerField("nsName*", self.ns_name)
        ns.registerField("country*", self.country)

        site = QWizardPage()
        site.setTitle(self.tr("This site"))
        site.setSubTitle(self.tr("The Humanitarian Service Point, warehouse or team this laptop works for."))
        self.site_code_edit = QLineEdit()
        self.site_code_edit.setObjectName("siteCode")
        self.site_code_edit.setPlaceholderText(self.tr("e.g. MNE-ROZAJE"))
        self.site_name = QLineEdit()
        self.site_name.setObjectName("siteName")
        self.site_type = QComboBox()
        self.site_type.setObjectName("siteType")
        for t in SiteType:
            self.site_type.addItem(t.value.replace("_", " "), t.value)
        self.city = QLineEdit()
        self.mobile = QCheckBox(self.tr("A mobile site (van, tent, team)"))
        self.catalogue = QCheckBox(self.tr("Start with the standard HSP items (water, food, hygiene kits, SIM cards…)"))  # noqa: E501
        self.catalogue.setChecked(True)
        f = QFormLayout(site)
        f.addRow(self.tr("Site code"), self.site_code_edit)
        f.addRow(self.tr("Name"), self.site_name)
        f.addRow(self.tr("Type"), self.site_type)
        f.addRow(self.tr("Town"), self.city)
        f.addRow(self.mobile)
        f.addRow(self.catalogue)
        site.registerField("siteCode*", self.site_code_edit)
        site.registerField("siteName*", self.site_name)

        user = QWizardPage()
        user.setTitle(self.tr("The first user"))
        user.setSubTitle(self.tr("A branch manager, who then adds the other users."))
        self.username = QLineEdit()
        self.username.setObjectName("firstUser")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("firstUserName")
        self.password = QLineEdit()
        self.password.setObjectName("firstPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("firstPassword2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("wizardMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c;")
        f = QFormLayout()
        f.addRow(self.tr("User name"), self.username)
        f.addRow(self.tr("Full name"), self.display_name)
        f.addRow(self.tr("Password (8 or more characters)"), self.password)
        f.addRow(self.tr("Password again"), self.password2)
        v = QVBoxLayout(user)
        v.addLayout(f)
        v.addWidget(self.message)
        user.registerField("firstUser*", self.username)
        user.registerField("firstPassword*", self.password)

        for p in (ns, site, user):
            self.addPage(p)

    def accept(self) -> None:
        """Write everything; on a refusal stay on the wizard and say why."""
        if self.password.text() != self.password2.text():
            self.message.setText(self.tr("The two passwords differ. Type them again."))
            return
        spec = FirstRun(
            ns_code=self.ns_code.text(), ns_name=self.ns_name.text(), country=self.country.text(),
            site_code=self.site_code_edit.text(), site_name=self.site_name.text(),
            site_type=self.site_type.currentData(), city=self.city.text() or None,
            mobile=self.mobile.isChecked(), standard_catalogue=self.catalogue.isChecked(),
        )
        device = device_id()
        try:
            spec.check()  # before the first user is made, so a retry starts clean
            with self.db.session() as s:
                if not has_users(s):
                    name = self.display_name.text() or self.username.text()
                    create_first_user(s, self.username.text(), name,
                                      self.password.text(), device=device)
                self.actor = authenticate(s, self.username.text(), self.password.text(), device=device)
                self.site_code = first_run(s, self.actor, spec)
        except HspError as exc:
            what, todo = describe(exc)
            self.message.setText(f"{what} {todo}")
            return
        super().accept()

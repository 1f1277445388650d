"""What every page shares: the database, the signed-in user, the current site, the
background tasks and the catalogue to pick from. Pages get this, never the window."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from ..domain.roles import LABELS, Permission, Role
from ..services import choices
from ..services.choices import DonorChoice, ItemChoice, SiteChoice
from ..services.context import Actor
from ..services.permissions import allowed
from ..store.database import Database
from .tasks import Tasks

#: The role names of domain.roles.LABELS, marked here for translation (the domain has no Qt).
ROLE_NAMES = [QT_TRANSLATE_NOOP("roles", "volunteer"), QT_TRANSLATE_NOOP("roles", "coordinator"),
              QT_TRANSLATE_NOOP("roles", "logistics officer"), QT_TRANSLATE_NOOP("roles", "branch manager")]


class AppContext(QObject):
    site_changed = Signal(str)
    #: The catalogue (items, sites, donors) was reloaded.
    choices_changed = Signal()
    message = Signal(str)

    def __init__(self, db: Database, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.tasks = Tasks(db, self)
        self.site_code = ""
        self.items: list[ItemChoice] = []
        self.sites: list[SiteChoice] = []
        self.donors: list[DonorChoice] = []
        self.reload_choices()

    def reload_choices(self) -> None:
        """One short read of the catalogue (a few hundred rows at most)."""
        with self.db.session() as s:
            self.items = choices.items(s)
            self.sites = choices.sites(s)
            self.donors = choices.donors(s)
        self.choices_changed.emit()

    def allowed(self, permission: Permission) -> bool:
        return allowed(self.actor, permission)

    def role_label(self) -> str:
        try:
            return QCoreApplication.translate("roles", LABELS[Role(self.actor.role)])
        except ValueError:
            return self.actor.role

    def set_site(self, code: str) -> None:
        if code != self.site_code:
            self.site_code = code
            self.site_changed.emit(code)

    def site_name(self, code: str | None = None) -> str:
        code = code or self.site_code
        return next((s.name for s in self.sites if s.code == code), code)

    def item(self, code: str) -> ItemChoice | None:
        return next((i for i in self.items if i.code == code), None)

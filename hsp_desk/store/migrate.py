"""Schema creation and upgrade, only through the Alembic migrations in ``migrations/``."""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from .locations import migrations_dir


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revisions() -> set[str]:
    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def needs_upgrade(engine: Engine) -> bool:
    return current_revisions(engine) != head_revisions()


def is_empty(engine: Engine) -> bool:
    """True for a database that has never been migrated (a brand-new file)."""
    return not current_revisions(engine)


def upgrade(engine: Engine, before: Callable[[], None] | None = None) -> bool:
    """Bring the schema to the newest revision. ``before`` runs first (the backup) when
    there is something to do on a database that already holds data. Returns True if
    anything was migrated."""
    if not needs_upgrade(engine):
        return False
    if before is not None and not is_empty(engine):
        before()
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return True

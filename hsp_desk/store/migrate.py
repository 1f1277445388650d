"""Schema creation and upgrade, only through the Alembic migrations in ``migrations/``.

Alembic itself (about 0.2 s to import) is loaded only when a migration is pending: at
start-up the heads are read from the revision files with :mod:`ast` and compared with
the ``alembic_version`` table; anything unexpected falls back to Alembic.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from .locations import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config


def _fast_heads() -> set[str] | None:
    """The heads from the ``revision``/``down_revision`` literals; None if unsure."""
    revisions: set[str] = set()
    downs: set[str] = set()
    try:
        for f in (migrations_dir() / "versions").glob("*.py"):
            if f.name == "__init__.py":
                continue
            found: dict[str, object] = {}
            for node in ast.parse(f.read_text(encoding="utf-8")).body:
                target = value = None
                if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    target, value = node.target.id, node.value
                elif (isinstance(node, ast.Assign) and len(node.targets) == 1
                      and isinstance(node.targets[0], ast.Name)):
                    target, value = node.targets[0].id, node.value
                if target in ("revision", "down_revision") and value is not None:
                    found[target] = ast.literal_eval(value)
            rev, down = found.get("revision"), found.get("down_revision", "missing")
            if not isinstance(rev, str) or down == "missing":
                return None
            revisions.add(rev)
            if isinstance(down, str):
                downs.add(down)
            elif isinstance(down, tuple | list):
                downs.update(str(d) for d in down)
            elif down is not None:
                return None
    except (OSError, SyntaxError, ValueError):
        return None
    heads = revisions - downs
    return heads or None


def _stored_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {str(r[0]) for r in conn.execute(text("SELECT version_num FROM alembic_version"))}


def alembic_config(url: str | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(alembic_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def needs_upgrade(engine: Engine) -> bool:
    fast = _fast_heads()
    if fast is not None and _stored_revisions(engine) == fast:
        return False  # the usual start: up to date, Alembic not even imported
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
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")
    return True

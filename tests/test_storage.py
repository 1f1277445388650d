"""Storage: SQLite settings, unsafe folders, migrations matching the models."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hsp_desk.domain.errors import DatabaseProblem
from hsp_desk.store import migrate
from hsp_desk.store.database import open_database
from hsp_desk.store.engine import resolve_database_url
from hsp_desk.store.models import Base
from hsp_desk.store.paths import check_safe_location, data_dir


def test_sqlite_is_opened_safely(sqlite_db) -> None:
    with sqlite_db.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_default_database_lives_in_the_user_data_folder(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("HSP_DESK_DATA_DIR", str(tmp_path / "profile"))
    url = resolve_database_url(None)
    assert url == f"sqlite:///{tmp_path / 'profile' / 'hsp-desk.sqlite3'}"
    assert data_dir().is_dir()
    monkeypatch.setenv("HSP_DESK_DATABASE_URL", "postgresql://u@db/hsp")
    assert resolve_database_url(None) == "postgresql+psycopg://u@db/hsp"
    assert resolve_database_url("sqlite:///x.db") == "sqlite:///x.db"


@pytest.mark.parametrize("path", [
    r"\\fileserver\share\hsp.sqlite3",
    "/home/amina/OneDrive/hsp.sqlite3",
    "C:/Users/amina/Dropbox/HSP/hsp.sqlite3",
    "/Users/a/Library/Mobile Documents/iCloud Drive/hsp.sqlite3",
])
def test_unsafe_folders_are_refused(path: str) -> None:
    with pytest.raises(DatabaseProblem) as err:
        check_safe_location(Path(path))
    assert "Move it" in str(err.value) or "Keep it" in str(err.value)


def test_new_database_is_created_by_migrations_and_matches_models(db) -> None:
    assert migrate.current_revisions(db.engine) == migrate.head_revisions()
    with db.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_reopening_does_not_migrate_again(sqlite_url) -> None:
    open_database(sqlite_url).dispose()
    calls = []
    db = open_database(sqlite_url, before_migrate=lambda _db: calls.append(1))
    assert calls == []
    assert not migrate.needs_upgrade(db.engine)
    db.dispose()



def test_migration_history_has_one_head() -> None:
    assert len(migrate.head_revisions()) == 1


def test_upgrading_an_old_database_backs_up_first_and_keeps_its_data(sqlite_url) -> None:
    import sqlalchemy as sa
    from alembic import command

    from hsp_desk.store.engine import make_engine

    engine = make_engine(sqlite_url)
    cfg = migrate.alembic_config()
    with engine.begin() as conn:  # a database as the first release left it
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql(
            "INSERT INTO national_societies (id, code, name, country) "
            "VALUES ('ns1', 'MNE', 'Red Cross of Montenegro', 'Montenegro')"
        )
    engine.dispose()
    calls: list[str] = []
    db = open_database(sqlite_url, before_migrate=lambda d: calls.append(d.url))
    assert calls == [sqlite_url]
    assert migrate.current_revisions(db.engine) == migrate.head_revisions()
    with db.engine.connect() as c:
        assert c.execute(sa.text("SELECT name FROM national_societies")).scalar() == (
            "Red Cross of Montenegro"
        )
    db.dispose()


def test_a_read_session_neither_waits_for_nor_blocks_a_writer(sqlite_db) -> None:
    """While a writer holds SQLite's write lock, a read session reads the last committed
    state at once (a plain session would wait for the lock), and a writer can start
    while a read session is open; a write in a read session fails and changes nothing;
    the connection writes again in the next ordinary session."""
    import time as _time

    import sqlalchemy as sa
    from sqlalchemy.exc import OperationalError

    from hsp_desk.store.models import Setting

    with sqlite_db.session() as s:
        s.add(Setting(key="probe", value="before", updated_by="test"))
        s.commit()
    writer = sqlite_db.session()
    writer.execute(sa.update(Setting).where(Setting.key == "probe").values(value="during"))
    try:
        began = _time.perf_counter()
        with sqlite_db.read_session() as r:
            assert r.scalar(sa.select(Setting.value).where(Setting.key == "probe")) == "before"
            # A reader open, and the writer still commits.
            writer.commit()
            with pytest.raises(OperationalError, match="readonly"):
                r.execute(sa.update(Setting).where(Setting.key == "probe").values(value="x"))
        assert _time.perf_counter() - began < 1.0
    finally:
        writer.close()
    with sqlite_db.session() as s:
        assert s.scalar(sa.select(Setting.value).where(Setting.key == "probe")) == "during"
        s.execute(sa.update(Setting).where(Setting.key == "probe").values(value="after"))
        s.commit()
    with sqlite_db.read_session() as r:
        assert r.scalar(sa.select(Setting.value).where(Setting.key == "probe")) == "after"

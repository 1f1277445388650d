"""Shared fixtures: a fresh database per test, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
import sqlalchemy as sa

from hsp_desk.services.context import Actor
from hsp_desk.store.database import Database, open_database

from .factories import World, seed_world
from .pg_server import PostgresServer

REQUIRE_PG = os.environ.get("HSP_REQUIRE_POSTGRES") == "1"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data folder."""
    monkeypatch.setenv("HSP_DESK_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.delenv("HSP_DESK_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer()
    except (FileNotFoundError, KeyError) as exc:
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required here (HSP_REQUIRE_POSTGRES=1): {exc}")
        pytest.skip(f"no PostgreSQL server binaries: {exc}")
    server.start()
    # Migrate once into a template; each test copies it (CREATE DATABASE ... TEMPLATE).
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql("CREATE DATABASE hsp_template")
    open_database(server.url("hsp_template")).dispose()
    admin.dispose()
    yield server
    server.stop()


def new_pg_database(server: PostgresServer) -> str:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE hsp_template")
    admin.dispose()
    return server.url(name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty (migrated on open) database on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hsp.sqlite3'}"
    return new_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def sqlite_url(tmp_path) -> str:  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'hsp.sqlite3'}"


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(sqlite_url: str) -> Iterator[Database]:
    database = open_database(sqlite_url)
    yield database
    database.dispose()


@pytest.fixture
def actor() -> Actor:
    return Actor(user="amina", device="dev-test", role="branch_manager")


@pytest.fixture
def session(db: Database) -> Iterator[sa.orm.Session]:
    with db.session() as s:
        yield s


@pytest.fixture
def world(session: sa.orm.Session) -> World:
    return seed_world(session)

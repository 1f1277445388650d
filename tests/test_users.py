"""Users, roles enforced in the services, argon2id passwords, lockout, the CLI sign-in."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa

from hsp_desk.cli import main
from hsp_desk.domain.inactivity import InactivityLock
from hsp_desk.domain.ledger import utcnow
from hsp_desk.domain.roles import Role
from hsp_desk.services import settings, users
from hsp_desk.services.adjustments import adjust
from hsp_desk.services.context import Actor
from hsp_desk.services.kits import assemble
from hsp_desk.services.ledger import reverse
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import TransferLine, dispatch
from hsp_desk.store.models import AuditEntry, Document, Movement, User

from .factories import seed_world

BOSS = Actor("amina", "dev-1", "branch_manager")
VOLUNTEER = Actor("vera", "dev-2", "volunteer")


def _count(s: sa.orm.Session, model: type) -> int:
    return int(s.scalar(sa.select(sa.func.count()).select_from(model)) or 0)


def test_a_volunteer_is_refused_every_stock_job_and_nothing_is_written(session: sa.orm.Session) -> None:
    seed_world(session)
    receive(session, BOSS, "MNE-WH", [ReceiptLine("WATER-05", 50), ReceiptLine("HYG-SOAP", 20),
                                     ReceiptLine("HYG-TBRUSH", 10)])
    some_movement = session.scalar(sa.select(Movement.id))
    before = (_count(session, Movement), _count(session, Document), _count(session, AuditEntry))
    jobs = [
        lambda: receive(session, VOLUNTEER, "MNE-ROZAJE", [ReceiptLine("WATER-05", 5)]),
        lambda: dispatch(session, VOLUNTEER, "MNE-WH", "MNE-ROZAJE", [TransferLine("WATER-05", 5)]),
        lambda: adjust(session, VOLUNTEER, "MNE-WH", "WATER-05", -1, "damaged"),
        lambda: assemble(session, VOLUNTEER, "MNE-WH", "HYG-KIT", 1),
        lambda: reverse(session, VOLUNTEER, some_movement, "typo"),
        lambda: users.add_user(session, VOLUNTEER, "newbie", "New", "volunteer", "long enough pw"),
        lambda: settings.set_value(session, VOLUNTEER, settings.LOCK_TIMEOUT_MINUTES, 30),
    ]
    for job in jobs:
        with pytest.raises(NotAllowed) as err:
            job()
        assert "vera may not" in str(err.value) and "Nothing was recorded" in str(err.value)
    assert (_count(session, Movement), _count(session, Document), _count(session, AuditEntry)) == before
    # a coordinator may receive but not dispatch
    coord = Actor("carla", "dev-3", "coordinator")
    receive(session, coord, "MNE-ROZAJE", [ReceiptLine("WATER-05", 5)])
    with pytest.raises(NotAllowed, match="logistics officer"):
        dispatch(session, coord, "MNE-WH", "MNE-ROZAJE", [TransferLine("WATER-05", 5)])


def test_first_user_then_sign_in_with_argon2id(session: sa.orm.Session) -> None:
    assert not users.has_users(session)
    first = users.create_first_user(session, "Amina.K", "Amina K.", "correct horse battery")
    assert first.username == "amina.k" and first.role == "branch_manager"
    stored = session.scalar(sa.select(User.password_hash))
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    with pytest.raises(NotAllowed, match="already has users"):
        users.create_first_user(session, "other", "Other", "another password")
    actor = users.authenticate(session, "AMINA.K", "correct horse battery", device="dev-9")
    assert actor == Actor("amina.k", "dev-9", "branch_manager")
    users.add_user(session, actor, "vera", "Vera", "volunteer", "vera's password")
    assert users.authenticate(session, "vera", "vera's password", device="d").role == "volunteer"
    with pytest.raises(users.SignInRefused, match="Wrong user name or password"):
        users.authenticate(session, "vera", "wrong", device="d")
    with pytest.raises(users.SignInRefused, match="Wrong user name or password"):
        users.authenticate(session, "nobody", "whatever", device="d")
    assert [u.username for u in users.list_users(session)] == ["amina.k", "vera"]
    # the sign-ins were recorded in the audit trail, by the user who signed in
    assert session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)
                          .where(AuditEntry.table_name == "users", AuditEntry.user == "vera")) >= 1


def test_bad_user_input_is_refused_with_nothing_written(session: sa.orm.Session) -> None:
    boss = users.authenticate(
        session, users.create_first_user(session, "boss", "Boss", "boss password").username,
        "boss password", device="d")
    for args, msg in [
        (("bad name!", "X", "volunteer", "long enough"), "cannot be a user name"),
        (("ok", "X", "janitor", "long enough"), "not a role"),
        (("ok", "X", "volunteer", "short"), "at least 8"),
        (("boss", "X", "volunteer", "long enough"), "is taken"),
    ]:
        with pytest.raises(users.HspError, match=msg):
            users.add_user(session, boss, *args)
    assert _count(session, User) == 1


def test_lockout_after_wrong_passwords(session: sa.orm.Session) -> None:
    users.create_first_user(session, "boss", "Boss", "boss password")
    for _ in range(users.MAX_FAILED_ATTEMPTS - 1):
        with pytest.raises(users.SignInRefused) as err:
            users.authenticate(session, "boss", "guess", device="d")
        assert not isinstance(err.value, users.AccountLocked)
    with pytest.raises(users.AccountLocked, match="locked for 5 minutes"):
        users.authenticate(session, "boss", "guess", device="d")
    # even the right password is refused while locked
    with pytest.raises(users.AccountLocked):
        users.authenticate(session, "boss", "boss password", device="d")
    later = utcnow() + users.LOCKOUT + timedelta(seconds=1)
    assert users.authenticate(session, "boss", "boss password", device="d", now=later).user == "boss"


def test_disable_role_change_and_the_last_manager(session: sa.orm.Session) -> None:
    users.create_first_user(session, "boss", "Boss", "boss password")
    boss = users.authenticate(session, "boss", "boss password", device="d")
    with pytest.raises(users.InvalidInput, match="only active branch manager"):
        users.disable_user(session, boss, "boss")
    with pytest.raises(users.InvalidInput, match="only active branch manager"):
        users.change_role(session, boss, "boss", "coordinator")
    users.add_user(session, boss, "vera", "Vera", Role.VOLUNTEER, "vera password")
    users.change_role(session, boss, "vera", "logistics officer")
    assert users.authenticate(session, "vera", "vera password", device="d").role == "logistics_officer"
    users.disable_user(session, boss, "vera")
    with pytest.raises(users.SignInRefused, match="disabled"):
        users.authenticate(session, "vera", "vera password", device="d")
    users.enable_user(session, boss, "vera")
    vera = users.authenticate(session, "vera", "vera password", device="d")
    # own password with the current one; someone else's only as a branch manager
    users.change_password(session, vera, "vera", "a new password", current_password="vera password")
    with pytest.raises(users.SignInRefused, match="current password is wrong"):
        users.change_password(session, vera, "vera", "another one!", current_password="nope nope")
    with pytest.raises(NotAllowed):
        users.change_password(session, vera, "boss", "taken over!")
    users.change_password(session, boss, "vera", "reset by boss")
    assert users.authenticate(session, "vera", "reset by boss", device="d").user == "vera"


def test_lock_timeout_setting_and_inactivity_lock(session: sa.orm.Session) -> None:
    assert users.lock_timeout_seconds(session) == 10 * 60
    settings.set_value(session, BOSS, settings.LOCK_TIMEOUT_MINUTES, "3")
    assert users.lock_timeout_seconds(session) == 180
    with pytest.raises(users.InvalidInput, match="from 1 to 240"):
        settings.set_value(session, BOSS, settings.LOCK_TIMEOUT_MINUTES, 0)
    with pytest.raises(users.InvalidInput, match="whole number"):
        settings.set_value(session, BOSS, settings.LOCK_TIMEOUT_MINUTES, "soon")
    assert users.lock_timeout_seconds(session) == 180

    now = [1000.0]
    lock = InactivityLock(users.lock_timeout_seconds(session), clock=lambda: now[0])
    now[0] += 170
    lock.touch()
    now[0] += 170
    assert not lock.should_lock() and lock.seconds_left() == pytest.approx(10)
    now[0] += 11
    assert lock.should_lock() and lock.locked
    lock.touch()  # a key press on the lock screen does not unlock
    assert lock.should_lock()
    lock.unlock()
    assert not lock.should_lock()


def test_demo_makes_one_user_per_role(sqlite_url: str) -> None:
    from hsp_desk.services.demo import build_demo
    from hsp_desk.store.database import open_database

    db = open_database(sqlite_url)
    with db.session() as s:
        counts = build_demo(s, Actor.system("dev"), days=1)
        assert counts["users"] == 4
        roles = {u.username: u.role for u in users.list_users(s)}
        assert set(roles.values()) == {r.value for r in Role}
        assert users.authenticate(s, "volunteer", users.DEMO_PASSWORD, device="d").role == "volunteer"
    db.dispose()


# --- the command line ----------------------------------------------------------------------

def test_cli_acts_as_system_until_users_exist_then_needs_a_sign_in(
    sqlite_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("HSP_DESK_PASSWORD", raising=False)
    monkeypatch.delenv("HSP_DESK_USER", raising=False)
    db_args = ["--database-url", sqlite_url]
    assert main(["reorder-level", "MNE-ROZAJE", "WATER-05", "5", *db_args]) == 2  # no sites yet
    capsys.readouterr()
    # the first user, without signing in (there is nobody to sign in as)
    monkeypatch.setenv("HSP_DESK_NEW_PASSWORD", "manager password")
    assert main(["users", "add", "amina", "--name", "Amina K.", *db_args]) == 0
    assert "branch manager" in capsys.readouterr().out
    # now a writing command needs --user and the password
    assert main(["users", "add", "vera", "--role", "volunteer", *db_args]) == 2
    assert "--user NAME" in capsys.readouterr().err
    monkeypatch.setenv("HSP_DESK_PASSWORD", "wrong password")
    assert main(["users", "add", "vera", "--role", "volunteer", "--user", "amina", *db_args]) == 2
    assert "Wrong user name or password" in capsys.readouterr().err
    monkeypatch.setenv("HSP_DESK_PASSWORD", "manager password")
    monkeypatch.setenv("HSP_DESK_NEW_PASSWORD", "volunteer password")
    assert main(["users", "add", "vera", "--role", "volunteer", "--user", "amina", *db_args]) == 0
    assert main(["users", "list", *db_args]) == 0
    out = capsys.readouterr().out
    assert "amina" in out and "vera" in out and "volunteer" in out
    # a volunteer may not manage users: refused by the service, not only hidden
    monkeypatch.setenv("HSP_DESK_PASSWORD", "volunteer password")
    assert main(["users", "disable", "amina", "--user", "vera", *db_args]) == 2
    assert "vera may not" in capsys.readouterr().err
    monkeypatch.setenv("HSP_DESK_PASSWORD", "manager password")
    assert main(["users", "disable", "vera", "--user", "amina", *db_args]) == 0
    monkeypatch.setenv("HSP_DESK_PASSWORD", "volunteer password")
    assert main(["users", "list", "--user", "vera", *db_args]) == 0  # reading needs no sign-in
    # reading commands work without signing in
    assert main(["stock", *db_args]) == 0
    assert main(["verify", *db_args]) == 0

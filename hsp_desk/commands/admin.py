"""``hsp-desk users``, ``settings``, ``backup``, ``restore`` and ``purge``.

Signing in on the command line: while the database has no users, commands act as the
local "system" branch manager (a fresh install; ``hsp-desk users add NAME`` then makes
the first user, a branch manager). Once users exist, every command that writes needs
``--user NAME`` and the password (asked for at the terminal, or ``HSP_DESK_PASSWORD``).
A new user's password is asked for twice, or read from ``HSP_DESK_NEW_PASSWORD``.

``backup`` and ``restore`` work on the SQLite file itself and need no sign-in: whoever
can run them can copy the file anyway. On PostgreSQL they say to use pg_dump.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..domain.errors import DatabaseProblem, InvalidInput
from ..domain.roles import Role
from ..services import retention, settings, users
from ..store import backup as backups
from ..store.engine import resolve_database_url, sqlite_path
from .common import cli_actor, database, print_table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("users", parents=[common], help="list, add, disable users; roles; passwords")
    usub = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    q = usub.add_parser("list", parents=[common], help="every user with role and state")
    q.set_defaults(handler=cmd_users_list)
    q = usub.add_parser("add", parents=[common],
                        help="add a user (the first one is always a branch manager)")
    q.add_argument("username")
    q.add_argument("--name", default="", help="display name (default: the user name)")
    q.add_argument("--role", default=None, choices=[r.value for r in Role],
                   help="role (default volunteer; the first user is a branch manager)")
    q.set_defaults(handler=cmd_users_add)
    for name, helptext, fn in [
        ("disable", "stop a user from signing in (their past work keeps their name)", cmd_users_disable),
        ("enable", "let a disabled or locked-out user sign in again", cmd_users_enable),
    ]:
        q = usub.add_parser(name, parents=[common], help=helptext)
        q.add_argument("username")
        q.set_defaults(handler=fn)
    q = usub.add_parser("role", parents=[common], help="change a user's role")
    q.add_argument("username")
    q.add_argument("role", choices=[r.value for r in Role])
    q.set_defaults(handler=cmd_users_role)
    q = usub.add_parser("passwd", parents=[common],
                        help="set a user's password (your own, or anyone's as branch manager)")
    q.add_argument("username")
    q.set_defaults(handler=cmd_users_passwd)

    p = sub.add_parser("settings", parents=[common],
                       help="show the settings, or set one: hsp-desk settings KEY VALUE")
    p.add_argument("key", nargs="?")
    p.add_argument("value", nargs="?")
    p.set_defaults(handler=cmd_settings)

    p = sub.add_parser("backup", parents=[common],
                       help="back up the database now (SQLite), or list the backups")
    p.add_argument("--out", type=Path, help="write the copy to this file instead")
    p.add_argument("--list", action="store_true", help="list the backups kept")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", parents=[common],
                       help="replace the database by a backup; the current one is kept aside")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("file", nargs="?", type=Path, help="the backup file")
    what.add_argument("--latest", action="store_true", help="the newest good backup")
    p.set_defaults(handler=cmd_restore)

    p = sub.add_parser("purge", parents=[common],
                       help="forget cards unseen for the retention period; the figures stay")
    p.add_argument("--days", type=int, default=None,
                   help="unseen for this many days (default: the token_retention_days setting)")
    p.add_argument("--dry-run", action="store_true", help="count what would go; change nothing")
    p.set_defaults(handler=cmd_purge)


# --- users ---------------------------------------------------------------------------------

def _new_password(username: str) -> str:
    env = os.environ.get("HSP_DESK_NEW_PASSWORD")
    if env is not None:
        return env
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"No password for {username}: there is no terminal to ask for it.",
            "Set HSP_DESK_NEW_PASSWORD, or run the command in a terminal.",
        )
    first = getpass.getpass(f"New password for {username}: ")
    users.check_password_rule(first)
    if getpass.getpass("The same again: ") != first:
        raise InvalidInput("The two passwords differ.", "Nothing was changed. Try again.")
    return first


def cmd_users_list(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        rows = users.list_users(s)
    print_table(
        ["user", "name", "role", "state", "last sign-in (UTC)"],
        [[u.username, u.display_name, users.role_label(u.role),
          "disabled" if not u.active else ("locked" if u.locked_until else "active"),
          f"{u.last_login_at:%Y-%m-%d %H:%M}" if u.last_login_at else ""] for u in rows],
    )
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        first = not users.has_users(s)
    if first:
        if args.role not in (None, Role.BRANCH_MANAGER.value):
            raise InvalidInput(
                "The first user must be a branch manager, who then adds the others.",
                "Leave out --role for the first user.",
            )
        password = _new_password(args.username)
        with db.session() as s:
            user = users.create_first_user(s, args.username, args.name, password)
        print(f"{user.username} added as the first user, a branch manager. From now on, commands "
              f"that write need --user NAME and a password.")
        return 0
    actor = cli_actor(args, db)
    password = _new_password(args.username)
    with db.session() as s:
        user = users.add_user(s, actor, args.username, args.name, args.role or Role.VOLUNTEER, password)
    print(f"{user.username} added as {users.role_label(user.role)}.")
    return 0


def cmd_users_disable(args: argparse.Namespace) -> int:
    actor = cli_actor(args)
    with database(args).session() as s:
        users.disable_user(s, actor, args.username)
    print(f"{args.username} can no longer sign in.")
    return 0


def cmd_users_enable(args: argparse.Namespace) -> int:
    actor = cli_actor(args)
    with database(args).session() as s:
        users.enable_user(s, actor, args.username)
    print(f"{args.username} can sign in again.")
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    actor = cli_actor(args)
    with database(args).session() as s:
        user = users.change_role(s, actor, args.username, args.role)
    print(f"{user.username} is now {users.role_label(user.role)}.")
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    actor = cli_actor(args)
    own = actor.user == args.username.strip().lower()
    current = os.environ.get("HSP_DESK_PASSWORD") if own else None
    password = _new_password(args.username)
    with database(args).session() as s:
        users.change_password(s, actor, args.username, password, current_password=current)
    print(f"The password of {args.username} was changed.")
    return 0


# --- settings ------------------------------------------------------------------------------

def cmd_settings(args: argparse.Namespace) -> int:
    db = database(args)
    if args.key is None:
        with db.session() as s:
            rows = settings.all_settings(s)
            lang = settings.get_language(s)
        print_table(["setting", "value", "unit", "meaning"],
                    [[sp.key, f"{v}" + ("" if was_set else " (default)"), sp.unit, sp.help]
                     for sp, v, was_set in rows]
                    + [[settings.LANGUAGE, lang, "", "language of the screens, reports and cards: "
                        + ", ".join(settings.LANGUAGES)]])
        return 0
    if args.key == settings.LANGUAGE:  # text, not a number: its own pair of functions
        if args.value is None:
            with db.session() as s:
                print(settings.get_language(s))
            return 0
        actor = cli_actor(args, db)
        with db.session() as s:
            print(f"language = {settings.set_language(s, actor, args.value)}")
        return 0
    if args.value is None:
        with db.session() as s:
            print(settings.get(s, args.key))
        return 0
    actor = cli_actor(args, db)
    with db.session() as s:
        value = settings.set_value(s, actor, args.key, args.value)
    print(f"{args.key} = {value}")
    return 0


# --- backup and restore --------------------------------------------------------------------

def _sqlite_file(args: argparse.Namespace) -> Path:
    path = sqlite_path(resolve_database_url(getattr(args, "database_url", None)))
    if path is None:
        raise DatabaseProblem(backups.PG_ADVICE, "")
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    path = _sqlite_file(args)
    if args.list:
        found = backups.list_backups(path)
        print_table(["backup", "taken (UTC)", "kind", "MiB"],
                    [[b.path.name, f"{b.taken_at:%Y-%m-%d %H:%M:%S}", b.kind,
                      f"{b.path.stat().st_size / 2**20:.1f}"] for b in found])
        return 0
    problem = backups.check_database(path)
    if problem is not None:
        raise DatabaseProblem(
            f"The database {path} is damaged ({problem}), so it was not backed up.",
            "Restore the newest good backup with: hsp-desk restore --latest",
        )
    target = backups.take_backup(path, "manual", out=args.out)
    print(f"backup written and checked: {target}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = _sqlite_file(args)
    if args.latest:
        found = backups.latest_good_backup(path)
        if found is None:
            raise DatabaseProblem(
                f"There is no good backup of {path.name} in {backups.backup_dir(path)}.",
                "Name a backup file: hsp-desk restore FILE",
            )
        source = found.path
    else:
        source = args.file
    moved = backups.restore(path, source)
    print(f"restored {source.name} into {path}.")
    if moved is not None:
        print(f"The database it replaced was kept as {moved.name}.")
    print("Check it with: hsp-desk verify")
    return 0


# --- purge ---------------------------------------------------------------------------------

def cmd_purge(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        result = retention.purge_tokens(s, actor, args.days, dry_run=args.dry_run)
        if not result.dry_run and result.tokens:
            retention.checkpoint(s)
    verb = "would be" if result.dry_run else "were"
    print(f"{result.tokens} card(s) unseen since {result.cutoff:%Y-%m-%d} {verb} purged "
          f"({result.households} household(s) forgotten entirely); {result.distributions_unlinked} "
          f"distribution(s) {verb} unlinked from their card and still count in the figures.")
    return 0

"""``hsp-desk bundle``: offline sync between the laptops of a branch through files.

``bundle export --since-last --out FILE`` writes what this laptop recorded since its last
bundle; ``bundle import FILE`` merges a bundle of another laptop or of the branch;
``bundle key create|export|import|list`` shares the branch key that seals bundles;
``bundle status`` shows what was exported, imported, missing or held.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ..domain.errors import HspError
from ..services import sync_bundles as sb
from ..store.paths import device_id
from .common import cli_actor, database, print_table

PASSPHRASE_ENV = "HSP_DESK_BUNDLE_PASSPHRASE"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "bundle", parents=[common], help="offline sync: export and import signed bundle files",
        description="Exchange what laptops recorded offline through sealed bundle files "
                    "(AES-256-GCM with the branch key).",
    )
    bsub = p.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    e = bsub.add_parser("export", parents=[common],
                        help="write what this laptop recorded since its last bundle")
    e.add_argument("--since-last", action="store_true", default=True,
                   help="since this laptop's last bundle (the default)")
    e.add_argument("--all", dest="everything", action="store_true",
                   help="everything this database holds, e.g. when a bundle was lost")
    e.add_argument("--out", required=True, type=Path, metavar="FILE",
                   help=f"the bundle file to write (…{sb.BUNDLE_SUFFIX})")
    e.set_defaults(handler=cmd_export)

    i = bsub.add_parser("import", parents=[common], help="merge bundle files into this database")
    i.add_argument("files", nargs="+", type=Path, metavar="FILE")
    i.set_defaults(handler=cmd_import)

    s = bsub.add_parser("status", parents=[common],
                        help="bundles exported, imported, missing and held; branch keys")
    s.set_defaults(handler=cmd_status)

    k = bsub.add_parser("key", parents=[common], help="the branch key that seals bundles")
    ksub = k.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    kc = ksub.add_parser("create", parents=[common], help="create the branch's key (once)")
    kc.add_argument("--branch", required=True, help="the branch's name or site code")
    kc.set_defaults(handler=cmd_key_create)
    ke = ksub.add_parser("export", parents=[common],
                         help=f"write the key to a file sealed with a passphrase ({PASSPHRASE_ENV})")
    ke.add_argument("--out", required=True, type=Path, metavar="FILE")
    ke.add_argument("--key", help="key id (default: the current key)")
    ke.set_defaults(handler=cmd_key_export)
    ki = ksub.add_parser("import", parents=[common], help="add the branch key from a key file")
    ki.add_argument("file", type=Path, metavar="FILE")
    ki.set_defaults(handler=cmd_key_import)
    kl = ksub.add_parser("list", parents=[common], help="list the branch keys (never the secret)")
    kl.set_defaults(handler=cmd_key_list)


def _passphrase(confirm: bool) -> str:
    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise HspError("No passphrase for the branch key file: there is no terminal to ask.",
                       f"Set {PASSPHRASE_ENV}, or run the command in a terminal.")
    first = getpass.getpass("Passphrase for the branch key file: ")
    if confirm and getpass.getpass("Type it again: ") != first:
        raise HspError("The two passphrases differ.", "Nothing was written. Try again.")
    return first


def cmd_export(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        r = sb.export_bundle(s, actor, args.out, everything=args.everything)
    if r.nothing_new:
        print(f"Nothing new since bundle {r.seq} of this laptop ({sb.since_text(r.since)}); "
              "no file written.")
        return 0
    what = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in r.counts.items())
    print(f"bundle {r.seq} of {r.device} written to {r.path}: {what} "
          f"(since {sb.since_text(r.since)}).")
    return 0


def _print_result(r: sb.ImportResult, name: str) -> None:
    if r.status == "already":
        print(f"{name}: bundle {r.seq} of {r.device} was already imported on "
              f"{r.imported_at:%Y-%m-%d %H:%M} UTC; nothing changed.")
        return
    if r.status == "held":
        missing = ", ".join(str(n) for n in r.missing_before)
        print(f"{name}: bundle {r.seq} of {r.device} needs stock from its earlier bundle(s) "
              f"{missing}, not imported here yet. It is kept and will be imported as soon as "
              "they are. Nothing else was written.")
        return
    new = ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in r.new_rows.items()) or "nothing new"
    print(f"{name}: bundle {r.seq} of {r.device} imported: {new}; {r.present_rows} already "
          f"here; {r.updated_rows} updated.")
    for old, new_no in r.renumbered:
        print(f"  document {old} was already used here by another document: imported as {new_no}")
    if r.missing_before:
        print(f"  bundles not yet imported from {r.device}: "
              + ", ".join(str(n) for n in r.missing_before))
    if r.violations:
        print(f"  {len(r.violations)} entitlement rule(s) broken across laptops while offline:")
        for v in r.violations:
            print(f"    - {v}")
    for rel in r.released:
        _print_result(rel, "  then held")


def cmd_import(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    failed = 0
    for path in args.files:
        try:
            with db.session() as s:
                _print_result(sb.import_bundle(s, actor, path), str(path))
        except (HspError, OSError) as exc:
            failed += 1
            print(f"hsp-desk: {path}: {exc}", file=sys.stderr)
    return 2 if failed else 0


def cmd_status(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        st = sb.sync_status(s, device_id())
    if not st.keys:
        print("No branch key: 'hsp-desk bundle key create --branch NAME' on the first laptop, "
              "'bundle key import FILE' on the others.")
    else:
        print("Branch keys: " + ", ".join(
            f"{k.key_id} ({k.branch}{'' if k.active else ', withdrawn'})" for k in st.keys))
    if st.last_export:
        e = st.last_export
        print(f"This laptop ({st.device}): last bundle {e.seq} on {e.created_at:%Y-%m-%d %H:%M} "
              f"UTC; {st.pending_since} change(s) recorded since.")
    else:
        print(f"This laptop ({st.device}) has written no bundle yet.")
    if st.imports:
        print_table(["from device", "bundles imported", "missing", "last import (UTC)"],
                    [[d.device, _ranges(d.seqs), _ranges(d.missing) or "-",
                      f"{d.last_at:%Y-%m-%d %H:%M}"] for d in st.imports])
    for dev, seq, at, reason in st.held:
        print(f"held: bundle {seq} of {dev} since {at:%Y-%m-%d %H:%M} UTC: {reason}")
    return 0


def _ranges(nums: list[int]) -> str:
    out: list[str] = []
    for n in nums:
        if out and out[-1].split("-")[-1] == str(n - 1):
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


def cmd_key_create(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        key = sb.create_key(s, actor, args.branch)
        print(f"branch key {key.key_id} created for {key.branch}. Share it with "
              "'hsp-desk bundle key export --out FILE' and import that file on every laptop.")
    return 0


def cmd_key_export(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        out = sb.export_key(s, actor, args.out, _passphrase(confirm=True), args.key)
    print(f"branch key written to {out}, sealed with the passphrase. Give the file and the "
          "passphrase to the other laptops separately.")
    return 0


def cmd_key_import(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args, db)
    with db.session() as s:
        key, new = sb.import_key(s, actor, args.file, _passphrase(confirm=False))
        print(f"branch key {key.key_id} ({key.branch}) "
              + ("added." if new else "was already here; nothing changed."))
    return 0


def cmd_key_list(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        keys = sb.list_sync_keys(s)
        rows = [[k.key_id, k.branch, f"{k.created_at:%Y-%m-%d}", "yes" if k.active else "no"]
                for k in keys]
    print_table(["key", "branch", "created", "active"], rows)
    return 0

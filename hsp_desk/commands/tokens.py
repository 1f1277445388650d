"""``hsp-desk tokens ...`` (anonymous cards, rules) and ``hsp-desk distribute``."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.entitlements import AGE_BANDS, FLAGS, SEXES
from ..domain.errors import InvalidInput
from ..reports.token_cards import Card, render_cards
from ..services import distribution as dist_service
from ..services import tokens as token_service
from .common import cli_actor, database, print_table


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("distribute", parents=[common],
                       help="hand items over to a card's household, or anonymously to a head count")
    p.add_argument("--site", required=True, help="site code, e.g. MNE-ROZAJE")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--token", help="the card: what the scanner types, or the typed code")
    who.add_argument("--head-count", type=int, help="people served without a card (e.g. a group)")
    p.add_argument("--override", metavar="REASON",
                   help="coordinator: give beyond the rules; say briefly why (kept)")
    p.add_argument("--undo-last", action="store_true",
                   help="undo this laptop's last distribution at the site instead")
    p.add_argument("lines", nargs="*", metavar="ITEM=QTY", help="e.g. HYG-KIT=1 WATER-05=2")
    p.set_defaults(handler=cmd_distribute)

    tokens = sub.add_parser("tokens", parents=[common], help="anonymous QR cards and entitlement rules")
    tsub = tokens.add_subparsers(dest="tokens_command", metavar="ACTION", required=True)

    p = tsub.add_parser("issue", parents=[common], help="print a batch of new cards (PDF)")
    p.add_argument("--site", required=True, help="the site issuing the cards")
    p.add_argument("--count", type=int, required=True, help="how many cards (10 per A4 page)")
    p.add_argument("--out", type=Path, required=True, help="the PDF to write, e.g. cards.pdf")
    p.set_defaults(handler=cmd_issue)

    p = tsub.add_parser("show", parents=[common],
                        help="a card's status, last visits and what it may receive today")
    p.add_argument("card", help="the scanned payload or the typed code")
    p.set_defaults(handler=cmd_show)

    p = tsub.add_parser("set", parents=[common],
                        help="record a card's household size, age band, sex and flags (all optional)")
    p.add_argument("card")
    p.add_argument("--household-size", type=int)
    p.add_argument("--age-band", choices=AGE_BANDS)
    p.add_argument("--sex", choices=sorted(SEXES))
    p.add_argument("--flag", action="append", choices=sorted(FLAGS), dest="flags",
                   help="repeat for several; replaces the flags recorded")
    p.add_argument("--no-flags", action="store_true", help="clear the flags")
    p.set_defaults(handler=cmd_set)

    p = tsub.add_parser("replace", parents=[common],
                        help="revoke a lost or damaged card and print its household a new one")
    p.add_argument("card")
    p.add_argument("--site", help="the site issuing the new card (default: the old card's)")
    p.add_argument("--out", type=Path, required=True, help="the PDF of the new card")
    p.set_defaults(handler=cmd_replace)

    p = tsub.add_parser("revoke", parents=[common], help="withdraw a card without replacing it")
    p.add_argument("card")
    p.set_defaults(handler=cmd_revoke)

    p = tsub.add_parser("keys", parents=[common], help="list the card keys")
    p.set_defaults(handler=cmd_keys)
    p = tsub.add_parser("rotate-key", parents=[common],
                        help="sign new cards with a new key (old cards stay valid)")
    p.add_argument("--deployment", help="deployment code for the key id (default: the current one)")
    p.set_defaults(handler=cmd_rotate)

    p = tsub.add_parser("rules", parents=[common], help="list the entitlement rules")
    p.set_defaults(handler=cmd_rules)
    p = tsub.add_parser("rule", parents=[common],
                        help="set a rule: at most MAX per DAYS days of an item or category")
    p.add_argument("target", help="an item code, or category:NAME (e.g. category:hygiene)")
    p.add_argument("--max", type=int, required=True, dest="max_qty")
    p.add_argument("--days", type=int, required=True)
    p.add_argument("--per-member", action="store_true", help="times the household size")
    p.add_argument("--requires-flag", choices=sorted(FLAGS))
    p.add_argument("--delete", action="store_true", help="remove the rule instead")
    p.set_defaults(handler=cmd_rule)


def _parse_lines(texts: list[str]) -> list[dist_service.Line]:
    lines = []
    for text in texts:
        code, sep, qty = text.partition("=")
        if not sep or not qty.strip().isdigit():
            raise InvalidInput(f"'{text}' is not ITEM=QTY.", "Write each line as e.g. HYG-KIT=1.")
        lines.append(dist_service.Line(code.strip(), int(qty)))
    return lines


def cmd_distribute(args: argparse.Namespace) -> int:
    db = database(args)
    actor = cli_actor(args)
    with db.session() as s:
        if args.undo_last:
            back = dist_service.undo_last(s, actor, args.site)
            print(f"undone: the distribution of {back.occurred_at:%Y-%m-%d %H:%M} at {args.site}; "
                  "the stock is back.")
            return 0
        if args.token is None and args.head_count is None:
            raise InvalidInput("Give --token (the card) or --head-count (people without a card).",
                               "Nothing was recorded.")
        d = dist_service.distribute(s, actor, args.site, args.token, _parse_lines(args.lines),
                                    head_count=args.head_count, override_reason=args.override)
        given = ", ".join(f"{c}={q}" for c, q in
                          ((line.item_code.upper(), line.qty) for line in _parse_lines(args.lines)))
        who = f"{d.head_count} people" if d.head_count else "the card's household"
        extra = f" (override: {d.override_reason})" if d.override_reason else ""
        print(f"given to {who} at {args.site}: {given}{extra}")
    return 0


def cmd_issue(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        cards = token_service.issue_cards(s, cli_actor(args), args.site, args.count)
    pages = render_cards([Card(c.payload, c.typed_code) for c in cards], args.out,
                         note=f"{args.site.upper()} - {len(cards)} cards")
    print(f"{len(cards)} cards on {pages} page(s): {args.out}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        st = dist_service.card_status(s, args.card)
        t = st.token
        facts = [f"household of {t.household_size}" if t.household_size else None,
                 f"age band {t.age_band}" if t.age_band else None,
                 f"sex {t.sex}" if t.sex else None,
                 f"flags: {t.flags.replace(',', ', ')}" if t.flags else None]
        print(f"card {token_service.card_for(s, t).typed_code}: {t.status}, issued "
              f"{t.issued_at:%Y-%m-%d} at {st.site_code}")
        print("  " + ("; ".join(f for f in facts if f) or "no household facts recorded"))
        if len(st.household) > 1:
            print(f"  replaces {len(st.household) - 1} earlier card(s) of the same household; "
                  "their history counts")
        print()
        print(f"may receive today ({st.today.isoformat()}):")
        if not st.allowances:
            print("  no entitlement rules are set: anything in stock")
        for a in st.allowances:
            line = f"  {a.rule.describe(t.household_size)}: "
            if a.blocked_by_flag:
                line += "not for this household"
            elif a.remaining:
                line += f"{a.remaining} more"
            else:
                line += f"none (again from {a.next_day.isoformat() if a.next_day else '?'})"
            print(line)
        if st.rules_exist:
            print("  other items: no limit but the stock")
        print()
        print("last visits:")
        if not st.visits:
            print("  none")
        for v in st.visits:
            items = ", ".join(f"{q} x {name}" for _, name, q in v.items)
            flags = (" [undone]" if v.undone else "") + \
                    (f" [override: {v.override_reason}]" if v.override_reason else "")
            print(f"  {v.occurred_at:%Y-%m-%d %H:%M}  {v.site_code}  {items}{flags}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    db = database(args)
    flags = [] if args.no_flags else args.flags
    with db.session() as s:
        token_service.set_profile(s, cli_actor(args), args.card, household_size=args.household_size,
                                  age_band=args.age_band, sex=args.sex, flags=flags)
    print("recorded.")
    return 0


def cmd_replace(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        card = token_service.replace_card(s, cli_actor(args), args.card, args.site)
    render_cards([Card(card.payload, card.typed_code)], args.out, note="replacement card")
    print(f"old card revoked; new card {card.typed_code} (same household): {args.out}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        token_service.revoke_card(s, cli_actor(args), args.card)
    print("card revoked: it will be refused from now on.")
    return 0


def cmd_keys(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        keys = token_service.list_keys(s)
        signing = token_service.signing_key(s)
        rows = [[k.key_id, f"{k.created_at:%Y-%m-%d %H:%M}",
                 "signs new cards" if signing and k.key_id == signing.key_id
                 else ("verifies" if k.active else "withdrawn")] for k in keys]
    print_table(["key", "created", "use"], rows)
    return 0


def cmd_rotate(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        key = token_service.rotate_key(s, cli_actor(args), args.deployment)
    print(f"new cards are now signed with key {key.key_id}; older cards stay valid.")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        rules = dist_service.load_rules(s)
    print_table(["applies to", "max", "days", "per member", "only with flag"],
                [[r.label, r.max_qty, r.period_days, "yes" if r.per_member else "",
                  r.requires_flag or ""] for r in sorted(rules, key=lambda r: r.label)])
    return 0


def cmd_rule(args: argparse.Namespace) -> int:
    db = database(args)
    with db.session() as s:
        if args.delete:
            dist_service.delete_rule(s, cli_actor(args), args.target)
            print("rule removed.")
            return 0
        dist_service.set_rule(s, cli_actor(args), args.target, args.max_qty, args.days,
                              per_member=args.per_member, requires_flag=args.requires_flag)
    print("rule set.")
    return 0


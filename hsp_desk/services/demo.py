"""``hsp-desk demo``: a realistic demo database built from the programme's seed facts.

National Societies and sites are the real ones the programme document names
(resources/demo/seedfacts/sites.csv); each National Society also gets a warehouse. The
catalogue and a few months of receipts, transfers and distributions are invented, with
a fixed random seed so that every demo database is the same.
"""

from __future__ import annotations

import csv
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.enums import MovementKind
from ..domain.errors import InsufficientStock, InvalidInput
from ..store.locations import resources_dir
from ..store.models import Item, NationalSociety, Site
from . import catalogue, ledger
from .context import Actor
from .receiving import ReceiptLine, receive
from .transfers import TransferLine, dispatch, receive_transfer

ISO3 = {
    "Albania": "ALB", "Belgium": "BEL", "Bosnia and Herzegovina": "BIH", "Bulgaria": "BGR",
    "Croatia": "HRV", "Cyprus": "CYP", "France": "FRA", "Greece": "GRC", "Italy": "ITA",
    "Montenegro": "MNE", "North Macedonia": "MKD", "Serbia": "SRB", "Slovakia": "SVK",
    "Slovenia": "SVN", "Spain": "ESP",
}

DONORS = [
    ("IFRC-GRBMP", "IFRC Global Route-Based Migration Programme", "GRBMP-2025-EUR"),
    ("NS-OWN", "National Society own funds", None),
    ("IN-KIND", "Private donations in kind", None),
]

ProgressFn = Callable[[int, int], None]


def seedfacts_dir() -> Path:
    return resources_dir() / "demo" / "seedfacts"


def _slug(text: str, length: int = 10) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text)
    return "".join(w.upper() for w in words)[:length] or "SITE"


def _site_label(row: dict[str, str]) -> str:
    place = row["city_or_area"].split(",")[0].split("(")[0].strip()
    return place if place and len(place) < 30 else row["site_name"]


def _item_categories(text: str, words: dict[str, str]) -> set[str]:
    return {words[w.strip().lower()] for w in text.split(";") if w.strip().lower() in words}


def is_empty(session: Session) -> bool:
    return not session.scalar(select(func.count()).select_from(Site))


def build_demo(
    session: Session,
    actor: Actor,
    *,
    days: int = 30,
    today: date | None = None,
    seed: int = 2024,
    progress: ProgressFn | None = None,
) -> dict[str, int]:
    """Fill an empty database with the demo. Returns counts of what was created."""
    if not is_empty(session):
        raise InvalidInput(
            "This database already holds sites, so the demo was not added.",
            "Use a new database file (--database-url) for the demo.",
        )
    rnd = random.Random(seed)
    facts = seedfacts_dir()
    with open(facts / "items.csv", encoding="utf-8") as fh:
        words = {r["item"].lower(): r["category"] for r in csv.DictReader(fh)}
    with open(facts / "sites.csv", encoding="utf-8") as fh:
        site_rows = list(csv.DictReader(fh))

    items_by_cat: dict[str, list[Item]] = defaultdict(list)
    levels: dict[str, int] = {}
    with open(resources_dir() / "demo" / "catalogue.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            comps = {
                c.split(":")[0]: int(c.split(":")[1])
                for c in row["kit_components"].split(";") if c
            }
            item = catalogue.add_item(session, catalogue.ItemSpec(
                code=row["code"], name=row["name"], category=row["category"], unit=row["unit"],
                expiry_tracked=row["expiry_tracked"] == "1", serial_tracked=row["serial_tracked"] == "1",
                components=comps or None,
            ))
            levels[item.code] = int(row["reorder_level"] or 0)
            items_by_cat[item.category].append(item)
    for code, name, grant in DONORS:
        catalogue.add_donor(session, code, name, grant)

    societies: dict[str, NationalSociety] = {}
    warehouses: dict[str, Site] = {}
    active: list[tuple[Site, list[Item]]] = []
    used_codes: set[str] = set()
    for row in site_rows:
        ns = societies.get(row["national_society"])
        if ns is None:
            iso = ISO3[row["country"]]
            ns = catalogue.add_national_society(session, iso, row["national_society"], row["country"])
            societies[row["national_society"]] = ns
            warehouses[ns.id] = catalogue.add_site(
                session, ns, f"{iso}-WH", f"{row['national_society']} central warehouse",
                "warehouse", city=None,
            )
        base = f"{ns.code}-{_slug(_site_label(row))}"
        code, n = base, 2
        while code in used_codes:
            code, n = f"{base}{n}", n + 1
        used_codes.add(code)
        site = catalogue.add_site(
            session, ns, code, row["site_name"], row["site_type"], modality=row["modality"],
            city=row["city_or_area"] or None, parent=warehouses[ns.id],
        )
        cats = _item_categories(row["items_distributed"], words)
        if "other" in cats:  # "non-food items" / "essential items": clothing and blankets
            cats |= {"clothing", "shelter"}
        goods = [i for c in sorted(cats) for i in items_by_cat.get(c, []) if not i.components]
        goods += [i for c in sorted(cats) for i in items_by_cat.get(c, []) if i.components]
        if goods:
            active.append((site, goods))
            for item in goods:
                catalogue.set_reorder_level(session, site, item, levels[item.code])
    session.commit()
    cards = _demo_cards(session, actor, active, rnd)

    end = today or date.today()
    start = end - timedelta(days=days)
    total_steps = days + 1
    counts = {"receipts": 0, "transfers": 0, "distributions": 0}
    by_ns: dict[str, list[tuple[Site, list[Item]]]] = defaultdict(list)
    for site, goods in active:
        by_ns[site.national_society_id].append((site, goods))

    def at(day: date, hour: int) -> datetime:
        return datetime.combine(day, time(hour, rnd.randrange(60)))

    for step in range(total_steps):
        day = start + timedelta(days=step)
        for ns_id, sites in by_ns.items():
            wh = warehouses[ns_id]
            needed = {i.code: i for _, goods in sites for i in goods}
            if step % 14 == 0:  # fortnightly delivery to the warehouse
                lines = []
                for code, item in sorted(needed.items()):
                    if item.components:
                        continue
                    qty = rnd.randrange(20, 41) * 10 * len(sites)
                    expiry = None
                    if item.expiry_tracked:
                        expiry = day + timedelta(days=rnd.randrange(120, 540))
                    lot_no = f"{wh.code[:3]}{day:%y%m%d}-{code}" if expiry else None
                    lines.append(ReceiptLine(code, qty, lot_no, expiry))
                receive(session, actor, wh.code, lines, donor_code=rnd.choice(DONORS)[0],
                        supplier="Regional logistics unit", occurred_at=at(day, 9))
                counts["receipts"] += 1
                for kit in [i for i in needed.values() if i.components]:
                    _assemble_what_fits(session, actor, wh.code, kit.code, 150 * len(sites), at(day, 10))
            if step % 7 == 1:  # weekly dispatch from the warehouse to each site
                for site, goods in sites:
                    lines = []
                    for i in goods:  # a share of what the warehouse holds, never more
                        have = sum(lot.on_hand for lot in ledger.lot_stock(session, wh.id, i.id))
                        qty = min(rnd.randrange(8, 16) * 10, have // len(sites))
                        if qty > 0:
                            lines.append(TransferLine(i.code, qty))
                    if not lines:
                        continue
                    wb = dispatch(session, actor, wh.code, site.code, lines, occurred_at=at(day, 8))
                    arrived = {lines[0].item_code: lines[0].qty - rnd.choice([0, 0, 0, 2])}
                    receive_transfer(session, actor, wb.number, arrived, occurred_at=at(day, 15))
                    counts["transfers"] += 1
            for site, goods in sites:  # daily hand-outs, never more than is on hand
                picks = rnd.sample(goods, k=min(len(goods), rnd.randrange(2, 4)))
                for item in picks[1:]:
                    have = sum(lot.on_hand for lot in ledger.lot_stock(session, site.id, item.id))
                    qty = min(rnd.randrange(5, 40), have)
                    if qty <= 0:
                        continue
                    if item.category == "water":  # to a group without cards: a head count
                        _water_for_group(session, actor, site, item, qty,
                                         at(day, rnd.randrange(10, 18)))
                        counts["distributions"] += 1
                        continue
                    drafts = ledger.issue_drafts(
                        session, MovementKind.DISTRIBUTION, site.id, item.id, qty,
                        occurred_at=at(day, rnd.randrange(10, 18)),
                    )
                    ledger.post(session, actor, drafts)
                    counts["distributions"] += 1
                # a person with a card, under the entitlement rules
                counts["distributions"] += _card_visit(
                    session, actor, site, goods, cards[site.id], rnd, at(day, rnd.randrange(10, 18)))
            session.commit()
        if progress:
            progress(step + 1, total_steps)
    counts["sites"] = len(used_codes) + len(warehouses)
    counts["items"] = sum(len(v) for v in items_by_cat.values())
    # One user per role (password users.DEMO_PASSWORD), added last so the demo's own
    # writes above are the system's.
    from .users import add_demo_users

    counts["users"] = len(add_demo_users(session, actor))
    return counts


def _assemble_what_fits(
    session: Session, actor: Actor, site_code: str, kit_code: str, count: int, when: datetime
) -> None:
    """Assemble as many of ``count`` kits as the components allow."""
    from .kits import assemble

    while count > 0:
        try:
            assemble(session, actor, site_code, kit_code, count, occurred_at=when)
            return
        except InsufficientStock:
            count //= 2


#: Demo cards per site; a share of each day's hand-outs goes through distribute().
DEMO_CARDS_PER_SITE = 20


def _demo_cards(
    session: Session, actor: Actor, active: list[tuple[Site, list[Item]]], rnd: random.Random
) -> dict[str, list[str]]:
    """The default entitlement rules, and cards with coarse household facts per site."""
    from ..store.models import Token
    from . import distribution, tokens

    distribution.seed_default_rules(session, actor)
    cards: dict[str, list[str]] = {}
    for site, _ in active:
        issued = tokens.issue_cards(session, actor, site.code, DEMO_CARDS_PER_SITE)
        cards[site.id] = [c.payload for c in issued]
        for c in issued:
            token = session.get(Token, c.token_id)
            assert token is not None
            token.household_size = rnd.choice([1, 1, 1, 2, 3, 4, 5, 6])
            token.age_band = rnd.choice(["18-59"] * 5 + ["12-17", "60+"])
            token.sex = rnd.choice("FMMX")
            if token.household_size > 2 and rnd.random() < 0.3:
                token.flags = "infant_in_household"
    session.commit()
    return cards


def _card_visit(
    session: Session, actor: Actor, site: Site, goods: list[Item], payloads: list[str],
    rnd: random.Random, when: datetime,
) -> int:
    """One person with a card: one item, through the rules. 1 if given, 0 if refused."""
    from ..domain.errors import HspError
    from .distribution import record_distribution

    item = rnd.choice(goods)
    try:
        with session.begin_nested():  # a refusal rolls back only this hand-over
            record_distribution(session, actor, site, rnd.choice(payloads), [(item.code, 1)],
                                occurred_at=when)
    except HspError:
        return 0
    return 1


def _water_for_group(
    session: Session, actor: Actor, site: Site, item: Item, qty: int, when: datetime
) -> None:
    from .distribution import record_distribution

    record_distribution(session, actor, site, None, [(item.code, qty)], head_count=qty,
                        occurred_at=when)

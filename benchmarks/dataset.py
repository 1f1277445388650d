"""The benchmark data set: a busy branch over five years, generated once and cached.

The schema comes from the real Alembic migrations (``open_database``); the rows are then
bulk-inserted with raw ``sqlite3`` in big transactions, because going through the
services would take hours. Everything the application checks is kept true, so that
``hsp-desk verify`` passes on the result:

- the ledger is simulated day by day with a stock figure per (site, item, lot): receipts
  at the warehouses, waybills to the HSPs (dispatched and received), distributions to
  cards and to groups (head counts) First-Expired-First-Out, adjustments (damaged, found,
  expired lots). Nothing is ever issued that is not on hand, and ``balances`` is written
  from the same figures;
- every distribution line matches its movement;
- every row of an audited table has its entry in the hash-chained audit trail, made with
  the functions of ``hsp_desk.store.audit`` (``row_key``, ``row_digest``, ``entry_hash``);
- tokens are made with ``hsp_desk.domain.tokens`` (Crockford ids, real signing keys), so
  their QR payloads verify.

A share of the cards (``reserved_tokens``) never received an item that has an entitlement
rule: the scan benchmark hands such items to them, so every timed scan passes the rules
and writes.

The file is cached in ``$HSP_BENCH_DIR`` (default ``/tmp/hsp-bench``) under a name that
hashes the migrations, this module and the scale, so a schema change regenerates it.
"""

from __future__ import annotations

import bisect
import csv
import hashlib
import itertools
import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from hsp_desk.domain import tokens as tk
from hsp_desk.services.demo import ISO3, _site_label, _slug, seedfacts_dir
from hsp_desk.services.distribution import DEFAULT_RULES
from hsp_desk.store import audit
from hsp_desk.store.database import open_database
from hsp_desk.store.locations import resources_dir

ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Scale:
    sites: int = 20
    items: int = 300
    movements: int = 1_000_000
    tokens: int = 200_000
    days: int = 1826  # five years
    #: Cards that never received an item under an entitlement rule (for the scan benchmark).
    reserved_tokens: int = 2_000
    #: Items each HSP hands out.
    items_per_hsp: int = 40
    seed: int = 2024

    def label(self) -> str:
        return (f"{self.sites} sites, {self.items} items, {self.movements:,} movements, "
                f"{self.tokens:,} tokens over {self.days} days")


FULL = Scale()
#: What the smoke test uses: seconds, not minutes.
TINY = Scale(sites=2, items=10, movements=2_000, tokens=200, days=90, reserved_tokens=30,
             items_per_hsp=10)


def bench_dir() -> Path:
    path = Path(os.environ.get("HSP_BENCH_DIR") or "/tmp/hsp-bench")
    path.mkdir(parents=True, exist_ok=True)
    return path


#: Bump when a change here changes the rows generated (the cache is keyed by it).
GENERATOR_VERSION = 3


def schema_fingerprint() -> str:
    """The schema the migrations create today (tables, indexes, triggers, revisions), read
    from a scratch database: edits to a migration that do not change it keep the cache."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="hsp-bench-schema-") as tmp:
        path = Path(tmp) / "schema.sqlite3"
        open_database(f"sqlite:///{path}").dispose()
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                "ORDER BY type, name").fetchall()
            heads = sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
        finally:
            conn.close()
    return hashlib.sha256(repr((rows, heads)).encode()).hexdigest()


def cache_key(scale: Scale) -> str:
    """Changes when the schema, the generator's version or the scale changes."""
    text = f"{GENERATOR_VERSION}|{scale!r}|{schema_fingerprint()}"
    return hashlib.sha256(text.encode()).hexdigest()[:12]


# ---------------------------------------------------------------------------------------
# Small helpers


_TIMES = [f"{m // 60:02d}:{m % 60:02d}" for m in range(24 * 60)]


def _ts(day: date, minutes: int, seconds: int = 0) -> str:
    """A DateTime as SQLAlchemy stores it in SQLite (and as the audit digest writes it)."""
    return f"{day.isoformat()} {_TIMES[minutes]}:{seconds:02d}.000000"


class Ids:
    """Uuids from a seeded generator, so that the data set is the same on every run: time
    ordered (version 7) from a row's time, as ``hsp_desk.domain.ledger.new_id`` makes them
    when the row is written, or random (version 4) for a household's."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self._last: tuple[str, int] = ("", 0)

    def __call__(self, at: str | None = None) -> str:
        # What str(uuid.UUID(int=...)) gives, without building the object.
        if at is None:
            b = (self.rnd.getrandbits(128) & _UUID_CLEAR) | _UUID_SET
        else:
            if self._last[0] != at:  # rows come in runs of the same minute
                when = datetime.fromisoformat(at).replace(tzinfo=UTC)
                self._last = (at, int(when.timestamp() * 1000) << 80 | _UUID7_SET)
            b = self._last[1] | self.rnd.getrandbits(62) | self.rnd.getrandbits(12) << 64
        h = f"{b:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_UUID_CLEAR = ~((0xF << 76) | (0xC << 60)) & ((1 << 128) - 1)
_UUID_SET = (4 << 76) | (0x8 << 60)
_UUID7_SET = (7 << 76) | (0b10 << 62)


TABLE_COLUMNS: dict[str, list[str]] = {}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    cols = TABLE_COLUMNS.get(table)
    if cols is None:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        TABLE_COLUMNS[table] = cols
    return cols


def _canon(value: Any) -> str:
    """``audit._canon`` for the only types the generator writes (text, int, bytes)."""
    t = type(value)
    if t is str:
        return value  # type: ignore[no-any-return]
    if t is int:
        return str(value)
    if t is bytes:
        return value.hex()  # type: ignore[no-any-return]
    return audit._canon(value)


@dataclass
class _Table:
    name: str
    cols: list[str]
    sorted_cols: list[str]
    pk: list[str]
    audited: bool
    insert: str


class Writer:
    """Buffers rows per table and their audit entries; writes them with executemany.

    Row digests are computed here with a fast path for text and integers; every 1,000th row
    (and the first 100 of each table) is checked against ``audit.row_digest`` itself, so the
    trail is exactly what the application would have written.
    """

    FLUSH_AT = 50_000

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.tables: dict[str, _Table] = {}
        self.rows: dict[str, list[tuple[Any, ...]]] = {}
        self.audit_rows: list[tuple[Any, ...]] = []
        self.pending = 0
        self.seq = 0
        self.prev = audit.GENESIS
        self.counts: dict[str, int] = {}

    def _table(self, name: str) -> _Table:
        t = self.tables.get(name)
        if t is None:
            info = list(self.conn.execute(f"PRAGMA table_info({name})"))
            cols = [r[1] for r in info]
            pk = [n for _, n in sorted((r[5], r[1]) for r in info if r[5])]
            marks = ", ".join("?" * len(cols))
            names = ", ".join(f'"{c}"' for c in cols)
            t = _Table(name, cols, sorted(cols), pk, name in audit.AUDITED_TABLES,
                       f"INSERT INTO {name} ({names}) VALUES ({marks})")
            self.tables[name] = t
            self.rows[name] = []
        return t

    def add(self, table: str, row: dict[str, Any], who: tuple[str, str], at: str) -> None:
        """One row, and its audit entry (``at`` as the canonical timestamp text)."""
        t = self._table(table)
        if len(row) != len(t.cols) and set(row) - set(t.cols):
            raise KeyError(f"{table} has no column(s) {sorted(set(row) - set(t.cols))}")
        self.rows[table].append(tuple([row.get(c) for c in t.cols]))
        n = self.counts[table] = self.counts.get(table, 0) + 1
        if t.audited:
            key = audit.row_key(table, [row[c] for c in t.pk])
            text = "\x1e".join([f"{c}\x1f{_canon(row[c])}" for c in t.sorted_cols
                                 if row.get(c) is not None])
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            if n <= 100 or n % 1000 == 0:
                assert digest == audit.row_digest(row.items()), (table, row)
            self.seq += 1
            user, device = who
            h = audit.entry_hash(self.seq, at, user, device, "insert", table, key, digest, self.prev)  # type: ignore[arg-type]
            self.audit_rows.append((self.seq, at, user, device, "insert", table, key, digest, self.prev, h))
            self.prev = h
        self.pending += 1
        if self.pending >= self.FLUSH_AT:
            self.flush()

    def flush(self) -> None:
        for table, rows in self.rows.items():
            if rows:
                self.conn.executemany(self.tables[table].insert, rows)
                rows.clear()
        if self.audit_rows:
            self.conn.executemany(
                'INSERT INTO audit_log (seq, at, "user", device, action, table_name, row_key, '
                "row_digest, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.audit_rows,
            )
            self.audit_rows.clear()
        self.pending = 0


# ---------------------------------------------------------------------------------------
# The simulation


@dataclass
class SiteInfo:
    id: str
    code: str
    ns: int
    warehouse: bool
    user: str
    device: str
    carried: list[int] = field(default_factory=list)
    cum_weights: list[float] = field(default_factory=list)
    #: Items without an entitlement rule, for the reserved cards.
    free: list[int] = field(default_factory=list)
    free_cum: list[float] = field(default_factory=list)


@dataclass
class TokenInfo:
    id: str
    key: int
    household: str
    site: int
    issued: str
    reserved: bool
    used: bool = False
    revoked_at: str | None = None
    replaces: str | None = None
    size: int | None = None
    age: str | None = None
    sex: str | None = None
    flags: str | None = None


@dataclass
class Generated:
    path: Path
    scale: Scale
    counts: dict[str, int]
    seconds: float
    cached: bool


# A lot in stock at a site: [expiry text or "" (no lot), lot id or None, qty].
Stock = list[list[Any]]


class Simulation:
    def __init__(self, conn: sqlite3.Connection, scale: Scale) -> None:
        self.conn = conn
        self.scale = scale
        self.rnd = random.Random(scale.seed)
        self.new_id = Ids(random.Random(scale.seed + 1))
        self.w = Writer(conn)
        self.sites: list[SiteInfo] = []
        self.items: list[dict[str, Any]] = []
        self.stock: dict[tuple[int, int], Stock] = {}
        self.touched: dict[tuple[int, int, str], int] = {}
        self.consumed: dict[tuple[int, int], int] = {}
        self.shipped: dict[tuple[int, int], int] = {}
        self.doc_no: dict[str, int] = {}
        self.donors: list[str] = []
        self.tokens: list[TokenInfo] = []
        self.by_site_tokens: dict[int, list[int]] = {}
        self.revoked: set[int] = set()
        self.rule_items: set[int] = set()
        self.keys: list[tuple[str, bytes]] = []
        self.system = ("system", "BENCH-GENERATOR")

    # -- catalogue --------------------------------------------------------------------

    def catalogue(self) -> None:
        s = self.scale
        start = date.today() - timedelta(days=s.days)
        at = _ts(start - timedelta(days=1), 8 * 60)
        with open(seedfacts_dir() / "sites.csv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        groups: dict[str, list[dict[str, str]]] = {}
        for r in rows:
            groups.setdefault(r["national_society"], []).append(r)
        used: set[str] = set()
        for ns_index, (ns_name, ns_rows) in enumerate(groups.items()):
            left = s.sites - len(self.sites)
            if left < 2:
                break
            country = ns_rows[0]["country"]
            iso = ISO3[country]
            ns_id = self.new_id(at)
            self.w.add("national_societies", {"id": ns_id, "code": iso, "name": ns_name,
                                              "country": country}, self.system, at)
            wh = SiteInfo(self.new_id(at), f"{iso}-WH", ns_index, True, f"logistics-{iso.lower()}",
                          f"LAPTOP-{iso}-WH")
            self.w.add("sites", {"id": wh.id, "code": wh.code, "name": f"{ns_name} central warehouse",
                                 "national_society_id": ns_id, "parent_id": None,
                                 "site_type": "warehouse", "modality": "fixed", "city": None,
                                 "active": 1}, self.system, at)
            self.sites.append(wh)
            for r in ns_rows[: min(5, left - 1)]:
                base = f"{iso}-{_slug(_site_label(r))}"
                code, n = base, 2
                while code in used:
                    code, n = f"{base}{n}", n + 1
                used.add(code)
                site = SiteInfo(self.new_id(at), code, ns_index, False, f"volunteer-{code.lower()}",
                                f"LAPTOP-{code}")
                self.w.add("sites", {"id": site.id, "code": code, "name": r["site_name"],
                                     "national_society_id": ns_id, "parent_id": wh.id,
                                     "site_type": r["site_type"], "modality": r["modality"],
                                     "city": r["city_or_area"] or None, "active": 1}, self.system, at)
                self.sites.append(site)
        if len(self.sites) < 2:
            raise ValueError("the benchmark needs at least two sites")

        with open(resources_dir() / "demo" / "catalogue.csv", encoding="utf-8") as fh:
            base_items = list(csv.DictReader(fh))
        # The items most handed out first: popularity falls with the position.
        front = ["WATER-05", "FOOD-HEB", "HYG-SOAP", "WATER-15", "HYG-TBRUSH", "HYG-TPASTE",
                 "FOOD-PARCEL", "HYG-PADS", "CLOTH-SOCKS", "BABY-DIAPER", "HYG-KIT", "SIM-CARD"]
        base_items.sort(key=lambda r: (front.index(r["code"]) if r["code"] in front else 99))
        for n in range(s.items):
            src = base_items[n % len(base_items)]
            k = n // len(base_items)
            code = src["code"] if k == 0 else f"{src['code']}-{k:02d}"
            name = src["name"] if k == 0 else f"{src['name']}, supplier {k}"
            item = {"id": self.new_id(at), "code": code, "name": name, "category": src["category"],
                    "unit": src["unit"], "barcode": None,
                    "expiry_tracked": 1 if src["expiry_tracked"] == "1" else 0,
                    # Kits and serial numbers are not simulated: plain items here.
                    "serial_tracked": 0, "is_kit": 0, "active": 1}
            self.w.add("items", item, self.system, at)
            self.items.append(item)
        for code, name, grant in (("IFRC-GRBMP", "IFRC Global Route-Based Migration Programme",
                                   "GRBMP-2025-EUR"),
                                  ("NS-OWN", "National Society own funds", None),
                                  ("IN-KIND", "Private donations in kind", None)):
            donor_id = self.new_id(at)
            self.w.add("donors", {"id": donor_id, "code": code, "name": name, "grant_ref": grant},
                       self.system, at)
            self.donors.append(donor_id)

        codes = {it["code"]: i for i, it in enumerate(self.items)}
        for code, n, days, per_member, flag in DEFAULT_RULES:
            if code in codes:
                self.rule_items.add(codes[code])
                self.w.add("entitlement_rules", {
                    "id": self.new_id(at), "item_id": self.items[codes[code]]["id"], "category": None,
                    "max_qty": n, "period_days": days, "per_member": 1 if per_member else 0,
                    "requires_flag": flag, "created_at": at, "created_by": "system"}, self.system, at)

        # What each HSP hands out: the most popular items everywhere, then a share of the rest
        # so that every item of the catalogue moves somewhere.
        hsps = [x for x in self.sites if not x.warehouse]
        core = min(s.items_per_hsp // 2, s.items)
        rest = list(range(core, s.items))
        per = max(0, s.items_per_hsp - core)
        for n, site in enumerate(hsps):
            extra = [rest[(n * per + j) % len(rest)] for j in range(per)] if rest else []
            site.carried = sorted(set(range(core)) | set(extra))
            weights = [1.0 / (rank + 1) for rank in range(len(site.carried))]
            site.cum_weights = list(itertools.accumulate(weights))
            site.free = [i for i in site.carried if i not in self.rule_items]
            site.free_cum = list(itertools.accumulate(
                1.0 / (site.carried.index(i) + 1) for i in site.free))
            for i in site.carried:
                self.w.add("reorder_levels", {"site_id": site.id, "item_id": self.items[i]["id"],
                                              "level": 20 if i < core else 5}, self.system, at)

        deployment = self.sites[0].code.split("-")[0]
        for number in (1, 2):  # the key was rotated half-way: old cards keep verifying
            key_id = tk.key_id_for(deployment, number)
            secret = tk.new_secret()
            created = _ts(start + timedelta(days=(number - 1) * s.days // 2), 7 * 60)
            self.w.add("token_keys", {"key_id": key_id, "secret": secret, "created_at": created,
                                      "active": 1}, self.system, created)
            self.keys.append((key_id, secret))

    # -- stock ------------------------------------------------------------------------

    def _add(self, site: int, item: int, lot_id: str | None, expiry: str, qty: int) -> None:
        lots = self.stock.setdefault((site, item), [])
        for entry in lots:
            if entry[1] == lot_id:
                entry[2] += qty
                break
        else:
            bisect.insort(lots, [expiry, lot_id, qty], key=lambda e: (e[0], e[1] or ""))
        key = (site, item, lot_id or "")
        self.touched[key] = self.touched.get(key, 0) + qty

    def _take(self, site: int, item: int, qty: int) -> list[tuple[str | None, str, int]]:
        """FEFO: (lot id, expiry, qty) taken, at most ``qty`` and never more than on hand."""
        picks = []
        for entry in self.stock.get((site, item), ()):
            if qty <= 0:
                break
            take = min(entry[2], qty)
            if take > 0:
                entry[2] -= take
                qty -= take
                picks.append((entry[1], entry[0], take))
                key = (site, item, entry[1] or "")
                self.touched[key] -= take
        lots = self.stock.get((site, item))
        if lots and lots[0][2] == 0:
            lots[:] = [e for e in lots if e[2] > 0]
        return picks

    def on_hand(self, site: int, item: int) -> int:
        return sum(e[2] for e in self.stock.get((site, item), ()))

    # -- writing ----------------------------------------------------------------------

    def _number(self, prefix: str, site: SiteInfo, year: int) -> str:
        stem = f"{prefix}-{site.code}-{year}-"
        n = self.doc_no.get(stem, 0) + 1
        self.doc_no[stem] = n
        return f"{stem}{n:04d}"

    def _document(self, kind: str, prefix: str, site: SiteInfo, at: str, user: str, **fields: Any) -> str:
        doc_id = self.new_id(at)
        row = {"id": doc_id, "kind": kind, "number": self._number(prefix, site, int(at[:4])),
               "site_id": site.id, "to_site_id": None, "donor_id": None, "status": "closed",
               "supplier": None, "occurred_at": at, "created_at": at, "created_by": user,
               "closed_at": None, "closed_by": None, "note": None}
        row.update(fields)
        self.w.add("documents", row, (user, site.device), at)
        return doc_id

    def _movement(self, kind: str, site: SiteInfo, item: int, lot: str | None, qty: int, at: str,
                  who: tuple[str, str], **fields: Any) -> str:
        mid = self.new_id(at)
        row = {"id": mid, "kind": kind, "site_id": site.id, "item_id": self.items[item]["id"],
               "lot_id": lot, "qty": qty, "occurred_at": at, "recorded_at": at,
               "recorded_by": who[0], "device_id": who[1], "document_id": None, "donor_id": None,
               "reason": None, "note": None, "reverses": None}
        row.update(fields)
        self.w.add("movements", row, who, at)
        self.movements += 1
        return mid

    # -- a day ------------------------------------------------------------------------

    def receipt(self, wh_index: int, day: date, items: Iterable[int], base: int) -> None:
        wh = self.sites[wh_index]
        at = _ts(day, 7 * 60)
        who = (wh.user, wh.device)
        lines = []
        for i in items:
            want = max(base, int(self.shipped.get((wh_index, i), 0) * 1.6))
            self.shipped[(wh_index, i)] = 0
            need = want - self.on_hand(wh_index, i)
            if need > 0:
                lines.append((i, need))
        if not lines:
            return
        donor = self.rnd.choice(self.donors)
        doc = self._document("grn", "GRN", wh, at, wh.user, donor_id=donor,
                             supplier="Regional logistics unit")
        for i, qty in lines:
            lot_id, expiry = None, ""
            if self.items[i]["expiry_tracked"]:
                lot_id = self.new_id(at)
                expiry = (day + timedelta(days=self.rnd.randrange(270, 720))).isoformat()
                self.w.add("lots", {"id": lot_id, "item_id": self.items[i]["id"],
                                    "lot_no": f"{wh.code}-{day:%y%m%d}", "expiry": expiry,
                                    "created_at": at}, who, at)
            self._movement("receipt", wh, i, lot_id, qty, at, who, document_id=doc, donor_id=donor)
            self._add(wh_index, i, lot_id, expiry, qty)

    def transfer(self, wh_index: int, hsp_index: int, day: date, base: int) -> None:
        wh, hsp = self.sites[wh_index], self.sites[hsp_index]
        out_at, in_at = _ts(day, 8 * 60), _ts(day, 9 * 60 + 30)
        lines = []
        for rank, i in enumerate(hsp.carried):
            want = max(base if rank < len(hsp.carried) // 2 else base // 4 + 1,
                       int(self.consumed.get((hsp_index, i), 0) * 1.5))
            self.consumed[(hsp_index, i)] = 0
            need = want - self.on_hand(hsp_index, i)
            if need > max(2, want // 5):
                lines.append((i, need))
        if not lines:
            return
        doc = self._document("waybill", "WB", wh, out_at, wh.user, to_site_id=hsp.id,
                             status="received", closed_at=in_at, closed_by=hsp.user)
        for i, need in lines:
            # What was asked for, not what the warehouse had: its next order must cover it.
            self.shipped[(wh_index, i)] = self.shipped.get((wh_index, i), 0) + need
            for lot, expiry, take in self._take(wh_index, i, need):
                self._movement("transfer_out", wh, i, lot, -take, out_at, (wh.user, wh.device),
                               document_id=doc)
                self._movement("transfer_in", hsp, i, lot, take, in_at, (hsp.user, hsp.device),
                               document_id=doc)
                self._add(hsp_index, i, lot, expiry, take)

    def adjustments(self, site_index: int, day: date) -> None:
        site = self.sites[site_index]
        who = (site.user, site.device)
        at = _ts(day, 18 * 60 + 30)
        today = day.isoformat()
        writes: list[tuple[int, str | None, int, str]] = []
        if day.day == 1:  # monthly: lots past their expiry date go out as "expired"
            for i in range(len(self.items)):
                for expiry, lot, qty in self.stock.get((site_index, i), ()):
                    if lot is not None and qty > 0 and expiry < today:
                        writes.append((i, lot, -qty, "expired"))
        if not site.warehouse and self.rnd.random() < 0.15:
            i = self.rnd.choice(site.carried)
            lots = [e for e in self.stock.get((site_index, i), ()) if e[2] > 0]
            if lots and self.rnd.random() < 0.7:
                writes.append((i, lots[0][1], -self.rnd.randrange(1, 4),
                               self.rnd.choice(["damaged", "lost"])))
            elif lots:
                writes.append((i, lots[0][1], self.rnd.randrange(1, 3), "found"))
        if not writes:
            return
        doc = self._document("adjustment", "ADJ", site, at, site.user)
        for i, lot, qty, reason in writes:
            if qty < 0:
                taken = self._take_lot(site_index, i, lot, -qty)
                if not taken:
                    continue
                qty = -taken
            else:
                expiry = next(e[0] for e in self.stock[(site_index, i)] if e[1] == lot)
                self._add(site_index, i, lot, expiry, qty)
            self._movement("adjustment", site, i, lot, qty, at, who, document_id=doc, reason=reason)

    def _take_lot(self, site: int, item: int, lot: str | None, qty: int) -> int:
        for entry in self.stock.get((site, item), ()):
            if entry[1] == lot:
                take = min(entry[2], qty)
                entry[2] -= take
                self.touched[(site, item, lot or "")] -= take
                return take
        return 0

    def issue_tokens(self, site_index: int, day: date, n: int) -> None:
        s = self.scale
        pool = self.by_site_tokens.setdefault(site_index, [])
        for _ in range(n):
            idx = len(self.tokens)
            reserved = idx % max(1, s.tokens // max(1, s.reserved_tokens)) == 0
            key = 0 if day < date.today() - timedelta(days=s.days // 2) else 1
            info = TokenInfo(tk.encode(self.rnd.getrandbits(tk.ID_BITS), tk.ID_LENGTH), key,
                             self.new_id(), site_index, _ts(day, 9 * 60 + self.rnd.randrange(480)),
                             reserved)
            info.size = self.rnd.choice([1, 1, 1, 2, 3, 4, 5, 6, None])
            info.age = self.rnd.choice(["18-59"] * 5 + ["12-17", "60+", None])
            info.sex = self.rnd.choice(["F", "M", "M", "X", None])
            if info.size and info.size > 2 and self.rnd.random() < 0.2:
                info.flags = "infant_in_household"
            # About 2% of new cards replace a lost one: same household, the old one revoked.
            if pool and not reserved and self.rnd.random() < 0.02:
                old_idx = self.rnd.choice(pool)
                old = self.tokens[old_idx]
                if not old.reserved and old_idx not in self.revoked and old.replaces is None:
                    self.revoked.add(old_idx)
                    old.revoked_at = info.issued
                    info.household, info.replaces = old.household, old.id
                    info.size, info.age, info.sex, info.flags = old.size, old.age, old.sex, old.flags
                    info.used = True
            self.tokens.append(info)
            pool.append(idx)

    def pick_token(self, site_index: int, today_from: int) -> int | None:
        pool = self.by_site_tokens.get(site_index)
        if not pool:
            return None
        for _ in range(4):
            r = self.rnd.random()
            if r < 0.3 and today_from < len(pool):
                idx = pool[self.rnd.randrange(today_from, len(pool))]
            elif r < 0.75:
                idx = pool[self.rnd.randrange(max(0, len(pool) - 200), len(pool))]
            else:
                idx = pool[self.rnd.randrange(len(pool))]
            if idx not in self.revoked:
                return idx
        return None

    def visit(self, site_index: int, day: date, today_from: int) -> None:
        site = self.sites[site_index]
        who = (site.user, site.device)
        rnd = self.rnd
        at = _ts(day, 10 * 60 + rnd.randrange(480), rnd.randrange(60))
        token: TokenInfo | None = None
        head_count = None
        if rnd.random() < 0.15:  # a group without cards: water or food, one per person
            head_count = rnd.randrange(3, 41)
            wanted = [(site.carried[rnd.randrange(min(2, len(site.carried)))], head_count)]
        else:
            t = self.pick_token(site_index, today_from)
            if t is None:
                return
            token = self.tokens[t]
            items, cum = (site.free, site.free_cum) if token.reserved else (site.carried, site.cum_weights)
            if not items:
                return
            chosen = set(rnd.choices(items, cum_weights=cum, k=rnd.choice([1, 1, 2, 2, 3])))
            wanted = [(i, rnd.choice([1, 1, 1, 2])) for i in chosen]
        picks = []
        for i, qty in wanted:
            # Demand, also when the shelf is empty: the next waybill must cover it.
            self.consumed[(site_index, i)] = self.consumed.get((site_index, i), 0) + qty
            for lot, _, take in self._take(site_index, i, qty):
                picks.append((i, lot, take))
        if not picks:
            return
        dist_id = self.new_id(at)
        lines = []
        for i, lot, take in picks:
            mid = self._movement("distribution", site, i, lot, -take, at, who)
            lines.append({"movement_id": mid, "distribution_id": dist_id,
                          "item_id": self.items[i]["id"], "qty": take})
        if token is not None:
            token.used = True
        self.w.add("distributions", {
            "id": dist_id, "site_id": site.id, "token_id": token.id if token else None,
            "household_id": token.household if token else None, "head_count": head_count,
            "occurred_at": at, "recorded_at": at, "recorded_by": site.user,
            "device_id": site.device, "override_reason": None, "override_by": None,
            "reverses": None}, who, at)
        for line in lines:
            self.w.add("distribution_lines", line, who, at)

    # -- the whole run ----------------------------------------------------------------

    def run(self, progress: Callable[[str], None] | None = None) -> dict[str, int]:
        s = self.scale
        self.movements = 0
        self.catalogue()
        start = date.today() - timedelta(days=s.days)
        hsp_idx = [n for n, x in enumerate(self.sites) if not x.warehouse]
        wh_of = {n: next(m for m, w in enumerate(self.sites) if w.warehouse and w.ns == x.ns)
                 for n, x in enumerate(self.sites)}
        ns_items: dict[int, set[int]] = {}
        for n in hsp_idx:
            ns_items.setdefault(wh_of[n], set()).update(self.sites[n].carried)
        tokens_left = s.tokens
        for d in range(s.days):
            day = start + timedelta(days=d)
            budget_today = (s.movements - self.movements) // (s.days - d)
            before = self.movements
            for wh, items in ns_items.items():
                if d == 0 or (d + wh) % 28 == 0:  # day 0: the opening stock
                    self.receipt(wh, day, sorted(items), base=400 * len(hsp_idx))
            for n in hsp_idx:
                if d == 0 or (d + n) % 14 == 0:
                    self.transfer(wh_of[n], n, day, base=60)
            for n in range(len(self.sites)):
                self.adjustments(n, day)
            issued_today = tokens_left // (s.days - d)
            tokens_left -= issued_today
            firsts = {}
            for k, n in enumerate(hsp_idx):
                share = issued_today // len(hsp_idx) + (1 if k < issued_today % len(hsp_idx) else 0)
                firsts[n] = len(self.by_site_tokens.get(n, []))
                self.issue_tokens(n, day, share)
            target = before + max(budget_today, 0)
            guard = 0
            while self.movements < target and guard < 3 * max(1, budget_today):
                n = hsp_idx[guard % len(hsp_idx)]
                self.visit(n, day, firsts[n])
                guard += 1
            if progress and d % 100 == 0:
                progress(f"day {d}/{s.days}: {self.movements:,} movements")
        if tokens_left:
            self.issue_tokens(hsp_idx[0], start + timedelta(days=s.days - 1), tokens_left)
        self.write_tokens()
        self.write_balances()
        self.w.flush()
        return dict(self.w.counts)

    def write_tokens(self) -> None:
        for t in self.tokens:
            site = self.sites[t.site]
            status = "revoked" if t.revoked_at else ("active" if t.used else "issued")
            self.w.add("tokens", {
                "id": t.id, "key_id": self.keys[t.key][0], "household_id": t.household,
                "status": status, "issued_at": t.issued, "site_id": site.id,
                "household_size": t.size, "age_band": t.age, "sex": t.sex, "flags": t.flags,
                "replaces": t.replaces, "revoked_at": t.revoked_at}, (site.user, site.device), t.issued)

    def write_balances(self) -> None:
        # balances are not audited (a cache verify recomputes); written straight.
        rows = [(self.sites[s].id, self.items[i]["id"], lot, qty)
                for (s, i, lot), qty in self.touched.items()]
        self.w.flush()
        self.conn.executemany("INSERT INTO balances (site_id, item_id, lot_key, qty) VALUES (?, ?, ?, ?)",
                              rows)
        self.w.counts["balances"] = len(rows)


def generate(path: Path, scale: Scale, progress: Callable[[str], None] | None = None) -> dict[str, int]:
    """Create the schema with the migrations at ``path`` (a new file) and fill it."""
    if path.exists():
        raise FileExistsError(path)
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # Only while generating: the file is thrown away if this crashes.
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -1000000")
        conn.execute("PRAGMA foreign_keys = OFF")  # tokens are written after their distributions
        conn.execute("BEGIN")
        # Rows go in day by day with every index in place, as the application writes them:
        # indexes built once at the end would be packed full, and then nearly every new
        # row with a random key (a uuid) splits a leaf, which a database that grew by use
        # (leaves about 70% full) rarely does.
        sim = Simulation(conn, scale)
        counts = sim.run(progress)
        conn.execute("COMMIT")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return counts


def foreign_key_problems(path: Path) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()


def ensure_dataset(scale: Scale = FULL, *, folder: Path | None = None,
                   progress: Callable[[str], None] | None = None) -> Generated:
    """The cached data set for ``scale``, generated first if missing."""
    folder = folder or bench_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"hsp-bench-{cache_key(scale)}.sqlite3"
    counts_file = path.with_suffix(".counts")
    if path.exists() and counts_file.exists():
        counts = {k: int(v) for k, v in (ln.split("=") for ln in counts_file.read_text().split())}
        seconds = counts.pop("_generation_seconds", 0)
        return Generated(path, scale, counts, float(seconds), True)
    part = path.with_name(path.name + ".part")
    for stale in (part, part.with_name(part.name + "-wal"), part.with_name(part.name + "-shm")):
        stale.unlink(missing_ok=True)
    t0 = time.perf_counter()
    counts = generate(part, scale, progress)
    seconds = time.perf_counter() - t0
    part.replace(path)
    counts_file.write_text("\n".join(f"{k}={v}" for k, v in sorted(counts.items()))
                           + f"\n_generation_seconds={round(seconds)}")
    return Generated(path, scale, counts, seconds, False)

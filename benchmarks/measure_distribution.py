"""Scan to recorded distribution: a real card payload through the real service.

Each timed scan opens a session and calls ``services.distribution.distribute`` with the
QR payload of a different card (parse, check the mac, lock the token, load the rules and
the household's history, FEFO, write movements, balances, the distribution, its lines and
their audit entries, commit with ``synchronous=FULL``). The cards are ones whose household
never received an item under a rule, and the scan asks for such an item, so every scan
passes the rules and writes.

Baseline: raw sqlite3 on the same file, ``BEGIN IMMEDIATE; INSERT movement; UPDATE
balance; COMMIT`` with the same pragmas: the least any recorded hand-out costs.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime, timedelta

from hsp_desk.domain import tokens as tk
from hsp_desk.domain.ledger import new_id
from hsp_desk.services.distribution import distribute
from hsp_desk.services.receiving import ReceiptLine, receive

from .context import LOGISTICS, VOLUNTEER, Bench, copy_database
from .results import Result, median, percentile

WARMUP = 10


def _cards(bench: Bench, n: int) -> list[str]:
    """Payloads of ``n`` usable cards whose household never received a rule's item."""
    conn = sqlite3.connect(bench.work)
    try:
        keys = dict(conn.execute("SELECT key_id, secret FROM token_keys WHERE active = 1"))
        rows = conn.execute(
            """
            SELECT t.id, t.key_id FROM tokens t
            WHERE t.status <> 'revoked' AND NOT EXISTS (
                SELECT 1 FROM distributions d
                JOIN distribution_lines l ON l.distribution_id = d.id
                JOIN entitlement_rules r ON r.item_id = l.item_id
                WHERE d.household_id = t.household_id)
            ORDER BY t.issued_at DESC LIMIT ?
            """, (n,)).fetchall()
    finally:
        conn.close()
    return [tk.payload(keys[key_id], key_id, token_id) for token_id, key_id in rows]


def _items(bench: Bench, site: str) -> tuple[str, str]:
    """A rule-governed item and the site's most handed-out free item."""
    conn = sqlite3.connect(bench.work)
    try:
        rule_item = conn.execute(
            "SELECT i.code FROM entitlement_rules r JOIN items i ON i.id = r.item_id "
            "WHERE r.requires_flag IS NULL ORDER BY r.per_member, r.period_days LIMIT 1"
        ).fetchone()[0]
        free = conn.execute(
            "SELECT i.code FROM movements m JOIN items i ON i.id = m.item_id "
            "JOIN sites s ON s.id = m.site_id WHERE s.code = ? AND m.kind = 'distribution' "
            "AND i.id NOT IN (SELECT item_id FROM entitlement_rules WHERE item_id IS NOT NULL) "
            "GROUP BY i.code ORDER BY count(*) DESC LIMIT 1", (site,)).fetchone()[0]
    finally:
        conn.close()
    return str(rule_item), str(free)


def measure(bench: Bench, scans: int = 200) -> list[Result]:
    copy_database(bench.data.path, bench.work)
    site = bench.busiest_hsp()
    rule_item, free_item = _items(bench, site)
    cards = _cards(bench, scans + WARMUP)
    if len(cards) < scans + WARMUP:
        raise RuntimeError(f"only {len(cards)} cards fit the scan benchmark")
    db = bench.open(bench.work_url)
    # Set-up, not timed: a delivery so that the site cannot run out during the run.
    expiry = date.today() + timedelta(days=365)
    with db.session() as s:
        receive(s, LOGISTICS, site, [ReceiptLine(code, scans * 2 + 50, f"BENCH-{code}", expiry)
                                     if bench.scalar("SELECT expiry_tracked FROM items WHERE code = ?", code)
                                     else ReceiptLine(code, scans * 2 + 50)
                                     for code in (rule_item, free_item)],
                occurred_at=datetime.now())
    lines = [(rule_item, 1), (free_item, 1)]
    times = []
    for n, card in enumerate(cards):
        t0 = time.perf_counter()
        with db.session() as s:
            distribute(s, VOLUNTEER, site, card, lines)
        dt = time.perf_counter() - t0
        if n >= WARMUP:
            times.append(dt)
    med, p99 = median(times), percentile(times, 99)

    # Baseline on the same file: one movement and its balance, committed.
    conn = bench.raw(bench.work)
    site_id, item_id = conn.execute(
        "SELECT b.site_id, b.item_id FROM balances b JOIN sites s ON s.id = b.site_id "
        "JOIN items i ON i.id = b.item_id WHERE s.code = ? AND i.code = ? AND b.qty > ? "
        "ORDER BY b.qty DESC LIMIT 1", (site, free_item, scans)).fetchone()
    lot = conn.execute("SELECT lot_key FROM balances WHERE site_id = ? AND item_id = ? "
                       "ORDER BY qty DESC LIMIT 1", (site_id, item_id)).fetchone()[0]
    raw = []
    for _ in range(scans):
        now = datetime.now().isoformat(" ", "microseconds")
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO movements (id, kind, site_id, item_id, lot_id, qty, occurred_at, "
            "recorded_at, recorded_by, device_id) VALUES (?, 'distribution', ?, ?, ?, -1, ?, ?, "
            "'raw', 'raw')", (new_id(), site_id, item_id, lot or None, now, now))
        conn.execute("UPDATE balances SET qty = qty - 1 WHERE site_id = ? AND item_id = ? "
                     "AND lot_key = ? AND qty >= 1", (site_id, item_id, lot))
        conn.execute("COMMIT")
        raw.append(time.perf_counter() - t0)
    conn.close()
    bench.close()
    return [Result(
        "Scan to recorded distribution", med, 0.005,
        figure=f"median {med * 1000:.1f} ms, p99 {p99 * 1000:.1f} ms ({scans} scans)",
        baseline=median(raw), baseline_what="median INSERT+UPDATE+COMMIT",
        also=(("p99", p99, 0.020),),
        note=f"{scans} different cards at {site}, 1 {rule_item} (ruled) + 1 {free_item} each, "
             "through distribute() with a fresh session per scan; commit with synchronous=FULL.",
    )]

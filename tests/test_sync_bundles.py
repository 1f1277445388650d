"""Offline sync: two SQLite laptops and a branch database exchange sealed bundle files.

The branch seeds the catalogue, rules, card key and cards (as a bundle); the laptops work
offline and send bundles back; the branch imports them twice and out of order. The
branch's stock report equals the sum of the laptops' and verify passes on the branch.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hsp_desk.domain import bundle_format as bf
from hsp_desk.domain.errors import NotFound
from hsp_desk.domain.ledger import utcnow
from hsp_desk.reports.common import Period
from hsp_desk.reports.stock_report import stock_report
from hsp_desk.services import distribution as ds
from hsp_desk.services import sync_bundles as sb
from hsp_desk.services import tokens as ts
from hsp_desk.services.context import Actor
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.transfers import TransferLine, dispatch
from hsp_desk.services.verify import verify
from hsp_desk.store.database import Database, open_database
from hsp_desk.store.models import AuditEntry, Balance, Item, Movement, Site, SyncHeld, Token

from .conftest import new_pg_database
from .factories import seed_world

PASS = "correct horse battery staple"
BRANCH = Actor("boss", "dev-branch")
LAPTOP_A = Actor("ana", "dev-laptop-a", role="logistics_officer")
LAPTOP_B = Actor("bo", "dev-laptop-b", role="logistics_officer")


def _db(tmp_path: Path, name: str) -> Database:
    return open_database(f"sqlite:///{tmp_path / name}.sqlite3")


def _stock(db: Database) -> Counter[tuple[str, str]]:
    with db.session() as s:
        rows = s.execute(select(Site.code, Item.code, func.sum(Balance.qty))
                         .join(Site, Site.id == Balance.site_id).join(Item, Item.id == Balance.item_id)
                         .group_by(Site.code, Item.code)).all()
    return Counter({(site, item): int(q) for site, item, q in rows if q})


def _report_closing(db: Database) -> Counter[tuple[str, str]]:
    today = utcnow().date()
    with db.session() as s:
        rep = stock_report(s, None, Period(today - timedelta(days=30), today))
    return Counter({(ln.site_code, ln.item_code): ln.closing for ln in rep.lines if ln.closing})


def _counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) or 0
                for m in (Movement, Token, AuditEntry, Balance, SyncHeld)}


@pytest.fixture
def branch_setup(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Branch seeded and its first bundle imported on both laptops."""
    branch, a, b = _db(tmp_path, "branch"), _db(tmp_path, "laptop-a"), _db(tmp_path, "laptop-b")
    with branch.session() as s:
        seed_world(s)
        ds.set_rule(s, BRANCH, "HYG-KIT", 1, 14)
        ts.rotate_key(s, BRANCH, "MNE")
        cards = ts.issue_cards(s, BRANCH, "MNE-ROZAJE", 4)
        sb.create_key(s, BRANCH, "MNE-PODGORICA")
        sb.export_key(s, BRANCH, tmp_path / "branch.hspkey", PASS)
        first = sb.export_bundle(s, BRANCH, tmp_path / "branch-1.hspsync")
    assert first.counts["items"] == 6 and first.counts["tokens"] == 4
    for db, actor in ((a, LAPTOP_A), (b, LAPTOP_B)):
        with db.session() as s:
            sb.import_key(s, actor, tmp_path / "branch.hspkey", PASS)
            r = sb.import_bundle(s, actor, tmp_path / "branch-1.hspsync")
            assert r.status == "imported" and r.new_rows["sites"] == 3
            assert verify(s) == []
    yield branch, a, b, cards, tmp_path
    for db in (branch, a, b):
        db.dispose()


def test_two_laptops_and_a_branch_exchange_bundles(branch_setup) -> None:  # type: ignore[no-untyped-def]
    branch, a, b, cards, tmp = branch_setup
    # Laptop A at the HSP: a delivery, hand-outs, then a second bundle with more.
    with a.session() as s:
        receive(s, LAPTOP_A, "MNE-ROZAJE", [ReceiptLine("WATER-05", 200), ReceiptLine("HYG-KIT", 20),
                                            ReceiptLine("BABY-CEREAL", 12, "L1", date(2027, 1, 1))],
                donor_code="IFRC-GRBMP")
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1), ("WATER-05", 2)])
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", None, [("WATER-05", 30)], head_count=30)
        a1 = sb.export_bundle(s, LAPTOP_A, tmp / "a-1.hspsync")
        dispatch(s, LAPTOP_A, "MNE-ROZAJE", "MNE-MOBILE", [TransferLine("WATER-05", 100)])
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", cards[1].typed_code, [("BABY-CEREAL", 2)])
        ts.revoke_card(s, LAPTOP_A, cards[3].typed_code)
        a2 = sb.export_bundle(s, LAPTOP_A, tmp / "a-2.hspsync")
        again = sb.export_bundle(s, LAPTOP_A, tmp / "a-3.hspsync")
    assert (a1.seq, a2.seq) == (1, 2)
    assert a2.counts["movements"] == 2  # only what was recorded since bundle 1 (+ refs)
    assert again.nothing_new and not (tmp / "a-3.hspsync").exists()

    # Laptop B, offline at the same HSP: the same card gets a hygiene kit there too.
    with b.session() as s:
        receive(s, LAPTOP_B, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 5), ReceiptLine("WATER-05", 50)])
        receive(s, LAPTOP_B, "MNE-MOBILE", [ReceiptLine("HYG-SOAP", 40)])
        ds.distribute(s, LAPTOP_B, "MNE-ROZAJE", cards[0].typed_code, [("HYG-KIT", 1)])
        b1 = sb.export_bundle(s, LAPTOP_B, tmp / "b-1.hspsync")
    assert b1.seq == 1

    with branch.session() as s:
        # Bundle 2 of A first: it dispatches water that bundle 1 received, so it is held.
        r = sb.import_bundle(s, BRANCH, tmp / "a-2.hspsync")
        assert r.status == "held" and r.missing_before == [1]
    assert _counts(branch)["movements"] == 0 and _counts(branch)["sync_held"] == 1
    with branch.session() as s:
        r = sb.import_bundle(s, BRANCH, tmp / "b-1.hspsync")
        assert r.status == "imported" and r.violations == []  # B alone broke no rule
        assert [x.seq for x in r.released] == []  # A's bundle 1 is still missing
        r = sb.import_bundle(s, BRANCH, tmp / "a-1.hspsync")
        assert r.status == "imported" and r.new_movements == 6
        # Both GRNs were numbered ...-0001 on their laptop: the second one gets a suffix.
        assert len(r.renumbered) == 1 and r.renumbered[0][1].startswith(r.renumbered[0][0] + "-")
        # The card was served a hygiene kit on both laptops within 14 days.
        (v,) = r.violations
        assert (v.received, v.allowed) == (2, 1)
        assert v.devices == ("dev-laptop-a", "dev-laptop-b") and v.sites == ("MNE-ROZAJE",)
        assert len(v.household) == 8 and cards[0].token_id not in str(v)
        # ... and the held bundle 2 followed by itself.
        assert [x.seq for x in r.released] == [2]
        assert r.released[0].new_movements == 2
        assert s.scalar(select(func.count()).select_from(SyncHeld)) == 0
    before = _counts(branch)
    with branch.session() as s:  # twice, in any order: nothing changes
        for name in ("a-1", "a-2", "b-1", "a-1"):
            r = sb.import_bundle(s, BRANCH, tmp / f"{name}.hspsync")
            assert r.status == "already" and r.imported_at is not None
    assert _counts(branch) == before

    # The branch holds exactly the laptops' stock, per site and item.
    laptops = _stock(a) + _stock(b)
    assert _stock(branch) == laptops
    assert _report_closing(branch) == _report_closing(a) + _report_closing(b) == laptops
    assert laptops[("MNE-MOBILE", "WATER-05")] == 0  # in transit on the waybill
    with branch.session() as s:
        assert verify(s) == []
        # The revocation made on A travelled.
        assert s.get(Token, cards[3].token_id).status == "revoked"  # type: ignore[union-attr]


def test_bundle_to_the_branch_and_back_does_not_count_twice(branch_setup) -> None:  # type: ignore[no-untyped-def]
    branch, a, _b, _cards, tmp = branch_setup
    with a.session() as s:
        receive(s, LAPTOP_A, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
        sb.export_bundle(s, LAPTOP_A, tmp / "a-1.hspsync")
    with branch.session() as s:
        sb.import_bundle(s, BRANCH, tmp / "a-1.hspsync")
        sb.import_bundle(s, BRANCH, tmp / "a-1.hspsync")
        back = sb.export_bundle(s, BRANCH, tmp / "branch-2.hspsync")
    # The branch relays catalogue and cards, never another laptop's movements.
    assert "movements" not in back.counts
    with a.session() as s:
        r = sb.import_bundle(s, LAPTOP_A, tmp / "branch-2.hspsync")
        assert r.status == "imported" and r.new_movements == 0
        assert verify(s) == []
    assert _stock(a) == _stock(branch) == Counter({("MNE-ROZAJE", "WATER-05"): 10})


def test_stock_conflict_is_refused_with_what_to_do(branch_setup) -> None:  # type: ignore[no-untyped-def]
    """Two laptops each record hand-outs of stock the other received: once both bundles
    are in, nothing is missing; but a bundle whose stock never arrived is refused."""
    branch, a, _b, _cards, tmp = branch_setup
    with a.session() as s:
        # Stock found on the shelf at A and handed out; A's first bundle went missing
        # (exported, then lost), so the branch never heard of the stock.
        receive(s, LAPTOP_A, "MNE-ROZAJE", [ReceiptLine("HYG-SOAP", 10)])
        sb.export_bundle(s, LAPTOP_A, tmp / "lost.hspsync")
        (tmp / "lost.hspsync").unlink()
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", None, [("HYG-SOAP", 8)], head_count=8)
        sb.export_bundle(s, LAPTOP_A, tmp / "a-2.hspsync")
    with branch.session() as s:  # bundle 1 missing: held, waiting for it
        r = sb.import_bundle(s, BRANCH, tmp / "a-2.hspsync")
        assert r.status == "held" and r.missing_before == [1]
    # The laptop re-exports everything as a new bundle: that one fits and releases bundle 2.
    with a.session() as s:
        sb.export_bundle(s, LAPTOP_A, tmp / "a-all.hspsync", everything=True)
    with branch.session() as s:
        r = sb.import_bundle(s, BRANCH, tmp / "a-all.hspsync")
        assert r.status == "imported"
        assert [x.status for x in r.released] == ["imported"]
        assert verify(s) == []
    assert _stock(branch) == _stock(a)

    # A genuine shortfall with nothing missing: refused, listed, nothing written.
    with a.session() as s:
        receive(s, LAPTOP_A, "MNE-WH", [ReceiptLine("HYG-TBRUSH", 5)])
        sb.export_bundle(s, LAPTOP_A, tmp / "a-4.hspsync")
    with branch.session() as s:
        sb.import_bundle(s, BRANCH, tmp / "a-4.hspsync")
    with a.session() as s:
        dispatch(s, LAPTOP_A, "MNE-WH", "MNE-ROZAJE", [TransferLine("HYG-TBRUSH", 5)])
        sb.export_bundle(s, LAPTOP_A, tmp / "a-5.hspsync")
    with branch.session() as s:  # meanwhile the branch moved those toothbrushes away
        dispatch(s, BRANCH, "MNE-WH", "MNE-MOBILE", [TransferLine("HYG-TBRUSH", 3)])
    before = _counts(branch)
    with branch.session() as s, pytest.raises(sb.StockConflict) as err:
        sb.import_bundle(s, BRANCH, tmp / "a-5.hspsync")
    (short,) = err.value.shortfalls
    assert (short.site, short.item, short.on_hand, short.change) == ("MNE-WH", "HYG-TBRUSH", 2, -5)
    assert "Nothing was imported" in str(err.value) and "receipt" in str(err.value)
    assert _counts(branch) == before
    # The officer records the missing stock, then the bundle goes in.
    with branch.session() as s:
        receive(s, BRANCH, "MNE-WH", [ReceiptLine("HYG-TBRUSH", 3)])
        assert sb.import_bundle(s, BRANCH, tmp / "a-5.hspsync").status == "imported"
        assert verify(s) == []


def test_tampered_foreign_and_non_bundles_are_refused(branch_setup) -> None:  # type: ignore[no-untyped-def]
    branch, a, _b, _cards, tmp = branch_setup
    with a.session() as s:
        receive(s, LAPTOP_A, "MNE-ROZAJE", [ReceiptLine("WATER-05", 10)])
        sb.export_bundle(s, LAPTOP_A, tmp / "a-1.hspsync")
    good = (tmp / "a-1.hspsync").read_bytes()
    before = _counts(branch)

    def refused(data: bytes, reason: str) -> str:
        with branch.session() as s, pytest.raises(bf.BundleRejected) as err:
            sb.import_bundle(s, BRANCH, data)
        assert err.value.reason == reason, str(err.value)
        assert _counts(branch) == before
        return str(err.value)

    for pos in (20, len(good) // 2, len(good) - 1):  # header, body, tag
        bad = bytearray(good)
        bad[pos] ^= 0x01
        text = refused(bytes(bad), "tampered" if pos != 20 else refused_reason(bytes(bad)))
        assert "Nothing was imported" in text
    assert "changed after it was written" in refused(good[:-1], "tampered")

    # Sealed with another branch's key (same key id forged, or an unknown one).
    other = tmp / "other"
    other.mkdir()
    foreign_db = _db(other, "foreign")
    with foreign_db.session() as s:
        seed_world(s)
        sb.create_key(s, BRANCH, "ALB-TIRANA")
        sb.export_bundle(s, BRANCH, other / "f.hspsync")
    foreign_db.dispose()
    assert "another branch" in refused((other / "f.hspsync").read_bytes(), "foreign")
    header, _start = bf.read_header(good)
    forged = bf.seal_bundle(header, {"tables": {}}, b"\x07" * 32)  # right key id, wrong key
    assert "another branch" in refused(forged, "tampered")

    assert "not an HSP Desk sync bundle" in refused(b"PK\x03\x04 a zip file", "format")
    assert "format 2" in refused(bf.MAGIC[:-1] + b"\x02" + good[len(bf.MAGIC):], "version")
    with branch.session() as s:
        assert sb.import_bundle(s, BRANCH, good).status == "imported"


def refused_reason(data: bytes) -> str:
    """A flipped header byte is either an unreadable header or fails authentication."""
    try:
        bf.read_header(data)
    except bf.BundleRejected as exc:
        return exc.reason
    return "tampered"


def test_a_volunteer_may_not_import(branch_setup) -> None:  # type: ignore[no-untyped-def]
    branch, _a, _b, _cards, tmp = branch_setup
    with branch.session() as s, pytest.raises(NotAllowed):
        sb.import_bundle(s, Actor("vera", "dev-v", role="volunteer"), tmp / "branch-1.hspsync")


def test_key_file_needs_the_passphrase(tmp_path: Path, sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        key = sb.create_key(s, BRANCH, "mne-branch")
        assert key.branch == "MNE-BRANCH" and len(key.secret) == 32
        sb.export_key(s, BRANCH, tmp_path / "k.hspkey", PASS)
    text = (tmp_path / "k.hspkey").read_text()
    assert key.secret.hex() not in text
    with sqlite_db.session() as s:
        with pytest.raises(Exception, match="passphrase is wrong"):
            sb.import_key(s, BRANCH, tmp_path / "k.hspkey", "not the passphrase")
        same, new = sb.import_key(s, BRANCH, tmp_path / "k.hspkey", PASS)
        assert not new and same.key_id == key.key_id
    with pytest.raises(Exception, match="at least 10"):
        bf.seal_key("BK-1", "X", b"\x00" * 32, "short")


def test_card_status_merges_last_writer_wins_and_revocation_wins(branch_setup) -> None:  # type: ignore[no-untyped-def]
    branch, a, b, cards, tmp = branch_setup
    with a.session() as s:
        ts.set_profile(s, LAPTOP_A, cards[2].typed_code, household_size=3)
        sb.export_bundle(s, LAPTOP_A, tmp / "a-1.hspsync")
    with b.session() as s:
        ts.revoke_card(s, LAPTOP_B, cards[2].typed_code)
        sb.export_bundle(s, LAPTOP_B, tmp / "b-1.hspsync")
    with a.session() as s:  # a later change on A: household size 4
        ts.set_profile(s, LAPTOP_A, cards[2].typed_code, household_size=4)
        sb.export_bundle(s, LAPTOP_A, tmp / "a-2.hspsync")
    with branch.session() as s:
        for name in ("a-2", "b-1", "a-1"):  # out of order: the older a-1 must not win
            assert sb.import_bundle(s, BRANCH, tmp / f"{name}.hspsync").status == "imported"
        token = s.get(Token, cards[2].token_id)
        assert token is not None and token.status == "revoked" and token.household_size == 4
        assert verify(s) == []


@pytest.mark.postgres
def test_branch_on_postgresql_imports_sqlite_laptops(branch_setup, pg_server) -> None:  # type: ignore[no-untyped-def]
    _branch, a, b, cards, tmp = branch_setup
    pg = open_database(new_pg_database(pg_server))
    with pg.session() as s:
        sb.import_key(s, BRANCH, tmp / "branch.hspkey", PASS)
        assert sb.import_bundle(s, BRANCH, tmp / "branch-1.hspsync").status == "imported"
    with a.session() as s:
        receive(s, LAPTOP_A, "MNE-ROZAJE", [ReceiptLine("WATER-05", 20), ReceiptLine("HYG-KIT", 2)])
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)])
        sb.export_bundle(s, LAPTOP_A, tmp / "a-1.hspsync")
    with b.session() as s:
        receive(s, LAPTOP_B, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 2)])
        ds.distribute(s, LAPTOP_B, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)])
        sb.export_bundle(s, LAPTOP_B, tmp / "b-1.hspsync")
    with pg.session() as s:
        assert sb.import_bundle(s, BRANCH, tmp / "b-1.hspsync").violations == []
        assert len(sb.import_bundle(s, BRANCH, tmp / "a-1.hspsync").violations) == 1
        assert sb.import_bundle(s, BRANCH, tmp / "a-1.hspsync").status == "already"
        assert verify(s) == []
    assert _stock(pg) == _stock(a) + _stock(b)
    pg.dispose()


def test_a_removed_rule_and_reorder_level_travel_to_the_laptops(branch_setup) -> None:  # type: ignore[no-untyped-def]
    """A rule or reorder level removed at the branch is removed on the laptops too (it is
    retired, a change like any other, not deleted); set again, it applies again."""
    from hsp_desk.services.catalogue_admin import reorder_rows, rule_rows
    from hsp_desk.services.forecast import set_reorder_level

    branch, a, _b, cards, tmp = branch_setup

    def rules(db: Database) -> list[str]:
        with db.session() as s:
            return [r.target for r in rule_rows(s)]

    def water_level(db: Database) -> int | None:
        with db.session() as s:
            return next(r.level for r in reorder_rows(s, "MNE-ROZAJE") if r.item_code == "WATER-05")

    def send(name: str) -> None:
        with branch.session() as s:
            sb.export_bundle(s, BRANCH, tmp / name)
        with a.session() as s:
            assert sb.import_bundle(s, LAPTOP_A, tmp / name).status == "imported"

    with branch.session() as s:
        set_reorder_level(s, BRANCH, "MNE-ROZAJE", "WATER-05", 40)
    send("branch-2.hspsync")
    assert rules(a) == ["HYG-KIT"] and water_level(a) == 40

    with branch.session() as s:
        ds.delete_rule(s, BRANCH, "HYG-KIT")
        set_reorder_level(s, BRANCH, "MNE-ROZAJE", "WATER-05", None)
        with pytest.raises(NotFound):  # removed once; not twice
            ds.delete_rule(s, BRANCH, "HYG-KIT")
    assert rules(branch) == [] and water_level(branch) is None
    send("branch-3.hspsync")
    assert rules(a) == [] and water_level(a) is None
    with a.session() as s:  # no rule on the laptop any more: a second kit is given
        receive(s, LAPTOP_A, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 5)])
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)])
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)])
        assert verify(s) == []

    with branch.session() as s:
        ds.set_rule(s, BRANCH, "HYG-KIT", 1, 30)
    send("branch-4.hspsync")
    assert rules(a) == ["HYG-KIT"]
    with a.session() as s, pytest.raises(ds.EntitlementRefused):
        ds.distribute(s, LAPTOP_A, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)])


def test_handovers_and_their_counts_reach_the_branch(branch_setup) -> None:  # type: ignore[no-untyped-def]
    """Two laptops at one HSP each hand a shift over with a count (a lot counted on
    both): the branch gets both handovers, the second under a suffixed number, and
    prints each report with its count lines and lots; closing later travels too."""
    from hsp_desk.services import counts, handover
    from hsp_desk.services.counts import CountEntry
    from hsp_desk.store.models import Handover, Lot

    branch, a, b, _cards, tmp = branch_setup
    numbers = {}
    for db, actor, who in ((a, LAPTOP_A, "Ana"), (b, LAPTOP_B, "Bo")):
        with db.session() as s:
            receive(s, actor, "MNE-ROZAJE", [ReceiptLine("BABY-CEREAL", 12, "L1", date(2027, 1, 1)),
                                             ReceiptLine("WATER-05", 40)])
            ho = handover.start_handover(s, actor, "MNE-ROZAJE", who,
                                         shift_start=utcnow() - timedelta(hours=8),
                                         item_codes=["BABY-CEREAL", "WATER-05"])
            number = handover.handover_count_number(s, ho.number)
            assert number is not None
            counts.enter_counts(s, actor, number, [CountEntry("BABY-CEREAL", 11, "L1"),
                                                   CountEntry("WATER-05", 40)])
            numbers[who] = ho.number
            sb.export_bundle(s, actor, tmp / f"{who}-1.hspsync")
    assert numbers["Ana"] == numbers["Bo"]  # each laptop numbers its own handovers
    with branch.session() as s:
        for who in ("Ana", "Bo"):
            assert sb.import_bundle(s, BRANCH, tmp / f"{who}-1.hspsync").status == "imported"
        assert verify(s) == []
        got = {h.outgoing: h.number for h in s.scalars(select(Handover))}
        assert got["Ana"] == numbers["Ana"] and got["Bo"].startswith(numbers["Bo"] + "-")
        assert len(s.scalars(select(Lot).where(Lot.lot_no == "L1")).all()) == 1  # one lot L1 here
        # A count line keys its lot by the lot's id: this database's id, not the laptop's.
        from hsp_desk.store.models import CountLine

        assert all(line.lot_key == (line.lot_id or "") for line in s.scalars(select(CountLine)))
        for who in ("Ana", "Bo"):
            summary = handover.handover_summary(s, got[who])
            assert summary.count is not None
            lines = {(x.item_code, x.lot_no): x.counted for x in summary.count.lines}
            assert lines == {("BABY-CEREAL", "L1"): 11, ("WATER-05", None): 40}, (who, lines)
    # The branch's next bundle (what the imports changed there: B's lot, documents...) does
    # not give laptop A B's handover or count: A is not shown a count it did not start.
    with branch.session() as s:
        back = sb.export_bundle(s, BRANCH, tmp / "branch-2.hspsync")
    assert back.counts.get("handovers", 0) == 0 and back.counts.get("count_sessions", 0) == 0
    with a.session() as s:
        assert sb.import_bundle(s, LAPTOP_A, tmp / "branch-2.hspsync").status == "imported"
        assert [h.outgoing for h in s.scalars(select(Handover))] == ["Ana"]
        assert verify(s) == []
    # Closing the handover on the laptop afterwards reaches the branch as a change, and a
    # mobile trip loaded there reaches it with its load sheet.
    from hsp_desk.services import mobile_cycle
    from hsp_desk.store.models import MobileCycle

    with a.session() as s:
        handover.close_handover(s, LAPTOP_A, numbers["Ana"], "Marko")
        receive(s, LAPTOP_A, "MNE-WH", [ReceiptLine("WATER-05", 100)])
        trip = mobile_cycle.load_vehicle(s, LAPTOP_A, "MNE-WH", "MNE-MOBILE", [TransferLine("WATER-05", 30)])
        sb.export_bundle(s, LAPTOP_A, tmp / "Ana-2.hspsync")
    with branch.session() as s:
        assert sb.import_bundle(s, BRANCH, tmp / "Ana-2.hspsync").status == "imported"
        assert sb.import_bundle(s, BRANCH, tmp / "Ana-1.hspsync").status == "already"
        closed = s.scalars(select(Handover).where(Handover.number == numbers["Ana"])).one()
        assert (closed.status, closed.incoming) == ("closed", "Marko")
        assert s.scalars(select(MobileCycle.number)).all() == [trip.number]
        assert mobile_cycle.reconciliation(s, trip.number).lines[0].loaded == 30
        assert verify(s) == []

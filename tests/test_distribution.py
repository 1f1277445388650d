"""Distributions under entitlement rules, on SQLite and PostgreSQL: every refusal path."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from hsp_desk.cli import main
from hsp_desk.domain import entitlements as ent
from hsp_desk.domain import tokens as tk
from hsp_desk.domain.errors import AlreadyReversed, InsufficientStock, InvalidInput, NotFound
from hsp_desk.domain.tokens import CardRejected
from hsp_desk.services import distribution as ds
from hsp_desk.services import tokens as ts
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import EntitlementRefused, Line
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.verify import verify
from hsp_desk.store.balances import on_hand
from hsp_desk.store.models import Distribution, DistributionLine, Item, Movement, Site, Token

DAY = datetime(2026, 3, 2, 10, 0)
VOLUNTEER = Actor("vera", "dev-vol", role="volunteer")
COORDINATOR = Actor("omar", "dev-coord", role="coordinator")


def _counts(session) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    return tuple(session.scalar(select(func.count()).select_from(t))  # type: ignore[return-value]
                 for t in (Movement, Distribution, Token))


@pytest.fixture
def desk(session, world, actor):  # type: ignore[no-untyped-def]
    receive(session, actor, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 20), ReceiptLine("WATER-05", 500),
                                           ReceiptLine("HYG-SOAP", 50),
                                           ReceiptLine("BABY-CEREAL", 30, "L1", date(2027, 1, 1))])
    ds.set_rule(session, actor, "HYG-KIT", 1, 14)
    ds.set_rule(session, actor, "WATER-05", 2, 1, per_member=True)
    ds.set_rule(session, actor, "BABY-CEREAL", 2, 7, requires_flag="infant_in_household")
    cards = ts.issue_cards(session, actor, "MNE-ROZAJE", 3)
    return world, cards


def test_distribution_writes_movements_lines_and_activates_the_card(session, desk) -> None:
    world, cards = desk
    d = ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload + "\r\n",
                      [Line("HYG-KIT", 1), Line("water-05", 2)], occurred_at=DAY)
    lines = session.scalars(select(DistributionLine).where(DistributionLine.distribution_id == d.id)).all()
    assert sorted(line.qty for line in lines) == [1, 2]
    moves = session.scalars(select(Movement).where(Movement.id.in_([x.movement_id for x in lines]))).all()
    assert {(m.kind, m.recorded_by, m.device_id) for m in moves} == {("distribution", "vera", "dev-vol")}
    assert d.token_id == cards[0].token_id and d.household_id and d.head_count is None
    assert session.get(Token, cards[0].token_id).status == "active"
    assert on_hand(session, world.hsp.id, world.hygiene_kit.id) == 19
    assert verify(session) == []


def test_refusal_names_the_rule_and_the_day_and_writes_nothing(session, desk) -> None:
    _, cards = desk
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)], occurred_at=DAY)
    before = _counts(session)
    later = DAY + timedelta(days=5)
    with pytest.raises(EntitlementRefused) as err:
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].typed_code, [("HYG-KIT", 1),
                      ("HYG-SOAP", 1)], occurred_at=later)
    text = str(err.value)
    assert "Hygiene kit (one person): at most 1 per 14 days" in text
    assert "May receive again from 2026-03-16" in text and "Nothing was recorded" in text
    assert _counts(session) == before
    # on the day the period ends, it is given
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].typed_code, [("HYG-KIT", 1)],
                  occurred_at=datetime(2026, 3, 16, 9, 0))


def test_per_member_rule_scales_with_the_household(session, desk) -> None:
    _, cards = desk
    ts.set_profile(session, COORDINATOR, cards[1].payload, household_size=3)
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[1].payload, [("WATER-05", 6)], occurred_at=DAY)
    with pytest.raises(EntitlementRefused) as err:
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[1].payload, [("WATER-05", 1)],
                      occurred_at=DAY + timedelta(hours=3))
    assert "per household member (6 for 3)" in str(err.value)
    assert "May receive again from 2026-03-03" in str(err.value)
    # a single person gets 2
    with pytest.raises(EntitlementRefused):
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[2].payload, [("WATER-05", 3)], occurred_at=DAY)
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[2].payload, [("WATER-05", 2)], occurred_at=DAY)


def test_flag_rule_and_too_much_at_once(session, desk) -> None:
    _, cards = desk
    with pytest.raises(EntitlementRefused) as err:
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("BABY-CEREAL", 1)],
                      occurred_at=DAY)
    assert "only for a household with: infant" in str(err.value)
    ts.set_profile(session, COORDINATOR, cards[0].payload, flags=["infant_in_household"])
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("BABY-CEREAL", 2)], occurred_at=DAY)
    with pytest.raises(EntitlementRefused) as err:
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[1].payload, [("HYG-KIT", 2)], occurred_at=DAY)
    assert "More than 1 cannot be given at once" in str(err.value)


def test_category_rule(session, desk, actor) -> None:
    _, cards = desk
    ds.set_rule(session, actor, "category:hygiene", 3, 7)
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-SOAP", 2)], occurred_at=DAY)
    with pytest.raises(EntitlementRefused) as err:
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-SOAP", 2)], occurred_at=DAY)
    assert "any hygiene item: at most 3 per 7 days" in str(err.value)


def test_override_needs_a_coordinator_and_keeps_the_reason(session, desk) -> None:
    _, cards = desk
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)], occurred_at=DAY)
    before = _counts(session)
    with pytest.raises(NotAllowed):
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)],
                      override_reason="kit lost in the rain", occurred_at=DAY)
    with pytest.raises(EntitlementRefused):  # a blank reason is no reason
        ds.distribute(session, COORDINATOR, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)],
                      override_reason="   ", occurred_at=DAY)
    with pytest.raises(InvalidInput):
        ds.distribute(session, COORDINATOR, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)],
                      override_reason="x" * 201, occurred_at=DAY)
    assert _counts(session) == before
    d = ds.distribute(session, COORDINATOR, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)],
                      override_reason="kit lost in the rain", occurred_at=DAY)
    session.expire_all()
    d = session.get(Distribution, d.id)
    assert (d.override_reason, d.override_by) == ("kit lost in the rain", "omar")
    # a reason given when no rule is broken is not recorded as an override
    d2 = ds.distribute(session, COORDINATOR, "MNE-ROZAJE", cards[1].payload, [("HYG-SOAP", 1)],
                       override_reason="just in case", occurred_at=DAY)
    assert d2.override_reason is None


def test_bad_cards_are_refused_and_write_nothing(session, desk) -> None:
    _, cards = desk
    revoked = cards[2]
    ts.revoke_card(session, COORDINATOR, revoked.payload)
    before = _counts(session)
    bad = {
        tk.payload(bytes(32), "MNE-1", cards[0].token_id): "forged",
        tk.payload(bytes(32), "SRB-1", tk.new_token_id()): "foreign",
        cards[0].typed_code[:-1] + ("0" if cards[0].typed_code[-1] != "0" else "1"): "typo",
        tk.typed_code(tk.new_token_id()): "unknown",
        revoked.payload: "revoked",
        "5901234123457": "bad_length",
    }
    for text, reason in bad.items():
        with pytest.raises(CardRejected) as err:
            ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", text, [("WATER-05", 1)], occurred_at=DAY)
        assert err.value.reason == reason, text
    assert _counts(session) == before


def test_stock_refusal_and_bad_lines_write_nothing(session, desk) -> None:
    world, cards = desk
    before = _counts(session)
    with pytest.raises(InsufficientStock) as err:
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload,
                      [("WATER-05", 1), ("HYG-TBRUSH", 1)], occurred_at=DAY)
    assert "Nothing was recorded" in str(err.value)
    for lines in ([], [("WATER-05", 0)], [("WATER-05", -2)]):
        with pytest.raises(InvalidInput):
            ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, lines, occurred_at=DAY)
    assert _counts(session) == before
    assert session.get(Token, cards[0].token_id).status == "issued"
    assert on_hand(session, world.hsp.id, world.water.id) == 500


def test_anonymous_distribution_records_a_head_count_and_no_token(session, desk) -> None:
    world, cards = desk
    d = ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", None, [("WATER-05", 30)], head_count=30)
    assert (d.token_id, d.household_id, d.head_count) == (None, None, 30)
    assert on_hand(session, world.hsp.id, world.water.id) == 470
    with pytest.raises(InvalidInput):
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", None, [("WATER-05", 1)])
    with pytest.raises(InvalidInput):
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("WATER-05", 1)], head_count=2)


def test_undo_last_reverses_and_restores_the_entitlement(session, desk) -> None:
    world, cards = desk
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)], occurred_at=DAY)
    back = ds.undo_last(session, VOLUNTEER, "MNE-ROZAJE")
    assert on_hand(session, world.hsp.id, world.hygiene_kit.id) == 20
    rev = session.scalars(select(Movement).join(DistributionLine, DistributionLine.movement_id == Movement.id)
                          .where(DistributionLine.distribution_id == back.id)).all()
    assert [(m.qty, m.reverses is not None) for m in rev] == [(1, True)]
    with pytest.raises(AlreadyReversed):
        ds.undo_last(session, VOLUNTEER, "MNE-ROZAJE")
    # the household may receive the kit again the same day, and 14 days later as usual
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)], occurred_at=DAY)
    status = ds.card_status(session, cards[0].payload, today=DAY.date())
    assert [v.undone for v in status.visits] == [False, True]
    assert verify(session) == []
    # another laptop cannot undo this laptop's distribution with undo_last
    with pytest.raises(Exception, match="no distribution"):
        ds.undo_last(session, Actor("x", "dev-other", role="volunteer"), "MNE-ROZAJE")


def test_replacement_card_gets_no_second_ration(session, desk) -> None:
    _, cards = desk
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KIT", 1)], occurred_at=DAY)
    new = ts.replace_card(session, COORDINATOR, cards[0].payload)
    with pytest.raises(EntitlementRefused):
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", new.payload, [("HYG-KIT", 1)],
                      occurred_at=DAY + timedelta(days=1))
    status = ds.card_status(session, new.typed_code, today=DAY.date() + timedelta(days=1))
    assert len(status.household) == 2 and len(status.visits) == 1
    kit = next(a for a in status.allowances if a.rule.label.startswith("Hygiene kit"))
    assert (kit.remaining, kit.next_day) == (0, date(2026, 3, 16))


def test_a_genuine_card_printed_on_another_laptop_is_recorded(session, desk) -> None:
    from hsp_desk.store.models import TokenKey

    secret = session.get(TokenKey, "MNE-1").secret
    token_id = tk.new_token_id()
    ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", tk.payload(secret, "MNE-1", token_id),
                  [("HYG-KIT", 1)], occurred_at=DAY)
    assert session.get(Token, token_id).status == "active"


def test_a_first_use_read_outside_the_session_is_written_and_chained(db, desk) -> None:
    """The hand-out reads the token as a plain row: the card becomes active in the
    database and in the audit trail, and the session is left with nothing to flush."""
    _, cards = desk
    with db.session() as fresh:
        d = ds.distribute(fresh, VOLUNTEER, "mne-rozaje", cards[1].payload,
                          [("3800000000050", 1)], occurred_at=DAY)
        assert not fresh.new and not fresh.dirty
        assert fresh.get(Token, cards[1].token_id).status == "active"
        assert d.site_id == fresh.scalar(select(Site.id).where(Site.code == "MNE-ROZAJE"))
        assert fresh.scalar(select(Item.code).join(DistributionLine,
                            DistributionLine.item_id == Item.id)
                            .where(DistributionLine.distribution_id == d.id)) == "WATER-05"
        assert verify(fresh, full=True) == []


def test_a_card_the_session_already_holds_is_that_instance(db, desk) -> None:
    """Within the transaction (record_distribution, which the demo batches), the token
    the session holds says what was written, with nothing left to flush."""
    _, cards = desk
    with db.session() as held:
        token = held.get(Token, cards[2].token_id)
        assert token.status == "issued"
        ds.record_distribution(held, VOLUNTEER, "MNE-ROZAJE", cards[2].payload,
                               [("HYG-KIT", 1)], occurred_at=DAY)
        assert token.status == "active" and not held.dirty
        assert held.connection().execute(select(Token.status).where(
            Token.id == cards[2].token_id)).scalar() == "active"
        held.commit()
    with db.session() as other:
        assert other.get(Token, cards[2].token_id).status == "active"
        assert verify(other, full=True) == []


def test_unknown_site_or_item_is_refused_by_name_and_writes_nothing(session, desk) -> None:
    _, cards = desk
    before = _counts(session)
    with pytest.raises(NotFound, match="no site with the code 'MNE-NOWHERE'"):
        ds.distribute(session, VOLUNTEER, "MNE-NOWHERE", cards[0].payload, [("HYG-KIT", 1)])
    with pytest.raises(NotFound, match="no item with the code or barcode 'HYG-KITT'"):
        ds.distribute(session, VOLUNTEER, "MNE-ROZAJE", cards[0].payload, [("HYG-KITT", 1)])
    assert _counts(session) == before


def test_cli_distribute_and_show(db_url, capsys) -> None:
    from hsp_desk.store.database import open_database

    from .factories import seed_world

    db = open_database(db_url)
    boss = Actor("amina", "dev-a")
    with db.session() as s:
        seed_world(s)
        receive(s, boss, "MNE-ROZAJE", [ReceiptLine("HYG-KIT", 5), ReceiptLine("WATER-05", 100)])
        ds.set_rule(s, boss, "HYG-KIT", 1, 14)
        (card,) = ts.issue_cards(s, boss, "MNE-ROZAJE", 1)
    db.dispose()
    url = ["--database-url", db_url]
    assert main(["distribute", "--site", "MNE-ROZAJE", "--token", card.payload, "HYG-KIT=1",
                 "WATER-05=2", *url]) == 0
    assert "HYG-KIT=1, WATER-05=2" in capsys.readouterr().out
    assert main(["distribute", "--site", "MNE-ROZAJE", "--token", card.typed_code, "HYG-KIT=1", *url]) == 2
    err = capsys.readouterr().err
    assert "at most 1 per 14 days" in err and "May receive again from" in err
    assert main(["distribute", "--site", "MNE-ROZAJE", "--token", card.typed_code, "HYG-KIT=1",
                 "--override", "family of five, kit torn", *url]) == 0
    assert main(["distribute", "--site", "MNE-ROZAJE", "--head-count", "30", "WATER-05=30", *url]) == 0
    assert main(["distribute", "--site", "MNE-ROZAJE", "--undo-last", *url]) == 0
    capsys.readouterr()
    assert main(["tokens", "show", card.payload, *url]) == 0
    out = capsys.readouterr().out
    assert "active" in out and "Hygiene kit (one person): at most 1 per 14 days: none (again from" in out
    assert out.count("MNE-ROZAJE  ") == 2 and "[override: family of five, kit torn]" in out
    assert main(["tokens", "show", "HSP1.XX-1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAA", *url]) == 2
    assert "not issued by this desk" in capsys.readouterr().err
    assert main(["verify", *url]) == 0


def test_rules_cli(sqlite_url, capsys) -> None:
    from hsp_desk.store.database import open_database

    from .factories import seed_world

    db = open_database(sqlite_url)
    with db.session() as s:
        seed_world(s)
    db.dispose()
    url = ["--database-url", sqlite_url]
    assert main(["tokens", "rule", "SIM-CARD", "--max", "1", "--days", "30", *url]) == 0
    assert main(["tokens", "rule", "category:water", "--max", "2", "--days", "1", "--per-member", *url]) == 0
    assert main(["tokens", "rule", "category:nonsense", "--max", "2", "--days", "1", *url]) == 2
    capsys.readouterr()
    assert main(["tokens", "rules", *url]) == 0
    out = capsys.readouterr().out
    assert "Prepaid SIM card" in out and "any water item" in out
    assert main(["tokens", "rule", "SIM-CARD", "--delete", "--max", "1", "--days", "1", *url]) == 0


def test_entitlement_periods_are_calendar_days() -> None:
    rule = ent.Rule("Food parcel", 1, 1, item_id="F")
    hist = [ent.Received(date(2026, 3, 2), "F", "food", 1)]
    want = [ent.Wanted("F", "food", 1, "Food parcel")]
    (r,) = ent.check([rule], hist, want, today=date(2026, 3, 2))
    assert r.next_day == date(2026, 3, 3)
    assert ent.check([rule], hist, want, today=date(2026, 3, 3)) == []
    # 2 per 7 days, received 1 on the 1st and 1 on the 4th: the next one fits on the 8th
    rule2 = ent.Rule("Kit", 2, 7, item_id="K")
    hist2 = [ent.Received(date(2026, 3, 1), "K", "h", 1), ent.Received(date(2026, 3, 4), "K", "h", 1)]
    (r2,) = ent.check([rule2], hist2, [ent.Wanted("K", "h", 1, "Kit")], today=date(2026, 3, 5))
    assert r2.next_day == date(2026, 3, 8)
    (r3,) = ent.check([rule2], hist2, [ent.Wanted("K", "h", 2, "Kit")], today=date(2026, 3, 5))
    assert r3.next_day == date(2026, 3, 11)

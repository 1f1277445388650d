"""Data protection: cards unseen for the retention period are purged, figures stay."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from hsp_desk.domain.ledger import utcnow
from hsp_desk.services import retention, settings
from hsp_desk.services.context import Actor
from hsp_desk.services.distribution import distribute
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.tokens import issue_cards, replace_card
from hsp_desk.services.verify import verify
from hsp_desk.store.database import Database
from hsp_desk.store.models import AuditEntry, Distribution, DistributionLine, Token

from .factories import seed_world

BOSS = Actor("amina", "dev-1", "branch_manager")
COORD = Actor("carla", "dev-2", "coordinator")


def _backdate(s: sa.orm.Session, token_id: str, days: int) -> None:
    """Cards issued long ago (through the ORM, so the audit trail records it)."""
    s.get(Token, token_id).issued_at = utcnow() - timedelta(days=days)  # type: ignore[union-attr]
    s.commit()


def _scenario(s: sa.orm.Session) -> dict[str, str]:
    seed_world(s)
    receive(s, BOSS, "MNE-ROZAJE", [ReceiptLine("WATER-05", 500), ReceiptLine("HYG-SOAP", 100)])
    a, c, d, f = issue_cards(s, COORD, "MNE-ROZAJE", 4)
    old = utcnow() - timedelta(days=400)
    # a: served long ago, never since
    distribute(s, COORD, "MNE-ROZAJE", a.payload, [("WATER-05", 3)], occurred_at=old)
    distribute(s, COORD, "MNE-ROZAJE", a.payload, [("HYG-SOAP", 1)], occurred_at=old + timedelta(days=2))
    # c: printed long ago, never handed out
    # d: served long ago, then lost and replaced by e, which is used today
    distribute(s, COORD, "MNE-ROZAJE", d.payload, [("WATER-05", 2)], occurred_at=old)
    # f: served today
    distribute(s, COORD, "MNE-ROZAJE", f.payload, [("WATER-05", 1)])
    distribute(s, COORD, "MNE-ROZAJE", None, [("WATER-05", 30)], head_count=30)
    for card in (a, c, d, f):
        _backdate(s, card.token_id, 420)
    e = replace_card(s, COORD, d.payload)
    s.get(Token, d.token_id).revoked_at = old  # type: ignore[union-attr]
    s.commit()
    distribute(s, COORD, "MNE-ROZAJE", e.payload, [("WATER-05", 1)])
    return {"a": a.token_id, "c": c.token_id, "d": d.token_id, "e": e.token_id, "f": f.token_id}


def _figures(s: sa.orm.Session) -> tuple[int, int]:
    return (int(s.scalar(sa.select(sa.func.count()).select_from(Distribution)) or 0),
            int(s.scalar(sa.select(sa.func.sum(DistributionLine.qty))) or 0))


def test_unseen_cards_are_purged_and_the_figures_stay(session: sa.orm.Session) -> None:
    ids = _scenario(session)
    figures = _figures(session)
    household_a = session.scalar(sa.select(Token.household_id).where(Token.id == ids["a"]))
    household_e = session.scalar(sa.select(Token.household_id).where(Token.id == ids["e"]))

    dry = retention.purge_tokens(session, BOSS, 365, dry_run=True)
    assert (dry.tokens, dry.households, dry.distributions_unlinked) == (3, 2, 3)
    assert session.scalar(sa.select(sa.func.count()).select_from(Token)) == 5  # nothing written

    done = retention.purge_tokens(session, BOSS, 365)
    assert (done.tokens, done.households, done.distributions_unlinked) == (3, 2, 3)
    left = set(session.scalars(sa.select(Token.id)))
    assert left == {ids["e"], ids["f"]}
    assert _figures(session) == figures  # every distribution still counts
    # household a is forgotten entirely; household d/e keeps its history for e's rules
    assert session.scalar(sa.select(sa.func.count()).select_from(Distribution)
                          .where(Distribution.household_id == household_a)) == 0
    assert session.scalar(sa.select(sa.func.count()).select_from(Distribution)
                          .where(Distribution.household_id == household_e)) == 2
    assert session.get(Token, ids["e"]).replaces is None  # type: ignore[union-attr]
    unlinked = session.scalar(sa.select(sa.func.count()).select_from(Distribution)
                              .where(Distribution.token_id.is_(None), Distribution.head_count.is_(None)))
    assert unlinked == 3
    # the audit trail agrees with what is left, and holds no purged card id
    assert verify(session) == []
    keys = " ".join(session.scalars(sa.select(AuditEntry.row_key)))
    assert not any(ids[k] in keys for k in ("a", "c", "d"))
    # a second purge finds nothing more
    assert retention.purge_tokens(session, BOSS, 365).tokens == 0


def test_the_period_comes_from_the_settings(session: sa.orm.Session) -> None:
    ids = _scenario(session)
    settings.set_value(session, BOSS, settings.TOKEN_RETENTION_DAYS, 500)
    assert retention.purge_tokens(session, BOSS).tokens == 0
    settings.set_value(session, BOSS, settings.TOKEN_RETENTION_DAYS, 30)
    assert retention.purge_tokens(session, BOSS).tokens == 3
    assert session.get(Token, ids["f"]) is not None


def test_only_a_branch_manager_purges(session: sa.orm.Session) -> None:
    _scenario(session)
    with pytest.raises(NotAllowed):
        retention.purge_tokens(session, COORD, 365)
    assert session.scalar(sa.select(sa.func.count()).select_from(Token)) == 5
    with pytest.raises(retention.InvalidInput):
        retention.purge_tokens(session, BOSS, 0)


def test_purged_ids_leave_no_bytes_in_the_sqlite_file(sqlite_db: Database) -> None:
    with sqlite_db.session() as s:
        ids = _scenario(s)
        retention.purge_tokens(s, BOSS, 365)
        retention.checkpoint(s)
    sqlite_db.dispose()
    path = Path(sqlite_db.url.split("///", 1)[1])
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    data += wal.read_bytes() if wal.exists() else b""
    for k in ("a", "c", "d"):
        assert ids[k].encode() not in data, k
    assert ids["f"].encode() in data  # the check can see ids that are there


def test_distribution_report_exports_hold_no_card_ids(session: sa.orm.Session, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from hsp_desk.reports import distribution_report as dr
    from hsp_desk.reports.common import Period

    ids = _scenario(session)
    today = utcnow().date()
    report = dr.distribution_report(session, None, Period(today - timedelta(days=500), today))
    out = tmp_path / "distributions.xlsx"
    dr.write_xlsx(report, dr.header_for(session, report, "amina", all_sites=True), out)
    cells = " ".join(str(c.value) for ws in load_workbook(out) for row in ws.iter_rows() for c in row)
    assert "WATER-05" in cells or "Bottled water" in cells
    assert not any(t in cells for t in ids.values())


def test_cli_purge(sqlite_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from hsp_desk.cli import main
    from hsp_desk.store.database import open_database

    db = open_database(sqlite_url)
    with db.session() as s:
        _scenario(s)
    db.dispose()
    assert main(["purge", "--days", "365", "--dry-run", "--database-url", sqlite_url]) == 0
    assert "3 card(s)" in capsys.readouterr().out
    assert main(["purge", "--days", "365", "--database-url", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "3 card(s)" in out and "were purged" in out
    assert main(["verify", "--database-url", sqlite_url]) == 0

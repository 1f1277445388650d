"""``hsp-desk bundle ...`` end to end, and consolidated reports across a branch's or a
National Society's sites (``report stock --branch CODE`` / ``--national-society CODE``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from hsp_desk.cli import main
from hsp_desk.reports.common import Period
from hsp_desk.reports.stock_report import stock_report
from hsp_desk.services import catalogue
from hsp_desk.services.context import Actor
from hsp_desk.services.permissions import NotAllowed
from hsp_desk.services.receiving import ReceiptLine, receive
from hsp_desk.services.sites import consolidated_site_codes
from hsp_desk.store.database import Database, open_database
from hsp_desk.store.paths import device_id

from .factories import seed_world

BOSS = Actor("boss", "dev-branch")


def test_bundle_commands_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HSP_DESK_BUNDLE_PASSPHRASE", "a long enough passphrase")
    branch, laptop = f"sqlite:///{tmp_path / 'b.sqlite3'}", f"sqlite:///{tmp_path / 'l.sqlite3'}"
    db = open_database(branch)
    with db.session() as s:
        seed_world(s)
        # Recorded on this laptop (the CLI's device): a bundle carries this device's ledger.
        receive(s, Actor("boss", device_id()), "MNE-WH", [ReceiptLine("WATER-05", 40)])
    db.dispose()

    def run(url: str, *args: str) -> tuple[int, str, str]:
        code = main(["--database-url", url, *args])
        out = capsys.readouterr()
        return code, out.out, out.err

    key, bundle = str(tmp_path / "branch.hspkey"), str(tmp_path / "b1.hspsync")
    assert run(branch, "bundle", "key", "create", "--branch", "MNE-PODGORICA")[0] == 0
    assert run(branch, "bundle", "key", "export", "--out", key)[0] == 0
    code, out, _ = run(branch, "bundle", "export", "--since-last", "--out", bundle)
    assert code == 0 and "bundle 1 of" in out and "1 movements" in out
    code, out, _ = run(branch, "bundle", "export", "--since-last", "--out", bundle + "2")
    assert code == 0 and "Nothing new since bundle 1" in out

    code, _, err = run(laptop, "bundle", "import", bundle)
    assert code == 2 and "another branch" in err and "Nothing was imported" in err
    assert run(laptop, "bundle", "key", "import", key)[0] == 0
    code, out, _ = run(laptop, "bundle", "import", bundle)
    assert code == 0 and "imported: " in out and "1 movements" in out
    code, out, _ = run(laptop, "bundle", "import", bundle)
    assert code == 0 and "already imported on" in out and "nothing changed" in out
    code, out, _ = run(laptop, "bundle", "status")
    assert code == 0 and "MNE-PODGORICA" in out and "no bundle yet" in out
    code, out, _ = run(laptop, "stock", "--site", "MNE-WH", "--format", "csv")
    assert "WATER-05" in out and ",40," in out
    assert run(laptop, "verify")[0] == 0

    tampered = bytearray(Path(bundle).read_bytes())
    tampered[-5] ^= 0xFF
    Path(bundle + ".bad").write_bytes(bytes(tampered))
    code, _, err = run(laptop, "bundle", "import", bundle + ".bad")
    assert code == 2 and "changed after it was written" in err


@pytest.fixture
def region(sqlite_db: Database):  # type: ignore[no-untyped-def]
    with sqlite_db.session() as s:
        seed_world(s)
        ns = catalogue.add_national_society(s, "SRB", "Red Cross of Serbia", "Serbia")
        catalogue.add_site(s, ns, "SRB-SID", "HSP Sid", "HSP")
        s.commit()
        for site, n in (("MNE-WH", 100), ("MNE-ROZAJE", 30), ("MNE-MOBILE", 7), ("SRB-SID", 5)):
            receive(s, BOSS, site, [ReceiptLine("WATER-05", n)])
    return sqlite_db


def test_sites_of_a_branch_and_of_a_national_society(region: Database) -> None:
    with region.session() as s:
        assert consolidated_site_codes(s, BOSS, branch="MNE-WH") == [
            "MNE-MOBILE", "MNE-ROZAJE", "MNE-WH"]
        assert consolidated_site_codes(s, BOSS, branch="MNE-ROZAJE") == ["MNE-ROZAJE"]
        assert consolidated_site_codes(s, BOSS, national_society="srb") == ["SRB-SID"]
        with pytest.raises(NotAllowed):
            consolidated_site_codes(s, Actor("c", "d", role="coordinator"), branch="MNE-WH")
        with pytest.raises(Exception, match="no National Society"):
            consolidated_site_codes(s, BOSS, national_society="XXX")
        today = date.today()
        rep = stock_report(s, consolidated_site_codes(s, BOSS, national_society="MNE"),
                           Period(today.replace(day=1), today))
        (water,) = [ln for ln in rep.combined() if ln.item_code == "WATER-05"]
        assert water.closing == 137  # the three Montenegrin sites, not Serbia's 5


def test_consolidated_stock_report_from_the_cli(region: Database, sqlite_url: str, tmp_path: Path) -> None:
    out = tmp_path / "branch.xlsx"
    assert main(["--database-url", sqlite_url, "report", "stock", "--branch", "MNE-WH",
                 "--out", str(out)]) == 0
    book = load_workbook(out)
    text = "\n".join(" ".join(str(c) for c in row if c is not None)
                     for ws in book.worksheets for row in ws.iter_rows(values_only=True))
    assert "MNE-ROZAJE" in text and "MNE-MOBILE" in text and "SRB-SID" not in text

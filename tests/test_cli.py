"""The hsp-desk command line: demo, stock, verify, errors in plain words."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
import sqlalchemy as sa

from hsp_desk.cli import main


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hsp_desk", *args], capture_output=True,
                          text=True, timeout=300)


def test_help_lists_the_commands() -> None:
    out = run("--help")
    assert out.returncode == 0
    for name in ("demo", "stock", "verify"):
        assert name in out.stdout


def test_demo_stock_verify(db_url, capsys) -> None:
    assert main(["demo", "--days", "8", "--database-url", db_url]) == 0
    assert "demo data created" in capsys.readouterr().out
    assert main(["stock", "--database-url", db_url, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) > 50
    assert {r["site"] for r in rows} >= {"MNE-WH", "MNE-ROZAJE"}
    assert all(int(r["on_hand"]) > 0 for r in rows)
    assert main(["stock", "--database-url", db_url, "--site", "MNE-ROZAJE"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split()[:2] == ["site", "item"] and all("MNE-ROZAJE" in t for t in table[2:])
    assert main(["verify", "--database-url", db_url]) == 0
    # a second demo into the same database is refused, and says what to do
    assert main(["demo", "--days", "1", "--database-url", db_url]) == 2
    assert "already holds sites" in capsys.readouterr().err


def test_demo_uses_the_real_programme_sites(sqlite_url, capsys) -> None:
    assert main(["--database-url", sqlite_url, "demo", "--days", "2"]) == 0
    engine = sa.create_engine(sqlite_url)
    with engine.connect() as c:
        names = set(c.exec_driver_sql("SELECT name FROM sites").scalars())
        societies = c.exec_driver_sql("SELECT count(*) FROM national_societies").scalar()
    engine.dispose()
    assert "Fixed Humanitarian Service Point (HSP) Rozaje" in names
    assert "Humanitarian Service Point (HSP) Sofia" in names
    assert societies == 15


def test_verify_exits_1_with_a_list(sqlite_url, capsys) -> None:
    assert main(["demo", "--days", "3", "--database-url", sqlite_url]) == 0
    engine = sa.create_engine(sqlite_url)
    with engine.begin() as c:
        c.exec_driver_sql("UPDATE balances SET qty = qty + 3 WHERE rowid = 1")
    engine.dispose()
    capsys.readouterr()
    assert main(["verify", "--database-url", sqlite_url]) == 1
    err = capsys.readouterr().err
    assert "1 problem(s)" in err and "but the movements add up to" in err


def test_unknown_site_is_a_clear_error(sqlite_url, capsys) -> None:
    assert main(["stock", "--site", "NOPE", "--database-url", sqlite_url]) == 2
    err = capsys.readouterr().err
    assert "no site with the code 'NOPE'" in err and "hsp-desk sites" in err


def test_seedfacts_copy_matches_shared() -> None:
    from pathlib import Path

    from hsp_desk.services.demo import seedfacts_dir

    shared = Path(__file__).resolve().parents[2] / "shared" / "seedfacts"
    if not shared.is_dir():
        pytest.skip("../shared/seedfacts is not beside this checkout")
    for f in shared.glob("*.csv"):
        assert (seedfacts_dir() / f.name).read_bytes() == f.read_bytes(), f.name
